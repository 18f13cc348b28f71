// The sending and receipt scenarios of tst_messaging_delivery, on PostgreSQL.
#include "messaging_fixture.h"
#include "testsupport.h"

#include <QTest>

using namespace sb;

class TestMessagingPg : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC)};
    test::Seed m_seed;
    int m_counter = 0;

private Q_SLOTS:
    void init() {
        QString error;
        const DatabaseUrl url =
            test::freshPgDatabase(QStringLiteral("sb_messaging_%1").arg(++m_counter));
        m_db = test::openMigrated(url, error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(m_db->dialect(), Dialect::PostgreSQL);
        m_seed = test::seedPeople(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void targeting() { test::scenarioTargeting(*m_db, m_clock, m_seed); }
    void onlineAndOfflineDelivery() { test::scenarioOnlineOffline(*m_db, m_clock, m_seed); }
    void expiry() { test::scenarioExpiry(*m_db, m_clock, m_seed); }
    void readReceipts() { test::scenarioReceipts(*m_db, m_clock, m_seed); }
    void resendToUnread() { test::scenarioResend(*m_db, m_clock, m_seed); }
    void hostileTextRoundTrip() { test::scenarioHostileText(*m_db, m_clock, m_seed); }
    void queryFiltersAndSorting() { test::scenarioQuery(*m_db, m_clock, m_seed); }

    void receiptFromSecondConnection() {
        // Two workstations: the sender's and the reader's, each with its own connection.
        QString error;
        auto reader = Database::open(m_db->url(), QStringLiteral("reader"), error);
        QVERIFY2(reader, qPrintable(error));
        MessageStore sender(*m_db, m_clock);
        MessageStore readerStore(*reader, m_clock);
        qint64 id = 0;
        QVERIFY2(sender.send(test::simple(m_seed.erin, Audience::onDuty(), QStringLiteral("duty")),
                             id, error),
                 qPrintable(error));
        QList<StoredMessage> inbox;
        QVERIFY2(readerStore.pending(m_seed.carol, inbox, error), qPrintable(error));
        QCOMPARE(test::idsOf(inbox), QList<qint64>{id});
        bool recorded = false;
        QVERIFY2(readerStore.markRead(m_seed.carol, id, error, &recorded), qPrintable(error));
        QVERIFY(recorded);
        ReceiptSummary sum;
        QVERIFY(sender.summary(id, sum, error));
        QCOMPARE(sum.recipients, 3);
        QCOMPARE(sum.read, 1);
    }
};

QTEST_GUILESS_MAIN(TestMessagingPg)
#include "tst_messaging_pg.moc"
