// Benchmark: drawing the daily QA sample of a day with 50,000 handled tickets, on 1,000,000
// tickets, SQLite and PostgreSQL. `QaSampleStore::draw` (settings, frame, ranks, strata,
// inspectors, who handled the drawn tickets, storing the day; on PostgreSQL the server draws
// all of it in one call, sb_qa_draw_sample) against the frame's SELECT alone, run raw on a plain
// connection in the same run (the anchor). Between runs the stored day is deleted through a raw
// connection, so every run draws. Median of kRuns runs.
//   bench_qa                SQLite: a copy of /tmp/sb-bench-queues-1000000.db (bench_queues
//                           makes it) or 1,000,000 generated tickets, cached in
//                           /tmp/sb-bench-qa-1000000.db; PostgreSQL when the throwaway server
//                           is there (SIGNALBOARD_TEST_PG_STATE, as scripts/bench sets).
#include "qa/qasamplestore.h"
#include "storage/migrations.h"
#include "testsupport.h"
#include "workflow/calendarstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {

constexpr int kRuns = 9;
constexpr qint64 kDayMs = 86400000;
const QDate kDay(2025, 10, 6); // after the generated tickets' 30 days of arrivals

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QByteArray loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

qint64 count(Database &db, const QString &sql, const QVariantList &values, QString &e) {
    QSqlQuery q(db.db());
    return db.exec(q, sql, values, e) && q.next() ? q.value(0).toLongLong() : -1;
}

// 1,000,000 tickets as bench_queues makes them (four channels, five states).
bool fillTickets(Database &db, QString &e) {
    const qint64 have = count(db, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e);
    if (have < 0)
        return false;
    if (have >= 1000000)
        return true;
    std::printf("generating %lld tickets…\n", 1000000 - have);
    const QString series =
        db.dialect() == Dialect::PostgreSQL
            ? QStringLiteral(
                  "SELECT CAST(g AS BIGINT) AS n FROM generate_series(1, CAST(? AS BIGINT)) g")
            : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL "
                             "SELECT n + 1 FROM s WHERE n < CAST(? AS INTEGER)) SELECT n FROM s");
    return db.exec(
        QStringLiteral(
            "INSERT INTO tickets(received_at, channel, customer_tier, problem_type, subject, "
            "state, green_channel, priority, customer_id, service_number, updated_at) "
            "SELECT 1757000000000 + n * 2592, CASE n % 4 WHEN 0 THEN 'phone' WHEN 1 THEN "
            "'chat' WHEN 2 THEN 'email' ELSE 'social' END, 'normal', 'login_failure', "
            "'Subject ' || n, CASE n % 5 WHEN 0 THEN 'closed' WHEN 1 THEN 'in_progress' ELSE "
            "'registered' END, CASE WHEN n % 100 = 0 THEN 1 ELSE 0 END, n % 3, 'C-' || (n % "
            "50000), '1381234' || (n % 10000), 1757000000000 + n * 2592 FROM (") +
            series + QStringLiteral(") x"),
        {1000000 - have}, e);
}

// Closing lines: every fifth ticket closed once, one in four of them (50,000) at a time
// spread over kDay in the calendar's zone, the others on the 29 days before; and ten
// inspectors (role qa) for the sample to go to.
bool fillEvents(Database &db, qint64 from, qint64 to, QString &e) {
    const qint64 have = count(db,
                              QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE to_state "
                                             "= 'closed' AND at >= ? AND at < ?"),
                              {from, to}, e);
    if (have < 0)
        return false;
    if (have >= 50000)
        return true;
    std::printf("generating closing lines…\n");
    if (!db.exec(QStringLiteral(
                     "INSERT INTO ticket_events(ticket_id, at, action, from_state, to_state) "
                     "SELECT id, CASE WHEN id % 20 = 0 THEN CAST(? AS BIGINT) + (id * 7919) % "
                     "CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) - CAST(? AS BIGINT) * (1 + id % "
                     "29) + (id * 7919) % CAST(? AS BIGINT) END, 'close_satisfied', 'in_progress', "
                     "'closed' FROM tickets WHERE id % 5 = 0 AND id <= 1000000"),
                 {from, to - from, from, kDayMs, kDayMs}, e))
        return false;
    for (int i = 1; i <= 10; ++i) {
        const QString login = QStringLiteral("qab_insp_%1").arg(i);
        if (!db.exec(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                    "status_changed_at, login, created_at) VALUES (?, ?, "
                                    "(SELECT id FROM roles WHERE key = 'qa'), 'active', 0, ?, 0)"),
                     {login.toUpper(), login, login}, e))
            return false;
    }
    return db.exec(QStringLiteral("ANALYZE"), {}, e);
}

bool forget(Database &raw, QString &e) {
    const QString day = kDay.toString(QStringLiteral("yyyy-MM-dd"));
    return raw.exec(QStringLiteral("DELETE FROM qa_sample_tickets WHERE day = ?"), {day}, e) &&
           raw.exec(QStringLiteral("DELETE FROM qa_sample_strata WHERE day = ?"), {day}, e) &&
           raw.exec(QStringLiteral("DELETE FROM qa_sample_days WHERE day = ?"), {day}, e);
}

void fail(const char *label, const QString &e) {
    std::printf("%s: %s\n", label, qPrintable(e));
}

void run(const DatabaseUrl &url, const char *label) {
    QString e;
    auto db = Database::open(url, QStringLiteral("bench"), e);
    if (!db || !Migrator(*db).migrate(e) || !fillTickets(*db, e))
        return fail(label, e);
    BusinessCalendar calendar;
    if (!CalendarStore(*db).load(calendar, e))
        return fail(label, e);
    const QTimeZone zone = calendar.timeZone();
    const qint64 from = QDateTime(kDay, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(kDay.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    if (!fillEvents(*db, from, to, e))
        return fail(label, e);
    auto raw = Database::open(url, QStringLiteral("raw"), e);
    if (!raw)
        return fail(label, e);

    SystemClock clock;
    QaSampleStore store(*db, clock);
    // The anchor: the frame's SELECT as QaSampleStore::frame runs it (stratum column
    // channel, the default), prepared once, values bound, every value read, forward only.
    QSqlQuery anchor(raw->db());
    anchor.setForwardOnly(true);
    anchor.prepare(QStringLiteral(
        "SELECT t.id, t.channel FROM tickets t WHERE t.id IN (SELECT e.ticket_id FROM "
        "ticket_events e WHERE e.to_state = 'closed' AND (e.from_state IS NULL OR "
        "e.from_state <> 'closed') AND e.at >= ? AND e.at < ?) ORDER BY t.id"));
    QList<double> anchorMs, frameMs, rankMs, assignMs, drawMs, restMs;
    qint64 frameSize = 0, sampleSize = 0;
    QElapsedTimer t;
    for (int i = 0; i < kRuns; ++i) {
        t.start();
        anchor.bindValue(0, from);
        anchor.bindValue(1, to);
        qint64 n = 0;
        if (!anchor.exec())
            return fail(label, anchor.lastError().text());
        while (anchor.next()) {
            anchor.value(0);
            anchor.value(1);
            ++n;
        }
        anchor.finish();
        anchorMs.append(double(t.nsecsElapsed()) / 1e6);

        // The parts, for where the time goes: the store's frame, then the ranks.
        QList<QaFrameTicket> frame;
        t.restart();
        if (!store.frame(kDay, QaStratifyBy::Channel, zone, frame, e))
            return fail(label, e);
        frameMs.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const QaDraw ranked =
            QaSampling::draw(frame, 1000 + i, kDay, *QaRate::parse(QStringLiteral("0.05"), e));
        rankMs.append(double(t.nsecsElapsed()) / 1e6);
        QList<qint64> picked;
        for (const QaPick &p : ranked.picks)
            picked.append(p.ticketId);
        QList<QaInspector> staff;
        QHash<qint64, QSet<qint64>> handled;
        t.restart();
        if (!store.inspectors(staff, e) || !store.handledBy(picked, handled, e))
            return fail(label, e);
        assignMs.append(double(t.nsecsElapsed()) / 1e6);
        if (frame.size() != n || ranked.frameSize() != n)
            std::printf("  frame differs: %lld vs %lld\n", qint64(frame.size()), n);

        if (!forget(*raw, e))
            return fail(label, e);
        QaDrawRequest request;
        request.day = kDay;
        request.actor = QStringLiteral("bench");
        QaDrawResult result;
        t.restart();
        if (!store.draw(request, result, e))
            return fail(label, e);
        drawMs.append(double(t.nsecsElapsed()) / 1e6);
        // On PostgreSQL the server draws (sb_qa_draw_sample): the parts above are not in the
        // workstation's draw, which is the server's call and reading the stored day.
        restMs.append(db->dialect() == Dialect::PostgreSQL
                          ? drawMs.last()
                          : drawMs.last() - frameMs.last() - rankMs.last() - assignMs.last());
        if (!result.drawnNow)
            std::printf("  the day was not drawn anew\n");
        frameSize = result.sample.frameSize;
        sampleSize = result.sample.sampleSize;
    }
    if (!forget(*raw, e))
        return fail(label, e);
    const double a = median(anchorMs);
    std::printf("\n%s (frame %lld of %lld tickets, sample %lld, zone %s; median of %d; load "
                "average %s)\n",
                label, frameSize,
                count(*raw, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e), sampleSize,
                zone.id().constData(), kRuns, loadAverage().constData());
    std::printf("| step | %s | ratio to the anchor |\n| --- | --- | --- |\n", label);
    std::printf("| anchor: the frame's SELECT, raw | %.1f ms | 1.00× |\n", a);
    std::printf("| QaSampleStore::frame | %.1f ms | %.2f× |\n", median(frameMs),
                median(frameMs) / a);
    std::printf("| QaSampling::draw (ranks, strata) | %.1f ms | %.2f× |\n", median(rankMs),
                median(rankMs) / a);
    std::printf("| inspectors + handledBy (2,500 drawn) | %.1f ms | %.2f× |\n", median(assignMs),
                median(assignMs) / a);
    std::printf("| %s | %.1f ms | %.2f× |\n",
                db->dialect() == Dialect::PostgreSQL
                    ? "the draw: the server's one call (frame, ranks, inspectors, storing), "
                      "reading the day"
                    : "rest of the draw: loads, storing",
                median(restMs), median(restMs) / a);
    std::printf("| QaSampleStore::draw (whole, stored) | %.1f ms | %.2f× |\n", median(drawMs),
                median(drawMs) / a);
    std::printf("target (draw under 1 s): %s\n", median(drawMs) < 1000 ? "met" : "NOT met");
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString shared = QStringLiteral("/tmp/sb-bench-queues-1000000.db");
    // SIGNALBOARD_BENCH_QA_DB: another cache file, for a build whose migrations differ.
    const QString mine = qEnvironmentVariable("SIGNALBOARD_BENCH_QA_DB",
                                              QStringLiteral("/tmp/sb-bench-qa-1000000.db"));
    if (!QFile::exists(mine) && QFile::exists(shared))
        QFile::copy(shared, mine); // migrated here; the shared file stays as bench_queues left it
    run(DatabaseUrl::sqlite(mine), "SQLite");
    if (!test::pgAdminUrl().isEmpty())
        run(test::freshPgDatabase(QStringLiteral("sb_bench_qa")), "PostgreSQL");
    else
        std::printf("\nPostgreSQL: no throwaway server (run through scripts/bench)\n");
    return 0;
}
