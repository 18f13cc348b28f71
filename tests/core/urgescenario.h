#pragma once
// Scenarios shared by tst_workflow_urge (SQLite file) and tst_workflow_urge_pg (PostgreSQL):
// deadline urging from several connections never records an urge twice, and two
// workstations editing one ticket get an optimistic-concurrency conflict.

#include "security_pg_fixture.h"
#include "testsupport.h"
#include "util/clock.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlineurger.h"
#include "workflow/ticketworkflow.h"
#include "workflowfixture.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

namespace sb::test {

inline const QTimeZone &shanghai() {
    static const QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
    return z;
}

inline qint64 monday10() // 2025-09-22 10:00:00 Asia/Shanghai
{
    return QDateTime(QDate(2025, 9, 22), QTime(10, 0), shanghai()).toMSecsSinceEpoch();
}

struct UrgeEnv {
    Workflow workflow;
    BusinessCalendar calendar;
    QList<DeadlineRule> rules;
    bool load(Database &db, QString &error) {
        return workflow.load(db, error) && CalendarStore(db).load(calendar, error) &&
               DeadlineRuleStore::load(db, rules, error);
    }
};

inline int urgeEvents(Database &db, qint64 ticketId = 0) {
    return queryValue(
               db,
               ticketId ? QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE action = 'urge' "
                                         "AND ticket_id = ?")
                        : QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE action = 'urge' "
                                         "AND ? = 0"),
               {ticketId})
        .toInt();
}

// Warning, then overdue, each recorded once although two connections run the urger.
inline void urgeOncePerMilestone(const DatabaseUrl &url) {
    QString error;
    auto a = openMigrated(url, error);
    QVERIFY2(a, qPrintable(error));
    auto b = Database::open(url, QStringLiteral("second"), error);
    QVERIFY2(b, qPrintable(error));
    UrgeEnv env;
    QVERIFY2(env.load(*a, error), qPrintable(error));

    const qint64 r = monday10();
    const qint64 chat = insertTicket(*a, r, QStringLiteral("chat"));
    const qint64 answered = insertTicket(*a, r, QStringLiteral("chat"));
    QVERIFY(
        a->exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, from_state, "
                               "to_state) VALUES (?, ?, 'respond', 'registered', 'registered')"),
                {answered, r + 5000}, error));
    const qint64 closed = insertTicket(*a, r - 30 * 86'400'000LL, QStringLiteral("chat"),
                                       QStringLiteral("complaint"), QStringLiteral("closed"));

    DeadlineUrger ua(*a, env.workflow, env.calendar, env.rules);
    DeadlineUrger ub(*b, env.workflow, env.calendar, env.rules);
    UrgeRun run;
    QVERIFY2(ua.run(r + 5000, run, error), qPrintable(error));
    QCOMPARE(run.warnings + run.overdue, 0);
    QCOMPARE(run.ticketsChecked, 2); // the closed ticket is not looked at

    QVERIFY2(ua.run(r + 25'000, run, error), qPrintable(error)); // 5 s left, lead 10 s
    QCOMPARE(run.warnings, 1);
    QCOMPARE(run.overdue, 0);
    QVERIFY2(ub.run(r + 26'000, run, error), qPrintable(error));
    QCOMPARE(run.warnings + run.overdue, 0);
    QCOMPARE(urgeEvents(*a, chat), 1);

    QVERIFY2(ub.run(r + 31'000, run, error), qPrintable(error));
    QCOMPARE(run.overdue, 1);
    QVERIFY2(ua.run(r + 40'000, run, error), qPrintable(error));
    QCOMPARE(run.warnings + run.overdue, 0);
    QCOMPARE(urgeEvents(*a, chat), 2);
    QCOMPARE(urgeEvents(*a, answered), 0);
    QCOMPARE(urgeEvents(*a, closed), 0);
    QCOMPARE(queryValue(*a,
                        QStringLiteral("SELECT kind FROM deadline_urges WHERE ticket_id = ? AND "
                                       "milestone = 'first_response' ORDER BY at DESC LIMIT 1"),
                        {chat})
                 .toString(),
             QStringLiteral("overdue"));
    // The event is automatic (no actor) and says what is due when.
    QCOMPARE(queryValue(*a,
                        QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND "
                                       "action = 'urge' AND actor_id IS NULL AND note LIKE ?"),
                        {chat, QStringLiteral("%first_response%2025-09-22 10:00:30%")})
                 .toInt(),
             2);
    // Urging is not an edit: the ticket's version is unchanged.
    QCOMPARE(
        queryValue(*a, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {chat}).toInt(),
        1);
}

// Two threads, each with its own connection, urge 40 overdue tickets at the same instant,
// several rounds: every (ticket, milestone, kind) is recorded exactly once.
inline void urgeRaceBetweenConnections(const DatabaseUrl &url) {
    QString error;
    auto a = openMigrated(url, error);
    QVERIFY2(a, qPrintable(error));
    UrgeEnv env;
    QVERIFY2(env.load(*a, error), qPrintable(error));
    const qint64 r = monday10();
    constexpr int kTickets = 40;
    QVERIFY(a->transaction(
        [&](QString &) {
            for (int i = 0; i < kTickets; ++i)
                insertTicket(*a, r, QStringLiteral("chat"));
            return true;
        },
        error));

    std::atomic<int> recorded{0};
    std::atomic<int> failures{0};
    QSemaphore ready;
    QSemaphore go;
    const auto worker = [&](int n) {
        QString err;
        auto db = Database::open(url, QStringLiteral("urger%1").arg(n), err);
        if (!db) {
            ++failures;
            ready.release();
            return;
        }
        const BusinessCalendar calendar = env.calendar;
        DeadlineUrger urger(*db, env.workflow, calendar, env.rules);
        ready.release();
        go.acquire();
        for (const qint64 now : {r + 25'000, r + 25'000, r + 60'000, r + 60'000, r + 61'000}) {
            UrgeRun run;
            if (!urger.run(now, run, err)) {
                qWarning("urger %d: %s", n, qPrintable(err));
                ++failures;
                return;
            }
            recorded += run.warnings + run.overdue;
        }
    };
    std::unique_ptr<QThread> t1(QThread::create(worker, 1));
    std::unique_ptr<QThread> t2(QThread::create(worker, 2));
    t1->start();
    t2->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(t1->wait(120'000));
    QVERIFY(t2->wait(120'000));
    QCOMPARE(failures.load(), 0);
    // Per ticket: first_response warning + overdue (chat) = 2.
    QCOMPARE(recorded.load(), 2 * kTickets);
    QCOMPARE(queryValue(*a, QStringLiteral("SELECT COUNT(*) FROM deadline_urges")).toInt(),
             2 * kTickets);
    QCOMPARE(urgeEvents(*a), 2 * kTickets);
    QCOMPARE(queryValue(*a, QStringLiteral(
                                "SELECT COUNT(*) FROM (SELECT ticket_id, data FROM ticket_events "
                                "WHERE action = 'urge' GROUP BY ticket_id, data HAVING "
                                "COUNT(*) > 1) dup"))
                 .toInt(),
             0);
}

// Two workstations open the same ticket; the second to save is refused with who and when.
inline void editConflict(const DatabaseUrl &url) {
    QString error;
    auto a = openMigrated(url, error);
    QVERIFY2(a, qPrintable(error));
    auto b = Database::open(url, QStringLiteral("second"), error);
    QVERIFY2(b, qPrintable(error));
    Workflow wa, wb;
    QVERIFY(wa.load(*a, error) && wb.load(*b, error));
    const qint64 carol = insertStaff(*a, QStringLiteral("Carol Zhao"), QStringLiteral("carol"));
    const qint64 dave = insertStaff(*a, QStringLiteral("Dave Sun"), QStringLiteral("dave"));
    ManualClock ca(QDateTime(QDate(2025, 9, 22), QTime(11, 0), shanghai()));
    ManualClock cb(QDateTime(QDate(2025, 9, 22), QTime(11, 2, 15), shanghai()));
    TicketWorkflow ta(*a, wa, ca, shanghai()); // times in messages: the zone passed in
    TicketWorkflow tb(*b, wb, cb);
    const WorkflowPermissions all{QStringLiteral("*")};
    const qint64 id = insertTicket(*a, monday10());
    ActionOutcome out;
    QVERIFY2(ta.apply(id, 1, carol, all, {QStringLiteral("review_valid"), {}, {}}, out, error),
             qPrintable(error));
    TicketSnapshot seenA, seenB;
    QVERIFY(ta.load(id, seenA, error) && tb.load(id, seenB, error));
    QCOMPARE(seenA.version, 2);
    QCOMPARE(seenB.version, 2);
    // Dave dispatches first.
    QVERIFY2(tb.apply(id, seenB.version, dave, all,
                      {QStringLiteral("dispatch"),
                       {{QStringLiteral("dispatch_opinion"), QStringLiteral("network team please")},
                        {QStringLiteral("department"), QStringLiteral("Network")}},
                       {}},
                      out, error),
             qPrintable(error));
    // Carol, from her stale form, dispatches elsewhere.
    ca.advance(5 * 60'000);
    QVERIFY(!ta.apply(id, seenA.version, carol, all,
                      {QStringLiteral("dispatch"),
                       {{QStringLiteral("dispatch_opinion"), QStringLiteral("billing")},
                        {QStringLiteral("department"), QStringLiteral("Billing")}},
                       {}},
                      out, error));
    QCOMPARE(ta.failure(), TicketWorkflow::Failure::Conflict);
    QVERIFY2(error.contains(QStringLiteral("changed by Dave Sun at 2025-09-22 11:02:15")),
             qPrintable(error));
    QCOMPARE(queryValue(*a, QStringLiteral("SELECT department FROM tickets WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("Network"));
    QCOMPARE(
        queryValue(*a, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {id}).toInt(),
        3);
    QCOMPARE(queryValue(
                 *a, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?"), {id})
                 .toInt(),
             2);
}

// Two threads apply the same action to the same tickets at the same moment, both from
// version 1: each ticket takes exactly one of them; the other is refused as a conflict.
inline void concurrentApplyRace(const DatabaseUrl &url) {
    QString error;
    auto a = openMigrated(url, error);
    QVERIFY2(a, qPrintable(error));
    Workflow wf;
    QVERIFY(wf.load(*a, error));
    const qint64 s1 = insertStaff(*a, QStringLiteral("Erin Ma"), QStringLiteral("erin"));
    const qint64 s2 = insertStaff(*a, QStringLiteral("Frank Hu"), QStringLiteral("frank"));
    constexpr int kTickets = 30;
    QList<qint64> ids;
    for (int i = 0; i < kTickets; ++i)
        ids.append(insertTicket(*a, monday10()));
    std::atomic<int> applied{0};
    std::atomic<int> conflicts{0};
    std::atomic<int> other{0};
    QSemaphore ready;
    QSemaphore go;
    const auto worker = [&](int n, qint64 actor) {
        QString err;
        auto db = Database::open(url, QStringLiteral("editor%1").arg(n), err);
        ManualClock clock(QDateTime(QDate(2025, 9, 22), QTime(11, n), shanghai()));
        ready.release();
        if (!db) {
            ++other;
            return;
        }
        TicketWorkflow tw(*db, wf, clock);
        go.acquire();
        for (const qint64 id : std::as_const(ids)) {
            ActionOutcome out;
            if (tw.apply(id, 1, actor, {QStringLiteral("*")},
                         {QStringLiteral("review_valid"), {}, QStringLiteral("by %1").arg(n)}, out,
                         err))
                ++applied;
            else if (tw.failure() == TicketWorkflow::Failure::Conflict)
                ++conflicts;
            else {
                qWarning("editor %d: %s", n, qPrintable(err));
                ++other;
            }
        }
    };
    std::unique_ptr<QThread> t1(QThread::create(worker, 1, s1));
    std::unique_ptr<QThread> t2(QThread::create(worker, 2, s2));
    t1->start();
    t2->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(t1->wait(120'000));
    QVERIFY(t2->wait(120'000));
    QCOMPARE(other.load(), 0);
    QCOMPARE(applied.load(), kTickets);
    QCOMPARE(conflicts.load(), kTickets);
    QCOMPARE(
        queryValue(*a, QStringLiteral(
                           "SELECT COUNT(*) FROM tickets WHERE version = 2 AND state = 'reviewed'"))
            .toInt(),
        kTickets);
    QCOMPARE(queryValue(*a, QStringLiteral("SELECT COUNT(*) FROM ticket_events")).toInt(),
             kTickets);
}

// PostgreSQL only: a staff login (migration 005's sb_create_login) applies actions through
// sb_workflow_apply. The server records the caller as the actor, and refuses what the login's
// role does not allow even when the client claims every permission.
inline void serverGuardsActions(const DatabaseUrl &url) {
    QString error;
    auto admin = openMigrated(url, error);
    QVERIFY2(admin, qPrintable(error));
    const quint32 suffix = uniqueSuffix();
    const QString login = QStringLiteral("wf_agent_%1").arg(suffix);
    const QString password = QStringLiteral("Agent-pass-%1").arg(suffix);
    const qint64 teamA =
        queryValue(*admin, QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                          "('WF A', 0) RETURNING id"))
            .toLongLong();
    const qint64 teamB =
        queryValue(*admin, QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                          "('WF B', 0) RETURNING id"))
            .toLongLong();
    const qint64 agentId =
        queryValue(*admin, QStringLiteral("SELECT sb_create_login(?, ?, ?, 'agent', 'Gina Wu', ?)"),
                   {QStringLiteral("WF-%1").arg(suffix), login, password, teamA})
            .toLongLong();
    QVERIFY(agentId > 0);
    const qint64 someoneElse =
        insertStaff(*admin, QStringLiteral("Henry Xu"), QStringLiteral("henry"));
    const qint64 mine = insertTicket(*admin, monday10());
    const qint64 theirs = insertTicket(*admin, monday10());
    QVERIFY(admin->exec(QStringLiteral("UPDATE tickets SET team_id = ? WHERE id = ?"),
                        {teamA, mine}, error));
    QVERIFY(admin->exec(QStringLiteral("UPDATE tickets SET team_id = ? WHERE id = ?"),
                        {teamB, theirs}, error));
    {
        auto agent = connectAs(url, login, password, error);
        QVERIFY2(agent, qPrintable(error));
        Workflow wf;
        QVERIFY2(wf.load(*agent, error), qPrintable(error));
        ManualClock clock(QDateTime(QDate(2025, 9, 22), QTime(12, 0), shanghai()));
        TicketWorkflow tw(*agent, wf, clock);
        const WorkflowPermissions claimsAll{QStringLiteral("*")};
        ActionOutcome out;
        // Allowed for agents: review. The server writes the caller as the actor.
        QVERIFY2(tw.apply(mine, 1, someoneElse, claimsAll, {QStringLiteral("review_valid"), {}, {}},
                          out, error),
                 qPrintable(error));
        QCOMPARE(out.version, 2);
        QCOMPARE(out.toState, QStringLiteral("reviewed"));
        QCOMPARE(queryValue(*admin,
                            QStringLiteral("SELECT actor_id FROM ticket_events WHERE id = ?"),
                            {out.eventId})
                     .toLongLong(),
                 agentId);
        // Not allowed for agents: dispatch. Refused by the server, nothing written.
        QVERIFY(!tw.apply(mine, 2, agentId, claimsAll,
                          {QStringLiteral("dispatch"),
                           {{QStringLiteral("dispatch_opinion"), QStringLiteral("x")},
                            {QStringLiteral("department"), QStringLiteral("Billing")}},
                           {}},
                          out, error));
        QCOMPARE(tw.failure(), TicketWorkflow::Failure::Refused);
        QVERIFY2(error.contains(QStringLiteral("tickets.dispatch")), qPrintable(error));
        // Another team's ticket is not even visible to the agent (row-level security).
        QVERIFY(!tw.apply(theirs, 1, agentId, claimsAll, {QStringLiteral("review_valid"), {}, {}},
                          out, error));
        QCOMPARE(tw.failure(), TicketWorkflow::Failure::NotFound);
        // Writing the row directly is not possible for a staff login.
        QVERIFY(!agent->exec(QStringLiteral("UPDATE tickets SET state = 'closed' WHERE id = ?"),
                             {mine}, error));
    }
    QCOMPARE(queryValue(*admin, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {mine})
                 .toInt(),
             2);
    QCOMPARE(queryValue(*admin, QStringLiteral("SELECT state FROM tickets WHERE id = ?"), {theirs})
                 .toString(),
             QStringLiteral("registered"));
    QCOMPARE(queryValue(*admin, QStringLiteral("SELECT COUNT(*) FROM ticket_events")).toInt(), 1);
    dropLogins(*admin, {login});
}

} // namespace sb::test
