// Benchmark: `signalboard-cli db backup` (SqliteBackup::backup: the online copy, its
// integrity_check and ticket count, the switch to one file and the fsync) against the sqlite3
// shell's `.backup` of the same database in the same run. The shell runs before and after ours
// (the first run also warms the page cache for both); the ratio is taken against the faster
// shell run. Goal: ours at least half as fast as the shell (time at most 2×).
//   bench_backup   the 1,000,000-ticket database bench_reports caches in
//                  /tmp/sb-bench-reports-1000000.db; without it, 100,000 generated tickets
//                  (and it says so).
#include "backup/sqlitebackup.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {

// A smaller database when bench_reports' cache is not there: `n` tickets with text.
bool generate(const QString &path, qint64 n) {
    QString error;
    auto db = test::openMigrated(DatabaseUrl::sqlite(path), error);
    if (!db) {
        std::fprintf(stderr, "bench_backup: %s\n", qPrintable(error));
        return false;
    }
    return db->exec(QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                                   "WHERE n < ?) "
                                   "INSERT INTO tickets(received_at, channel, customer_tier, "
                                   "problem_type, subject, description, updated_at) "
                                   "SELECT 1700000000000 + n * 1000, 'phone', 'normal', "
                                   "'login_failure', 'ticket ' || n, printf('%.200c', 'x'), "
                                   "1700000000000 + n * 1000 FROM c"),
                    {n}, error);
}

double shellBackup(const QString &shell, const QString &from, const QString &to) {
    QFile::remove(to);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(shell, {from, QStringLiteral(".backup '%1'").arg(to)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_backup: sqlite3 failed: %s\n",
                     p.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (!SqliteBackup::available()) {
        std::printf("bench_backup: %s\n", qPrintable(SqliteBackup::unavailableReason()));
        return 0;
    }
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        std::printf("bench_backup: the sqlite3 shell is not installed\n");
        return 1;
    }
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/sb-bench-backup-XXXXXX"));
    QString source = QStringLiteral("/tmp/sb-bench-reports-1000000.db");
    qint64 tickets = 0;
    QString error;
    if (QFileInfo::exists(source)) {
        auto db = Database::open(DatabaseUrl::sqlite(source), QStringLiteral("bench"), error);
        QSqlQuery q(db ? db->db() : QSqlDatabase());
        if (db && q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && q.next())
            tickets = q.value(0).toLongLong();
    }
    if (tickets < 1000000) {
        std::printf("bench_backup: %s not there (run bench_reports first): 100,000 generated "
                    "tickets instead\n",
                    qPrintable(source));
        source = dir.filePath(QStringLiteral("source.db"));
        if (!generate(source, 100000))
            return 1;
    }
    const QString theirs = dir.filePath(QStringLiteral("shell.db"));
    const QString ours = dir.filePath(QStringLiteral("ours.db"));
    const double shell1 = shellBackup(shell, source, theirs);
    QElapsedTimer t;
    t.start();
    SqliteBackupReport report;
    SqliteBackupOptions options;
    double copiedMs = 0; // when the last page was copied: the copy without the checks
    options.progress = [&](qint64 done, qint64 total) {
        if (done == total)
            copiedMs = double(t.nsecsElapsed()) / 1e6;
    };
    if (!SqliteBackup::backup(source, ours, options, report, error)) {
        std::fprintf(stderr, "bench_backup: %s\n", qPrintable(error));
        return 1;
    }
    const double oursMs = double(t.nsecsElapsed()) / 1e6;
    const double shell2 = shellBackup(shell, source, theirs);
    if (shell1 < 0 || shell2 < 0)
        return 1;
    // The same check alone, to show what it costs of ours.
    t.restart();
    qint64 checked = 0;
    SqliteBackup::verify(ours, checked, error);
    const double checkMs = double(t.nsecsElapsed()) / 1e6;
    const double best = std::min(shell1, shell2);
    std::printf("SQLite backup of %lld tickets, %.0f MB (%lld pages)\n",
                static_cast<long long>(report.tickets), double(report.bytes) / 1048576.0,
                static_cast<long long>(report.pages));
    std::printf("| step | time | vs sqlite3 .backup |\n|---|---|---|\n");
    std::printf("| sqlite3 \".backup\" (before / after ours) | %.0f / %.0f ms | 1.00× |\n", shell1,
                shell2);
    std::printf("| signalboard-cli db backup (copy + integrity_check + count + fsync) | %.0f ms | "
                "%.2f× |\n",
                oursMs, oursMs / best);
    std::printf("| of which the copy (until its last page) | %.0f ms | %.2f× |\n", copiedMs,
                copiedMs / best);
    std::printf("| the integrity_check and count alone (measured again) | %.0f ms | |\n", checkMs);
    std::printf("target (at least half as fast: at most 2× the time): %s\n",
                oursMs <= 2 * best ? "met" : "NOT met");
    return 0;
}
