#pragma once
// A year of tickets for the benchmarks that need a big, realistic live database (reports,
// archive): kTickets tickets arriving evenly over 2025 (Asia/Shanghai), channels, tiers, problem
// types and regions spread; up to three events each (first response within two hours for 95 %,
// a reply within a day and a close an hour later for 80 %, a close after 3 to 10 days for the
// other 20 %); the last 30 days' tickets are the open backlog.
#include "storage/database.h"

#include <QSqlQuery>

#include <cstdio>

namespace sb::bench {

constexpr qint64 kTickets = 1000000;
constexpr qint64 kBase = 1735660800000; // 2025-01-01T00:00:00+08:00
constexpr qint64 kStep = 31536;         // 365 days / 1,000,000 in ms

inline qint64 count(const Database &db, const QString &sql, QString &e) {
    QSqlQuery q(db.db());
    return db.exec(q, sql, {}, e) && q.next() ? q.value(0).toLongLong() : -1;
}

// Fills `db` up to kTickets tickets (nothing when it has them already).
inline bool fillYearOfTickets(const Database &db, QString &e) {
    const qint64 have = count(db, QStringLiteral("SELECT COUNT(*) FROM tickets"), e);
    if (have < 0)
        return false;
    if (have >= kTickets)
        return true;
    std::printf("generating %lld tickets and their events…\n", kTickets - have);
    const QString series =
        db.dialect() == Dialect::PostgreSQL
            ? QStringLiteral(
                  "SELECT CAST(g AS BIGINT) AS n FROM generate_series(1, CAST(? AS BIGINT)) g")
            : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL "
                             "SELECT n + 1 FROM s WHERE n < CAST(? AS INTEGER)) SELECT n FROM s");
    const bool ok =
        db.exec(QStringLiteral(
                    "INSERT INTO tickets(received_at, channel, customer_tier, problem_type, "
                    "region, state, customer_id, updated_at) SELECT CAST(? AS BIGINT) + n * "
                    "CAST(? AS BIGINT), CASE n % 4 WHEN 0 THEN 'phone' WHEN 1 THEN 'chat' WHEN 2 "
                    "THEN 'email' ELSE 'social' END, CASE WHEN n % 10 = 0 THEN 'vip' ELSE "
                    "'normal' END, CASE n % 6 WHEN 0 THEN 'login_failure' WHEN 1 THEN "
                    "'billing' WHEN 2 THEN 'network' WHEN 3 THEN 'delivery' WHEN 4 THEN "
                    "'refund' ELSE 'other' END, CASE n % 7 WHEN 0 THEN 'north' WHEN 1 THEN "
                    "'south' WHEN 2 THEN 'east' WHEN 3 THEN 'west' ELSE '' END, CASE WHEN n % "
                    "10 < 8 THEN 'closed' ELSE 'in_progress' END, 'C-' || (n % 50000), CAST(? "
                    "AS BIGINT) + n * CAST(? AS BIGINT) FROM (") +
                    series + QStringLiteral(") x"),
                {kBase, kStep, kBase, kStep, kTickets - have}, e) &&
        // First response within two hours for 95 %.
        db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action) SELECT id, "
                               "received_at + (id * 7919) % 7200000, 'respond' FROM tickets "
                               "WHERE id % 20 <> 0"),
                {}, e) &&
        // Reply within a day and a close an hour later for 80 %; the other 20 % close after
        // 3 to 10 days, but for those of the last 30 days: the open backlog.
        db.exec(QStringLiteral("UPDATE tickets SET state = 'closed' WHERE state <> 'closed' AND "
                               "received_at < CAST(? AS BIGINT) + CAST(? AS BIGINT) * "
                               "CAST(? AS BIGINT) - 2592000000"),
                {kBase, kStep, kTickets}, e) &&
        db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, from_state, "
                               "to_state) SELECT id, received_at + 259200000 + (id * 7919) % "
                               "604800000, 'close_unsatisfied', 'in_progress', 'closed' FROM "
                               "tickets WHERE state = 'closed' AND id % 10 >= 8"),
                {}, e) &&
        db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, from_state, "
                               "to_state) SELECT id, received_at + 7200000 + (id * 104729) % "
                               "86400000, 'reply', 'in_progress', 'replied' FROM tickets WHERE "
                               "state = 'closed' AND id % 10 < 8"),
                {}, e) &&
        db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, from_state, "
                               "to_state) SELECT id, received_at + 10800000 + (id * 104729) % "
                               "86400000, 'close_satisfied', 'revisited', 'closed' FROM "
                               "tickets WHERE state = 'closed' AND id % 10 < 8"),
                {}, e);
    // A year's database in use has been vacuumed by autovacuum (its visibility map set, so
    // index-only scans need not visit the heap); a freshly filled one has not.
    return ok && db.exec(db.dialect() == Dialect::PostgreSQL ? QStringLiteral("VACUUM (ANALYZE)")
                                                             : QStringLiteral("ANALYZE"),
                         {}, e);
}

} // namespace sb::bench
