// Benchmark: a month's report with every section the engine has (volume, response, deadlines,
// qa) over 1,000,000 tickets, SQLite and PostgreSQL, against the same aggregates written as
// plain SQL and run raw on a second connection in the same run (the anchor: every row read,
// nothing computed). The tickets arrive evenly over 2025 (about 82,000 in the month, the
// last complete one in December); each has up to three events (first response, reply,
// close); the open backlog is the last 30 days'. Median of kRuns runs.
//   bench_reports           SQLite: 1,000,000 generated tickets, cached in
//                           /tmp/sb-bench-reports-1000000.db; PostgreSQL when the throwaway
//                           server is there (SIGNALBOARD_TEST_PG_STATE, as scripts/bench sets).
//   bench_reports --engine-only --sqlite-only --sections=response,deadlines
//                           for profiling: no anchor, SQLite only, only the sections named.
//   bench_reports --reuse-pg  keeps the PostgreSQL database an earlier run filled.
#include "reports/reportengine.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "testsupport.h"
#include "yearoftickets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace sb;

namespace {

constexpr int kRuns = 5;
using bench::count;

// CPU time of this process in ms: on SQLite all the work is in the process, so this is the
// figure a machine shared with other builds does not inflate.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QByteArray loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

void fail(const char *label, const QString &e) {
    std::printf("%s: %s\n", label, qPrintable(e));
}

// Runs `sql` and reads every value of every row; the rows read.
qint64 drain(QSqlQuery &q, const QString &sql, const QVariantList &values, QString &e) {
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        e = sql;
        return -1;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        e = sql;
        return -1;
    }
    qint64 n = 0;
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            q.value(c);
        ++n;
    }
    q.finish();
    return n;
}

// The anchor's part for escalation, satisfaction, growth and recurring: each aggregate as
// one hand-written statement (tiers and appeals in one pass, the three months of the
// recurring check in one GROUP BY per dimension).
bool otherSections(Database &raw, const ReportWindow &w, qint64 &rows, QString &e) {
    QSqlQuery q(raw.db());
    const Dialect d = raw.dialect();
    const auto json = [d](const char *column, const char *key) {
        return dialect::jsonMember(d, QLatin1StringView(column), QLatin1StringView(key));
    };
    const QString customer = dialect::customerKeyColumn(d);
    const ReportWindow &previous = w.earlier.first();
    const ReportWindow &third = w.earlier.size() > 1 ? w.earlier.at(1) : previous;
    const qint64 week = 7LL * 24 * 3600 * 1000;
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN t.support_tier >= 2 OR x.max_tier >= 2 OR "
                        "x.escalated = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN t.support_tier >= 3 OR "
                        "x.max_tier >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN t.appeal_of IS NOT "
                        "NULL THEN 1 ELSE 0 END) FROM tickets t LEFT JOIN (SELECT e.ticket_id AS "
                        "ticket_id, MAX(CASE WHEN e.action = 'dispatch' THEN CAST(%1 AS INTEGER) "
                        "END) AS max_tier, MAX(CASE WHEN e.action = 'escalate' THEN 1 ELSE 0 END) "
                        "AS escalated FROM ticket_events e JOIN tickets w ON w.id = e.ticket_id "
                        "WHERE w.received_at >= ? AND w.received_at < ? AND e.action IN "
                        "('dispatch', 'escalate') GROUP BY e.ticket_id) x ON x.ticket_id = t.id "
                        "WHERE t.received_at >= ? AND t.received_at < ?")
             .arg(json("e.data", "support_tier")),
         {w.startMs, w.endMs, w.startMs, w.endMs}},
        {QStringLiteral("SELECT COUNT(*) FROM (SELECT p.received_at AS received_at, "
                        "LAG(p.received_at) OVER (PARTITION BY p.%1, p.problem_type ORDER BY "
                        "p.received_at, p.id) AS previous FROM tickets p WHERE p.kind = "
                        "'complaint' AND p.appeal_of IS NULL AND p.%1 <> '' AND p.received_at >= "
                        "? AND p.received_at < ?) r WHERE r.received_at >= ? AND r.previous >= "
                        "r.received_at - ?")
             .arg(customer),
         {w.startMs - week, w.endMs, w.startMs, week}},
        {QStringLiteral("SELECT %1, COUNT(DISTINCT e.ticket_id) FROM ticket_events e JOIN tickets "
                        "t ON t.id = e.ticket_id WHERE e.action = 'escalate' AND t.received_at >= "
                        "? AND t.received_at < ? GROUP BY 1")
             .arg(json("e.data", "reason")),
         {w.startMs, w.endMs}},
        {QStringLiteral("SELECT CAST(%1 AS INTEGER), COUNT(*) FROM ticket_events e WHERE e.action "
                        "= 'revisit' AND e.at >= ? AND e.at < ? GROUP BY 1")
             .arg(json("e.data", "score")),
         {w.startMs, w.endMs}},
        {QStringLiteral("SELECT problem_type, COUNT(*) FROM tickets WHERE received_at >= ? AND "
                        "received_at < ? GROUP BY problem_type"),
         {previous.startMs, previous.endMs}},
    };
    for (const auto &[sql, values] : statements) {
        const qint64 n = drain(q, sql, values, e);
        if (n < 0)
            return false;
        rows += n;
    }
    for (const char *column : {"problem_type", "category"}) {
        const qint64 n = drain(
            q,
            QStringLiteral("SELECT %1, SUM(CASE WHEN received_at >= ? THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN received_at >= ? AND received_at < ? THEN 1 ELSE "
                           "0 END), SUM(CASE WHEN received_at < ? THEN 1 ELSE 0 END) FROM "
                           "tickets WHERE received_at >= ? AND received_at < ? GROUP BY %1")
                .arg(QLatin1StringView(column)),
            {w.startMs, previous.startMs, previous.endMs, third.endMs, third.startMs, w.endMs}, e);
        if (n < 0)
            return false;
        rows += n;
    }
    return true;
}

// The anchor: the month's aggregates as hand-written SQL, the rows the engine needs read
// raw, no computation on them.
bool anchor(Database &raw, const ReportWindow &w, qint64 &rows, QString &e) {
    QSqlQuery q(raw.db());
    const QVariantList win{w.startMs, w.endMs};
    const QStringList dims{QStringLiteral("channel"), QStringLiteral("problem_type"),
                           QStringLiteral("customer_tier"), QStringLiteral("region")};
    rows = 0;
    for (const QString &d : dims) {
        const qint64 n = drain(q,
                               QStringLiteral("SELECT ") + d +
                                   QStringLiteral(", COUNT(*) FROM tickets WHERE received_at >= "
                                                  "? AND received_at < ? GROUP BY ") +
                                   d,
                               win, e);
        if (n < 0)
            return false;
        rows += n;
    }
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("SELECT (received_at - ?) / 900000, COUNT(*) FROM tickets WHERE "
                        "received_at >= ? AND received_at < ? GROUP BY 1"),
         {w.startMs, w.startMs, w.endMs}},
        {QStringLiteral("SELECT COUNT(*) FROM tickets WHERE received_at >= ? AND received_at < ?"),
         {w.earlier.first().startMs, w.earlier.first().endMs}},
        {QStringLiteral("SELECT COUNT(*) FROM tickets WHERE received_at >= ? AND received_at < ?"),
         {w.yearEarlierStartMs, w.yearEarlierEndMs}},
        {QStringLiteral("SELECT t.channel, t.received_at, (SELECT MIN(e.at) FROM ticket_events e "
                        "WHERE e.ticket_id = t.id AND e.action IN ('respond', 'reply')) FROM "
                        "tickets t WHERE t.received_at >= ? AND t.received_at < ?"),
         win},
        {QStringLiteral("SELECT t.problem_type, t.received_at, e.at FROM ticket_events e JOIN "
                        "tickets t ON t.id = e.ticket_id WHERE e.to_state = 'closed' AND e.at >= "
                        "? AND e.at < ? AND e.id = (SELECT p.id FROM ticket_events p WHERE "
                        "p.ticket_id = e.ticket_id AND p.to_state = 'closed' ORDER BY p.at "
                        "LIMIT 1)"),
         win},
        {QStringLiteral("SELECT t.id, t.kind, t.channel, t.category, t.customer_tier, "
                        "t.received_at FROM tickets t WHERE t.received_at >= ? AND "
                        "t.received_at < ? ORDER BY t.id"),
         win},
        {QStringLiteral("SELECT e.ticket_id, e.at, e.action, e.to_state FROM ticket_events e "
                        "JOIN tickets t ON t.id = e.ticket_id WHERE t.received_at >= ? AND "
                        "t.received_at < ? ORDER BY e.ticket_id, e.at, e.id"),
         win},
        // The tickets open at the month's end: open now, or closed since.
        {QStringLiteral(
             "SELECT t.id, t.received_at FROM tickets t WHERE t.received_at < ? AND "
             "t.id IN (SELECT o.id FROM tickets o WHERE o.state <> 'closed' AND "
             "o.received_at < ? UNION SELECT c.ticket_id FROM ticket_events c WHERE "
             "c.to_state = 'closed' AND c.at >= ? AND (SELECT r.received_at FROM tickets "
             "r WHERE r.id = c.ticket_id) < ?)"),
         {w.endMs, w.endMs, w.endMs, w.endMs}},
    };
    for (const auto &[sql, values] : statements) {
        const qint64 n = drain(q, sql, values, e);
        if (n < 0)
            return false;
        rows += n;
    }
    return otherSections(raw, w, rows, e);
}

void run(const DatabaseUrl &url, const char *label, bool engineOnly, const QStringList &sections) {
    QString e;
    auto db = Database::open(url, QStringLiteral("bench"), e);
    if (!db || !Migrator(*db).migrate(e) || !bench::fillYearOfTickets(*db, e))
        return fail(label, e);
    auto raw = Database::open(url, QStringLiteral("raw"), e);
    if (!raw)
        return fail(label, e);
    // Hand-tuned on PostgreSQL includes what the engine does: no JIT for these statements.
    if (raw->dialect() == Dialect::PostgreSQL && !raw->exec(QStringLiteral("SET jit = off"), {}, e))
        return fail(label, e);
    const QTimeZone zone("Asia/Shanghai");
    ReportPeriod month;
    if (!ReportPeriod::parse(ReportPeriodKind::Month, QStringLiteral("2025-11"), zone, month, e))
        return fail(label, e);
    SystemClock clock;
    ReportEngine engine(*db, clock);
    QList<double> anchorMs, engineMs, anchorCpu, engineCpu;
    QHash<QString, QList<double>> sectionMs;
    qint64 anchorRows = 0;
    Report report;
    QElapsedTimer t;
    for (int i = 0; i < kRuns; ++i) {
        ReportSettings settings;
        if (!ReportSettingsStore::load(*raw, settings, e))
            return fail(label, e);
        double c = cpuMs();
        t.start();
        if (!engineOnly &&
            !anchor(*raw, month.toWindow(std::max(1, settings.recurringPeriods)), anchorRows, e))
            return fail(label, e);
        anchorMs.append(double(t.nsecsElapsed()) / 1e6);
        anchorCpu.append(cpuMs() - c);
        c = cpuMs();
        QElapsedTimer s;
        QString current;
        t.restart();
        const bool ok =
            engine.build({month, sections}, report, e, [&](int, int, const QString &key) {
                if (!current.isEmpty())
                    sectionMs[current].append(double(s.nsecsElapsed()) / 1e6);
                current = key;
                s.start();
            });
        engineMs.append(double(t.nsecsElapsed()) / 1e6);
        engineCpu.append(cpuMs() - c);
        if (!ok)
            return fail(label, e);
    }
    const double a = median(anchorMs);
    const double b = median(engineMs);
    std::printf("\n%s (month 2025-11: %lld tickets received of %lld; %lld anchor rows; median "
                "of %d; load average %s)\n",
                label, report.volume ? report.volume->total : -1,
                count(*raw, QStringLiteral("SELECT COUNT(*) FROM tickets"), e), anchorRows, kRuns,
                loadAverage().constData());
    std::printf("| step | %s | ratio to the anchor |\n| --- | --- | --- |\n", label);
    std::printf("| anchor: the aggregates as plain SQL, raw | %.1f ms | 1.00× |\n", a);
    for (const QString &key : ReportEngine::sectionKeys())
        std::printf("| section %s | %.1f ms | |\n", qPrintable(key), median(sectionMs.value(key)));
    std::printf("| ReportEngine::build (every section) | %.1f ms | %.2f× |\n", b, b / a);
    std::printf("| CPU time of this process: anchor / engine | %.1f / %.1f ms | %.2f× |\n",
                median(anchorCpu), median(engineCpu), median(engineCpu) / median(anchorCpu));
    std::printf("target (under 2 s, within 1.5×): %s\n",
                b < 2000 && b <= 1.5 * a ? "met" : "NOT met");
    // The whole process so far (this database's runs and any before them): an upper bound for
    // one report's peak. Target: under 200 MB.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident size of the process so far: %.1f MiB (target under 200 MB)\n",
                double(usage.ru_maxrss) / 1024.0);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool engineOnly = args.contains(QStringLiteral("--engine-only"));
    const bool sqliteOnly = args.contains(QStringLiteral("--sqlite-only"));
    QStringList sections;
    for (const QString &a : args)
        if (a.startsWith(QStringLiteral("--sections=")))
            sections = a.mid(11).split(QLatin1Char(','), Qt::SkipEmptyParts);
    run(DatabaseUrl::sqlite(QStringLiteral("/tmp/sb-bench-reports-1000000.db")), "SQLite",
        engineOnly, sections);
    if (sqliteOnly)
        return 0;
    if (!test::pgAdminUrl().isEmpty()) {
        // --reuse-pg: the database an earlier run filled on the same server, if it is there.
        DatabaseUrl url;
        QString e;
        if (args.contains(QStringLiteral("--reuse-pg")) &&
            DatabaseUrl::parse(test::pgAdminUrl(), url, e)) {
            url.database = QStringLiteral("sb_bench_reports");
            if (!Database::open(url, QStringLiteral("probe"), e))
                url = test::freshPgDatabase(QStringLiteral("sb_bench_reports"));
        } else {
            url = test::freshPgDatabase(QStringLiteral("sb_bench_reports"));
        }
        run(url, "PostgreSQL", engineOnly, sections);
    } else
        std::printf("\nPostgreSQL: no throwaway server (run through scripts/bench)\n");
    return 0;
}
