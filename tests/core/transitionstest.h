#pragma once
// TicketWorkflow: every transition of the shipped lifecycle, refusals that write nothing,
// appeals, and optimistic concurrency between two connections: one test class for
// tst_workflow_transitions (SQLite) and tst_workflow_transitions_pg (PostgreSQL, through
// sb_workflow_apply), which give it its database.
#include "databasetest.h"
#include "testsupport.h"
#include "util/clock.h"
#include "workflow/ticketworkflow.h"
#include "workflowfixture.h"

#include <QJsonDocument>
#include <QObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace transitions_detail {

using namespace sb;

inline QDateTime shTime(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2025, 9, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

} // namespace transitions_detail

using namespace sb;
using namespace transitions_detail;
using sb::test::queryValue;

class TransitionsTest : public sb::test::DatabaseTest {
    Q_OBJECT
    std::unique_ptr<Database> m_db;
    Workflow m_wf;
    ManualClock m_clock{shTime(22, 10)};
    qint64 m_alice = 0; // supervisor
    qint64 m_bob = 0;   // handler
    const WorkflowPermissions m_all{QStringLiteral("*")};

    // Applies `action` with the ticket's current version; fails the test on refusal.
    ActionOutcome step(TicketWorkflow &tw, qint64 id, const QString &action,
                       const QJsonObject &fields = {}, qint64 actor = 0) {
        TicketSnapshot t;
        QString error;
        if (!tw.load(id, t, error))
            qFatal("load: %s", qPrintable(error));
        ActionOutcome out;
        m_clock.advance(60'000);
        if (!tw.apply(id, t.version, actor ? actor : m_alice, m_all, {action, fields, {}}, out,
                      error))
            qFatal("%s: %s", qPrintable(action), qPrintable(error));
        return out;
    }

    QString col(qint64 id, const QString &column) {
        // Column names here are test constants.
        return queryValue(*m_db,
                          QStringLiteral("SELECT ") + column +
                              QStringLiteral(" FROM tickets WHERE id = ?"),
                          {id})
            .toString();
    }

    int events(qint64 id) {
        return queryValue(*m_db,
                          QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?"),
                          {id})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = test::openMigrated(freshDatabase(QStringLiteral("sb_wf_transitions")), error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(m_wf.load(*m_db, error), qPrintable(error));
        m_alice = test::insertStaff(*m_db, QStringLiteral("Alice Wang"), QStringLiteral("alice"));
        m_bob = test::insertStaff(*m_db, QStringLiteral("Bob Li"), QStringLiteral("bob"));
    }

    void fullComplaintLifecycle() {
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        QCOMPARE(step(tw, id, QStringLiteral("respond"),
                      {{QStringLiteral("message"), QStringLiteral("we are on it")}})
                     .toState,
                 QStringLiteral("registered"));
        QCOMPARE(step(tw, id, QStringLiteral("review_valid")).toState, QStringLiteral("reviewed"));
        QCOMPARE(col(id, QStringLiteral("validity")), QStringLiteral("valid"));
        const ActionOutcome d =
            step(tw, id, QStringLiteral("dispatch"),
                 {{QStringLiteral("dispatch_opinion"), QStringLiteral("check billing")},
                  {QStringLiteral("department"), QStringLiteral("Billing")},
                  {QStringLiteral("handler_id"), m_bob}});
        QCOMPARE(d.toState, QStringLiteral("dispatched"));
        QCOMPARE(col(id, QStringLiteral("department")), QStringLiteral("Billing"));
        QCOMPARE(col(id, QStringLiteral("handler_id")).toLongLong(), m_bob);
        QCOMPARE(step(tw, id, QStringLiteral("accept"), {}, m_bob).toState,
                 QStringLiteral("in_progress"));
        step(tw, id, QStringLiteral("record"),
             {{QStringLiteral("opinion"), QStringLiteral("logs checked")}}, m_bob);
        step(tw, id, QStringLiteral("overdue_reason"),
             {{QStringLiteral("reason"), QStringLiteral("vendor slow")}}, m_bob);
        step(tw, id, QStringLiteral("urge"));
        // Escalate 1 → 2 → 3, then refused.
        step(tw, id, QStringLiteral("escalate"),
             {{QStringLiteral("reason"), QStringLiteral("KB has no answer")}}, m_bob);
        QCOMPARE(col(id, QStringLiteral("support_tier")).toInt(), 2);
        step(tw, id, QStringLiteral("escalate"),
             {{QStringLiteral("reason"), QStringLiteral("complex")}}, m_bob);
        QCOMPARE(col(id, QStringLiteral("support_tier")).toInt(), 3);
        {
            TicketSnapshot t;
            QString error;
            QVERIFY(tw.load(id, t, error));
            ActionOutcome out;
            QVERIFY(!tw.apply(id, t.version, m_bob, m_all,
                              {QStringLiteral("escalate"),
                               {{QStringLiteral("reason"), QStringLiteral("more")}},
                               {}},
                              out, error));
            QCOMPARE(tw.failure(), TicketWorkflow::Failure::Refused);
            QVERIFY2(error.contains(QStringLiteral("highest support tier")), qPrintable(error));
            QCOMPARE(col(id, QStringLiteral("support_tier")).toInt(), 3);
            QCOMPARE(col(id, QStringLiteral("version")).toLongLong(), t.version);
        }
        QCOMPARE(step(tw, id, QStringLiteral("wait_customer"),
                      {{QStringLiteral("reason"), QStringLiteral("needs bill copy")}}, m_bob)
                     .toState,
                 QStringLiteral("waiting_customer"));
        QCOMPARE(step(tw, id, QStringLiteral("customer_replied"), {}, m_bob).toState,
                 QStringLiteral("in_progress"));
        step(tw, id, QStringLiteral("conclude"),
             {{QStringLiteral("findings"), QStringLiteral("double charge")}}, m_bob);
        const ActionOutcome r =
            step(tw, id, QStringLiteral("reply"),
                 {{QStringLiteral("problem_summary"), QStringLiteral("charged twice")},
                  {QStringLiteral("solution"), QStringLiteral("refunded")},
                  {QStringLiteral("follow_up"), QStringLiteral("watch next bill")},
                  {QStringLiteral("service_staff"), QStringLiteral("Bob Li")}},
                 m_bob);
        QCOMPARE(r.toState, QStringLiteral("replied"));
        QCOMPARE(step(tw, id, QStringLiteral("revisit"),
                      {{QStringLiteral("satisfaction"), QStringLiteral("satisfied")},
                       {QStringLiteral("score"), 4}})
                     .toState,
                 QStringLiteral("revisited"));
        QCOMPARE(col(id, QStringLiteral("satisfaction")).toInt(), 4);
        const ActionOutcome c = step(tw, id, QStringLiteral("close_satisfied"));
        QCOMPARE(c.toState, QStringLiteral("closed"));
        QCOMPARE(c.version, 16); // 1 + 15 actions

        QCOMPARE(events(id), 15);
        // The event carries actor, time, from/to state and the fields as JSON.
        QSqlQuery q;
        QString error;
        QVERIFY(m_db->exec(
            q,
            QStringLiteral("SELECT actor_id, at, from_state, to_state, data FROM ticket_events "
                           "WHERE id = ?"),
            {r.eventId}, error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), m_bob);
        QCOMPARE(q.value(1).toLongLong(), m_clock.nowMs() - 2 * 60'000);
        QCOMPARE(q.value(2).toString(), QStringLiteral("in_progress"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("replied"));
        const QJsonObject data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        QCOMPARE(data.value(QStringLiteral("solution")).toString(), QStringLiteral("refunded"));
        QCOMPARE(col(id, QStringLiteral("updated_at")).toLongLong(), m_clock.nowMs());
    }

    void invalidAndReturnAndUnsatisfied() {
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        const qint64 bad = test::insertTicket(*m_db, m_clock.nowMs());
        QCOMPARE(step(tw, bad, QStringLiteral("review_invalid"),
                      {{QStringLiteral("reason"), QStringLiteral("spam")}})
                     .toState,
                 QStringLiteral("closed"));
        QCOMPARE(col(bad, QStringLiteral("validity")), QStringLiteral("invalid"));

        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        step(tw, id, QStringLiteral("review_valid"));
        step(tw, id, QStringLiteral("dispatch"),
             {{QStringLiteral("dispatch_opinion"), QStringLiteral("x")},
              {QStringLiteral("department"), QStringLiteral("Network")},
              {QStringLiteral("handler_id"), m_bob},
              {QStringLiteral("support_tier"), 2}});
        QCOMPARE(col(id, QStringLiteral("support_tier")).toInt(), 2);
        step(tw, id, QStringLiteral("accept"), {}, m_bob);
        QCOMPARE(step(tw, id, QStringLiteral("return"),
                      {{QStringLiteral("reason"), QStringLiteral("not ours")}}, m_bob)
                     .toState,
                 QStringLiteral("reviewed"));
        QVERIFY(
            queryValue(*m_db, QStringLiteral("SELECT handler_id FROM tickets WHERE id = ?"), {id})
                .isNull());
        step(tw, id, QStringLiteral("dispatch"),
             {{QStringLiteral("dispatch_opinion"), QStringLiteral("y")},
              {QStringLiteral("department"), QStringLiteral("Billing")}});
        QCOMPARE(step(tw, id, QStringLiteral("return"),
                      {{QStringLiteral("reason"), QStringLiteral("again")}})
                     .toState,
                 QStringLiteral("reviewed"));
        step(tw, id, QStringLiteral("dispatch"),
             {{QStringLiteral("dispatch_opinion"), QStringLiteral("z")},
              {QStringLiteral("department"), QStringLiteral("Billing")}});
        step(tw, id, QStringLiteral("accept"));
        step(tw, id, QStringLiteral("reply"),
             {{QStringLiteral("problem_summary"), QStringLiteral("a")},
              {QStringLiteral("solution"), QStringLiteral("b")},
              {QStringLiteral("service_staff"), QStringLiteral("c")}});
        step(tw, id, QStringLiteral("revisit"),
             {{QStringLiteral("satisfaction"), QStringLiteral("very_unsatisfied")},
              {QStringLiteral("score"), 1}});
        QCOMPARE(step(tw, id, QStringLiteral("close_unsatisfied"),
                      {{QStringLiteral("reason"), QStringLiteral("wants compensation")}})
                     .toState,
                 QStringLiteral("closed"));
        QCOMPARE(col(id, QStringLiteral("satisfaction")).toInt(), 1);
    }

    void refusalsWriteNothing_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("wrong state")
            << "reply"
            << QJsonObject{{QStringLiteral("problem_summary"), QStringLiteral("a")},
                           {QStringLiteral("solution"), QStringLiteral("b")},
                           {QStringLiteral("service_staff"), QStringLiteral("c")}}
            << QStringList{QStringLiteral("*")} << "while the ticket is Registered";
        QTest::newRow("missing field")
            << "review_invalid" << QJsonObject{} << QStringList{QStringLiteral("*")}
            << "needs the field \"reason\"";
        QTest::newRow("missing permission")
            << "review_valid" << QJsonObject{} << QStringList{QStringLiteral("tickets.handle")}
            << "tickets.review";
        QTest::newRow("unknown action")
            << "delete" << QJsonObject{} << QStringList{QStringLiteral("*")} << "not an action";
    }

    void refusalsWriteNothing() {
        QFETCH(QString, action);
        QFETCH(QJsonObject, fields);
        QFETCH(QStringList, permissions);
        QFETCH(QString, inMessage);
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        ActionOutcome out;
        QString error;
        QVERIFY(!tw.apply(id, 1, m_alice,
                          WorkflowPermissions(permissions.cbegin(), permissions.cend()),
                          {action, fields, {}}, out, error));
        QCOMPARE(tw.failure(), TicketWorkflow::Failure::Refused);
        QVERIFY2(error.contains(inMessage), qPrintable(error));
        QCOMPARE(col(id, QStringLiteral("version")).toInt(), 1);
        QCOMPARE(col(id, QStringLiteral("state")), QStringLiteral("registered"));
        QCOMPARE(events(id), 0);
        QCOMPARE(out.eventId, 0);
    }

    void unknownStaffOrTeam() {
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        step(tw, id, QStringLiteral("review_valid"));
        ActionOutcome out;
        QString error;
        const QJsonObject base{{QStringLiteral("dispatch_opinion"), QStringLiteral("x")},
                               {QStringLiteral("department"), QStringLiteral("Billing")}};
        QJsonObject f = base;
        f.insert(QStringLiteral("handler_id"), 424242);
        QVERIFY(!tw.apply(id, 2, m_alice, m_all, {QStringLiteral("dispatch"), f, {}}, out, error));
        QCOMPARE(tw.failure(), TicketWorkflow::Failure::Refused);
        QVERIFY2(error.contains(QStringLiteral("handler_id")) &&
                     error.contains(QStringLiteral("#424242")),
                 qPrintable(error));
        f = base;
        f.insert(QStringLiteral("team_id"), 77);
        QVERIFY(!tw.apply(id, 2, m_alice, m_all, {QStringLiteral("dispatch"), f, {}}, out, error));
        QVERIFY2(error.contains(QStringLiteral("no team #77")), qPrintable(error));
        QCOMPARE(col(id, QStringLiteral("version")).toInt(), 2);
        QCOMPARE(col(id, QStringLiteral("state")), QStringLiteral("reviewed"));
    }

    // A ticket is handed only to staff whose status is active: TicketWorkflow refuses it
    // (SQLite) and so does the server function itself (PostgreSQL, migration 019).
    void inactiveHandlerRefused() {
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        step(tw, id, QStringLiteral("review_valid"));
        const qint64 carol =
            test::insertStaff(*m_db, QStringLiteral("Carol Zhou"), QStringLiteral("carol"));
        QString error;
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE staff SET status = 'disabled' WHERE id = ?"),
                            {carol}, error),
                 qPrintable(error));
        const QJsonObject f{{QStringLiteral("dispatch_opinion"), QStringLiteral("x")},
                            {QStringLiteral("department"), QStringLiteral("Billing")},
                            {QStringLiteral("handler_id"), carol}};
        ActionOutcome out;
        QVERIFY(!tw.apply(id, 2, m_alice, m_all, {QStringLiteral("dispatch"), f, {}}, out, error));
        QCOMPARE(tw.failure(), TicketWorkflow::Failure::Refused);
        QVERIFY2(error.contains(QStringLiteral("Field \"handler_id\": staff member #%1 (Carol "
                                               "Zhou) is not active (status \"disabled\")")
                                    .arg(carol)),
                 qPrintable(error));
        QCOMPARE(col(id, QStringLiteral("version")).toInt(), 2);
        QCOMPARE(col(id, QStringLiteral("state")), QStringLiteral("reviewed"));
        QCOMPARE(events(id), 1);
        if (m_db->dialect() == Dialect::PostgreSQL) {
            // A client that skips the check: the server refuses the same dispatch.
            QVERIFY(!m_db->exec(
                QStringLiteral("SELECT sb_workflow_apply(?, ?, 'dispatch', ?, '', ?, ?)"),
                {id, 2, QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact)), m_alice,
                 m_clock.nowMs()},
                error));
            QVERIFY2(error.contains(QStringLiteral("field \"handler_id\": staff member #%1 is not "
                                                   "active (status \"disabled\")")
                                        .arg(carol)),
                     qPrintable(error));
            QCOMPARE(col(id, QStringLiteral("version")).toInt(), 2);
            QCOMPARE(col(id, QStringLiteral("COALESCE(handler_id, 0)")).toLongLong(), 0);
        }
        // Active again: the same dispatch goes through.
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE staff SET status = 'active' WHERE id = ?"),
                            {carol}, error),
                 qPrintable(error));
        QCOMPARE(step(tw, id, QStringLiteral("dispatch"), f).toState, QStringLiteral("dispatched"));
        QCOMPARE(col(id, QStringLiteral("handler_id")).toLongLong(), carol);
    }

    void missingTicket() {
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        ActionOutcome out;
        QString error;
        QVERIFY(!tw.apply(987654, 1, m_alice, m_all, {QStringLiteral("review_valid"), {}, {}}, out,
                          error));
        QCOMPARE(tw.failure(), TicketWorkflow::Failure::NotFound);
        QVERIFY(error.contains(QStringLiteral("#987654")));
    }

    void appeals() {
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        step(tw, id, QStringLiteral("review_valid"));
        step(tw, id, QStringLiteral("dispatch"),
             {{QStringLiteral("dispatch_opinion"), QStringLiteral("x")},
              {QStringLiteral("department"), QStringLiteral("Billing")}});
        step(tw, id, QStringLiteral("accept"));
        step(tw, id, QStringLiteral("reply"),
             {{QStringLiteral("problem_summary"), QStringLiteral("a")},
              {QStringLiteral("solution"), QStringLiteral("b")},
              {QStringLiteral("service_staff"), QStringLiteral("c")}});
        // First appeal, from the supervision hotline, while the ticket is replied.
        const ActionOutcome a1 =
            step(tw, id, QStringLiteral("appeal"),
                 {{QStringLiteral("reason"), QStringLiteral("refund never arrived")},
                  {QStringLiteral("channel"), QStringLiteral("hotline")},
                  {QStringLiteral("skip_level"), 1}});
        QVERIFY(a1.appealTicketId > id);
        QCOMPARE(a1.toState, QStringLiteral("replied")); // the original keeps its state
        QCOMPARE(col(id, QStringLiteral("appeal_count")).toInt(), 1);
        const qint64 ap = a1.appealTicketId;
        QCOMPARE(col(ap, QStringLiteral("state")), QStringLiteral("appeal_registered"));
        QCOMPARE(col(ap, QStringLiteral("appeal_of")).toLongLong(), id);
        QCOMPARE(col(ap, QStringLiteral("channel")), QStringLiteral("hotline"));
        QCOMPARE(col(ap, QStringLiteral("customer_id")), QStringLiteral("C-1"));
        QCOMPARE(col(ap, QStringLiteral("description")), QStringLiteral("refund never arrived"));
        QVERIFY(QJsonDocument::fromJson(col(ap, QStringLiteral("extra")).toUtf8())
                    .object()
                    .value(QStringLiteral("skip_level"))
                    .toBool());
        QCOMPARE(events(ap), 1);
        // Verify, then dispatch the appeal like a complaint.
        QCOMPARE(step(tw, ap, QStringLiteral("verify_appeal"),
                      {{QStringLiteral("findings"), QStringLiteral("confirmed")}})
                     .toState,
                 QStringLiteral("appeal_verified"));
        QCOMPARE(step(tw, ap, QStringLiteral("dispatch"),
                      {{QStringLiteral("dispatch_opinion"), QStringLiteral("redo")},
                       {QStringLiteral("department"), QStringLiteral("Billing")},
                       {QStringLiteral("support_tier"), 2}})
                     .toState,
                 QStringLiteral("dispatched"));
        // A repeated appeal, after closing, is withdrawn with a reply.
        step(tw, id, QStringLiteral("revisit"),
             {{QStringLiteral("satisfaction"), QStringLiteral("unsatisfied")},
              {QStringLiteral("score"), 2}});
        step(tw, id, QStringLiteral("close_unsatisfied"),
             {{QStringLiteral("reason"), QStringLiteral("slow")}});
        const ActionOutcome a2 = step(tw, id, QStringLiteral("appeal"),
                                      {{QStringLiteral("reason"), QStringLiteral("still")}});
        QCOMPARE(col(id, QStringLiteral("appeal_count")).toInt(), 2);
        QCOMPARE(col(a2.appealTicketId, QStringLiteral("channel")), QStringLiteral("phone"));
        step(tw, a2.appealTicketId, QStringLiteral("verify_appeal"),
             {{QStringLiteral("findings"), QStringLiteral("duplicate")}});
        QCOMPARE(step(tw, a2.appealTicketId, QStringLiteral("withdraw_appeal"),
                      {{QStringLiteral("reply"),
                        QStringLiteral("already handled under the first appeal")}})
                     .toState,
                 QStringLiteral("closed"));
    }

    void suggestionFlow() {
        TicketWorkflow tw(*m_db, m_wf, m_clock);
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("email"),
                                             QStringLiteral("suggestion"));
        QCOMPARE(step(tw, id, QStringLiteral("dispatch"),
                      {{QStringLiteral("dispatch_opinion"), QStringLiteral("for marketing")},
                       {QStringLiteral("department"), QStringLiteral("Marketing")}})
                     .toState,
                 QStringLiteral("in_progress"));
        QCOMPARE(step(tw, id, QStringLiteral("reply"),
                      {{QStringLiteral("problem_summary"), QStringLiteral("new tariff idea")},
                       {QStringLiteral("solution"), QStringLiteral("forwarded")}})
                     .toState,
                 QStringLiteral("replied"));
        QCOMPARE(step(tw, id, QStringLiteral("close")).toState, QStringLiteral("closed"));
        // Complaint-only actions do not exist for suggestions.
        ActionOutcome out;
        QString error;
        const qint64 other = test::insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("email"),
                                                QStringLiteral("suggestion"));
        QVERIFY(!tw.apply(other, 1, m_alice, m_all, {QStringLiteral("review_valid"), {}, {}}, out,
                          error));
        QVERIFY(error.contains(QStringLiteral("suggestion workflow")));
    }

    void concurrentEditsConflict() {
        // Two workstations: two connections on the same SQLite file.
        QString error;
        auto other = Database::open(m_db->url(), QStringLiteral("second"), error);
        QVERIFY2(other, qPrintable(error));
        Workflow wf2;
        QVERIFY(wf2.load(*other, error));
        ManualClock clock2(shTime(22, 10));
        // Messages name times in the zone the screens pass in (here Shanghai).
        TicketWorkflow mine(*m_db, m_wf, m_clock, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        TicketWorkflow theirs(*other, wf2, clock2);

        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        TicketSnapshot seenByMe, seenByThem;
        QVERIFY(mine.load(id, seenByMe, error));
        QVERIFY(theirs.load(id, seenByThem, error));
        QCOMPARE(seenByMe.version, seenByThem.version);

        // Bob (second workstation) reviews it first, at 14:05:30 Shanghai time.
        clock2.set(shTime(23, 14, 5).addSecs(30));
        ActionOutcome out;
        QVERIFY2(theirs.apply(id, seenByThem.version, m_bob, m_all,
                              {QStringLiteral("review_invalid"),
                               {{QStringLiteral("reason"), QStringLiteral("duplicate")}},
                               {}},
                              out, error),
                 qPrintable(error));
        // Alice, with the form she opened before, tries to mark it valid.
        QVERIFY(!mine.apply(id, seenByMe.version, m_alice, m_all,
                            {QStringLiteral("review_valid"), {}, {}}, out, error));
        QCOMPARE(mine.failure(), TicketWorkflow::Failure::Conflict);
        QVERIFY2(error.contains(QStringLiteral("changed by Bob Li at 2025-09-23 14:05:30")),
                 qPrintable(error));
        // Nothing of Alice's was written; Bob's result stands.
        QCOMPARE(col(id, QStringLiteral("state")), QStringLiteral("closed"));
        QCOMPARE(col(id, QStringLiteral("validity")), QStringLiteral("invalid"));
        QCOMPARE(col(id, QStringLiteral("version")).toInt(), 2);
        QCOMPARE(events(id), 1);
        QCOMPARE(queryValue(
                     *m_db,
                     QStringLiteral("SELECT actor_id FROM ticket_events WHERE ticket_id = ?"), {id})
                     .toLongLong(),
                 m_bob);
    }
};
