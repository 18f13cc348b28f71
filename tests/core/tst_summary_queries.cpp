// The small summary of the reports place, as typed rows: complaints and satisfaction per
// channel since a moment.
#include "reports/reportqueries.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSummaryQueries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        QString e;
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openMigrated(test::sqliteIn(*m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                           "('Night', 0), ('Day', 0)"),
                            {}, e),
                 qPrintable(e));
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void channelsSinceAMoment() {
        const qint64 since = 2'000'000;
        addTicket(QStringLiteral("web"), QStringLiteral("registered"), since, {}, 4, since);
        addTicket(QStringLiteral("web"), QStringLiteral("registered"), since, {}, 5, since + 1);
        addTicket(QStringLiteral("web"), QStringLiteral("registered"), since, {}, 0, since + 2);
        addTicket(QStringLiteral("phone"), QStringLiteral("registered"), since, {}, 0, since);
        addTicket(QStringLiteral("email"), QStringLiteral("registered"), since, {}, 2, since - 1);

        QList<ChannelVolumeRow> rows;
        QString e;
        QVERIFY2(ReportQueries::channelsSince(*m_db, since, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 2);                            // the e-mail came before
        QCOMPARE(rows.at(0).channel, QStringLiteral("web")); // busiest first
        QCOMPARE(rows.at(0).complaints, qint64(3));
        QVERIFY(rows.at(0).averageSatisfaction);
        QCOMPARE(*rows.at(0).averageSatisfaction, 4.5); // unrated ones do not count
        QCOMPARE(rows.at(1).channel, QStringLiteral("phone"));
        QCOMPARE(rows.at(1).complaints, qint64(1));
        QVERIFY(!rows.at(1).averageSatisfaction);
    }

private:
    // `satisfaction` 0: not rated.
    void addTicket(const QString &channel, const QString &state, qint64 updatedAt,
                   const QString &team, int satisfaction = 0, qint64 receivedAt = 0) {
        QString e;
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                           "customer_tier, problem_type, state, updated_at, "
                                           "team_id, satisfaction) VALUES (?, ?, 'normal', "
                                           "'billing', ?, ?, (SELECT id FROM teams WHERE name = "
                                           "?), ?)"),
                            {receivedAt, channel, state, updatedAt,
                             team.isEmpty() ? QVariant() : QVariant(team),
                             satisfaction > 0 ? QVariant(satisfaction) : QVariant()},
                            e),
                 qPrintable(e));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSummaryQueries)
#include "tst_summary_queries.moc"
