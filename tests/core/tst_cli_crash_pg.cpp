// Crash and restart safety of the CLI on PostgreSQL. `kill -9` of an import or an ingest mid-way:
// the killed process's transaction is gone from the server (no backend, no lock, nothing staged
// or half written visible), the indexes pass amcheck, and the re-run gives the exact count
// (CliCrashTest's cases). `ingest` fed through a pipe survives `pg_ctl restart -m fast` of its
// server: it reconnects, stores the batch it had not committed, and the result is exact; when
// the server stays down longer than --reconnect-for it gives up with exit code 3, naming the
// last line it stored. The restarts run on a server of their own, never the shared one.
#include "clicrashtest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>

#include <unistd.h>

using namespace sb;

namespace {

// One throwaway server (tests/support/pgtest.sh) this test may restart and stop.
class OwnServer {
public:
    ~OwnServer() {
        if (!m_dir.isEmpty())
            QProcess::execute(script(), {QStringLiteral("stop"), m_state});
    }
    bool start(const QString &stateFile, QString &error) {
        m_state = stateFile;
        QProcess p;
        p.start(script(), {QStringLiteral("start"), m_state});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        QFile f(m_state);
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("no state file");
            return false;
        }
        for (const QString &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (l.startsWith(QLatin1StringView("dir=")))
                m_dir = l.mid(4);
            else if (l.startsWith(QLatin1StringView("url=")))
                m_url = l.mid(4);
        }
        return !m_dir.isEmpty() && !m_url.isEmpty();
    }
    QString url() const { return m_url; }
    // pg_ctl `action` (restart -m fast, stop -m fast) as the data directory's owner.
    QStringList pgCtl(const QString &action) const {
        const QString bin = pgBin() + QStringLiteral("/pg_ctl");
        const QStringList args{QStringLiteral("-D"),   m_dir + QStringLiteral("/data"),
                               QStringLiteral("-l"),   m_dir + QStringLiteral("/server.log"),
                               QStringLiteral("-w"),   QStringLiteral("-m"),
                               QStringLiteral("fast"), action};
        if (::geteuid() == 0)
            return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                               QStringLiteral("postgres"), QStringLiteral("--"), bin} +
                   args;
        return QStringList{bin} + args;
    }

private:
    static QString script() {
        return qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
               QStringLiteral("/tests/support/pgtest.sh");
    }
    static QString pgBin() {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        return QStringLiteral("/usr/lib/postgresql/%1/bin")
            .arg(versions.value(versions.size() - 1));
    }
    QString m_state;
    QString m_dir;
    QString m_url;
};

QByteArray jsonLine(int i) {
    return "{\"external_id\":\"rs" + QByteArray::number(i) +
           "\",\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"phone\","
           "\"customer_tier\":\"normal\",\"problem_type\":\"login_failure\",\"subject\":\"line " +
           QByteArray::number(i) + "\"}\n";
}

QByteArray jsonLines(int from, int to) {
    QByteArray b;
    for (int i = from; i < to; ++i)
        b += jsonLine(i);
    return b;
}

} // namespace

class TestCliCrashPg final : public CliCrashTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

    // The CLI's backend has written in its open transaction (it holds a transaction id).
    bool writing(Database &probe, const QString &purpose) override {
        return count(probe,
                     QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                    "datname = current_database() AND application_name = ? AND "
                                    "backend_xid IS NOT NULL"),
                     {QString(QStringLiteral("signalboard-") + purpose)}) > 0;
    }

    bool intactAfterKill(Database &probe, const QString &purpose) override {
        // The server notices the closed socket and ends the backend: its transaction rolls back.
        QElapsedTimer t;
        t.start();
        const QVariantList app{QString(QStringLiteral("signalboard-") + purpose)};
        while (count(probe,
                     QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                    "datname = current_database() AND application_name = ?"),
                     app) != 0) {
            if (t.elapsed() > 10000) {
                qWarning("the killed CLI's backend is still there after 10 s");
                return false;
            }
            QTest::qWait(20);
        }
        if (count(probe, QStringLiteral("SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON "
                                        "c.oid = l.relation JOIN pg_database d ON d.oid = "
                                        "l.database WHERE d.datname = current_database() AND "
                                        "c.relname = 'tickets'")) != 0 ||
            count(probe, QStringLiteral("SELECT COUNT(*) FROM import_staging")) != 0) {
            qWarning("a lock or staged rows of the killed transaction remain");
            return false;
        }
        // Every index of the tickets table is consistent with its rows (amcheck, in contrib).
        QString e;
        if (!probe.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck"), {}, e) ||
            !probe.exec(QStringLiteral("SELECT bt_index_check(i.indexrelid, true) FROM pg_index i "
                                       "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON "
                                       "a.oid = c.relam WHERE i.indrelid = 'tickets'::regclass "
                                       "AND a.amname = 'btree'"),
                        {}, e)) {
            qWarning("amcheck: %s", qPrintable(e));
            return false;
        }
        return true;
    }

    QTemporaryDir m_stateDir; // outlives m_server, whose destructor stops it by its state file
    OwnServer m_server;

    // The own server's fresh database, migrated; its URL text in `url`.
    std::unique_ptr<Database> ownDatabase(QString &url) {
        DatabaseUrl u;
        QString e;
        if (!DatabaseUrl::parse(m_server.url(), u, e))
            qFatal("%s", qPrintable(e));
        auto db = test::openMigrated(u, e);
        if (!db)
            qWarning("%s", qPrintable(e));
        url = urlText(u);
        return db;
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (SIGNALBOARD_TEST_PG_STATE)");
    }

    void ingestSurvivesServerRestart() {
        QString error;
        if (!m_server.start(m_stateDir.filePath(QStringLiteral("own.state")), error))
            QSKIP(qPrintable(QStringLiteral("cannot start a server of our own: ") + error));
        QString url;
        auto probe = ownDatabase(url);
        QVERIFY(probe);
        constexpr int kLines = 5000;
        QProcess cli;
        cli.start(test::toolPath(QStringLiteral("signalboard-cli")),
                  {QStringLiteral("ingest"), QStringLiteral("--db"), url,
                   QStringLiteral("--source"), QStringLiteral("restart"), QStringLiteral("--batch"),
                   QStringLiteral("100"), QStringLiteral("--reconnect-for"), QStringLiteral("60")});
        QVERIFY(cli.waitForStarted());
        // Slowly through the pipe: 50 lines at a time.
        int sent = 0;
        const auto send = [&](int upTo) {
            cli.write(jsonLines(sent, upTo));
            cli.waitForBytesWritten();
            sent = upTo;
        };
        while (sent < 2000) {
            send(sent + 50);
            QTest::qWait(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(tickets(*probe, QStringLiteral("restart")) >= 1000, 30000);
        probe.reset(); // the restart would end it too
        QProcess restart;
        const QStringList ctl = m_server.pgCtl(QStringLiteral("restart"));
        restart.start(ctl.first(), ctl.mid(1));
        QVERIFY(restart.waitForStarted());
        // Lines keep coming while the server goes down and comes back; the last 500 only
        // once it is back, so the CLI certainly writes on a dropped connection.
        while (sent < kLines - 500) {
            send(sent + 50);
            QTest::qWait(restart.state() == QProcess::Running ? 40 : 5);
        }
        QVERIFY(restart.state() == QProcess::NotRunning || restart.waitForFinished(60000));
        QCOMPARE(restart.exitCode(), 0);
        send(kLines);
        cli.closeWriteChannel();
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(120000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1StringView("the connection was lost, reconnecting")),
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1StringView("signalboard-cli: reconnected after")),
                 qPrintable(err));
        // Every line stored once (a commit whose answer was lost is found "already present").
        const QRegularExpression summary(QStringLiteral("stored (\\d+), already present (\\d+), "
                                                        "rejected 0 of %1 line")
                                             .arg(kLines));
        const auto m = summary.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QCOMPARE(m.captured(1).toInt() + m.captured(2).toInt(), kLines);
        probe = ownDatabase(url);
        QVERIFY(probe);
        QCOMPARE(tickets(*probe, QStringLiteral("restart")), kLines);
        QCOMPARE(distinctIds(*probe, QStringLiteral("restart")), kLines);
    }

    // Runs after the restart case, on the same server (started there).
    void ingestGivesUpWhenTheServerStaysDown() {
        if (m_server.url().isEmpty())
            QSKIP("no server of our own");
        QString url;
        auto probe = ownDatabase(url);
        QVERIFY(probe);
        QProcess cli;
        cli.start(test::toolPath(QStringLiteral("signalboard-cli")),
                  {QStringLiteral("ingest"), QStringLiteral("--db"), url,
                   QStringLiteral("--source"), QStringLiteral("down"),
                   QStringLiteral("--reconnect-for"), QStringLiteral("2")});
        QVERIFY(cli.waitForStarted());
        cli.write(jsonLines(10000, 10300)); // 300 lines, committed while the input pauses
        QTRY_COMPARE_WITH_TIMEOUT(tickets(*probe, QStringLiteral("down")), 300, 30000);
        probe.reset();
        const QStringList ctl = m_server.pgCtl(QStringLiteral("stop"));
        QCOMPARE(QProcess::execute(ctl.first(), ctl.mid(1)), 0);
        cli.write(jsonLines(10300, 10310));
        cli.closeWriteChannel();
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY2(err.contains(QLatin1StringView("storing lines 301-310 failed")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1StringView("still failing after retrying for 2 s")),
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1StringView("every line up to 300 is stored")),
                 qPrintable(err));
    }
    // Runs after the give-up case, with the server still stopped: ingest started before its
    // server waits for it, then stores everything once it is up.
    void ingestWaitsForAServerThatStartsLater() {
        if (m_server.url().isEmpty())
            QSKIP("no server of our own");
        DatabaseUrl u;
        QString e;
        QVERIFY2(DatabaseUrl::parse(m_server.url(), u, e), qPrintable(e));
        QProcess cli;
        cli.start(test::toolPath(QStringLiteral("signalboard-cli")),
                  {QStringLiteral("ingest"), QStringLiteral("--db"), urlText(u),
                   QStringLiteral("--source"), QStringLiteral("late"),
                   QStringLiteral("--reconnect-for"), QStringLiteral("60")});
        QVERIFY(cli.waitForStarted());
        cli.write(jsonLines(20000, 20200));
        cli.closeWriteChannel();
        QString err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += QString::fromUtf8(cli.readAllStandardError()))
                                      .contains(QLatin1StringView("cannot connect yet")),
                                  qPrintable(err), 10000);
        QCOMPARE(cli.state(), QProcess::Running);
        // restart, not start: it starts a stopped server with the options it last ran with
        // (postmaster.opts: its port and socket directory).
        const QStringList ctl = m_server.pgCtl(QStringLiteral("restart"));
        QCOMPARE(QProcess::execute(ctl.first(), ctl.mid(1)), 0);
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
        QString url;
        auto probe = ownDatabase(url);
        QVERIFY(probe);
        QCOMPARE(tickets(*probe, QStringLiteral("late")), 200);
    }
};

QTEST_GUILESS_MAIN(TestCliCrashPg)
#include "moc_clicrashtest.cpp"
#include "tst_cli_crash_pg.moc"
