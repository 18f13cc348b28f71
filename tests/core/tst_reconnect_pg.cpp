// Reconnector on PostgreSQL: a connection the server dropped (its backend terminated, as in a
// restart) is found by asking it, reopened, and the work runs again once; while the database
// refuses connections it keeps trying, then gives up naming the cause. A statement the server
// refuses on a live connection is never retried.
#include "storage/reconnect.h"
#include "testsupport.h"
#include "tickets/ticketstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

namespace {

Complaint complaint(const QString &externalId) {
    Complaint c;
    c.receivedAt = QDateTime::fromString(QStringLiteral("2026-03-01T10:12:07+08:00"), Qt::ISODate);
    c.channel = Channel::Phone;
    c.problemType = QStringLiteral("login_failure");
    c.source = QStringLiteral("feed");
    c.externalId = externalId;
    return c;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, sql, values, e) || !q.next())
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(e));
    return q.value(0).toLongLong();
}

} // namespace

class TestReconnectPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_admin; // the server's superuser, on its own connection
    std::unique_ptr<Database> m_writer;
    ManualClock m_clock;
    QList<int> m_waits;

    // Ends the writer's connection on the server, as a restart or fast shutdown does.
    void terminateWriter(qint64 pid) {
        QString e;
        QVERIFY2(m_admin->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}, e),
                 qPrintable(e));
        // The signal is handled asynchronously: wait until the backend is gone.
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?"),
                   {pid}),
            0, 5000);
    }
    bool store(const QList<Complaint> &batch, QString &error) {
        InsertResult r;
        return TicketStore(*m_writer).insert(batch, m_clock.nowMs(), r, error);
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (SIGNALBOARD_TEST_PG_STATE)");
    }
    void init() {
        QString e;
        const DatabaseUrl url = test::freshPgDatabase(
            QStringLiteral("reconnect_%1")
                .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower()));
        m_writer = test::openMigrated(url, e);
        QVERIFY2(m_writer, qPrintable(e));
        DatabaseUrl admin;
        QVERIFY(DatabaseUrl::parse(test::pgAdminUrl(), admin, e));
        m_admin = Database::open(admin, QStringLiteral("admin"), e);
        QVERIFY2(m_admin, qPrintable(e));
        m_waits.clear();
    }
    void cleanup() {
        QString e;
        if (m_admin && m_writer)
            m_admin->exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true")
                              .arg(m_writer->url().database),
                          {}, e);
        m_writer.reset();
        m_admin.reset();
    }

    void droppedConnectionIsReopenedAndTheWorkRunsOnce() {
        const qint64 pid = scalar(*m_writer, QStringLiteral("SELECT pg_backend_pid()"));
        terminateWriter(pid);
        Reconnector r(*m_writer, m_clock, {}, [&](int ms) {
            m_waits.append(ms);
            m_clock.advance(ms);
        });
        QList<DbFailure> kinds;
        r.onRetry([&](const QString &, DbFailure kind, int) { kinds.append(kind); });
        bool reconnected = false;
        r.onRecovered([&](int, qint64, bool reopened) { reconnected = reopened; });
        int tries = 0;
        QString e;
        const QList<Complaint> batch{complaint(QStringLiteral("a")),
                                     complaint(QStringLiteral("b"))};
        QVERIFY2(r.run(
                     [&](QString &err) {
                         ++tries;
                         return store(batch, err);
                     },
                     e),
                 qPrintable(e));
        QCOMPARE(tries, 2);
        QCOMPARE(kinds, QList<DbFailure>{DbFailure::ConnectionLost});
        QCOMPARE(m_waits, QList<int>{200});
        QCOMPARE(r.reconnects(), 1);
        QVERIFY(reconnected);
        QVERIFY(scalar(*m_writer, QStringLiteral("SELECT pg_backend_pid()")) != pid);
        QCOMPARE(scalar(*m_writer, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
    }

    void keepsTryingWhileRefusedThenGivesUp() {
        const QString name = m_writer->url().database; // ours: letters and underscores
        QString e;
        QVERIFY2(m_admin->exec(
                     QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name), {}, e),
                 qPrintable(e));
        terminateWriter(scalar(*m_writer, QStringLiteral("SELECT pg_backend_pid()")));
        Reconnector::Policy policy;
        policy.retryForMs = 3000;
        Reconnector r(*m_writer, m_clock, policy, [&](int ms) {
            m_waits.append(ms);
            m_clock.advance(ms);
        });
        int tries = 0;
        QVERIFY(!r.run(
            [&](QString &err) {
                ++tries;
                return store({complaint(QStringLiteral("a"))}, err);
            },
            e));
        QVERIFY(r.gaveUp());
        QCOMPARE(tries, 1); // every reopen was refused: the work never ran again
        QCOMPARE(m_waits, (QList<int>{200, 400, 800, 1600}));
        QCOMPARE(r.reconnects(), 0);
        QVERIFY2(e.contains(QLatin1StringView("not currently accepting connections")) &&
                     e.contains(QLatin1StringView("3 s")),
                 qPrintable(e));

        // The server lets it in again: the next run reconnects and stores the batch.
        QVERIFY2(m_admin->exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name),
                               {}, e),
                 qPrintable(e));
        QVERIFY2(
            r.run([&](QString &err) { return store({complaint(QStringLiteral("a"))}, err); }, e),
            qPrintable(e));
        QCOMPARE(r.reconnects(), 1);
        QCOMPARE(scalar(*m_writer, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    }

    void refusedStatementIsNotRetried() {
        Reconnector r(*m_writer, m_clock, {}, [&](int ms) { m_waits.append(ms); });
        int tries = 0;
        QString e;
        QVERIFY(!r.run(
            [&](QString &err) {
                ++tries;
                return m_writer->exec(QStringLiteral("INSERT INTO tickets(source) VALUES (?)"),
                                      {QStringLiteral("x")}, err);
            },
            e));
        QCOMPARE(tries, 1);
        QVERIFY(m_waits.isEmpty());
        QVERIFY(!r.gaveUp());
        QCOMPARE(classifyDbFailure(*m_writer, e), DbFailure::Permanent);
    }
    // A transaction the server chose to give way (deadlock, serialization failure) runs again,
    // known by its SQLSTATE whatever language the server speaks.
    void givingWayIsRetriedByItsCode() {
        for (const char *code : {"40P01", "40001"}) {
            QString e;
            QVERIFY(!m_writer->exec(
                QStringLiteral("DO $$ BEGIN RAISE EXCEPTION '\u8ba9\u6b65' USING ERRCODE = '%1'; "
                               "END $$")
                    .arg(QLatin1StringView(code)),
                {}, e));
            QCOMPARE(m_writer->lastErrorCode(), QLatin1StringView(code));
            QCOMPARE(classifyDbFailure(*m_writer, e), DbFailure::Busy);
        }
        int tries = 0;
        QString e;
        Reconnector r(*m_writer, m_clock, {}, [&](int ms) {
            m_waits.append(ms);
            m_clock.advance(ms);
        });
        QVERIFY2(r.run(
                     [&](QString &err) {
                         if (++tries == 1)
                             return m_writer->exec(
                                 QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = "
                                                "'40P01'; END $$"),
                                 {}, err);
                         return m_writer->exec(QStringLiteral("SELECT 1"), {}, err);
                     },
                     e),
                 qPrintable(e));
        QCOMPARE(tries, 2);
        QCOMPARE(m_waits, (QList<int>{200}));
    }
};

QTEST_GUILESS_MAIN(TestReconnectPg)
#include "tst_reconnect_pg.moc"
