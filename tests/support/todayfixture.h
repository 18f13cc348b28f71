#pragma once
// A small world for the Today snapshot and the navigation counts (tests/core/tst_today.cpp,
// tests/gui/tst_today_place.cpp): a supervisor and two agents in one team, tickets in every
// queue, open and resolved incidents and broadcasts, each written the way the application
// writes them (broadcasts through MessageStore; tickets, deadline urges and incidents as the
// engines store them).
#include "messaging/messagestore.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QString>

namespace sb::test {

struct TodayWorld {
    qint64 team = 0;
    qint64 supervisor = 0;
    qint64 agent = 0;
    qint64 otherAgent = 0;
};

inline bool todayInsert(Database &db, const QString &sql, const QVariantList &values, qint64 &id,
                        QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error))
        return false;
    id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id > 0;
}

inline bool todayStaff(Database &db, const QString &login, qint64 team, qint64 &id,
                       QString &error) {
    return todayInsert(db,
                       QStringLiteral("INSERT INTO staff(employee_no, name, login, team_id, "
                                      "status_changed_at, created_at) VALUES (?, ?, ?, ?, 0, 0)"),
                       {login.toUpper(), login, login, team}, id, error);
}

inline bool todayWorld(Database &db, TodayWorld &w, QString &error) {
    if (!todayInsert(db, QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('T1', 0)"), {},
                     w.team, error))
        return false;
    return todayStaff(db, QStringLiteral("sup"), w.team, w.supervisor, error) &&
           todayStaff(db, QStringLiteral("agent"), w.team, w.agent, error) &&
           todayStaff(db, QStringLiteral("agent2"), w.team, w.otherAgent, error);
}

struct TodayTicket {
    qint64 at = 0;
    QString type = QStringLiteral("order_failure");
    qint64 handler = 0; // 0: unassigned
    qint64 team = 0;
    QString state = QStringLiteral("in_progress");
    bool green = false;
    qint64 appealOf = 0;
};

inline bool todayTicket(Database &db, const TodayTicket &t, qint64 &id, QString &error) {
    return todayInsert(
        db,
        QStringLiteral("INSERT INTO tickets (received_at, channel, customer_tier, problem_type, "
                       "state, green_channel, handler_id, team_id, appeal_of, updated_at) VALUES "
                       "(?, 'phone', 'normal', ?, ?, ?, ?, ?, ?, ?)"),
        {t.at, t.type, t.state, t.green ? 1 : 0, t.handler > 0 ? QVariant(t.handler) : QVariant(),
         t.team > 0 ? QVariant(t.team) : QVariant(),
         t.appealOf > 0 ? QVariant(t.appealOf) : QVariant(), t.at},
        id, error);
}

// A deadline urge as the urger stores it: kind "warning" (due soon) or "overdue".
inline bool todayUrge(Database &db, qint64 ticketId, const QString &kind, qint64 at,
                      QString &error) {
    return db.exec(QStringLiteral("INSERT INTO deadline_urges (ticket_id, milestone, kind, "
                                  "due_at, at) VALUES (?, 'resolve', ?, ?, ?)"),
                   {ticketId, kind, at, at}, error);
}

inline bool todayIncident(Database &db, const QString &type, int grade, const QString &state,
                          qint64 openedAt, qint64 &id, QString &error) {
    return todayInsert(db,
                       QStringLiteral("INSERT INTO incidents (problem_type, class, state, grade, "
                                      "trigger_kind, opened_at, closed_at) VALUES (?, 'routine', "
                                      "?, ?, 'burst_normal', ?, ?)"),
                       {type, state, grade, openedAt,
                        state == QStringLiteral("open") ? QVariant() : QVariant(openedAt + 1)},
                       id, error);
}

inline bool todayBroadcast(Database &db, const Clock &clock, qint64 sender, const QList<qint64> &to,
                           const QString &subject, qint64 &id, QString &error,
                           std::optional<qint64> expiresAt = std::nullopt) {
    OutgoingMessage m;
    m.senderId = sender;
    m.subject = subject;
    m.body = subject;
    m.audience = Audience::staff(to);
    m.expiresAt = expiresAt;
    return MessageStore(db, clock).send(m, id, error);
}

} // namespace sb::test
