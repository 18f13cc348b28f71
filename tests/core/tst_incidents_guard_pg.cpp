// Incidents on a shared PostgreSQL server, written by people's own logins as the
// workstations write them: the grading engine as a supervisor, grading, resolving and the
// post-incident grade by hand; and what the server refuses an agent. Raw-SQL attacks are
// in tests/guard/server_guard_pg.sh.
#include "incidents/incidentfollowup.h"
#include "incidents/incidentgrading.h"
#include "incidents/incidentqueries.h"
#include "incidents/incidentstore.h"
#include "incidents/postgradetable.h"
#include "incidents_fixture.h"
#include "testsupport.h"

#include <QTest>

using namespace sb;
using namespace sb::test::incidents;

class TestIncidentsGuardPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the installer's connection: seeding and checks only
    std::unique_ptr<Database> m_sup;
    std::unique_ptr<Database> m_agent;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    RuleSet m_rules = RuleSet::defaults();
    World m_w;
    const QString kPay = QStringLiteral("payment_failure");

    IncidentEvent event(IncidentEventKind kind, Grade grade, qint64 atMs,
                        const QString &type = QStringLiteral("payment_failure")) const {
        IncidentEvent e;
        e.kind = kind;
        e.atMs = atMs;
        e.problemType = RuleSet::typeIndex(QStringView(type));
        e.trigger = IncidentTrigger::BurstNormal;
        e.grade = grade;
        e.counts = {12, 0, 14, 1};
        return e;
    }
    qint64 count(const QString &sql, const QVariantList &values = {}) {
        return scalar(*m_db, sql, values);
    }

private Q_SLOTS:
    void init() {
        QString e;
        m_sup.reset();
        m_agent.reset();
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("incidents_guard")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_w = seedWorld(*m_db);
        m_clock.set(QDateTime::currentDateTimeUtc());
        for (int i = 0; i < 12; ++i)
            complaint(*m_db, kPay, m_clock.nowMs() - (40 - i) * 60000, QStringLiteral("normal"));
        m_sup = test::pgLoginFor(*m_db, QStringLiteral("sb_ig_sup"), m_w.sup,
                                 QStringLiteral("sb_supervisor"));
        m_agent = test::pgLoginFor(*m_db, QStringLiteral("sb_ig_agent"), m_w.agent1,
                                   QStringLiteral("sb_agent"));
        QVERIFY(m_sup && m_agent);
    }

    void engineOpensRaisesAndClosesAsSupervisor() {
        IncidentStore store(*m_sup, m_rules);
        IncidentStore::Result r;
        QString error;
        const qint64 t0 = m_clock.nowMs() - 20 * 60000;
        QVERIFY2(store.apply(event(IncidentEventKind::Opened, Grade::General, t0), r, error),
                 qPrintable(error));
        QVERIFY(r.created);
        QVERIFY2(
            store.apply(event(IncidentEventKind::Regraded, Grade::Serious, t0 + 60000), r, error),
            qPrintable(error));
        QVERIFY(r.raised);
        QVERIFY2(
            store.apply(event(IncidentEventKind::Closed, Grade::Serious, t0 + 120000), r, error),
            qPrintable(error));
        QVERIFY(r.closed);
        QCOMPARE(count(QStringLiteral("SELECT grade * 10 + version FROM incidents WHERE id = ?"),
                       {r.incidentId}),
                 13); // serious (1), version 3
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident_events WHERE incident_id = "
                                      "? AND actor_id IS NULL"),
                       {r.incidentId}),
                 3);
    }

    void engineNeedsComplaintsBehindIt() {
        IncidentStore store(*m_sup, m_rules);
        IncidentStore::Result r;
        QString error;
        QVERIFY(!store.apply(event(IncidentEventKind::Opened, Grade::Urgent, m_clock.nowMs(),
                                   QStringLiteral("login_failure")),
                             r, error));
        QVERIFY2(error.contains(QLatin1StringView("no complaint")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incidents")), 0);
    }

    void agentCannotWriteIncidents() {
        IncidentStore store(*m_agent, m_rules);
        IncidentStore::Result r;
        QString error;
        QVERIFY(!store.apply(event(IncidentEventKind::Opened, Grade::Urgent, m_clock.nowMs()), r,
                             error));
        QVERIFY2(error.contains(QLatin1StringView("grading engine")), qPrintable(error));

        // An open incident, and an agent who tries to resolve it.
        QVERIFY2(
            IncidentStore(*m_sup, m_rules)
                .apply(event(IncidentEventKind::Opened, Grade::General, m_clock.nowMs()), r, error),
            qPrintable(error));
        IncidentFollowUp agent(*m_agent, m_clock);
        QVERIFY(!agent.resolve(r.incidentId, QStringLiteral("fixed"), m_w.agent1, error));
        QVERIFY2(error.contains(QLatin1StringView("incidents.resolve")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incidents WHERE state = 'open'")), 1);
    }

    void gradingAndFollowUpByHandAsSupervisor() {
        GradingDecision d;
        d.problemType = kPay;
        d.confirmation = confirmation::Confirmed;
        d.counts = {12, 0, 14, 1};
        d.ruleGrade = d.grade = Grade::Serious;
        d.ownerId = m_w.sup;
        d.subject = QStringLiteral("Payment failure");
        d.notice = QStringLiteral("Top-ups fail since 09:40.");
        d.audience = Audience::onDuty();
        GradingOutcome out;
        QString error;
        QVERIFY2(IncidentGrading(*m_sup, m_clock, m_rules).apply(d, m_w.sup, out, error),
                 qPrintable(error));
        QVERIFY(out.created);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incidents WHERE id = ? AND "
                                      "trigger_kind = 'manual' AND owner_id = ?"),
                       {out.incidentId, m_w.sup}),
                 1);
        // Every line of the timeline is the supervisor's, opening included.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident_events WHERE incident_id = "
                                      "? AND actor_id IS DISTINCT FROM ?"),
                       {out.incidentId, m_w.sup}),
                 0);

        IncidentFollowUp follow(*m_sup, m_clock);
        QVERIFY2(
            follow.resolve(out.incidentId, QStringLiteral("Channel restarted"), m_w.sup, error),
            qPrintable(error));
        Grade post = Grade::General;
        PostIncidentFacts facts;
        facts.outageMinutes = 90;
        facts.complaints = 40;
        QVERIFY2(follow.postGrade(out.incidentId, facts, PostGradeTable::defaults(), m_w.sup, post,
                                  error),
                 qPrintable(error));
        qint64 entry = 0;
        QVERIFY2(follow.saveKnowledge(out.incidentId, QStringLiteral("Payment channel restart"),
                                      QStringLiteral("Restart the channel."), m_w.sup, entry,
                                      error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incidents WHERE id = ? AND state = "
                                      "'resolved' AND post_grade IS NOT NULL AND known_issue_id "
                                      "= ?"),
                       {out.incidentId, entry}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = "
                                      "'sb_ig_sup' AND action LIKE 'incident.%'")),
                 4); // grade, resolve, post_grade, kb_created
    }
};

QTEST_GUILESS_MAIN(TestIncidentsGuardPg)
#include "tst_incidents_guard_pg.moc"
