// Benchmark: the QA dashboard over a year of reviews, SQLite and PostgreSQL. 365 sampled days
// (four channel strata a day, N_h 2,740, n_h 137), 200,000 submitted sample reviews of 100
// agents in 10 teams with their 7 item ratings each (1,400,000 rows, 8 % below pass) and
// 4,000 disputes. Wall time, and this process's CPU time (user + system: on SQLite all of the
// work; on PostgreSQL the client's part only), as the machine is shared.
// Timed, median of kRuns:
//   - the anchor: every review's id and score read raw (SELECT r.id, r.score FROM qa_reviews
//     r), prepared once, forward only, on a plain connection, in the same run;
//   - QaDashboardQueries::load over the year, grouped by agent (what the dashboard opens on)
//     and by team;
//   - the same over the last 31 days (16,968 reviews), the usual view;
//   - QaDashboardQueries::trend over the year (per week), for everyone and for one agent.
//   bench_qa_dashboard   SQLite in /tmp/sb-bench-qa-dashboard.db (made once, then reused);
//                        PostgreSQL when the throwaway server is there
//                        (SIGNALBOARD_TEST_PG_STATE, as scripts/bench sets).
#include "qa/dashboard.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace sb;

namespace {

constexpr int kRuns = 7;
constexpr qint64 kReviews = 200000;
constexpr int kDays = 365;
constexpr qint64 kPerDay = 548; // 4 strata × 137
const QDate kFirst(2025, 1, 1);

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double cpuMs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

QByteArray loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values, QString &e) {
    QSqlQuery q(db.db());
    return db.exec(q, sql, values, e) && q.next() ? q.value(0).toLongLong() : -1;
}

// 1..n as a row source with column n.
QString series(const Database &db) {
    return db.dialect() == Dialect::PostgreSQL
               ? QStringLiteral(
                     "SELECT CAST(g AS BIGINT) AS n FROM generate_series(1, CAST(? AS BIGINT)) g")
               : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                                "WHERE n < CAST(? AS INTEGER)) SELECT n FROM s");
}

// The day d (0-based) after kFirst as yyyy-MM-dd, in SQL.
QString dayExpression(const Database &db, const QString &d) {
    return db.dialect() == Dialect::PostgreSQL
               ? QStringLiteral("to_char(DATE '2025-01-01' + CAST(%1 AS INTEGER), 'YYYY-MM-DD')")
                     .arg(d)
               : QStringLiteral("date('2025-01-01', '+' || (%1) || ' days')").arg(d);
}

bool step(Database &db, const char *what, const QString &sql, const QVariantList &values,
          QString &e) {
    QElapsedTimer t;
    t.start();
    if (!db.exec(sql, values, e))
        return false;
    std::printf("  %s: %.1f s\n", what, double(t.elapsed()) / 1000);
    std::fflush(stdout);
    return true;
}

// The year of reviews, made once.
bool fill(Database &db, QString &e) {
    const qint64 have = scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE state = 'submitted'"), {}, e);
    if (have < 0)
        return false;
    if (have >= kReviews)
        return true;
    std::printf("generating a year of reviews…\n");
    QList<qint64> agents, inspectors, teams;
    for (int i = 0; i < 10; ++i) {
        qint64 id = 0;
        if (!dialect::insertReturningId(
                db, QStringLiteral("INSERT INTO teams(name, created_at) VALUES (?, 0)"),
                {QStringLiteral("QA bench team %1").arg(i)}, id, e))
            return false;
        teams.append(id);
    }
    const auto person = [&](const QString &login, const QString &role, qint64 team,
                            QList<qint64> &into) {
        qint64 id = 0;
        if (!dialect::insertReturningId(
                db,
                QStringLiteral("INSERT INTO staff(employee_no, name, role_id, team_id, status, "
                               "status_changed_at, login, created_at) VALUES (?, ?, (SELECT id "
                               "FROM roles WHERE key = ?), ?, 'active', 0, ?, 0)"),
                {login.toUpper(), login, role, team, login}, id, e))
            return false;
        into.append(id);
        return true;
    };
    for (int i = 0; i < 100; ++i)
        if (!person(QStringLiteral("qdash_agent_%1").arg(i), QStringLiteral("agent"),
                    teams.at(i % 10), agents))
            return false;
    for (int i = 0; i < 10; ++i)
        if (!person(QStringLiteral("qdash_insp_%1").arg(i), QStringLiteral("qa"), teams.at(0),
                    inspectors))
            return false;
    const QString channel = QStringLiteral("CASE n % 4 WHEN 0 THEN 'phone' WHEN 1 THEN 'chat' "
                                           "WHEN 2 THEN 'email' ELSE 'social' END");
    const QString day = dayExpression(db, QStringLiteral("(n - 1) / %1").arg(kPerDay));
    const qint64 ticketBase =
        scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM tickets"), {}, e);
    const qint64 rowBase =
        scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM qa_sample_tickets"), {}, e);
    const qint64 version =
        scalar(db, QStringLiteral("SELECT MIN(id) FROM qa_scorecard_versions"), {}, e);
    if (ticketBase < 0 || rowBase < 0 || version < 0)
        return false;
    const QString days = series(db);
    return step(db, "days",
                QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                               "time_zone, frame_size, sample_size, drawn_at, drawn_by) SELECT "
                               "%1, n, '0.05', 'channel', 'Asia/Shanghai', 10960, 548, 0, "
                               "'bench' FROM (%2) x")
                    .arg(dayExpression(db, QStringLiteral("n - 1")), days),
                {kDays}, e) &&
           step(db, "strata",
                QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, "
                               "sample_size) SELECT d.day, c.key, 2740, 137 FROM qa_sample_days "
                               "d CROSS JOIN (SELECT 'phone' AS key UNION ALL SELECT 'chat' "
                               "UNION ALL SELECT 'email' UNION ALL SELECT 'social') c WHERE "
                               "d.drawn_by = 'bench'"),
                {}, e) &&
           step(db, "tickets",
                QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                               "problem_type, handler_id, team_id, state, updated_at) SELECT "
                               "1735660800000 + n * 157680, %1, 'normal', CASE n % 5 WHEN 0 "
                               "THEN 'login_failure' WHEN 1 THEN 'billing' WHEN 2 THEN "
                               "'network' WHEN 3 THEN 'complaint' ELSE 'other' END, ? + (n * 7) "
                               "% 100, ? + (n * 7) % 10, 'closed', 1 FROM (%2) x")
                    .arg(channel, series(db)),
                {agents.first(), teams.first(), kReviews}, e) &&
           step(db, "sampled tickets",
                QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                               "rank_hash, position, assignee_id, added_at, added_by) SELECT %1, "
                               "? + n, %2, 'h', 1 + (n - 1) % %3 / 4, ? + n % 10, 0, 'bench' "
                               "FROM (%4) x")
                    .arg(day, channel)
                    .arg(kPerDay)
                    .arg(series(db)),
                {ticketBase, inspectors.first(), kReviews}, e) &&
           // Drafts first: items may be written only while a review is a draft (PostgreSQL).
           step(db, "reviews",
                QStringLiteral(
                    "INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, reviewer_id, "
                    "scorecard_version_id, kind, created_at, updated_at) SELECT ? + n, ? + n, "
                    "? + (n * 7) % 100, ? + n % 10, ?, 'sample', 0, 0 FROM (%1) x")
                    .arg(series(db)),
                {rowBase, ticketBase, agents.first(), inspectors.first(), version, kReviews}, e) &&
           step(db, "review items",
                QStringLiteral(
                    "INSERT INTO qa_review_items(review_id, item_id, value, na) SELECT r.id, "
                    "i.id, CASE i.scale WHEN 'pass_fail' THEN CASE WHEN (r.id + i.position) % 17 "
                    "= 0 THEN 0 ELSE 1 END WHEN '0_2' THEN CASE (r.id + i.position) % 13 WHEN 0 "
                    "THEN 0 WHEN 1 THEN 1 ELSE 2 END ELSE CASE (r.id * 3 + i.position) % 11 "
                    "WHEN 0 THEN 2 WHEN 1 THEN 3 WHEN 2 THEN 3 WHEN 3 THEN 4 ELSE 5 END END, 0 "
                    "FROM qa_reviews r CROSS JOIN "
                    "qa_scorecard_items i WHERE i.version_id = ? AND r.ticket_id > ?"),
                {version, ticketBase}, e) &&
           step(db, "submitting",
                QStringLiteral(
                    "UPDATE qa_reviews SET state = 'submitted', score = CASE WHEN id % 50 = 0 "
                    "THEN 0 ELSE 40 + (id * 37) % 61 END, passed = CASE WHEN id % 50 <> 0 AND "
                    "40 + (id * 37) % 61 >= 80 THEN 1 ELSE 0 END, critical_failed = CASE WHEN "
                    "id % 50 = 0 THEN 1 ELSE 0 END, submitted_at = 1735700000000 + id * "
                    "157680 WHERE ticket_id > ? AND state = 'draft'"),
                {ticketBase}, e) &&
           step(db, "disputes",
                QStringLiteral(
                    "INSERT INTO qa_disputes(review_id, raised_by, raised_at, reason, state) "
                    "SELECT id, agent_id, submitted_at, 'bench', CASE id % 3 WHEN 0 THEN "
                    "'accepted' WHEN 1 THEN 'rejected' ELSE 'open' END FROM qa_reviews WHERE id "
                    "% 50 = 1 AND ticket_id > ?"),
                {ticketBase}, e) &&
           step(db, "ANALYZE", QStringLiteral("ANALYZE"), {}, e);
}

void fail(const char *label, const QString &e) {
    std::printf("%s: %s\n", label, qPrintable(e));
}

void run(const DatabaseUrl &url, const char *label) {
    QString e;
    auto db = Database::open(url, QStringLiteral("bench"), e);
    if (!db || !Migrator(*db).migrate(e) || !fill(*db, e))
        return fail(label, e);
    auto raw = Database::open(url, QStringLiteral("raw"), e);
    if (!raw)
        return fail(label, e);
    SystemClock clock;
    const QDate to = kFirst.addDays(kDays - 1);
    QSqlQuery anchor(raw->db());
    anchor.setForwardOnly(true);
    anchor.prepare(QStringLiteral("SELECT r.id, r.score FROM qa_reviews r"));
    QList<double> anchorMs, agentMs, teamMs, trendMs, agentTrendMs, monthMs;
    QaDashboard month;
    QHash<const QList<double> *, QList<double>> cpu; // per wall-time list
    QaDashboard dash;
    QaTrend trend;
    qint64 rows = 0;
    QElapsedTimer t;
    const auto timed = [&](QList<double> &into, const std::function<bool()> &f) {
        const double c = cpuMs();
        t.restart();
        const bool ok = f();
        into.append(double(t.nsecsElapsed()) / 1e6);
        cpu[&into].append(cpuMs() - c);
        return ok;
    };
    for (int i = 0; i < kRuns; ++i) {
        const double c = cpuMs();
        t.start();
        rows = 0;
        if (!anchor.exec())
            return fail(label, anchor.lastError().text());
        while (anchor.next()) {
            anchor.value(0);
            anchor.value(1);
            ++rows;
        }
        anchor.finish();
        anchorMs.append(double(t.nsecsElapsed()) / 1e6);
        cpu[&anchorMs].append(cpuMs() - c);
        if (!timed(agentMs,
                   [&] {
                       return QaDashboardQueries::load(*db, clock, kFirst, to, QaGrouping::Agent,
                                                       dash, e);
                   }) ||
            !timed(teamMs,
                   [&] {
                       return QaDashboardQueries::load(*db, clock, kFirst, to, QaGrouping::Team,
                                                       dash, e);
                   }) ||
            !timed(monthMs,
                   [&] {
                       return QaDashboardQueries::load(*db, clock, to.addDays(-30), to,
                                                       QaGrouping::Agent, month, e);
                   }) ||
            !timed(trendMs,
                   [&] {
                       return QaDashboardQueries::trend(*db, kFirst, to, std::nullopt, QString(),
                                                        trend, e);
                   }) ||
            !timed(agentTrendMs, [&] {
                return QaDashboardQueries::trend(
                    *db, kFirst, to, QaGrouping::Agent,
                    dash.groups.isEmpty() ? QString() : dash.groups.first().key, trend, e);
            }))
            return fail(label, e);
    }
    const double a = median(anchorMs);
    std::printf("\n%s (%lld reviews read by the anchor; %lld in the dashboard, estimate %.2f "
                "[%.2f, %.2f] from %lld sampled; %lld trend points; median of %d; load average "
                "%s)\n",
                label, rows, dash.overall.reviews, dash.scoreEstimate.estimate,
                dash.scoreEstimate.low, dash.scoreEstimate.high, dash.scoreEstimate.sampled,
                qint64(trend.points.size()), kRuns, loadAverage().constData());
    const double ac = median(cpu.value(&anchorMs));
    std::printf("| step | %s wall | ratio | CPU (this process) | ratio |\n| --- | --- | --- | "
                "--- | --- |\n",
                label);
    std::printf("| anchor: every review's id and score, raw | %.1f ms | 1.00× | %.1f ms | 1.00× "
                "|\n",
                a, ac);
    const auto row = [a, ac, &cpu](const char *what, const QList<double> &ms) {
        const double c = median(cpu.value(&ms));
        std::printf("| %s | %.1f ms | %.2f× | %.1f ms | %.2f× |\n", what, median(ms),
                    median(ms) / a, c, c / ac);
    };
    row("QaDashboardQueries::load, a year by agent", agentMs);
    row("QaDashboardQueries::load, a year by team", teamMs);
    row("QaDashboardQueries::load, the last 31 days by agent", monthMs);
    row("QaDashboardQueries::trend, a year per week", trendMs);
    row("QaDashboardQueries::trend, one agent", agentTrendMs);
    std::printf("target (the dashboard under 300 ms): %s\n",
                median(agentMs) < 300 && median(teamMs) < 300 ? "met" : "NOT met");
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    run(DatabaseUrl::sqlite(QStringLiteral("/tmp/sb-bench-qa-dashboard.db")), "SQLite");
    if (test::pgAdminUrl().isEmpty()) {
        std::printf("\nPostgreSQL: no throwaway server (run through scripts/bench)\n");
        return 0;
    }
    // Reused while it holds the year (SIGNALBOARD_BENCH_FRESH=1 makes it anew).
    DatabaseUrl url;
    QString e;
    DatabaseUrl::parse(test::pgAdminUrl(), url, e);
    url.database = QStringLiteral("sb_bench_qa_dashboard");
    if (qEnvironmentVariableIntValue("SIGNALBOARD_BENCH_FRESH") == 1 ||
        !Database::open(url, QStringLiteral("probe"), e))
        url = test::freshPgDatabase(QStringLiteral("sb_bench_qa_dashboard"));
    run(url, "PostgreSQL");
    return 0;
}
