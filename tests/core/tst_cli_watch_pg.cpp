// signalboard-cli watch on PostgreSQL (LISTEN/NOTIFY, the password from PGPASSWORD):
// WatchCliTest's cases.
#include "watchclitest.h"

class TestCliWatchPg final : public WatchCliTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }

private Q_SLOTS:
    void initTestCase() {
        if (sb::test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    }

    // Both of its connections dropped by the server: it says so, reconnects, catches up, and
    // prints every change exactly once.
    void reconnectsAndCatchesUp() {
        using namespace sb;
        using namespace sb::test::watch;
        const DatabaseUrl url = freshDatabase(QStringLiteral("sb_watch_reconnect"));
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const qint64 start = lastSeq(*db);
        WatchProcess watch;
        QVERIFY2(watch.start(url, {QStringLiteral("--entities"), QStringLiteral("ticket")}),
                 qPrintable(watch.err()));
        Expected expected;
        const QList<qint64> first =
            insertTickets(*db, {complaint(QStringLiteral("crm"), QStringLiteral("C-1"))});
        expected.tickets.insert(first.at(0), {QStringLiteral("crm"), QStringLiteral("C-1")});
        QVERIFY2(watch.waitForLines(1), qPrintable(watch.err()));

        QSqlQuery q;
        QVERIFY2(db->exec(q,
                          QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM "
                                         "pg_stat_activity WHERE datname = current_database() "
                                         "AND pid <> pg_backend_pid() AND application_name IN "
                                         "('signalboard-watch', 'signalboard-feed')"),
                          {}, error) &&
                     q.next(),
                 qPrintable(error));
        QCOMPARE(q.value(0).toInt(), 2); // the details connection and the feed's
        // Written while it is away.
        const QList<qint64> later =
            insertTickets(*db, {complaint(QStringLiteral("crm"), QStringLiteral("C-2")),
                                complaint(QStringLiteral("crm"), QStringLiteral("C-3"))});
        for (const qint64 id : later)
            expected.tickets.insert(
                id, {QStringLiteral("crm"), QStringLiteral("C-%1").arg(id - first.at(0) + 1)});
        const QStringList want = expectedLines(*db, start, {QStringLiteral("ticket")}, expected);
        QCOMPARE(want.size(), 3);
        QVERIFY2(watch.waitForLines(want.size()), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), want);
        QVERIFY2(watch.err().contains(QLatin1StringView("reconnecting")), qPrintable(watch.err()));
        QCOMPARE(watch.terminate(), 0);
        QCOMPARE(watch.lines(), want);
    }

    // As an agent's own login: every change_log line, but row security decides which tickets'
    // details it reads (its own registration, not another's: null there).
    void detailsFollowRowSecurity() {
        using namespace sb;
        using namespace sb::test::watch;
        const DatabaseUrl url = freshDatabase(QStringLiteral("sb_watch_rls"));
        QString error;
        auto installer = test::openMigrated(url, error);
        QVERIFY2(installer, qPrintable(error));
        QSqlQuery q;
        QVERIFY2(installer->exec(q,
                                 QStringLiteral("INSERT INTO staff(employee_no, name, role_id, "
                                                "on_duty, status, status_changed_at, login, "
                                                "created_at) "
                                                "VALUES ('E-W1', 'Watching agent', (SELECT id FROM "
                                                "roles WHERE key = 'agent'), 1, 'active', 0, "
                                                "'sb_watch_agent', 0) "
                                                "RETURNING id"),
                                 {}, error) &&
                     q.next(),
                 qPrintable(error));
        const qint64 agent = q.value(0).toLongLong();
        auto agentDb = test::pgLoginFor(*installer, QStringLiteral("sb_watch_agent"), agent,
                                        QStringLiteral("sb_agent"));
        QVERIFY(agentDb);
        const qint64 before = lastSeq(*installer);
        InsertResult r;
        TicketStore store(*installer);
        QVERIFY2(store.insert({complaint(QStringLiteral("crm"), QStringLiteral("MINE"))},
                              QDateTime::currentMSecsSinceEpoch(), r, error, agent),
                 qPrintable(error));
        QVERIFY2(store.insert({complaint(QStringLiteral("crm"), QStringLiteral("OTHER"))},
                              QDateTime::currentMSecsSinceEpoch(), r, error),
                 qPrintable(error));
        QVERIFY(installer->exec(q,
                                QStringLiteral("SELECT id FROM tickets WHERE external_id = "
                                               "'MINE'"),
                                {}, error) &&
                q.next());
        Expected expected;
        expected.tickets.insert(q.value(0).toLongLong(),
                                {QStringLiteral("crm"), QStringLiteral("MINE")});
        const QStringList want =
            expectedLines(*installer, before, {QStringLiteral("ticket")}, expected);
        QCOMPARE(want.size(), 2);
        QVERIFY2(want.at(1).endsWith(QStringLiteral("\"source\":null,\"external_id\":null}")),
                 qPrintable(want.at(1)));

        WatchProcess watch;
        QVERIFY2(
            watch.start(agentDb->url(), {QStringLiteral("--since"), QString::number(before),
                                         QStringLiteral("--entities"), QStringLiteral("ticket")}),
            qPrintable(watch.err()));
        QVERIFY2(watch.waitForLines(want.size()), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), want);
        QCOMPARE(watch.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliWatchPg)
#include "moc_watchclitest.cpp"
#include "tst_cli_watch_pg.moc"
