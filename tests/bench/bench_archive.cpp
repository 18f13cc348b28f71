// Benchmark: archiving half of a 1,000,000-ticket live database (with the tickets' timelines)
// into an archive file, SQLite and PostgreSQL, while a workstation keeps reading queue pages.
// The live database is bench_reports' year of tickets (yearoftickets.h): a copy of its cached
// SQLite file, and a fresh PostgreSQL database filled the same way. The cut-off is the close
// time that leaves 500,000 tickets behind it. Meanwhile a second connection on another thread
// reads the Tickets place's first and last page of the All queue (what a workstation's worker
// runs) every 100 ms; the same pages read before the run are the anchor.
// Targets: the archive under 60 s; pages under 150 ms while it runs. Also printed: this
// process's CPU during the archive and, when the server loads pg_stat_statements, the server's
// time per step.
//   bench_archive [N] [sqlite|postgresql]   SQLite, then PostgreSQL when the throwaway server
//                                           is there (scripts/bench); one of them when named;
//                                           N tickets move (500,000 by default).
//   bench_archive N sqlite --batch B         the same in batches of B tickets (2,000 by default,
//                                           as `signalboard-cli archive --batch`).
// On PostgreSQL the year of tickets is generated once into sb_bench_archive_year (kept on the
// server: several runs against one server, e.g. to profile it, generate it only once) and each
// run archives from a fresh copy of it (CREATE DATABASE … TEMPLATE), migrated then.
#include "archive/archiver.h"
#include "storage/migrations.h"
#include "testsupport.h"
#include "tickets/ticketquery.h"
#include "yearoftickets.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>
#include <thread>

using namespace sb;

namespace {

qint64 kMove = 500000; // argv[1] changes it (a shorter run to profile)
int kBatch = 0;        // --batch B; 0: the Archiver's default

QByteArray loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

double percentile(QList<double> v, int p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, v.size() * p / 100));
}

void fail(const char *label, const QString &e) {
    std::printf("%s: %s\n", label, qPrintable(e));
}

// Reads the first and the last page of the All queue, alternately, every 100 ms until `stop`;
// the time of each read (every value of every row) goes to `ms`.
void readPages(const DatabaseUrl &url, const std::atomic<bool> &stop, QList<double> &ms,
               QString &error) {
    auto db = Database::open(url, QStringLiteral("pages"), error);
    if (!db)
        return;
    TicketQueryContext context;
    context.finalStates = {QStringLiteral("closed")};
    const TicketQueryBuilder builder(db->dialect(), TicketQueue::All, {}, context);
    bool last = false;
    while (!stop.load()) {
        const PagedSql page = builder.page(
            last ? TicketQueryBuilder::Page::Last : TicketQueryBuilder::Page::First, {}, 100);
        last = !last;
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db->db());
        if (!db->execForwardOnly(q, page.sql, page.values, error))
            return;
        while (q.next())
            for (int c = 0; c <= TicketQueryBuilder::kSortColumn; ++c)
                q.value(c);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

// The close time before which exactly kMove tickets are candidates (ordinary and important
// alike): the kMove-th ticket's last close.
qint64 cutoffFor(const Database &db, QString &e) {
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT at FROM (SELECT ticket_id, MAX(at) AS at FROM "
                                "ticket_events WHERE to_state = 'closed' GROUP BY ticket_id) c "
                                "ORDER BY at LIMIT 1 OFFSET ?"),
                 {kMove}, e) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// On a server that loads pg_stat_statements (shared_preload_libraries, track=all): clears its
// counts; false (nothing printed later) on any other server.
bool startServerTimes(const Database &db) {
    QString e;
    return db.dialect() == Dialect::PostgreSQL &&
           db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"), {}, e) &&
           db.exec(QStringLiteral("SELECT pg_stat_statements_reset()"), {}, e);
}

// The server's time per step of the run since startServerTimes (top-level statements of this
// database, by the function they call; the rest is mostly the month roll-ups' reports).
void printServerTimes(const Database &db) {
    QSqlQuery q(db.db());
    QString e;
    if (!db.exec(q,
                 QStringLiteral(
                     "SELECT CASE WHEN query LIKE '%sb_archive_delete_checked(%' THEN 'lock, "
                     "check, delete and digest' "
                     "WHEN query LIKE '%sb_archive_delete(%' THEN 'delete' "
                     "WHEN query LIKE '%sb_archive_digest(%' THEN 'digest the live side' "
                     "WHEN query LIKE '%sb_archive_rows(%' OR query LIKE '%sb_archive_rows_json(%' "
                     "OR query LIKE '%sb_archive_rows_text(%' THEN 'read the rows' "
                     "WHEN query LIKE '%sb_archive_lock_candidates(%' THEN 'lock and re-check' "
                     "WHEN query LIKE '%sb_archive_candidates(%' THEN 'choose the candidates' "
                     "ELSE 'other (month roll-ups, page reads, the rest)' END AS step, "
                     "SUM(total_exec_time) / 1000, SUM(calls) FROM pg_stat_statements WHERE "
                     "toplevel AND dbid = (SELECT oid FROM pg_database WHERE datname = "
                     "current_database()) GROUP BY 1 ORDER BY 2 DESC"),
                 {}, e))
        return;
    std::printf("| server time (pg_stat_statements) | seconds | calls |\n| --- | --- | --- |\n");
    while (q.next())
        std::printf("| %s | %.1f | %lld |\n", qPrintable(q.value(0).toString()),
                    q.value(1).toDouble(), q.value(2).toLongLong());
}

// A fresh PostgreSQL database holding the year of tickets: a copy of sb_bench_archive_year,
// generated first when the server does not have it yet.
bool pgYearCopy(DatabaseUrl &url, QString &e) {
    const QString year = QStringLiteral("sb_bench_archive_year");
    DatabaseUrl admin;
    if (!DatabaseUrl::parse(test::pgAdminUrl(), admin, e))
        return false;
    auto server = Database::open(admin, QStringLiteral("bench-admin"), e);
    if (!server)
        return false;
    const qint64 have = bench::count(
        *server, QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(year),
        e);
    if (have < 0)
        return false;
    if (have == 0) {
        const DatabaseUrl yearUrl = test::freshPgDatabase(year);
        auto db = Database::open(yearUrl, QStringLiteral("bench-year"), e);
        if (!db || !Migrator(*db).migrate(e) || !bench::fillYearOfTickets(*db, e))
            return false;
    }
    // The names are ours: safe to splice.
    server->exec(QStringLiteral("DROP DATABASE IF EXISTS sb_bench_archive WITH (FORCE)"), {}, e);
    if (!server->exec(QStringLiteral("CREATE DATABASE sb_bench_archive TEMPLATE %1 STRATEGY "
                                     "FILE_COPY")
                          .arg(year),
                      {}, e))
        return false;
    url = admin;
    url.database = QStringLiteral("sb_bench_archive");
    return true;
}

void run(const DatabaseUrl &url, const char *label) {
    QString e;
    auto db = Database::open(url, QStringLiteral("bench"), e);
    if (!db || !Migrator(*db).migrate(e) || !bench::fillYearOfTickets(*db, e))
        return fail(label, e);
    const qint64 before = cutoffFor(*db, e);
    if (before < 0)
        return fail(label, e);
    const qint64 tickets = bench::count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets"), e);
    const qint64 events =
        bench::count(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_events"), e);

    // The anchor: the same pages on a quiet database.
    std::atomic<bool> stop{false};
    QList<double> idleMs;
    QString pageError;
    std::thread idle([&] { readPages(url, stop, idleMs, pageError); });
    std::this_thread::sleep_for(std::chrono::seconds(3));
    stop = true;
    idle.join();

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.sbarchive"));
    SystemClock clock;
    Archiver archiver(*db, clock);
    if (kBatch > 0)
        archiver.setBatchSize(kBatch);
    ArchiveReport report;
    QList<double> busyMs;
    stop = false;
    std::thread busy([&] { readPages(url, stop, busyMs, pageError); });
    const bool serverTimes = startServerTimes(*db);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer t;
    t.start();
    const bool ok =
        archiver.archive({before, before}, before, file, QStringLiteral("bench"), report, e);
    const double archiveS = double(t.nsecsElapsed()) / 1e9;
    const double clientCpuS = cpuSeconds() - cpuBefore;
    stop = true;
    busy.join();
    if (!ok)
        return fail(label, e);
    if (!pageError.isEmpty())
        return fail(label, pageError);
    qint64 moved = 0;
    for (const ArchiveTableCount &c : std::as_const(report.counts))
        moved += c.rows;
    std::printf("\n%s (%lld tickets and %lld events before; load average after %s)\n", label,
                tickets, events, loadAverage().constData());
    std::printf("| step | %s | against the target |\n| --- | --- | --- |\n", label);
    std::printf("| archive %lld tickets (%lld rows in all, %d batches) | %.1f s | %.2f of 60 s |\n",
                report.tickets, moved, report.batches, archiveS,
                archiveS / (60.0 * double(kMove) / 500000.0));
    std::printf("| queue page before the run, p50 / p99 / max (%lld reads) | %.1f / %.1f / %.1f "
                "ms | anchor |\n",
                qint64(idleMs.size()), percentile(idleMs, 50), percentile(idleMs, 99),
                percentile(idleMs, 100));
    std::printf("| queue page during the run, p50 / p99 / max (%lld reads) | %.1f / %.1f / %.1f "
                "ms | %.2f of 150 ms (max); %.1f× the anchor's p50 |\n",
                qint64(busyMs.size()), percentile(busyMs, 50), percentile(busyMs, 99),
                percentile(busyMs, 100), percentile(busyMs, 100) / 150.0,
                percentile(busyMs, 50) / std::max(0.001, percentile(idleMs, 50)));
    std::printf("archive file: %.0f MB; targets (under 60 s; pages under 150 ms): %s\n",
                double(QFileInfo(file).size()) / 1e6,
                archiveS < 60 && percentile(busyMs, 100) < 150 ? "met" : "NOT met");
    std::printf("CPU of this process during the archive (every thread): %.1f s\n", clientCpuS);
    if (serverTimes)
        printServerTimes(*db);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1).toLongLong() > 0)
        kMove = args.at(1).toLongLong();
    const qsizetype batchAt = args.indexOf(QStringLiteral("--batch"));
    if (batchAt > 0)
        kBatch = args.value(batchAt + 1).toInt();
    const bool sqliteOnly = args.contains(QStringLiteral("sqlite"));
    const bool postgresqlOnly = args.contains(QStringLiteral("postgresql"));
    if (!postgresqlOnly) {
        // A copy of bench_reports' cached database (generated there when missing): the run
        // deletes half of it.
        const QString cache = QStringLiteral("/tmp/sb-bench-reports-1000000.db");
        // One copy per process: two runs at once (two helpers) must not share it.
        const QString copy = QStringLiteral("/tmp/sb-bench-archive-live-%1.db")
                                 .arg(QCoreApplication::applicationPid());
        {
            QString e;
            auto db = Database::open(DatabaseUrl::sqlite(cache), QStringLiteral("cache"), e);
            if (!db || !Migrator(*db).migrate(e) || !bench::fillYearOfTickets(*db, e)) {
                fail("SQLite", e);
                return 1;
            }
            db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, e);
        }
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        if (!QFile::copy(cache, copy)) {
            fail("SQLite", QStringLiteral("cannot copy %1").arg(cache));
            return 1;
        }
        run(DatabaseUrl::sqlite(copy), "SQLite");
        QFile::remove(copy);
    }
    if (sqliteOnly)
        return 0;
    if (!test::pgAdminUrl().isEmpty()) {
        DatabaseUrl url;
        QString e;
        if (pgYearCopy(url, e))
            run(url, "PostgreSQL");
        else
            fail("PostgreSQL", e);
    } else
        std::printf("\nPostgreSQL: no throwaway server (run through scripts/bench)\n");
    return 0;
}
