// Acknowledged incident alerts on a shared PostgreSQL server, as the people's own logins
// write them: staff write the table only through sb_ack_incident_alert, which needs
// incidents.confirm, takes the grade the caller saw, and records the caller and the server's
// time whatever the program passes.
#include "incidents/alertacks.h"
#include "incidents_fixture.h"
#include "testsupport.h"

#include <QTest>

using namespace sb;
using namespace sb::test::incidents;

class TestIncidentAlertAcksPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the installer's connection: seeding and checks only
    std::unique_ptr<Database> m_lead;
    std::unique_ptr<Database> m_agent;
    ManualClock m_clock; // at 0: the server's time must be the one recorded
    World m_w;
    qint64 m_incident = 0;

private Q_SLOTS:
    void init() {
        QString e;
        m_lead.reset();
        m_agent.reset();
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("alert_acks")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_w = seedWorld(*m_db);
        m_incident = insertId(*m_db,
                              QStringLiteral("INSERT INTO incidents (problem_type, class, grade, "
                                             "trigger_kind, opened_at) VALUES ('payment_failure', "
                                             "'routine', 2, 'manual', ?)"),
                              {QDateTime::currentMSecsSinceEpoch()});
        m_lead = test::pgLoginFor(*m_db, QStringLiteral("sb_aa_lead"), m_w.lead,
                                  QStringLiteral("sb_team_lead"));
        m_agent = test::pgLoginFor(*m_db, QStringLiteral("sb_aa_agent"), m_w.agent1,
                                   QStringLiteral("sb_agent"));
        QVERIFY(m_lead && m_agent);
    }

    void acknowledgeRecordsTheCallerAndTheServersTime() {
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 60000;
        const qint64 seq = scalar(*m_db, QStringLiteral("SELECT MAX(seq) FROM change_log"));
        QString error;
        // The program names someone else: the server records the login's own staff id.
        QVERIFY2(IncidentAlertAcks(*m_lead, m_clock)
                     .acknowledge(m_w.mgr, m_incident, Grade::Urgent, error),
                 qPrintable(error));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT acked_by FROM incident_alert_acks WHERE "
                                       "incident_id = ? AND grade = 2"),
                        {m_incident}),
                 m_w.lead);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT acked_at FROM incident_alert_acks")) > before);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ? AND "
                                       "entity = 'incident' AND entity_id = ? AND op = 'update'"),
                        {seq, m_incident}),
                 1);
        // Every workstation reads it, the agent's too.
        QList<OpenIncidentAlert> list;
        QVERIFY2(IncidentAlertAcks::openAlerts(*m_agent, list, error), qPrintable(error));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().ack);
        QCOMPARE(list.first().ack->staffId, m_w.lead);
        QCOMPARE(list.first().ack->staffName, QStringLiteral("Name lead"));
        // A grade the incident no longer has is refused.
        QVERIFY(test::refusedAs(*m_lead, QStringLiteral("SELECT sb_ack_incident_alert(?, ?)"),
                                {m_incident, 1}, QStringLiteral("another grade")));
    }

    void anAgentIsRefused() {
        QVERIFY(test::refusedAs(*m_agent, QStringLiteral("SELECT sb_ack_incident_alert(?, ?)"),
                                {m_incident, 2}, QStringLiteral("incidents.confirm")));
        QString error;
        QVERIFY(!IncidentAlertAcks(*m_agent, m_clock)
                     .acknowledge(m_w.agent1, m_incident, Grade::Urgent, error));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM incident_alert_acks")), 0);
    }

    void directWritesAreRefused() {
        QVERIFY(test::refusedAs(*m_lead,
                                QStringLiteral("INSERT INTO incident_alert_acks (incident_id, "
                                               "grade, acked_by, acked_at) VALUES (?, 2, ?, 0)"),
                                {m_incident, m_w.mgr}, QStringLiteral("permission denied")));
        QString error;
        QVERIFY2(IncidentAlertAcks(*m_lead, m_clock)
                     .acknowledge(m_w.lead, m_incident, Grade::Urgent, error),
                 qPrintable(error));
        QVERIFY(test::refusedAs(*m_lead,
                                QStringLiteral("UPDATE incident_alert_acks SET acked_by = ?"),
                                {m_w.mgr}, QStringLiteral("permission denied")));
        QVERIFY(test::refusedAs(*m_lead, QStringLiteral("DELETE FROM incident_alert_acks"), {},
                                QStringLiteral("permission denied")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT acked_by FROM incident_alert_acks")),
                 m_w.lead);
    }
};

QTEST_GUILESS_MAIN(TestIncidentAlertAcksPg)
#include "tst_incidents_alertacks_pg.moc"
