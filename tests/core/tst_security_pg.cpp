// PostgreSQL: the server is the guard. Logins made with sb_create_login connect as
// themselves; row-level security, revoked grants and SECURITY DEFINER functions refuse what
// their permissions do not allow, whatever SQL the client sends.
#include "security/adminservice.h"
#include "security/serversession.h"
#include "security_pg_fixture.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestSecurityPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginsAreRealRolesInTheirGroup();
    void serverSessionOfALogin();
    void agentSeesOnlyOwnAndTeamTickets();
    void agentCannotUpdateTicketStateDirectly();
    void agentCannotReadOthersQaScores();
    void qaInspectorReadsAllScores();
    void agentCannotGrantItselfAnything();
    void auditLogIsAppendOnly();
    void transitionWorksForPermittedAction();
    void transitionRefusesWhatIsNotAllowed();
    void temporaryPermissionsOnTheServer();

private:
    std::unique_ptr<Database> connectAs(const QString &login, const QString &password,
                                        QString &error);
    qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {});
    QString loginName(const char *base) const {
        return QStringLiteral("%1_%2").arg(QLatin1StringView(base)).arg(m_suffix);
    }

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_admin;
    std::unique_ptr<Database> m_agent;
    quint32 m_suffix = 0;
    QStringList m_logins;
    qint64 m_teamA = 0, m_teamB = 0, m_agentId = 0, m_otherId = 0, m_qaId = 0;
    qint64 m_t1 = 0, m_t2 = 0;
    const QString m_password = QStringLiteral("Agent-pass-1");
    // registered -> reviewed: "review" alone, "review_valid" once the workflow tables exist
    QString m_review = QStringLiteral("review");
};

std::unique_ptr<Database> TestSecurityPg::connectAs(const QString &login, const QString &password,
                                                    QString &error) {
    return test::connectAs(m_url, login, password, error);
}

qint64 TestSecurityPg::scalar(Database &db, const QString &sql, const QVariantList &values) {
    return test::scalar(db, sql, values);
}

void TestSecurityPg::initTestCase() {
    if (test::pgAdminUrl().isEmpty())
        QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    m_url = test::freshPgDatabase(QStringLiteral("sb_security_pg"));
    QString error;
    m_admin = test::openMigrated(m_url, error);
    QVERIFY2(m_admin, qPrintable(error));
    m_suffix = test::uniqueSuffix();

    QSqlQuery q;
    QVERIFY2(m_admin->exec(
                 q,
                 QStringLiteral(
                     "INSERT INTO teams(name, created_at) VALUES ('A', 0), ('B', 0) RETURNING id"),
                 {}, error),
             qPrintable(error));
    QVERIFY(q.next());
    m_teamA = q.value(0).toLongLong();
    QVERIFY(q.next());
    m_teamB = q.value(0).toLongLong();
    q.finish();

    // The installer (database owner / superuser) creates the first logins with the function.
    m_logins << loginName("agent") << loginName("other");
    QVERIFY2(m_admin->exec(
                 q, QStringLiteral("SELECT sb_create_login(?, ?, ?, 'agent', 'Agent One', ?)"),
                 {QStringLiteral("E-A%1").arg(m_suffix), m_logins[0], m_password, m_teamA}, error),
             qPrintable(error));
    QVERIFY(q.next());
    m_agentId = q.value(0).toLongLong();
    QVERIFY2(m_admin->exec(
                 q, QStringLiteral("SELECT sb_create_login(?, ?, ?, 'agent', 'Agent Two', ?)"),
                 {QStringLiteral("E-B%1").arg(m_suffix), m_logins[1], m_password, m_teamB}, error),
             qPrintable(error));
    QVERIFY(q.next());
    m_otherId = q.value(0).toLongLong();
    q.finish();

    // A QA inspector through AdminService (shared mode calls sb_create_login underneath).
    Session installer;
    installer.login = m_url.user;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    AdminService svc(*m_admin, clock, installer);
    StaffInput in;
    in.employeeNo = QStringLiteral("E-Q%1").arg(m_suffix);
    in.name = QStringLiteral("Inspector");
    in.login = loginName("qa");
    in.phone = QStringLiteral("13812345678");
    in.roleId = scalar(*m_admin, QStringLiteral("SELECT id FROM roles WHERE key = 'qa'"));
    m_logins << in.login;
    QVERIFY2(svc.createStaff(in, m_password, m_qaId, error), qPrintable(error));
    QCOMPARE(
        scalar(*m_admin,
               QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND phone = '13812345678'"),
               {m_qaId}),
        1);

    QVERIFY2(
        m_admin->exec(q,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, team_id, updated_at) "
                                     "VALUES (0, 'phone', 'normal', 'login_failure', ?, ?, 0), (0, "
                                     "'phone', 'normal', 'payment_failure', ?, ?, 0) RETURNING id"),
                      {m_agentId, m_teamA, m_otherId, m_teamB}, error),
        qPrintable(error));
    QVERIFY(q.next());
    m_t1 = q.value(0).toLongLong();
    QVERIFY(q.next());
    m_t2 = q.value(0).toLongLong();
    q.finish();
    QVERIFY2(m_admin->exec(QStringLiteral("INSERT INTO qa_scores(ticket_id, agent_id, "
                                          "inspector_id, scores, total, created_at) "
                                          "VALUES (?, ?, ?, '{}', 90, 0), (?, ?, ?, '{}', 60, 0)"),
                           {m_t1, m_agentId, m_qaId, m_t2, m_otherId, m_qaId}, error),
             qPrintable(error));

    if (scalar(*m_admin, QStringLiteral("SELECT (to_regclass('public.workflow_actions') IS NOT "
                                        "NULL)::int")) == 1)
        m_review = QStringLiteral("review_valid");
    m_agent = connectAs(m_logins[0], m_password, error);
    QVERIFY2(m_agent, qPrintable(error));
}

void TestSecurityPg::cleanupTestCase() {
    m_agent.reset();
    if (m_admin)
        test::dropLogins(*m_admin, m_logins);
}

void TestSecurityPg::loginsAreRealRolesInTheirGroup() {
    QCOMPARE(
        scalar(
            *m_admin,
            QStringLiteral(
                "SELECT COUNT(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin AND NOT rolsuper"),
            {m_logins[0]}),
        1);
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT pg_has_role(?, 'sb_agent', 'MEMBER')::int"),
                    {m_logins[0]}),
             1);
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT pg_has_role(?, 'sb_admin', 'MEMBER')::int"),
                    {m_logins[0]}),
             0);
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT pg_has_role(?, 'sb_qa', 'MEMBER')::int"),
                    {m_logins[2]}),
             1);
    // SCRAM verifier, never the plain password.
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM pg_authid WHERE rolname = ? AND "
                                   "rolpassword LIKE 'SCRAM-SHA-256$%'"),
                    {m_logins[0]}),
             1);
    QCOMPARE(
        scalar(*m_admin,
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.create_login' "
                              "AND entity_id = ? AND detail NOT LIKE '%Agent-pass%'"),
               {m_agentId}),
        1);
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_current_staff_id()")), m_agentId);
}

void TestSecurityPg::serverSessionOfALogin() {
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
    Session s;
    QString error;
    QVERIFY2(loadServerSession(*m_agent, clock, s, error), qPrintable(error));
    QCOMPARE(s.staffId, m_agentId);
    QCOMPARE(s.login, m_logins[0]);
    QCOMPARE(s.roleKey, QStringLiteral("agent"));
    QCOMPARE(s.name, QStringLiteral("Agent One"));
    QVERIFY(s.permissions.has(QStringLiteral("tickets.accept")));
    QVERIFY(!s.permissions.has(QStringLiteral("tickets.dispatch")));
    QVERIFY(!s.permissions.has(QStringLiteral("admin.roles")));
    QVERIFY(!s.permissions.isSuper());
    // The installer is not staff: no session, a clear reason.
    QVERIFY(!loadServerSession(*m_admin, clock, s, error));
    QVERIFY2(error.contains(QLatin1StringView("not a Signalboard staff member")),
             qPrintable(error));
}

void TestSecurityPg::agentSeesOnlyOwnAndTeamTickets() {
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ?"), {m_t1}),
             1);
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ?"), {m_t2}),
             0);
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
    // A teammate sees the team's tickets even when someone else handles them.
    QString error;
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE tickets SET handler_id = NULL WHERE id = ?"),
                          {m_t1}, error));
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ?"), {m_t1}),
             1);
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE tickets SET handler_id = ? WHERE id = ?"),
                          {m_agentId, m_t1}, error));
    // The QA inspector (sb_qa) sees all tickets.
    auto qa = connectAs(m_logins[2], m_password, error);
    QVERIFY2(qa, qPrintable(error));
    QCOMPARE(scalar(*qa, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
}

void TestSecurityPg::agentCannotUpdateTicketStateDirectly() {
    QString error;
    QVERIFY(!m_agent->exec(QStringLiteral("UPDATE tickets SET state = 'closed' WHERE id = ?"),
                           {m_t1}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("UPDATE tickets SET version = version + 1"), {}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("DELETE FROM tickets WHERE id = ?"), {m_t1}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(
        QStringLiteral(
            "INSERT INTO ticket_events(ticket_id, at, actor_id, action) VALUES (?, 0, ?, 'close')"),
        {m_t2, m_agentId}, error));
    // Refused as a workflow action written directly (guard trigger), before the row-level
    // rule on the ticket's visibility is reached.
    QVERIFY2(error.contains(QLatin1StringView("row-level security")) ||
                 error.contains(QLatin1StringView("is a workflow action")),
             qPrintable(error));
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM tickets WHERE state = 'registered' AND version = 1")),
             2);
}

void TestSecurityPg::agentCannotReadOthersQaScores() {
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM qa_scores")), 1);
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM qa_scores WHERE agent_id = ?"),
                    {m_otherId}),
             0);
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM qa_scores WHERE agent_id = ?"),
                    {m_agentId}),
             1);
    QString error;
    QVERIFY(
        !m_agent->exec(QStringLiteral("INSERT INTO qa_scores(ticket_id, agent_id, inspector_id, "
                                      "total, created_at) VALUES (?, ?, ?, 100, 0)"),
                       {m_t1, m_agentId, m_agentId}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("UPDATE qa_scores SET total = 100"), {}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
}

void TestSecurityPg::qaInspectorReadsAllScores() {
    QString error;
    auto qa = connectAs(m_logins[2], m_password, error);
    QVERIFY2(qa, qPrintable(error));
    QCOMPARE(scalar(*qa, QStringLiteral("SELECT COUNT(*) FROM qa_scores")), 2);
    QVERIFY2(qa->exec(QStringLiteral("INSERT INTO qa_scores(ticket_id, agent_id, inspector_id, "
                                     "total, created_at) VALUES (?, ?, ?, 75, 0)"),
                      {m_t2, m_otherId, m_qaId}, error),
             qPrintable(error));
    // … but only in their own name.
    QVERIFY(!qa->exec(QStringLiteral("INSERT INTO qa_scores(ticket_id, agent_id, inspector_id, "
                                     "total, created_at) VALUES (?, ?, ?, 75, 0)"),
                      {m_t2, m_otherId, m_agentId}, error));
    QVERIFY2(error.contains(QLatin1StringView("row-level security")), qPrintable(error));
    QVERIFY(m_admin->exec(QStringLiteral("DELETE FROM qa_scores WHERE total = 75"), {}, error));
}

void TestSecurityPg::agentCannotGrantItselfAnything() {
    QString error;
    const qint64 agentRole =
        scalar(*m_admin, QStringLiteral("SELECT id FROM roles WHERE key = 'agent'"));
    QVERIFY(!m_agent->exec(
        QStringLiteral(
            "INSERT INTO role_permissions(role_id, permission_key) VALUES (?, 'admin.roles')"),
        {agentRole}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("INSERT INTO temp_permissions(staff_id, permission_key, "
                                          "expires_at) VALUES (?, 'admin', 9999999999999)"),
                           {m_agentId}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(
        QStringLiteral(
            "UPDATE staff SET role_id = (SELECT id FROM roles WHERE key = 'admin') WHERE id = ?"),
        {m_agentId}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("UPDATE roles SET is_super = 1 WHERE key = 'agent'"), {},
                           error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("SELECT sb_grant_permission('agent', 'admin.roles')"), {},
                           error));
    QVERIFY2(error.contains(QLatin1StringView("admin.roles")), qPrintable(error));
    QVERIFY(!m_agent->exec(
        QStringLiteral("SELECT sb_grant_temp_permission(?, 'tickets.bulk', 9999999999999)"),
        {m_logins[0]}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(
        QStringLiteral("SELECT sb_create_login('X1', 'sneaky', 'password-1', 'admin')"), {},
        error));
    QVERIFY2(error.contains(QLatin1StringView("admin.staff")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("GRANT sb_admin TO %1").arg(m_logins[0]), {}, error));
    QVERIFY(!m_agent->exec(QStringLiteral("SELECT sb_audit('x', 'y', 1, '{}'::jsonb)"), {}, error));
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('admin.roles')::int")), 0);
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('tickets.accept')::int")),
             1);
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM temp_permissions")), 0);
    QCOMPARE(
        scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'sneaky'")),
        0);
}

void TestSecurityPg::auditLogIsAppendOnly() {
    QString error;
    QVERIFY(!m_agent->exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody'"), {}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("DELETE FROM audit_log"), {}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    QVERIFY(!m_agent->exec(QStringLiteral("TRUNCATE audit_log"), {}, error));
    QVERIFY2(error.contains(QLatin1StringView("permission denied")), qPrintable(error));
    // No group holds UPDATE, DELETE or TRUNCATE on it.
    for (const char *group : {"sb_staff", "sb_agent", "sb_team_lead", "sb_supervisor", "sb_manager",
                              "sb_qa", "sb_admin"}) {
        for (const char *priv : {"UPDATE", "DELETE", "TRUNCATE"})
            QCOMPARE(scalar(*m_admin,
                            QStringLiteral("SELECT has_table_privilege(?, 'audit_log', ?)::int"),
                            {QLatin1StringView(group), QLatin1StringView(priv)}),
                     0);
    }
    // Even the owner is stopped by the triggers.
    QVERIFY(!m_admin->exec(QStringLiteral("DELETE FROM audit_log"), {}, error));
    QVERIFY2(error.contains(QLatin1StringView("append-only")), qPrintable(error));
    // An ordinary login writes audit rows in its own name only, and only for actions the
    // product knows.
    QVERIFY(!m_agent->exec(
        QStringLiteral("INSERT INTO audit_log(at, actor, action) VALUES (0, 'admin', 'forged')"),
        {}, error));
    QVERIFY2(error.contains(QLatin1StringView("not an audit action")), qPrintable(error));
    QVERIFY2(m_agent->exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity) "
                                          "VALUES (0, 'admin', 'login.ok', 'forged')"),
                           {}, error),
             qPrintable(error));
    QSqlQuery q;
    QVERIFY(m_admin->exec(q, QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'forged'"),
                          {}, error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), m_logins[0]);
}

void TestSecurityPg::transitionWorksForPermittedAction() {
    QCOMPARE(scalar(*m_agent,
                    QStringLiteral("SELECT sb_ticket_transition(?, ?, 'reviewed', 1, "
                                   "'looks valid', '{\"station\":1}')"),
                    {m_t1, m_review}),
             2);
    QSqlQuery q;
    QString error;
    QVERIFY(m_admin->exec(q, QStringLiteral("SELECT state, version FROM tickets WHERE id = ?"),
                          {m_t1}, error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("reviewed"));
    QCOMPARE(q.value(1).toLongLong(), 2);
    // The event is visible to the agent (their ticket) and names them.
    QVERIFY(m_agent->exec(q,
                          QStringLiteral("SELECT actor_id, action, from_state, to_state, note, "
                                         "data FROM ticket_events WHERE ticket_id = ?"),
                          {m_t1}, error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_agentId);
    QCOMPARE(q.value(1).toString(), m_review);
    QCOMPARE(q.value(2).toString(), QStringLiteral("registered"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("reviewed"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("looks valid"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("{\"station\":1}"));
    QVERIFY(!q.next());
}

void TestSecurityPg::transitionRefusesWhatIsNotAllowed() {
    QString error;
    const qint64 v =
        scalar(*m_admin, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {m_t1});
    // Agents may not dispatch (tickets.dispatch: relationship managers, team leads and above).
    QVERIFY(!m_agent->exec(
        QStringLiteral("SELECT sb_ticket_transition(?, 'dispatch', 'dispatched', ?)"), {m_t1, v},
        error));
    QVERIFY2(error.contains(QLatin1StringView("tickets.dispatch")), qPrintable(error));
    // A stale version is refused.
    QVERIFY(!m_agent->exec(
        QStringLiteral("SELECT sb_ticket_transition(?, 'dispatch', 'dispatched', ?)"),
        {m_t1, v - 1}, error));
    QVERIFY2(error.contains(QLatin1StringView("changed by someone else")), qPrintable(error));
    // Another team's ticket, even with a permitted action.
    QVERIFY(!m_agent->exec(QStringLiteral("SELECT sb_ticket_transition(?, ?, 'reviewed', 1)"),
                           {m_t2, m_review}, error));
    QVERIFY2(error.contains(QLatin1StringView("not yours")), qPrintable(error));
    // Bad names and bad data.
    QVERIFY(!m_agent->exec(QStringLiteral("SELECT sb_ticket_transition(?, 'accept''; --', 'x', ?)"),
                           {m_t1, v}, error));
    QVERIFY2(error.contains(QLatin1StringView("not a valid action")), qPrintable(error));
    QVERIFY(!m_agent->exec(
        QStringLiteral(
            "SELECT sb_ticket_transition(?, 'dispatch', 'dispatched', ?, '', '{broken')"),
        {m_t1, v}, error));
    QVERIFY2(error.contains(QLatin1StringView("not valid JSON")), qPrintable(error));
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {m_t1}),
             v);
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?"),
                    {m_t2}),
             0);
}

void TestSecurityPg::temporaryPermissionsOnTheServer() {
    QString error;
    QSqlQuery q;
    const QString now = QStringLiteral("(extract(epoch FROM clock_timestamp()) * 1000)::bigint");
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('tickets.dispatch')::int")),
             0);
    // Granted by the installer until an hour from now: it counts, and covers the children.
    QVERIFY2(m_admin->exec(
                 q,
                 QStringLiteral("SELECT sb_grant_temp_permission(?, 'incidents', %1 + 3600000)")
                     .arg(now),
                 {m_logins[0]}, error),
             qPrintable(error));
    QVERIFY(q.next());
    const qint64 tempId = q.value(0).toLongLong();
    q.finish();
    QCOMPARE(
        scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('incidents.override')::int")), 1);
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('tickets.dispatch')::int")),
             0);
    // One that expired a second ago does not count.
    QVERIFY(m_admin->exec(QStringLiteral("INSERT INTO temp_permissions(staff_id, permission_key, "
                                         "expires_at) VALUES (?, 'tickets.dispatch', %1 - 1000)")
                              .arg(now),
                          {m_agentId}, error));
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('tickets.dispatch')::int")),
             0);
    QVERIFY(!m_agent->exec(
        QStringLiteral("SELECT sb_ticket_transition(?, 'dispatch', 'dispatched', 2)"), {m_t1},
        error));
    // Revoked: gone at once.
    QVERIFY2(m_admin->exec(QStringLiteral("SELECT sb_revoke_temp_permission(?)"), {tempId}, error),
             qPrintable(error));
    QCOMPARE(
        scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('incidents.override')::int")), 0);
    QCOMPARE(
        scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                        "('temp_permission.grant', 'temp_permission.revoke')")),
        2);
    // A role grant through AdminService goes through sb_grant_permission (audited by the server).
    Session installer;
    installer.login = m_url.user;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    AdminService svc(*m_admin, clock, installer);
    const qint64 agentRole =
        scalar(*m_admin, QStringLiteral("SELECT id FROM roles WHERE key = 'agent'"));
    QVERIFY2(svc.grant(agentRole, QStringLiteral("tickets.dispatch"), error), qPrintable(error));
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('tickets.dispatch')::int")),
             1);
    QCOMPARE(scalar(*m_agent,
                    QStringLiteral("SELECT sb_ticket_transition(?, 'dispatch', 'dispatched', 2)"),
                    {m_t1}),
             3);
    QVERIFY2(svc.revoke(agentRole, QStringLiteral("tickets.dispatch"), error), qPrintable(error));
    QCOMPARE(scalar(*m_agent, QStringLiteral("SELECT sb_has_permission('tickets.dispatch')::int")),
             0);
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('role.grant', "
                                   "'role.revoke') AND detail LIKE '%tickets.dispatch%'")),
             2);
}

QTEST_GUILESS_MAIN(TestSecurityPg)
#include "tst_security_pg.moc"
