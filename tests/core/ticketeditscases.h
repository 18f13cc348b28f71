#pragma once
// TicketEdits and the reassign / priority bulk actions, as the user sees them. Shared by
// tst_ticket_edits (SQLite, the application is the guard) and tst_ticket_edits_pg (the server
// function sb_ticket_edit, run as the installer and as a supervisor's own login): the same
// steps give the same results and the same sentences on both.

#include "tickets/bulkactions.h"
#include "tickets/ticketedits.h"
#include "util/clock.h"
#include "workflow/workflow.h"
#include "workflowfixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace sb::test::edits {

struct Env {
    Database &act;   // the user's connection
    Database &admin; // seeds tickets and checks what was written
    const Workflow &workflow;
    ManualClock &clock;
    qint64 actor = 0;    // the user's staff id
    qint64 handler = 0;  // an active staff member
    qint64 inactive = 0; // a staff member who left
    // A staff login on PostgreSQL: the server stamps the time, not the client's clock.
    bool serverTime = false;
};

struct EventRow {
    qint64 actor = 0;
    qint64 at = 0;
    QString action, fromState, toState, note;
    QJsonObject data;
};

inline QList<EventRow> events(Database &db, qint64 ticketId) {
    QList<EventRow> out;
    QSqlQuery q;
    QString error;
    if (!db.exec(q,
                 QStringLiteral("SELECT actor_id, at, action, from_state, to_state, note, data "
                                "FROM ticket_events WHERE ticket_id = ? ORDER BY id"),
                 {ticketId}, error))
        qFatal("events: %s", qPrintable(error));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
    return out;
}

inline qint64 ticketValue(Database &db, qint64 id, const char *column) {
    // `column` is a test constant.
    return queryValue(
               db,
               QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1StringView(column)),
               {id})
        .toLongLong();
}

// Three tickets reassigned, then their priority changed, in bulk: every one succeeds, each
// carries a timeline row with actor, time, note and the new value.
inline void bulkReassignAndPriority(const Env &env) {
    QList<BulkTarget> targets;
    for (int i = 0; i < 3; ++i)
        targets.append({insertTicket(env.admin, env.clock.nowMs()), 1});
    BulkActions bulk(env.act, env.workflow, env.clock);
    const WorkflowPermissions perms{QStringLiteral("tickets.bulk"),
                                    QStringLiteral("tickets.dispatch")};

    env.clock.advance(60'000);
    // The server's time (sb_now_ms) is rounded to the millisecond, the client's truncated:
    // the server may be up to 1 ms past `after`.
    qint64 before = QDateTime::currentMSecsSinceEpoch();
    QList<BulkResult> results =
        bulk.run(BulkKind::Reassign, targets, env.actor, perms,
                 {{QStringLiteral("handler_id"), env.handler}}, QStringLiteral("shift change"));
    qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results[i].ticketId, targets[i].id);
        QVERIFY2(results[i].ok, qPrintable(results[i].message));
        QCOMPARE(results[i].message, QStringLiteral("Done."));
        QCOMPARE(ticketValue(env.admin, targets[i].id, "handler_id"), env.handler);
        QCOMPARE(ticketValue(env.admin, targets[i].id, "version"), 2);
        const QList<EventRow> ev = events(env.admin, targets[i].id);
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].action, QStringLiteral("reassign"));
        QCOMPARE(ev[0].actor, env.actor);
        QCOMPARE(ev[0].note, QStringLiteral("shift change"));
        QCOMPARE(ev[0].fromState, QStringLiteral("registered"));
        QCOMPARE(ev[0].toState, QStringLiteral("registered"));
        QCOMPARE(ev[0].data, (QJsonObject{{QStringLiteral("handler_id"), env.handler}}));
        if (env.serverTime)
            QVERIFY(ev[0].at >= before && ev[0].at <= after + 1);
        else
            QCOMPARE(ev[0].at, env.clock.nowMs());
        QCOMPARE(ticketValue(env.admin, targets[i].id, "updated_at"), ev[0].at);
        targets[i].version = 2;
    }

    env.clock.advance(60'000);
    before = QDateTime::currentMSecsSinceEpoch();
    results = bulk.run(BulkKind::Priority, targets, env.actor, perms,
                       {{QStringLiteral("priority"), TicketEdits::MaxPriority}}, {});
    after = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(results[i].ok, qPrintable(results[i].message));
        QCOMPARE(ticketValue(env.admin, targets[i].id, "priority"), TicketEdits::MaxPriority);
        QCOMPARE(ticketValue(env.admin, targets[i].id, "version"), 3);
        QCOMPARE(ticketValue(env.admin, targets[i].id, "handler_id"), env.handler);
        const QList<EventRow> ev = events(env.admin, targets[i].id);
        QCOMPARE(ev.size(), 2);
        QCOMPARE(ev[1].action, QStringLiteral("priority"));
        QCOMPARE(ev[1].actor, env.actor);
        QCOMPARE(ev[1].note, QString());
        QCOMPARE(ev[1].data, (QJsonObject{{QStringLiteral("priority"), TicketEdits::MaxPriority}}));
        if (env.serverTime)
            QVERIFY(ev[1].at >= before && ev[1].at <= after + 1);
        else
            QCOMPARE(ev[1].at, env.clock.nowMs());
    }
}

// Every refusal names its cause and writes nothing.
inline void refusalsWriteNothing(const Env &env) {
    const qint64 id = insertTicket(env.admin, env.clock.nowMs());
    TicketEdits edits(env.act, env.clock);
    QString error;
    const auto unchanged = [&] {
        QCOMPARE(ticketValue(env.admin, id, "version"), 1);
        QVERIFY(queryValue(env.admin, QStringLiteral("SELECT handler_id FROM tickets WHERE id = ?"),
                           {id})
                    .isNull());
        QCOMPARE(ticketValue(env.admin, id, "priority"), 0);
        QCOMPARE(events(env.admin, id).size(), 0);
    };

    // Stale version: a conflict.
    QVERIFY(!edits.reassign(id, 7, env.actor, env.handler, error));
    QCOMPARE(edits.failure(), TicketEdits::Failure::Conflict);
    QCOMPARE(error, QStringLiteral("Ticket #%1 was changed by someone else.").arg(id));
    unchanged();
    QVERIFY(!edits.setPriority(id, 0, env.actor, 3, error));
    QCOMPARE(edits.failure(), TicketEdits::Failure::Conflict);
    unchanged();

    // No such staff member, or one who left.
    QVERIFY(!edits.reassign(id, 1, env.actor, 987654, error));
    QCOMPARE(edits.failure(), TicketEdits::Failure::Invalid);
    QCOMPARE(error,
             QStringLiteral("Refused: there is no active staff member #987654 to hand the ticket "
                            "to."));
    QVERIFY(!edits.reassign(id, 1, env.actor, env.inactive, error));
    QCOMPARE(edits.failure(), TicketEdits::Failure::Invalid);
    QVERIFY2(error.contains(QStringLiteral("#%1").arg(env.inactive)), qPrintable(error));
    unchanged();

    // Priority out of range on either side.
    for (const int p : {TicketEdits::MinPriority - 1, TicketEdits::MaxPriority + 1}) {
        QVERIFY(!edits.setPriority(id, 1, env.actor, p, error));
        QCOMPARE(edits.failure(), TicketEdits::Failure::Invalid);
        QCOMPARE(error, QStringLiteral("Refused: priority %1 is out of range; use 0 to 9.").arg(p));
    }
    unchanged();

    // No such ticket.
    QVERIFY(!edits.setPriority(id + 100000, 1, env.actor, 2, error));
    QCOMPARE(edits.failure(), TicketEdits::Failure::NotFound);
    QCOMPARE(
        error,
        QStringLiteral("Ticket #%1 does not exist or is not visible to you.").arg(id + 100000));

    // In bulk: a stale version names who changed the ticket and when; a missing permission
    // is refused before anything is tried.
    env.clock.advance(1000);
    QVERIFY2(edits.setPriority(id, 1, env.actor, 4, error), qPrintable(error));
    BulkActions bulk(env.act, env.workflow, env.clock);
    QList<BulkResult> r =
        bulk.run(BulkKind::Reassign, {{id, 1}}, env.actor,
                 {QStringLiteral("tickets.bulk"), QStringLiteral("tickets.dispatch")},
                 {{QStringLiteral("handler_id"), env.handler}}, {});
    QVERIFY(!r[0].ok);
    QVERIFY2(r[0].message.contains(QStringLiteral("was changed by")) &&
                 r[0].message.contains(QStringLiteral("Nothing was saved")),
             qPrintable(r[0].message));
    r = bulk.run(BulkKind::Reassign, {{id, 2}}, env.actor, {QStringLiteral("tickets.bulk")},
                 {{QStringLiteral("handler_id"), env.handler}}, {});
    QVERIFY(!r[0].ok);
    QCOMPARE(r[0].message, QStringLiteral("Refused: needs the permission tickets.dispatch."));
    r = bulk.run(BulkKind::Priority, {{id, 2}}, env.actor, {QStringLiteral("tickets.dispatch")},
                 {{QStringLiteral("priority"), 1}}, {});
    QVERIFY(!r[0].ok);
    QCOMPARE(r[0].message,
             QStringLiteral("Refused: bulk actions need the permission tickets.bulk."));
    QCOMPARE(ticketValue(env.admin, id, "version"), 2);
    QCOMPARE(ticketValue(env.admin, id, "priority"), 4);
    QCOMPARE(events(env.admin, id).size(), 1);
}

// On and off the green channel: the value, the version and a timeline row each time; a stale
// version is a conflict.
inline void greenChannel(const Env &env) {
    const qint64 id = insertTicket(env.admin, env.clock.nowMs());
    TicketEdits edits(env.act, env.clock);
    QString error;
    QVERIFY2(edits.setGreenChannel(id, 1, env.actor, true, error, QStringLiteral("VIP outage")),
             qPrintable(error));
    QCOMPARE(ticketValue(env.admin, id, "green_channel"), 1);
    QCOMPARE(ticketValue(env.admin, id, "version"), 2);
    QVERIFY(!edits.setGreenChannel(id, 1, env.actor, false, error));
    QCOMPARE(edits.failure(), TicketEdits::Failure::Conflict);
    QCOMPARE(ticketValue(env.admin, id, "green_channel"), 1);
    QVERIFY2(edits.setGreenChannel(id, 2, env.actor, false, error), qPrintable(error));
    QCOMPARE(ticketValue(env.admin, id, "green_channel"), 0);
    const QList<EventRow> ev = events(env.admin, id);
    QCOMPARE(ev.size(), 2);
    QCOMPARE(ev[0].action, QStringLiteral("green_channel"));
    QCOMPARE(ev[0].actor, env.actor);
    QCOMPARE(ev[0].note, QStringLiteral("VIP outage"));
    QCOMPARE(ev[0].data, (QJsonObject{{QStringLiteral("green_channel"), 1}}));
    QCOMPARE(ev[1].data, (QJsonObject{{QStringLiteral("green_channel"), 0}}));
}

} // namespace sb::test::edits
