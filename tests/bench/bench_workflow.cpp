// Benchmark: deadline urging over many open tickets, and business-calendar math.
//   bench_workflow [open-tickets]   (default 20000; SQLite file in a temporary folder)
// Prints: time to compute deadlines and record urges for every open ticket (first run: every
// ticket gets an urge; second run: nothing new), and calls per second of addWorkingDays /
// workingTimeBetween across weekends and a holiday.
#include "testsupport.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlineurger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace sb;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    QString e;
    auto db = test::openMigrated(test::sqliteIn(dir), e);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    const qint64 t0 = QDateTime(QDate(2025, 9, 1), QTime(9, 0), zone).toMSecsSinceEpoch();
    const QStringList channels{QStringLiteral("chat"), QStringLiteral("email"),
                               QStringLiteral("phone"), QStringLiteral("letter")};
    db->transaction(
        [&](QString &err) {
            QSqlQuery q(db->db());
            q.prepare(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, state, updated_at) VALUES (?, ?, 'normal', "
                                     "'other', ?, ?)"));
            QSqlQuery ev(db->db());
            ev.prepare(
                QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, from_state, "
                               "to_state) VALUES (?, ?, 'accept', 'dispatched', 'in_progress')"));
            for (int i = 0; i < n; ++i) {
                const qint64 at = t0 + qint64(i) * 60'000;
                q.addBindValue(at);
                q.addBindValue(channels.at(i % channels.size()));
                q.addBindValue(i % 2 ? QStringLiteral("in_progress")
                                     : QStringLiteral("registered"));
                q.addBindValue(at);
                if (!q.exec()) {
                    err = q.lastError().text();
                    return false;
                }
                if (i % 2) {
                    ev.addBindValue(q.lastInsertId());
                    ev.addBindValue(at + 3'600'000);
                    if (!ev.exec()) {
                        err = ev.lastError().text();
                        return false;
                    }
                }
            }
            return true;
        },
        e);
    Workflow wf;
    BusinessCalendar cal;
    QList<DeadlineRule> rules;
    if (!wf.load(*db, e) || !CalendarStore(*db).load(cal, e) ||
        !DeadlineRuleStore::load(*db, rules, e)) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    for (int d = 1; d <= 8; ++d)
        cal.setDay({QDate(2025, 10, d), CalendarDayKind::Holiday, QStringLiteral("国庆节")});
    DeadlineUrger urger(*db, wf, cal, rules);
    const qint64 now = QDateTime(QDate(2025, 12, 1), QTime(12, 0), zone).toMSecsSinceEpoch();
    for (int round = 1; round <= 2; ++round) {
        QElapsedTimer t;
        t.start();
        UrgeRun run;
        if (!urger.run(now, run, e)) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
        std::printf("urge run %d: %d open tickets, %d warnings + %d overdue recorded, %lld ms\n",
                    round, run.ticketsChecked, run.warnings, run.overdue, t.elapsed());
    }
    QElapsedTimer t;
    t.start();
    constexpr int kCalls = 100000;
    qint64 sink = 0;
    for (int i = 0; i < kCalls; ++i)
        sink += cal.addWorkingDays(t0 + qint64(i % 5000) * 600'000, 7).value_or(0);
    const qint64 ms1 = std::max<qint64>(1, t.restart());
    for (int i = 0; i < kCalls; ++i)
        sink += cal.workingTimeBetween(t0 + qint64(i % 5000) * 600'000, t0 + 40LL * 86'400'000);
    const qint64 ms2 = std::max<qint64>(1, t.elapsed());
    std::printf(
        "addWorkingDays(+7): %lld calls/s; workingTimeBetween(~1-40 days): %lld calls/s (%lld)\n",
        kCalls * 1000 / ms1, kCalls * 1000 / ms2, sink % 7);
    return 0;
}
