#pragma once
// The grading wizard's write and the read side it shows, as scenarios run on SQLite
// (tst_incidents_grading) and PostgreSQL (tst_incidents_grading_pg).
#include "incidents/incidentgrading.h"
#include "incidents/incidentqueries.h"
#include "incidents/incidentstore.h"
#include "incidents_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace sb::test::incidents {

namespace grading_cases {
inline constexpr qint64 kMinute = 60 * 1000;
inline const QString kPay = QStringLiteral("payment_failure");

inline QStringList eventsOf(Database &db, qint64 incidentId) {
    QSqlQuery q;
    QString error;
    QStringList out;
    if (!db.exec(q,
                 QStringLiteral("SELECT event, COALESCE(actor_id, 0) FROM incident_events WHERE "
                                "incident_id = ? ORDER BY id"),
                 {incidentId}, error))
        qFatal("%s", qPrintable(error));
    while (q.next())
        out.append(q.value(0).toString() +
                   (q.value(1).toLongLong() ? QStringLiteral("*") : QString()));
    return out;
}
} // namespace grading_cases
using namespace grading_cases;

// `db` is migrated and seeded with seedWorld (`w`); the clock stands at 2026-11-24 10:00 UTC.
struct GradingCases {
    Database &db;
    ManualClock &clock;
    World w;
    RuleSet rules = RuleSet::defaults();

    GradingDecision decision() const {
        GradingDecision d;
        d.problemType = kPay;
        d.confirmation = confirmation::Confirmed;
        d.counts = {12, 0, 14, 1};
        d.ruleGrade = Grade::Serious; // payment_failure: 11–20 normal in an hour
        d.grade = Grade::Serious;
        d.ownerId = w.sup;
        d.subject = QStringLiteral("Payment failure");
        d.notice = QStringLiteral("Top-ups fail since 09:40.");
        d.script = QStringLiteral("We know; it is being fixed. Please retry after 11:00.");
        d.audience = Audience::onDuty();
        d.webhookTargetIds = {w.hookSlack};
        return d;
    }

    void createsIncidentWithEveryStepInOneTransaction() {
        IncidentGrading grading(db, clock, rules);
        GradingOutcome out;
        QString e;
        QVERIFY2(grading.apply(decision(), w.sup, out, e), qPrintable(e));
        QVERIFY(out.created);
        QCOMPARE(out.events, (QStringList{QStringLiteral("opened"), QStringLiteral("confirmed"),
                                          QStringLiteral("graded"), QStringLiteral("handed_over"),
                                          QStringLiteral("announced")}));
        // Every step is in the timeline, each with the person who graded.
        QCOMPARE(eventsOf(db, out.incidentId),
                 (QStringList{QStringLiteral("opened*"), QStringLiteral("confirmed*"),
                              QStringLiteral("graded*"), QStringLiteral("handed_over*"),
                              QStringLiteral("announced*")}));

        IncidentRecord r;
        QVERIFY2(IncidentQueries(db).incident(out.incidentId, r, e), qPrintable(e));
        QCOMPARE(r.state, QStringLiteral("open"));
        QCOMPARE(r.grade, Grade::Serious);
        QCOMPARE(r.ownerId, w.sup);
        QCOMPARE(r.confirmation, confirmation::Confirmed);
        QCOMPARE(r.triggerKind, QStringLiteral("manual"));
        QCOMPARE(r.overrideReason, QString());

        // The announcement: on-duty staff, the answer script, one webhook row (the chosen one).
        QCOMPARE(scalar(db, QStringLiteral("SELECT incident_id FROM messages WHERE id = ?"),
                        {out.messageId}),
                 out.incidentId);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM message_recipients WHERE "
                                       "message_id = ?"),
                        {out.messageId}),
                 4); // lead, sup, mgr, agent1
        QCOMPARE(out.report.webhooksQueued, 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND "
                                       "target LIKE '%ops-slack'"),
                        {out.messageId}),
                 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'incident.grade' AND entity_id = ?"),
                        {out.incidentId}),
                 1);

        // Grading again: same incident, no new "opened", the owner does not change hands.
        GradingDecision again = decision();
        again.incidentId = out.incidentId;
        again.expectedVersion = r.version;
        again.announce = false;
        GradingOutcome out2;
        QVERIFY2(grading.apply(again, w.sup, out2, e), qPrintable(e));
        QVERIFY(!out2.created);
        QCOMPARE(out2.events, (QStringList{QStringLiteral("confirmed"), QStringLiteral("graded")}));
        // A stale version is refused.
        QVERIFY(!grading.apply(again, w.sup, out2, e));
        QVERIFY2(e.contains(QStringLiteral("changed")), qPrintable(e));
        QVERIFY(out2.conflict);
        GradingDecision wrongOwner = decision();
        wrongOwner.ownerId = w.lead; // a plain refusal is no conflict
        QVERIFY(!grading.apply(wrongOwner, w.sup, out2, e));
        QVERIFY(!out2.conflict);
    }

    void failureWritesNothing() {
        IncidentGrading grading(db, clock, rules);
        GradingOutcome out;
        QString e;
        const qint64 audits = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        // The announcement fails last (nobody holds the QA role): the incident created
        // before it in the same transaction must be gone too.
        GradingDecision d = decision();
        d.audience = Audience::role(scalar(db, QStringLiteral("SELECT id FROM roles WHERE "
                                                              "key = 'qa'")));
        QVERIFY(!grading.apply(d, w.sup, out, e));
        QVERIFY2(e.contains(QStringLiteral("Nobody")), qPrintable(e));
        // A disabled webhook target is refused by name.
        d = decision();
        d.webhookTargetIds = {w.hookOff};
        QVERIFY(!grading.apply(d, w.sup, out, e));
        QVERIFY2(e.contains(QString::number(w.hookOff)), qPrintable(e));
        for (const char *table : {"incidents", "incident_events", "messages", "outbox"})
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table)),
                     0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    }

    void overrideNeedsWrittenReason() {
        IncidentGrading grading(db, clock, rules);
        GradingOutcome out;
        QString e;
        GradingDecision d = decision();
        d.grade = Grade::Urgent;
        d.ownerId = w.mgr;
        d.overrideReason = QStringLiteral("   ");
        QVERIFY(!IncidentGrading::validate(d, e));
        QVERIFY2(e.startsWith(QStringLiteral("Grade:")) && e.contains(QStringLiteral("reason")),
                 qPrintable(e));
        QVERIFY(!grading.apply(d, w.sup, out, e));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 0);

        d.overrideReason = QStringLiteral("VIP press coverage expected");
        QVERIFY2(grading.apply(d, w.sup, out, e), qPrintable(e));
        QVERIFY(out.events.contains(QStringLiteral("overridden")));
        QVERIFY(!out.events.contains(QStringLiteral("graded")));
        IncidentRecord r;
        QVERIFY2(IncidentQueries(db).incident(out.incidentId, r, e), qPrintable(e));
        QCOMPARE(r.grade, Grade::Urgent);
        QCOMPARE(r.overrideReason, QStringLiteral("VIP press coverage expected"));
        QList<TimelineEntry> t;
        QVERIFY2(IncidentQueries(db).timeline(out.incidentId, t, e), qPrintable(e));
        const auto it = std::find_if(t.cbegin(), t.cend(), [](const TimelineEntry &x) {
            return x.event == QLatin1StringView("overridden");
        });
        QVERIFY(it != t.cend());
        QCOMPARE(it->note, QStringLiteral("VIP press coverage expected"));
        QCOMPARE(it->actorName, QStringLiteral("Name sup"));
        QCOMPARE(it->data.value(QStringLiteral("rule_grade")).toString(),
                 QStringLiteral("serious"));
        QCOMPARE(it->grade, std::optional<Grade>(Grade::Urgent));
    }

    void ownerMustHoldTheGradesRole() {
        QCOMPARE(ownerRoleKey(Grade::General), QStringLiteral("team_lead"));
        QCOMPARE(ownerRoleKey(Grade::Serious), QStringLiteral("supervisor"));
        QCOMPARE(ownerRoleKey(Grade::Urgent), QStringLiteral("service_manager"));
        QCOMPARE(ownerRoleKey(Grade::Major), QStringLiteral("service_manager"));

        IncidentGrading grading(db, clock, rules);
        GradingOutcome out;
        QString e;
        GradingDecision d = decision();
        d.ownerId = w.lead; // a team lead cannot own a serious incident
        QVERIFY(!grading.apply(d, w.sup, out, e));
        QVERIFY2(e.startsWith(QStringLiteral("Owner:")) && e.contains(QStringLiteral("supervisor")),
                 qPrintable(e));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 0);

        // On-duty choices per role; the off-duty lead appears only when asked for everyone.
        QList<StaffChoice> staff;
        QVERIFY2(IncidentQueries(db).staffWithRole(QStringLiteral("team_lead"), true, staff, e),
                 qPrintable(e));
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff.first().id, w.lead);
        QVERIFY2(IncidentQueries(db).staffWithRole(QStringLiteral("team_lead"), false, staff, e),
                 qPrintable(e));
        QCOMPARE(staff.size(), 2);

        d.grade = d.ruleGrade = Grade::General;
        d.ownerId = w.lead;
        QVERIFY2(grading.apply(d, w.sup, out, e), qPrintable(e));
        // Handing over to another owner is its own event.
        IncidentRecord r;
        QVERIFY2(IncidentQueries(db).incident(out.incidentId, r, e), qPrintable(e));
        d.incidentId = out.incidentId;
        d.expectedVersion = r.version;
        d.ownerId = w.leadOff;
        d.announce = false;
        QVERIFY2(grading.apply(d, w.sup, out, e), qPrintable(e));
        QVERIFY(out.events.contains(QStringLiteral("handed_over")));
        QVERIFY2(IncidentQueries(db).incident(out.incidentId, r, e), qPrintable(e));
        QCOMPARE(r.ownerId, w.leadOff);
    }

    void knownIssueLinksExistingIncident() {
        // The engine opened it (IncidentStore); the wizard links the known problem.
        IncidentEvent ev;
        ev.kind = IncidentEventKind::Opened;
        ev.atMs = clock.nowMs() - 5 * kMinute;
        ev.problemType = RuleSet::typeIndex(QStringView(kPay));
        ev.trigger = IncidentTrigger::BurstNormal;
        IncidentStore::Result res;
        QString e;
        QVERIFY2(IncidentStore(db, rules).apply(ev, res, e), qPrintable(e));
        GradingDecision d = decision();
        d.confirmation = confirmation::Known;
        QVERIFY(!IncidentGrading::validate(d, e)); // known needs the entry
        d.knownIssueId = w.knownIssue;
        GradingOutcome out;
        QVERIFY2(IncidentGrading(db, clock, rules).apply(d, w.sup, out, e), qPrintable(e));
        QCOMPARE(out.incidentId, res.incidentId);
        QVERIFY(!out.created);
        QCOMPARE(out.events.first(), QStringLiteral("known_issue"));
        IncidentRecord r;
        QVERIFY2(IncidentQueries(db).incident(out.incidentId, r, e), qPrintable(e));
        QCOMPARE(r.knownIssueId, w.knownIssue);
        QCOMPARE(r.knownIssueTitle, QStringLiteral("Payment channel maintenance window"));
        QCOMPARE(r.triggerKind, QStringLiteral("burst:normal"));
        // The engine's "opened" stays without an actor.
        QCOMPARE(eventsOf(db, r.id).first(), QStringLiteral("opened"));
    }

    void evidenceAndBoardFromTickets() {
        const qint64 now = clock.nowMs();
        // Normal: 3 in the last 30 min, 2 more in 30–60 min; VIP (key accounts count):
        // 1 in the last 30; 1 outside the hour.
        complaint(db, kPay, now, QStringLiteral("normal"));
        complaint(db, kPay, now - 10 * kMinute, QStringLiteral("normal"));
        complaint(db, kPay, now - 29 * kMinute, QStringLiteral("distributor"));
        complaint(db, kPay, now - 30 * kMinute, QStringLiteral("normal")); // edge: 30–60
        complaint(db, kPay, now - 59 * kMinute, QStringLiteral("normal"));
        complaint(db, kPay, now - 5 * kMinute, QStringLiteral("key_account"));
        complaint(db, kPay, now - 60 * kMinute, QStringLiteral("vip")); // outside
        complaint(db, kPay, now + kMinute, QStringLiteral("normal"));   // future: outside
        complaint(db, QStringLiteral("login_failure"), now, QStringLiteral("normal"));
        IncidentQueries queries(db);
        WindowCounts c;
        QString e;
        QVERIFY2(queries.counts(kPay, now, 30 * kMinute, 60 * kMinute, c, e), qPrintable(e));
        QCOMPARE(c, (WindowCounts{3, 1, 5, 1}));

        QList<int> trend;
        QVERIFY2(queries.trend(kPay, now, 10 * kMinute, 12, trend, e), qPrintable(e));
        QCOMPARE(trend.size(), 12);
        // Buckets (oldest first) of 10 minutes ending at now.
        QCOMPARE(trend, (QList<int>{0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 2}));
        QCOMPARE(textSparkline({0, 1, 2, 4}), QStringLiteral(" \u2582\u2584\u2588"));

        QList<TicketSample> samples;
        QVERIFY2(queries.latestTickets(kPay, 3, samples, e), qPrintable(e));
        QCOMPARE(samples.size(), 3);
        QVERIFY(samples.first().receivedAt >= samples.last().receivedAt);

        QList<KnowledgeEntry> kb;
        QVERIFY2(queries.searchKnowledge(QStringLiteral("MAINTENANCE"), 10, kb, e), qPrintable(e));
        QCOMPARE(kb.size(), 1);
        QCOMPARE(kb.first().id, w.knownIssue);
        QVERIFY2(queries.searchKnowledge(QStringLiteral("100%_"), 10, kb, e), qPrintable(e));
        QCOMPARE(kb.size(), 0); // wildcards are taken literally
        QVERIFY2(queries.searchKnowledge(QString(), 10, kb, e), qPrintable(e));
        QCOMPARE(kb.size(), 1); // empty: the known issues only

        // Board: two open incidents; login_failure (3 in the last 30 minutes, none before:
        // +300 %) grows faster than payment (4 against 2: +100 %).
        IncidentStore store(db, rules);
        IncidentStore::Result res;
        for (const QString &type : {kPay, QStringLiteral("login_failure")}) {
            IncidentEvent ev;
            ev.atMs = now - kMinute;
            ev.problemType = RuleSet::typeIndex(QStringView(type));
            QVERIFY2(store.apply(ev, res, e), qPrintable(e));
        }
        complaint(db, QStringLiteral("login_failure"), now - kMinute, QStringLiteral("normal"));
        complaint(db, QStringLiteral("login_failure"), now - 2 * kMinute, QStringLiteral("normal"));
        QList<BoardRow> rows;
        QVERIFY2(queries.board(now, 30 * kMinute, 60 * kMinute, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).incident.problemType, QStringLiteral("login_failure"));
        QCOMPARE(rows.at(0).last30(), 3);
        QCOMPARE(rows.at(0).previous30, 0);
        QCOMPARE(rows.at(0).growth(), 3.0);
        QCOMPARE(rows.at(1).incident.problemType, kPay);
        QCOMPARE(rows.at(1).counts, (WindowCounts{3, 1, 5, 1}));
        QCOMPARE(rows.at(1).previous30, 2);
        QCOMPARE(rows.at(1).growth(), 1.0);
    }
};

} // namespace sb::test::incidents
