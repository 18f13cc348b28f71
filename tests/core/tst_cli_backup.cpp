// signalboard-cli db backup / db restore: what an operator types and reads, exit codes, the
// refusal while another program uses the database, and PostgreSQL pointed to its own tools.
#include "backup/sqlitebackup.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::CliRun;
using test::runCli;

namespace {

QByteArray complaints(int first, int count) {
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += "{\"received_at\":\"2026-03-02T09:00:00Z\",\"channel\":\"chat\","
               "\"customer_tier\":\"normal\",\"problem_type\":\"payment_failure\","
               "\"external_id\":\"C" +
               QByteArray::number(i) + "\"}\n";
    return out;
}

QString db() {
    return QStringLiteral("--db");
}

} // namespace

class TestCliBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!SqliteBackup::available()) {
            const CliRun r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(),
                                     QStringLiteral("sqlite:///tmp/x.db"), QStringLiteral("--to"),
                                     QStringLiteral("/tmp/y.db")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1StringView("no SQLite backup")), qPrintable(r.err));
            QSKIP("this build has no SQLite C API: only the refusal is checked");
        }
    }

    void backupAndRestore() {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        const QString url = QStringLiteral("sqlite://") + live;
        const QString copy = dir.filePath(QStringLiteral("nightly.sbbackup"));
        QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("migrate"), db(), url}).code, 0);
        QCOMPARE(runCli({QStringLiteral("ingest"), db(), url}, complaints(0, 40)).code, 0);

        CliRun r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(), url,
                           QStringLiteral("--to"), copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("backup written: ") + copy), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1StringView("integrity check: ok\n")));
        QVERIFY(r.out.contains(QLatin1StringView("tickets: 40\n")));
        QVERIFY(QFileInfo::exists(copy));

        // The same target again: refused, and it names the way out.
        r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(), url,
                    QStringLiteral("--to"), copy});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("already exists")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1StringView("--force")));
        QCOMPARE(runCli({QStringLiteral("ingest"), db(), url}, complaints(40, 2)).code, 0);
        r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(), url,
                    QStringLiteral("--to"), copy, QStringLiteral("--force")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("tickets: 42\n")));
        QCOMPARE(runCli({QStringLiteral("ingest"), db(), url}, complaints(42, 8)).code, 0);

        // Restore while another program has the database open (watch follows the feed).
        QProcess watch;
        watch.start(test::toolPath(QStringLiteral("signalboard-cli")),
                    {QStringLiteral("watch"), db(), url});
        QVERIFY(watch.waitForStarted());
        QByteArray said;
        const QDeadlineTimer deadline(30000);
        while (!said.contains("watch: following ") && !deadline.hasExpired() &&
               watch.state() == QProcess::Running) {
            watch.waitForReadyRead(100);
            said += watch.readAllStandardError();
        }
        QVERIFY2(said.contains("watch: following "), said.constData());
        r = runCli({QStringLiteral("db"), QStringLiteral("restore"), db(), url,
                    QStringLiteral("--from"), copy});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("is in use")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(live + QStringLiteral(".before-restore")));
        watch.terminate();
        QVERIFY(watch.waitForFinished(30000));

        // Nobody uses it now: restored, the old file kept and said so.
        r = runCli({QStringLiteral("db"), QStringLiteral("restore"), db(), url,
                    QStringLiteral("--from"), copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("tickets: 42\n")));
        QVERIFY2(r.out.contains(QStringLiteral("the previous database is kept as ") + live +
                                QStringLiteral(".before-restore")),
                 qPrintable(r.out));
        r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(), url,
                    QStringLiteral("--to"), dir.filePath(QStringLiteral("check.db"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("tickets: 42\n")));
        r = runCli({QStringLiteral("db"), QStringLiteral("status"), db(), url});
        QCOMPARE(r.code, 0);
    }

    void refusalsAndUsage() {
        QTemporaryDir dir;
        CliRun r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(),
                           QStringLiteral("postgresql://sb@localhost/signalboard"),
                           QStringLiteral("--to"), dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("pg_dump -Fc")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1StringView("pg_dumpall --roles-only")));
        QVERIFY(r.err.contains(QLatin1StringView("ADMIN-GUIDE")));
        r = runCli({QStringLiteral("db"), QStringLiteral("restore"), db(),
                    QStringLiteral("postgresql://sb@localhost/signalboard"),
                    QStringLiteral("--from"), dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1StringView("pg_restore")));
        r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(),
                    QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("a.db"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1StringView("missing required option --to")));
        r = runCli({QStringLiteral("db"), QStringLiteral("backup"), db(),
                    QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("a.db")),
                    QStringLiteral("--to"), dir.filePath(QStringLiteral("b.db"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("a.db")) +
                                QStringLiteral(" does not exist")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a.db"))));
        r = runCli({QStringLiteral("db"), QStringLiteral("restore"), db(),
                    QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("a.db")),
                    QStringLiteral("--from"), dir.filePath(QStringLiteral("missing.db"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("missing.db does not exist")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a.db"))));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
