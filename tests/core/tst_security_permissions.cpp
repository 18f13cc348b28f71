// Permission tree, temporary permissions, the super role, and the audited AdminService.
#include "security_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;

class TestSecurityPermissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void seededRolesAndGroups();
    void grantingAParentGrantsItsChildren();
    void temporaryPermissionCountsUntilItExpires();
    void superRoleHasEverything();
    void changesTakeEffectAtOnce();
    void deletingARoleKeepsStaff();
    void deletingATeamKeepsStaff();
    void everyChangeIsAudited();
    void hostileNamesAreRefused_data();
    void hostileNamesAreRefused();
    void nobodyHandsOutMoreThanTheyHold();
    void withoutAdminPermissionNothingChanges();

private:
    PermissionSet effective(qint64 id);
    QJsonObject lastAudit(const QString &action);
    std::unique_ptr<test::SecurityFixture> f;
};

void TestSecurityPermissions::init() {
    f = std::make_unique<test::SecurityFixture>();
    QString error;
    QVERIFY2(f->setUp(error), qPrintable(error));
}

PermissionSet TestSecurityPermissions::effective(qint64 id) {
    PermissionSet p;
    QString error;
    if (!PermissionService(*f->db).effective(id, f->clock.nowMs(), p, error))
        qWarning("effective: %s", qPrintable(error));
    return p;
}

QJsonObject TestSecurityPermissions::lastAudit(const QString &action) {
    QSqlQuery q;
    QString error;
    if (!f->db->exec(q,
                     QStringLiteral("SELECT actor, entity, entity_id, detail FROM audit_log WHERE "
                                    "action = ? ORDER BY id DESC LIMIT 1"),
                     {action}, error) ||
        !q.next())
        return {};
    QJsonObject o = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    o.insert(QStringLiteral("_actor"), q.value(0).toString());
    o.insert(QStringLiteral("_entity"), q.value(1).toString());
    o.insert(QStringLiteral("_entity_id"), q.value(2).toLongLong());
    return o;
}

void TestSecurityPermissions::seededRolesAndGroups() {
    const QList<std::pair<const char *, const char *>> expected{
        {"agent", "sb_agent"},
        {"tier2", "sb_agent"},
        {"tier3", "sb_agent"},
        {"team_lead", "sb_team_lead"},
        {"supervisor", "sb_supervisor"},
        {"service_manager", "sb_manager"},
        {"coordinator", "sb_supervisor"},
        {"relationship_manager", "sb_agent"},
        {"qa", "sb_qa"},
        {"manager", "sb_manager"},
        {"admin", "sb_admin"}};
    for (const auto &[key, group] : expected)
        QCOMPARE(
            f->count(QStringLiteral("SELECT COUNT(*) FROM roles WHERE key = ? AND db_group = ?"),
                     {QLatin1StringView(key), QLatin1StringView(group)}),
            1);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM roles WHERE is_super = 1")), 1);
    QCOMPARE(f->count(QStringLiteral("SELECT is_super FROM roles WHERE key = 'admin'")), 1);
    // Every child key names its parent as prefix.
    QCOMPARE(
        f->count(QStringLiteral("SELECT COUNT(*) FROM permissions WHERE parent_key IS NOT NULL "
                                "AND key NOT LIKE parent_key || '.%'")),
        0);
}

void TestSecurityPermissions::grantingAParentGrantsItsChildren() {
    const qint64 lead =
        f->addStaff(QStringLiteral("E1"), QStringLiteral("lead1"), QStringLiteral("team_lead"));
    const qint64 agent =
        f->addStaff(QStringLiteral("E2"), QStringLiteral("agent1"), QStringLiteral("agent"));
    const qint64 supervisor = f->addStaff(QStringLiteral("E9"), QStringLiteral("supervisor1"),
                                          QStringLiteral("supervisor"));
    PermissionSet p = effective(supervisor); // supervisor holds "tickets"
    QVERIFY(p.has(QStringLiteral("tickets")));
    QVERIFY(p.has(QStringLiteral("tickets.dispatch")));
    QVERIFY(p.has(QStringLiteral("tickets.read_all")));

    // A team lead holds every ticket action by name but not "tickets" itself, so not
    // tickets.read_all: they see their own team's tickets.
    p = effective(lead);
    QVERIFY(!p.has(QStringLiteral("tickets")));
    QVERIFY(!p.has(QStringLiteral("tickets.read_all")));
    QVERIFY(p.has(QStringLiteral("tickets.dispatch")));
    QVERIFY(p.has(QStringLiteral("tickets.bulk")));
    QVERIFY(p.has(QStringLiteral("tickets.export")));
    QVERIFY(p.has(QStringLiteral("reports.read")));
    QVERIFY(p.has(QStringLiteral("incidents.grade")));
    QVERIFY(!p.has(QStringLiteral("incidents.override")));
    QVERIFY(!p.has(QStringLiteral("incidents")));
    QVERIFY(!p.isSuper());

    p = effective(agent); // a child does not grant its parent or siblings
    QVERIFY(p.has(QStringLiteral("tickets.escalate")));
    QVERIFY(!p.has(QStringLiteral("tickets")));
    QVERIFY(!p.has(QStringLiteral("tickets.bulk")));
    QVERIFY(!p.has(QStringLiteral("personal_data.view")));

    // Grant the parent "qa" to agents: all of qa.* follows.
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    QString error;
    QVERIFY2(admin.grant(f->roleId(QStringLiteral("agent")), QStringLiteral("qa"), error),
             qPrintable(error));
    p = effective(agent);
    QVERIFY(p.has(QStringLiteral("qa.score")) && p.has(QStringLiteral("qa.read_all")) &&
            p.has(QStringLiteral("qa.sample")));
}

void TestSecurityPermissions::temporaryPermissionCountsUntilItExpires() {
    const qint64 agent =
        f->addStaff(QStringLiteral("E3"), QStringLiteral("agent3"), QStringLiteral("agent"));
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    QString error;
    const qint64 expires = f->clock.nowMs() + 60 * 60 * 1000;
    qint64 tempId = 0;
    QVERIFY2(admin.grantTemporary(agent, QStringLiteral("incidents"), expires, tempId, error),
             qPrintable(error));
    QVERIFY(effective(agent).has(QStringLiteral("incidents.override"))); // child of the grant
    f->clock.set(QDateTime::fromMSecsSinceEpoch(expires - 1, Qt::UTC));
    QVERIFY(effective(agent).has(QStringLiteral("incidents.override")));
    f->clock.set(QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC));
    QVERIFY(!effective(agent).has(QStringLiteral("incidents.override")));
    QVERIFY(!effective(agent).has(QStringLiteral("incidents")));
    QVERIFY(effective(agent).has(QStringLiteral("tickets.accept"))); // role grants unaffected

    // Expiry in the past is refused; revocation ends a grant early and is audited.
    QVERIFY(!admin.grantTemporary(agent, QStringLiteral("qa"), f->clock.nowMs(), tempId, error));
    QVERIFY2(error.contains(QLatin1StringView("future")), qPrintable(error));
    QVERIFY(
        admin.grantTemporary(agent, QStringLiteral("qa"), f->clock.nowMs() + 1000, tempId, error));
    QVERIFY(effective(agent).has(QStringLiteral("qa.score")));
    QVERIFY2(admin.revokeTemporary(tempId, error), qPrintable(error));
    QVERIFY(!effective(agent).has(QStringLiteral("qa.score")));
    QCOMPARE(lastAudit(QStringLiteral("temp_permission.revoke"))
                 .value(QStringLiteral("permission"))
                 .toString(),
             QStringLiteral("qa"));
}

void TestSecurityPermissions::superRoleHasEverything() {
    const PermissionSet p = effective(f->admin.staffId);
    QVERIFY(p.isSuper());
    QVERIFY(p.has(QStringLiteral("admin.settings")));
    QVERIFY(p.has(QStringLiteral("personal_data.view")));
    QVERIFY(p.has(QStringLiteral("some.future.button"))); // no limits
    QCOMPARE(qint64(p.keys().size()), f->count(QStringLiteral("SELECT COUNT(*) FROM permissions")));
}

void TestSecurityPermissions::changesTakeEffectAtOnce() {
    const qint64 agent =
        f->addStaff(QStringLiteral("E4"), QStringLiteral("agent4"), QStringLiteral("agent"));
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    QString error;
    QVERIFY(!effective(agent).has(QStringLiteral("tickets.bulk")));
    QVERIFY(admin.grant(f->roleId(QStringLiteral("agent")), QStringLiteral("tickets.bulk"), error));
    QVERIFY(effective(agent).has(QStringLiteral("tickets.bulk")));
    QVERIFY(
        admin.revoke(f->roleId(QStringLiteral("agent")), QStringLiteral("tickets.bulk"), error));
    QVERIFY(!effective(agent).has(QStringLiteral("tickets.bulk")));
    QCOMPARE(
        lastAudit(QStringLiteral("role.revoke")).value(QStringLiteral("permission")).toString(),
        QStringLiteral("tickets.bulk"));
}

void TestSecurityPermissions::deletingARoleKeepsStaff() {
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    QString error;
    qint64 roleId = 0;
    QVERIFY2(admin.createRole({QStringLiteral("night_shift"), QStringLiteral("Night shift"),
                               QStringLiteral("sb_agent"), false},
                              roleId, error),
             qPrintable(error));
    QVERIFY(admin.grant(roleId, QStringLiteral("tickets.urge"), error));
    const qint64 a =
        f->addStaff(QStringLiteral("N1"), QStringLiteral("night1"), QStringLiteral("night_shift"));
    const qint64 b =
        f->addStaff(QStringLiteral("N2"), QStringLiteral("night2"), QStringLiteral("night_shift"));
    QVERIFY(effective(a).has(QStringLiteral("tickets.urge")));
    QVERIFY2(admin.deleteRole(roleId, error), qPrintable(error));
    QCOMPARE(f->count(QStringLiteral(
                          "SELECT COUNT(*) FROM staff WHERE id IN (?, ?) AND role_id IS NULL"),
                      {a, b}),
             2);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role_id = ?"),
                      {roleId}),
             0);
    QVERIFY(!effective(a).has(QStringLiteral("tickets.urge")));
    const QJsonObject audit = lastAudit(QStringLiteral("role.delete"));
    QCOMPARE(audit.value(QStringLiteral("staff_ids")).toArray(), (QJsonArray{a, b}));
    QCOMPARE(audit.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("permissions"))
                 .toArray(),
             QJsonArray{QStringLiteral("tickets.urge")});
    // People without a role can still log in (with no role permissions).
    LocalAuthenticator auth(*f->db, f->clock, f->settings);
    const LoginResult r = auth.login(QStringLiteral("N1"), QStringLiteral("secret-pass"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.session->roleKey.isEmpty());
}

void TestSecurityPermissions::deletingATeamKeepsStaff() {
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    QString error;
    qint64 team = 0;
    QVERIFY2(admin.createTeam(QStringLiteral("  早班 A  "), team, error), qPrintable(error));
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM teams WHERE name = '早班 A'")), 1);
    QVERIFY(!admin.createTeam(QStringLiteral("早班 A"), team, error));
    QVERIFY2(error.contains(QLatin1StringView("already")), qPrintable(error));
    const qint64 a =
        f->addStaff(QStringLiteral("T1"), QStringLiteral("team1"), QStringLiteral("agent"), team);
    QVERIFY(f->db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                       "problem_type, team_id, updated_at) VALUES (0, 'phone', "
                                       "'normal', 'login_failure', ?, 0)"),
                        {team}, error));
    QVERIFY2(admin.deleteTeam(team, error), qPrintable(error));
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND team_id IS NULL"),
                      {a}),
             1);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE team_id IS NULL")), 1);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM teams")), 0);
    const QJsonObject audit = lastAudit(QStringLiteral("team.delete"));
    QCOMPARE(audit.value(QStringLiteral("staff_ids")).toArray(), QJsonArray{a});
    QCOMPARE(audit.value(QStringLiteral("tickets_detached")).toInteger(), 1);
}

void TestSecurityPermissions::everyChangeIsAudited() {
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    QString error;
    const qint64 id =
        f->addStaff(QStringLiteral("E5"), QStringLiteral("agent5"), QStringLiteral("agent"));
    QJsonObject a = lastAudit(QStringLiteral("staff.create"));
    QCOMPARE(a.value(QStringLiteral("_actor")).toString(), QStringLiteral("admin1"));
    QCOMPARE(a.value(QStringLiteral("_entity")).toString(), QStringLiteral("staff"));
    QCOMPARE(a.value(QStringLiteral("_entity_id")).toInteger(), id);
    QCOMPARE(a.value(QStringLiteral("after")).toObject().value(QStringLiteral("login")).toString(),
             QStringLiteral("agent5"));
    QVERIFY(!QJsonDocument(a).toJson().contains("secret-pass"));
    QVERIFY(!QJsonDocument(a).toJson().contains("argon2"));

    StaffInput in;
    in.employeeNo = QStringLiteral("E5");
    in.name = QStringLiteral("Agent Five");
    in.login = QStringLiteral("agent5");
    in.phone = QStringLiteral("13812345678");
    in.roleId = f->roleId(QStringLiteral("tier2"));
    QVERIFY2(admin.updateStaff(id, in, error), qPrintable(error));
    a = lastAudit(QStringLiteral("staff.update"));
    QCOMPARE(a.value(QStringLiteral("before")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Person E5"));
    QCOMPARE(a.value(QStringLiteral("after")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Agent Five"));
    QCOMPARE(
        a.value(QStringLiteral("after")).toObject().value(QStringLiteral("role_id")).toInteger(),
        f->roleId(QStringLiteral("tier2")));

    QVERIFY(admin.setPassword(id, QStringLiteral("another-pass"), error));
    QVERIFY(!lastAudit(QStringLiteral("staff.set_password")).isEmpty());
    QVERIFY(admin.unlock(id, error));
    QVERIFY(!lastAudit(QStringLiteral("staff.unlock")).isEmpty());
    qint64 role = 0;
    QVERIFY(
        admin.createRole({QStringLiteral("r1"), QStringLiteral("R one"), {}, false}, role, error));
    QVERIFY(
        admin.updateRole(role, {QStringLiteral("r1"), QStringLiteral("R uno"), {}, false}, error));
    a = lastAudit(QStringLiteral("role.update"));
    QCOMPARE(a.value(QStringLiteral("before")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("R one"));
    QCOMPARE(a.value(QStringLiteral("after")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("R uno"));
    QVERIFY(admin.grant(role, QStringLiteral("reports.read"), error));
    QCOMPARE(lastAudit(QStringLiteral("role.grant")).value(QStringLiteral("permission")).toString(),
             QStringLiteral("reports.read"));
    // audit_log stays append-only.
    QVERIFY(!f->db->exec(QStringLiteral("DELETE FROM audit_log"), {}, error));
    QVERIFY(!f->db->exec(QStringLiteral("UPDATE audit_log SET actor = 'x'"), {}, error));
}

void TestSecurityPermissions::hostileNamesAreRefused_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("must not be empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("must not be empty");
    QTest::newRow("too long") << QString(65, QLatin1Char('x')) << QStringLiteral("at most 64");
    QTest::newRow("newline") << QStringLiteral("Team\nB") << QStringLiteral("U+000a");
    QTest::newRow("nul") << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("c"))
                         << QStringLiteral("U+0000");
    QTest::newRow("bidi override")
        << QString(QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("txt"))
        << QStringLiteral("U+202e");
    QTest::newRow("zero width") << QString(QStringLiteral("ad") + QChar(0x200B) +
                                           QStringLiteral("min"))
                                << QStringLiteral("U+200b");
}

void TestSecurityPermissions::hostileNamesAreRefused() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    QString error;
    qint64 id = 0;
    const qint64 teamsBefore = f->count(QStringLiteral("SELECT COUNT(*) FROM teams"));
    QVERIFY(!admin.createTeam(name, id, error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!admin.createRole({QStringLiteral("hostile"), name, {}, false}, id, error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    StaffInput in;
    in.employeeNo = QStringLiteral("H1");
    in.login = QStringLiteral("hostile1");
    in.name = name;
    QVERIFY(!admin.createStaff(in, QStringLiteral("secret-pass"), id, error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM teams")), teamsBefore);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE employee_no = 'H1'")), 0);

    // Logins and keys have strict shapes.
    in.name = QStringLiteral("Fine Name");
    for (const QString &login :
         {QStringLiteral("Robert'); DROP TABLE staff;--"), QStringLiteral("UPPER"),
          QStringLiteral("pg_monitor"), QStringLiteral("sb_admin"), QStringLiteral("a\nb"),
          QString(64, QLatin1Char('a'))}) {
        in.login = login;
        QVERIFY(!admin.createStaff(in, QStringLiteral("secret-pass"), id, error));
        QVERIFY2(error.contains(QLatin1StringView("login")), qPrintable(error));
    }
    in.login = QStringLiteral("fine_login");
    in.employeeNo = QStringLiteral("E 1");
    QVERIFY(!admin.createStaff(in, QStringLiteral("secret-pass"), id, error));
    QVERIFY2(error.contains(QLatin1StringView("employee number")), qPrintable(error));
    in.employeeNo = QStringLiteral("E1x");
    QVERIFY(!admin.createStaff(in, QStringLiteral("short"), id, error));
    QVERIFY2(error.contains(QLatin1StringView("at least 8")), qPrintable(error));
    QVERIFY(
        !admin.createRole({QStringLiteral("Bad Key"), QStringLiteral("ok"), {}, false}, id, error));
    QVERIFY(!admin.createRole(
        {QStringLiteral("okkey"), QStringLiteral("ok"), QStringLiteral("postgres"), false}, id,
        error));
    QVERIFY2(error.contains(QLatin1StringView("database group")), qPrintable(error));
}

void TestSecurityPermissions::nobodyHandsOutMoreThanTheyHold() {
    // A non-super administrator: holds admin.* and tickets.* but no personal_data.*.
    AdminService root(*f->db, f->clock, f->admin, f->settings);
    QString error;
    qint64 roleId = 0;
    QVERIFY(root.createRole({QStringLiteral("staff_admin"), QStringLiteral("Staff admin"),
                             QStringLiteral("sb_admin"), false},
                            roleId, error));
    QVERIFY(root.grant(roleId, QStringLiteral("admin"), error));
    QVERIFY(root.grant(roleId, QStringLiteral("tickets"), error));
    const qint64 sa = f->addStaff(QStringLiteral("S1"), QStringLiteral("staffadmin"),
                                  QStringLiteral("staff_admin"));
    const qint64 agent =
        f->addStaff(QStringLiteral("S2"), QStringLiteral("agent_s2"), QStringLiteral("agent"));
    Session s;
    QVERIFY(LocalAuthenticator(*f->db, f->clock, f->settings).sessionFor(sa, s, error));
    AdminService admin(*f->db, f->clock, s, f->settings);
    QVERIFY(!admin.grant(f->roleId(QStringLiteral("agent")), QStringLiteral("personal_data.view"),
                         error));
    QVERIFY2(error.contains(QLatin1StringView("personal_data.view")), qPrintable(error));
    qint64 id = 0;
    QVERIFY(!admin.grantTemporary(agent, QStringLiteral("personal_data"), f->clock.nowMs() + 1000,
                                  id, error));
    QVERIFY(!admin.grantTemporary(sa, QStringLiteral("admin.rules"), f->clock.nowMs() + 1000, id,
                                  error));
    QVERIFY2(error.contains(QLatin1StringView("yourself")), qPrintable(error));
    QVERIFY(!admin.createRole({QStringLiteral("root2"), QStringLiteral("Root 2"), {}, true}, id,
                              error));
    StaffInput in;
    in.employeeNo = QStringLiteral("S3");
    in.name = QStringLiteral("Would-be admin");
    in.login = QStringLiteral("wannabe");
    in.roleId = f->roleId(QStringLiteral("admin"));
    QVERIFY(!admin.createStaff(in, QStringLiteral("secret-pass"), id, error));
    QVERIFY2(error.contains(QLatin1StringView("super")), qPrintable(error));
    in.roleId = f->roleId(QStringLiteral("relationship_manager")); // holds personal_data.unmask
    QVERIFY(!admin.createStaff(in, QStringLiteral("secret-pass"), id, error));
    QVERIFY2(error.contains(QLatin1StringView("personal_data.unmask")), qPrintable(error));
    in.roleId = f->roleId(QStringLiteral("agent"));
    QVERIFY2(admin.createStaff(in, QStringLiteral("secret-pass"), id, error), qPrintable(error));
    // Nor take over someone who holds more: no new password for the super administrator,
    // no changes to a relationship manager (personal_data.unmask).
    QVERIFY(!admin.setPassword(f->admin.staffId, QStringLiteral("taken-over-1"), error));
    QVERIFY2(error.contains(QLatin1StringView("do not hold")), qPrintable(error));
    const qint64 rm = f->addStaff(QStringLiteral("S4"), QStringLiteral("rm_s4"),
                                  QStringLiteral("relationship_manager"));
    StaffInput upd;
    upd.employeeNo = QStringLiteral("S4");
    upd.name = QStringLiteral("Renamed");
    upd.login = QStringLiteral("rm_s4");
    upd.roleId = f->roleId(QStringLiteral("agent"));
    QVERIFY(!admin.updateStaff(rm, upd, error));
    QVERIFY2(error.contains(QLatin1StringView("rm_s4")), qPrintable(error));
    QVERIFY(!admin.setPassword(rm, QStringLiteral("taken-over-1"), error));
    QVERIFY2(admin.setPassword(agent, QStringLiteral("new-pass-123"), error), qPrintable(error));
    QVERIFY(LocalAuthenticator(*f->db, f->clock, f->settings)
                .login(QStringLiteral("S2"), QStringLiteral("new-pass-123"))
                .ok());
    QVERIFY(LocalAuthenticator(*f->db, f->clock, f->settings)
                .login(QStringLiteral("A0001"), QStringLiteral("admin-pass-1"))
                .ok());
    // First-administrator bootstrap is closed once an administrator exists.
    QVERIFY(!AdminService::createFirstAdministrator(
        *f->db, f->clock, in, QStringLiteral("secret-pass"), f->settings, id, error));
}

void TestSecurityPermissions::withoutAdminPermissionNothingChanges() {
    const qint64 agent =
        f->addStaff(QStringLiteral("E6"), QStringLiteral("agent6"), QStringLiteral("agent"));
    Session s;
    QString error;
    QVERIFY(LocalAuthenticator(*f->db, f->clock, f->settings).sessionFor(agent, s, error));
    AdminService svc(*f->db, f->clock, s, f->settings);
    const qint64 auditBefore = f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    qint64 id = 0;
    QVERIFY(!svc.createTeam(QStringLiteral("Mine"), id, error));
    QVERIFY2(error.contains(QLatin1StringView("admin.teams")), qPrintable(error));
    QVERIFY(!svc.grant(f->roleId(QStringLiteral("agent")), QStringLiteral("tickets.bulk"), error));
    QVERIFY(!svc.grantTemporary(agent, QStringLiteral("tickets.bulk"), f->clock.nowMs() + 1000, id,
                                error));
    QVERIFY(!svc.deleteRole(f->roleId(QStringLiteral("admin")), error));
    QVERIFY(!svc.setPassword(f->admin.staffId, QStringLiteral("hijacked-pw"), error));
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM teams")), 0);
    QVERIFY(!effective(agent).has(QStringLiteral("tickets.bulk")));
}

QTEST_GUILESS_MAIN(TestSecurityPermissions)
#include "tst_security_permissions.moc"
