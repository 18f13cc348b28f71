// Benchmark: ticket queues on 1,000,000 tickets, SQLite and PostgreSQL. For each
// step — open a queue and show its first page, change a filter, jump to the last page — the
// time from the request to the page being in the model (worker thread, keyset SQL, deadline
// computation for the rows, model reset) against the time the raw SQL for the same page takes
// on a plain connection in the same run (the limit). Median and 90th percentile of 31 runs;
// before each timed request the previous one's background work (deadlines for the countdown,
// the capped count, on the second thread) has finished, as it has when a user clicks next.
//   bench_queues            SQLite: a copy of /tmp/sb-bench-startup-1000000.db (bench_startup
//                           makes it) or 1,000,000 generated rows; PostgreSQL when the throwaway
//                           server is there (SIGNALBOARD_TEST_PG_STATE, as scripts/bench sets).
#include "storage/migrations.h"
#include "testsupport.h"
#include "tickets/ticketenv.h"
#include "tickets/ticketpagemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {

constexpr int kRuns = 31;

double percentile(QList<double> v, int p) {
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, v.size() * p / 100));
}
double median(const QList<double> &v) {
    return percentile(v, 50);
}

// Until the page and the work that follows it (deadlines, count) are done.
void settle(const app::TicketPageModel &model) {
    QElapsedTimer t;
    t.start();
    while ((model.isLoading() || model.hasBackgroundWork()) && t.elapsed() < 60000)
        QTest::qWait(1);
    QCoreApplication::processEvents();
}

QByteArray loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

bool fill(Database &db, QString &e) {
    QSqlQuery q;
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e) || !q.next())
        return false;
    const qint64 have = q.value(0).toLongLong();
    if (have >= 1000000)
        return true;
    std::printf("generating %lld tickets…\n", 1000000 - have);
    const QString series =
        db.dialect() == Dialect::PostgreSQL
            ? QStringLiteral("SELECT CAST(g AS BIGINT) AS n FROM generate_series(1, %1) g")
            : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL "
                             "SELECT n + 1 FROM s WHERE n < %1) SELECT n FROM s");
    // 30 days of tickets, 1 % green, channels and states spread.
    const QString sql =
        QStringLiteral(
            "INSERT INTO tickets(received_at, channel, customer_tier, problem_type, subject, "
            "state, green_channel, priority, customer_id, service_number, updated_at) "
            "SELECT 1757000000000 + n * 2592, CASE n % 4 WHEN 0 THEN 'phone' WHEN 1 THEN "
            "'chat' WHEN 2 THEN 'email' ELSE 'social' END, 'normal', 'login_failure', "
            "'Subject ' || n, CASE n % 5 WHEN 0 THEN 'closed' WHEN 1 THEN 'in_progress' ELSE "
            "'registered' END, CASE WHEN n % 100 = 0 THEN 1 ELSE 0 END, n % 3, 'C-' || (n %% "
            "50000), '1381234' || (n %% 10000), 1757000000000 + n * 2592 FROM (%1) x")
            .arg(series.arg(1000000 - have));
    QString fixed = sql;
    fixed.replace(QLatin1String("%%"), QLatin1String("%"));
    return db.exec(fixed, {}, e) && db.exec(QStringLiteral("ANALYZE"), {}, e);
}

struct Step {
    const char *name;
    TicketQueryBuilder::Page page;
    bool filter;
};

void run(const DatabaseUrl &url, const char *label) {
    QString e;
    auto db = Database::open(url, QStringLiteral("bench"), e);
    if (!db) {
        std::printf("%s: %s\n", label, qPrintable(e));
        return;
    }
    if (!Migrator(*db).migrate(e) || !fill(*db, e)) {
        std::printf("%s: %s\n", label, qPrintable(e));
        return;
    }
    SystemClock clock;
    app::Workspace ws;
    ws.db = db.get();
    ws.clock = &clock;
    ws.user.staffId = 1;
    ws.user.permissions = PermissionSet({}, true);
    app::TicketEnv env;
    if (!env.init(ws, e)) {
        std::printf("%s: %s\n", label, qPrintable(e));
        return;
    }
    app::TicketPageModel model(ws, env.queryContext, true, env.zone);
    QSignalSpy loaded(&model, &app::TicketPageModel::pageLoaded);
    QElapsedTimer t;
    double arrivedMs = 0; // taken when the page is in the model, not when the wait returns
    QObject::connect(&model, &app::TicketPageModel::pageLoaded,
                     [&] { arrivedMs = double(t.nsecsElapsed()) / 1e6; });
    auto raw = Database::open(url, QStringLiteral("raw"), e);

    TicketFilter chat;
    chat.channel = QStringLiteral("chat");
    const Step steps[] = {{"open queue, first page", TicketQueryBuilder::Page::First, false},
                          {"change a filter (channel)", TicketQueryBuilder::Page::First, true},
                          {"jump to the last page", TicketQueryBuilder::Page::Last, false}};
    std::printf("\n%s (page of %d rows; load average %s)\n", label, model.pageSize(),
                loadAverage().constData());
    std::printf("| step | raw SQL p50 / p90 | page work p50 / p90 (ratio p50) | end to end p50 "
                "/ p90 (ratio p50) |\n| --- | --- | --- | --- |\n");
    // The loader's work without the thread hop: the same SQL, rows built.
    TicketPageReader direct;
    auto directDb = Database::open(url, QStringLiteral("direct"), e);
    for (const Step &s : steps) {
        QList<double> rawMs, modelMs, workMs;
        QSqlQuery q;
        const TicketFilter f = s.filter ? chat : TicketFilter{};
        for (int i = 0; i < kRuns; ++i) {
            const TicketQueryBuilder b(db->dialect(), TicketQueue::All, f, env.queryContext);
            const PagedSql page = b.page(s.page, {}, model.pageSize());
            // The limit: the same SQL, prepared once (as the loader keeps its statements),
            // executed with the values bound and every value of every row read, forward
            // only, on a plain connection.
            if (i == 0) {
                q = QSqlQuery(raw->db());
                q.setForwardOnly(true);
                q.prepare(page.sql);
            }
            t.start();
            int n = 0;
            for (int v = 0; v < page.values.size(); ++v)
                q.bindValue(v, page.values.at(v));
            if (q.exec()) {
                while (q.next()) {
                    for (int c = 0; c <= TicketQueryBuilder::kSortColumn; ++c)
                        q.value(c);
                    ++n;
                }
            }
            q.finish();
            rawMs.append(double(t.nsecsElapsed()) / 1e6);

            PageRequest request;
            request.filter = f;
            request.context = env.queryContext;
            request.which = s.page;
            request.limit = model.pageSize();
            request.nowMs = clock.nowMs();
            QList<TicketRow> rows;
            QString pageError;
            direct.readPage(*directDb, request, rows, pageError); // first use prepares: not timed
            t.restart();
            rows.clear();
            direct.readPage(*directDb, request, rows, pageError);
            workMs.append(double(t.nsecsElapsed()) / 1e6);

            if (s.page == TicketQueryBuilder::Page::Last) {
                model.setQuery(TicketQueue::All, f);
                settle(model);
            } else if (s.filter) {
                model.setQuery(TicketQueue::All, {}); // the filter changes from "none"
                settle(model);
            }
            settle(model);
            loaded.clear();
            t.restart();
            if (s.page == TicketQueryBuilder::Page::Last)
                model.lastPage();
            else
                model.setQuery(TicketQueue::All, f);
            if (loaded.isEmpty())
                loaded.wait(60000); // returns as soon as the page is in
            modelMs.append(arrivedMs);
            settle(model);
            if (model.rowCount() != n)
                std::printf("  rows differ: %d vs %d\n", model.rowCount(), n);
        }
        std::printf("| %s | %.2f / %.2f ms | %.2f / %.2f ms (%.2f×) | %.2f / %.2f ms (%.2f×) |\n",
                    s.name, median(rawMs), percentile(rawMs, 90), median(workMs),
                    percentile(workMs, 90), median(workMs) / median(rawMs), median(modelMs),
                    percentile(modelMs, 90), median(modelMs) / median(rawMs));
    }
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString shared = QStringLiteral("/tmp/sb-bench-startup-1000000.db");
    const QString mine = QStringLiteral("/tmp/sb-bench-queues-1000000.db");
    if (!QFile::exists(mine) && QFile::exists(shared))
        QFile::copy(shared, mine); // migrated here; the shared file stays as bench_startup made it
    run(DatabaseUrl::sqlite(mine), "SQLite");
    if (!test::pgAdminUrl().isEmpty())
        run(test::freshPgDatabase(QStringLiteral("sb_bench_queues")), "PostgreSQL");
    else
        std::printf("\nPostgreSQL: no throwaway server (run through scripts/bench)\n");
    return 0;
}
