// Crash safety of the CLI on SQLite: `kill -9` of an import or an ingest mid-way leaves a file
// that passes PRAGMA integrity_check with nothing of the killed transaction in it, and the
// re-run gives the exact count (CliCrashTest's cases, also run on PostgreSQL in
// tst_cli_crash_pg). And ingest waits for a write lock held past SQLite's busy timeout instead
// of failing: the batch is stored once the lock goes.
#include "clicrashtest.h"

#include <QElapsedTimer>

using namespace sb;

class TestCliCrash final : public CliCrashTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

    // The CLI holds the write lock when this connection cannot take it at once.
    bool writing(Database &probe, const QString &) override {
        QString e;
        if (!probe.exec(QStringLiteral("PRAGMA busy_timeout = 0"), {}, e))
            return false;
        if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e))
            return e.contains(QLatin1StringView("database is locked"));
        probe.exec(QStringLiteral("ROLLBACK"), {}, e);
        return false;
    }

    bool intactAfterKill(Database &probe, const QString &) override {
        // A new connection, as the next program would open: it recovers from the WAL.
        QString e;
        auto db = Database::open(probe.url(), QStringLiteral("check"), e);
        if (!db) {
            qWarning("reopening after the kill: %s", qPrintable(e));
            return false;
        }
        QSqlQuery q;
        if (!db->exec(q, QStringLiteral("PRAGMA integrity_check"), {}, e) || !q.next()) {
            qWarning("integrity_check: %s", qPrintable(e));
            return false;
        }
        const QString verdict = q.value(0).toString();
        if (verdict != QLatin1StringView("ok") || q.next()) {
            qWarning("integrity_check: %s", qPrintable(verdict));
            return false;
        }
        q.finish();
        // The killed transaction left no lock behind: a writer gets in at once.
        if (!db->exec(QStringLiteral("PRAGMA busy_timeout = 0"), {}, e) ||
            !db->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e) ||
            !db->exec(QStringLiteral("ROLLBACK"), {}, e)) {
            qWarning("still locked after the kill: %s", qPrintable(e));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    // Another program holds the write lock for longer than the 10 s busy timeout: the batch
    // fails with "database is locked", is tried again with backoff, and is stored once.
    void ingestWaitsOutALockedDatabase() {
        QString url;
        auto holder = migrated(QStringLiteral("locked"), url);
        QVERIFY(holder);
        QString e;
        QVERIFY2(holder->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        QByteArray lines;
        for (int i = 0; i < 50; ++i)
            lines += "{\"external_id\":\"lk" + QByteArray::number(i) +
                     "\",\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"email\","
                     "\"customer_tier\":\"vip\","
                     "\"problem_type\":\"login_failure\"}\n";
        QProcess cli;
        cli.setStandardInputFile(writeFile(QStringLiteral("locked.jsonl"), lines));
        cli.start(test::toolPath(QStringLiteral("signalboard-cli")),
                  {QStringLiteral("ingest"), QStringLiteral("--db"), url,
                   QStringLiteral("--source"), QStringLiteral("locked"),
                   QStringLiteral("--reconnect-for"), QStringLiteral("30")});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer t;
        t.start();
        // Past the busy timeout, until the CLI says it will try again.
        QByteArray err;
        while (!err.contains("the database is busy, trying again") && t.elapsed() < 20000 &&
               cli.state() == QProcess::Running) {
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
        }
        QVERIFY2(err.contains("database is locked"), err.constData());
        QVERIFY2(err.contains("lines 1-50 not stored yet"), err.constData());
        QCOMPARE(tickets(*holder, QStringLiteral("locked")), 0);
        QVERIFY2(holder->exec(QStringLiteral("COMMIT"), {}, e), qPrintable(e));
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(30000));
        err += cli.readAllStandardError();
        const QByteArray out = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(err.contains("the database is free again"), err.constData());
        QVERIFY2(out.contains("stored 50, already present 0, rejected 0 of 50"), out.constData());
        QCOMPARE(tickets(*holder, QStringLiteral("locked")), 50);
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "moc_clicrashtest.cpp"
#include "tst_cli_crash.moc"
