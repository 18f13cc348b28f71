// Import benchmark (Release build, not part of CTest): a generated 1,000,000-row
// complaint CSV imported by sb::Importer (check pass + one-transaction write, change_log
// trigger on) against the database's own bulk loader on the same file in the same run:
//   SQLite:     `sqlite3 DB ".import --csv F raw"` into a fresh table (no indexes)
//   PostgreSQL: `psql -c "\copy raw FROM F CSV HEADER"` into a fresh unindexed table
// Target: within 1.5x of them. Rows: SB_BENCH_ROWS (default 1,000,000).
#include "io/columnmapping.h"
#include "io/importer.h"
#include "storage/database.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace sb;

namespace {

const char *const kTypes[] = {"login_failure", "payment_failure", "product_fault", "other",
                              "site_unreachable"};
const char *const kChannels[] = {"phone", "chat", "email", "social"};

void generate(const QString &path, int rows) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buf;
    buf += "received_at,channel,customer_tier,problem_type,external_id,customer_id,subject,"
           "description,region\n";
    quint64 s = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < rows; ++i) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        const int sec = i % 60;
        const int min = (i / 60) % 60;
        const int hour = (i / 3600) % 24;
        const int day = 1 + (i / 86400) % 28;
        buf += QStringLiteral("2026-03-%1T%2:%3:%4+08:00")
                   .arg(day, 2, 10, QLatin1Char('0'))
                   .arg(hour, 2, 10, QLatin1Char('0'))
                   .arg(min, 2, 10, QLatin1Char('0'))
                   .arg(sec, 2, 10, QLatin1Char('0'))
                   .toLatin1();
        buf += ',';
        buf += kChannels[s % 4];
        buf += s % 5 == 0 ? ",vip," : ",normal,";
        buf += kTypes[(s >> 8) % 5];
        buf += ",EXT-" + QByteArray::number(i) + ",C" + QByteArray::number((s >> 16) % 100000) +
               ",Subject line " + QByteArray::number(i % 997) +
               ",\"The customer says: \"\"it does not work\"\", tried twice, "
               "please call back.\"," +
               (s % 3 == 0 ? "north" : "south") + '\n';
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

// CPU seconds (user + system) of this process or of its reaped children.
double cpuSeconds(int who) {
    rusage u{};
    getrusage(who, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
double g_lastCpu = 0; // CPU of the last measured run (SQLite: all of the work)

// CPU seconds used so far by the throwaway PostgreSQL server: the postmaster, its live
// children (backends, checkpointer, WAL writer …) and the children it has reaped (backends
// of finished connections). Differences of this give the server's share of a run, which the
// load of other processes on the machine does not inflate. 0 without a local server.
double pgServerCpu() {
    const QString state = qEnvironmentVariable("SIGNALBOARD_TEST_PG_STATE");
    QFile st(state);
    QString dir;
    if (st.open(QIODevice::ReadOnly))
        for (const QByteArray &line : st.readAll().split('\n'))
            if (line.startsWith("dir="))
                dir = QString::fromUtf8(line.mid(4));
    QFile pidFile(dir + QStringLiteral("/data/postmaster.pid"));
    if (dir.isEmpty() || !pidFile.open(QIODevice::ReadOnly))
        return 0;
    const qint64 master = pidFile.readLine().trimmed().toLongLong();
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    double total = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 p = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = f.readAll();
        // Fields after the ")" closing the command name: state ppid … utime(14) stime(15)
        // cutime(16) cstime(17), numbered from 1 for pid.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 15)
            continue;
        const qint64 ppid = fields.at(1).toLongLong();
        if (p == master)
            total += static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong() +
                                         fields.at(13).toLongLong() + fields.at(14).toLongLong());
        else if (ppid == master)
            total += static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    }
    return total / tick;
}
double g_lastServerCpu = 0; // PostgreSQL server CPU of the last measured run

// Waits (up to a minute) until no autovacuum worker runs on the server: the previous run's
// tables are vacuumed and analysed in the background, which would count as this run's CPU.
void waitForAutovacuum() {
    QString error;
    DatabaseUrl url;
    if (!DatabaseUrl::parse(test::pgAdminUrl(), url, error))
        return;
    auto admin = Database::open(url, QStringLiteral("bench-quiet"), error);
    if (!admin)
        return;
    QThread::msleep(1500); // the statistics of the last commit reach the launcher first
    for (int i = 0; i < 600; ++i) {
        QSqlQuery q(admin->db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
                                   "'autovacuum worker'")) ||
            !q.next() || q.value(0).toInt() == 0)
            return;
        QThread::msleep(100);
    }
}

QByteArray loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

double runProcess(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                  const QByteArray &input = {}) {
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    const double server0 = pgServerCpu();
    t.start();
    p.start(program, args);
    if (p.waitForStarted()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForStarted() || !p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    const double wall = static_cast<double>(t.nsecsElapsed()) / 1e9;
    g_lastCpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    g_lastServerCpu = pgServerCpu() - server0;
    return wall;
}

struct Ours {
    double total = 0;
    double check = 0;
    qint64 inserted = 0;
};

Ours importOurs(const DatabaseUrl &url, const QString &csv) {
    QString error;
    auto db = test::openMigrated(url, error);
    if (!db)
        qFatal("%s", qPrintable(error));
    SystemClock clock;
    Importer importer(*db, clock);
    QElapsedTimer t;
    Ours r;
    ImportReport report;
    // The check pass alone (the wizard's first step), for information.
    t.start();
    if (!importer.check(csv, ColumnMapping::direct(), {}, report))
        qFatal("check failed: %s", qPrintable(report.fatal));
    r.check = static_cast<double>(t.nsecsElapsed()) / 1e9;
    // The measured import: what `signalboard-cli import` does (one pass).
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const double server0 = pgServerCpu();
    t.start();
    if (!importer.importFile(csv, ColumnMapping::direct(), {}, report))
        qFatal("import failed: %s", qPrintable(report.fatal));
    r.total = static_cast<double>(t.nsecsElapsed()) / 1e9;
    g_lastCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    g_lastServerCpu = pgServerCpu() - server0;
    r.inserted = report.inserted;
    return r;
}

void cpuRow(const char *what, double seconds, double cpu, double anchorCpu) {
    std::printf("| %s | %.2f s | %.2f s | %.2fx |\n", what, seconds, cpu, cpu / anchorCpu);
}

// PostgreSQL: wall clock, and CPU of client + server (the anchor's: psql + its backend).
void pgRow(const char *what, double seconds, double anchor, double cpu, double anchorCpu) {
    std::printf("| %s | %.2f s | %.2fx | %.2f s | %.2fx |\n", what, seconds, seconds / anchor, cpu,
                cpu / anchorCpu);
}

// The same work done by the database's own tools: bulk load into a scratch table, then one
// INSERT … SELECT into tickets (same indexes, same change_log trigger, same conflict rule).
const char *const kColumns =
    "received_at text, channel text, customer_tier text, problem_type text, external_id text, "
    "customer_id text, subject text, description text, region text";

QByteArray sqliteSameWork(const QString &csv) {
    return QStringLiteral(".import --csv %1 raw\n"
                          "INSERT INTO tickets(source, external_id, received_at, received_offset, "
                          "channel, customer_tier, problem_type, customer_id, subject, "
                          "description, region, updated_at) SELECT 'bench', external_id, "
                          "CAST(round((julianday(received_at) - 2440587.5) * 86400000) AS "
                          "INTEGER), 28800, channel, customer_tier, problem_type, customer_id, "
                          "subject, description, region, 0 FROM raw WHERE true "
                          "ON CONFLICT (source, external_id) DO NOTHING;\n")
        .arg(csv)
        .toUtf8();
}

QByteArray pgSameWork(const QString &csv) {
    return QStringLiteral("CREATE UNLOGGED TABLE raw (%1);\n"
                          "\\copy raw FROM '%2' CSV HEADER\n"
                          "INSERT INTO tickets(source, external_id, received_at, received_offset, "
                          "channel, customer_tier, problem_type, customer_id, subject, "
                          "description, region, updated_at) SELECT 'bench', external_id, "
                          "(extract(epoch FROM received_at::timestamptz) * 1000)::bigint, 28800, "
                          "channel, customer_tier, problem_type, customer_id, subject, "
                          "description, region, 0 FROM raw ON CONFLICT (source, external_id) DO "
                          "NOTHING;\n")
        .arg(QLatin1StringView(kColumns), csv)
        .toUtf8();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int rows = qEnvironmentVariableIsSet("SB_BENCH_ROWS")
                         ? qEnvironmentVariableIntValue("SB_BENCH_ROWS")
                         : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("complaints.csv"));
    generate(csv, rows);
    std::printf("## bench_import: %d rows, %.1f MB CSV; load average at start: %s\n\n", rows,
                static_cast<double>(QFileInfo(csv).size()) / 1e6, loadAverage().constData());

    // SQLite
    const QString rawDb = dir.filePath(QStringLiteral("raw.db"));
    const double sqliteImport = runProcess(
        QStringLiteral("sqlite3"), {rawDb, QStringLiteral(".import --csv %1 raw").arg(csv)});
    const double sqliteImportCpu = g_lastCpu;
    double sqliteSame = 0;
    {
        const DatabaseUrl sameUrl = DatabaseUrl::sqlite(dir.filePath(QStringLiteral("same.db")));
        QString error;
        if (!test::openMigrated(sameUrl, error))
            qFatal("%s", qPrintable(error));
        sqliteSame = runProcess(QStringLiteral("sqlite3"), {sameUrl.path},
                                QProcessEnvironment::systemEnvironment(), sqliteSameWork(csv));
    }
    const double sqliteSameCpu = g_lastCpu;
    const Ours sqlite = importOurs(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("sb.db"))), csv);
    const double sqliteCpu = g_lastCpu;
    if (sqlite.inserted != rows)
        qFatal("SQLite: inserted %lld of %d", sqlite.inserted, rows);
    std::printf("### SQLite\n\n| path | wall clock | CPU (user+sys) | CPU vs sqlite3 .import "
                "|\n| --- | --- | --- | --- |\n");
    cpuRow("sqlite3 .import (fresh table, no indexes)", sqliteImport, sqliteImportCpu,
           sqliteImportCpu);
    cpuRow("sqlite3 .import + INSERT…SELECT into tickets (same work)", sqliteSame, sqliteSameCpu,
           sqliteImportCpu);
    cpuRow("Importer, one pass (tickets with its indexes, change_log)", sqlite.total, sqliteCpu,
           sqliteImportCpu);
    std::printf("\nImporter check pass alone (wizard's first step, not in the above): %.2f s "
                "wall clock. Load average now: %s\n\n",
                sqlite.check, loadAverage().constData());
    std::fflush(stdout);

    // PostgreSQL
    if (test::pgAdminUrl().isEmpty()) {
        std::printf("\n(PostgreSQL skipped: SIGNALBOARD_TEST_PG_STATE not set)\n");
        return 0;
    }
    const DatabaseUrl rawUrl = test::freshPgDatabase(QStringLiteral("bench_import_raw"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!rawUrl.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), rawUrl.password);
    const QString psqlUrl = rawUrl.toDisplayString();
    runProcess(QStringLiteral("psql"),
               {psqlUrl, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-c"),
                QStringLiteral("CREATE TABLE raw (received_at text, channel text, customer_tier "
                               "text, problem_type text, external_id text, customer_id text, "
                               "subject text, description text, region text)")},
               env);
    waitForAutovacuum();
    const double psqlCopy = runProcess(QStringLiteral("psql"),
                                       {psqlUrl, QStringLiteral("-v"),
                                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                                        QStringLiteral("\\copy raw FROM '%1' CSV HEADER").arg(csv)},
                                       env);
    const double psqlCopyCpu = g_lastCpu + g_lastServerCpu;
    double psqlSame = 0;
    {
        const DatabaseUrl sameUrl = test::freshPgDatabase(QStringLiteral("bench_import_same"));
        QString error;
        if (!test::openMigrated(sameUrl, error))
            qFatal("%s", qPrintable(error));
        waitForAutovacuum();
        psqlSame =
            runProcess(QStringLiteral("psql"),
                       {sameUrl.toDisplayString(), QStringLiteral("-1"), QStringLiteral("-q"),
                        QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")},
                       env, pgSameWork(csv));
    }
    const double psqlSameCpu = g_lastCpu + g_lastServerCpu;
    const DatabaseUrl sbUrl = test::freshPgDatabase(QStringLiteral("bench_import_sb"));
    waitForAutovacuum();
    const Ours pg = importOurs(sbUrl, csv);
    const double pgCpu = g_lastCpu + g_lastServerCpu;
    if (pg.inserted != rows)
        qFatal("PostgreSQL: inserted %lld of %d", pg.inserted, rows);
    std::printf("\n### PostgreSQL\n\n| path | wall clock | vs psql \\copy | CPU (client + server) "
                "| CPU vs psql \\copy |\n| --- | --- | --- | --- | --- |\n");
    pgRow("psql \\copy (fresh table, no indexes)", psqlCopy, psqlCopy, psqlCopyCpu, psqlCopyCpu);
    pgRow("psql \\copy + INSERT…SELECT into tickets (same work, one transaction)", psqlSame,
          psqlCopy, psqlSameCpu, psqlCopyCpu);
    pgRow("Importer, one pass: COPY to staging + INSERT…SELECT", pg.total, psqlCopy, pgCpu,
          psqlCopyCpu);
    std::printf("\nImporter check pass alone: %.2f s wall clock. Load average now: %s\n", pg.check,
                loadAverage().constData());
    return 0;
}
