// PostgreSQL: administration through the server's checked functions and AdminService, as
// real logins (not the owner): hostile names, escalation refused, deletes that keep staff,
// disabled logins.
#include "security/adminservice.h"
#include "security_pg_fixture.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestSecurityAdminPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostileLoginNamesAreRefused();
    void hostileStaffNamesAreRefused();
    void adminServiceAsAnAdministratorLogin();
    void limitedAdministratorCannotTakeOverOthers();
    void disabledLoginCannotConnect();

private:
    std::unique_ptr<Database> connectAs(const QString &login, const QString &password,
                                        QString &error) {
        return test::connectAs(m_url, login, password, error);
    }
    qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
        return test::scalar(db, sql, values);
    }
    QString loginName(const char *base) const {
        return QStringLiteral("%1_%2").arg(QLatin1StringView(base)).arg(m_suffix);
    }
    qint64 createLogin(const char *base, const QString &role, qint64 team = 0);

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_admin;
    std::unique_ptr<Database> m_agent;
    quint32 m_suffix = 0;
    QStringList m_logins;
    qint64 m_agentId = 0, m_otherId = 0, m_qaId = 0, m_bossId = 0, m_staffAdminId = 0;
    qint64 m_staffCount = 0;
    QString m_bossLogin, m_staffAdminLogin;
    const QString m_password = QStringLiteral("Agent-pass-1");
};

qint64 TestSecurityAdminPg::createLogin(const char *base, const QString &role, qint64 team) {
    const QString login = loginName(base);
    m_logins << login;
    QSqlQuery q;
    QString error;
    if (!m_admin->exec(q, QStringLiteral("SELECT sb_create_login(?, ?, ?, ?, ?, ?)"),
                       {QStringLiteral("E-%1").arg(login), login, m_password, role, login,
                        team > 0 ? QVariant(team) : QVariant(QMetaType::fromType<qint64>())},
                       error) ||
        !q.next()) {
        qWarning("sb_create_login %s: %s", qPrintable(login), qPrintable(error));
        return 0;
    }
    return q.value(0).toLongLong();
}

void TestSecurityAdminPg::initTestCase() {
    if (test::pgAdminUrl().isEmpty())
        QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    m_url = test::freshPgDatabase(QStringLiteral("sb_security_admin_pg"));
    QString error;
    m_admin = test::openMigrated(m_url, error);
    QVERIFY2(m_admin, qPrintable(error));
    m_suffix = test::uniqueSuffix();
    // A limited administrator: admin.* and tickets.*, nothing else, not super.
    QVERIFY2(m_admin->exec(QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) VALUES "
                                          "('staff_admin', 'Staff admin', 0, 'sb_admin')"),
                           {}, error),
             qPrintable(error));
    for (const char *perm : {"admin", "tickets"})
        QVERIFY2(m_admin->exec(QStringLiteral("SELECT sb_grant_permission('staff_admin', ?)"),
                               {QLatin1StringView(perm)}, error),
                 qPrintable(error));
    m_agentId = createLogin("agent", QStringLiteral("agent"));
    m_otherId = createLogin("other", QStringLiteral("agent"));
    m_qaId = createLogin("qa", QStringLiteral("qa"));
    m_bossId = createLogin("boss", QStringLiteral("admin"));
    m_staffAdminId = createLogin("sadmin", QStringLiteral("staff_admin"));
    QVERIFY(m_agentId && m_otherId && m_qaId && m_bossId && m_staffAdminId);
    m_bossLogin = loginName("boss");
    m_staffAdminLogin = loginName("sadmin");
    m_staffCount = scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM staff"));
    QCOMPARE(m_staffCount, 5);
    m_agent = connectAs(m_logins[0], m_password, error);
    QVERIFY2(m_agent, qPrintable(error));
}

void TestSecurityAdminPg::cleanupTestCase() {
    m_agent.reset();
    if (m_admin)
        test::dropLogins(*m_admin, m_logins);
}

void TestSecurityAdminPg::hostileLoginNamesAreRefused() {
    QString error;
    for (const QString &bad : {QStringLiteral("x; DROP TABLE staff; --"), QStringLiteral("Upper"),
                               QStringLiteral("pg_signal_backend"), QStringLiteral("sb_admin"),
                               QString(64, QLatin1Char('a'))}) {
        QVERIFY(!m_admin->exec(
            QStringLiteral("SELECT sb_create_login('E-X', ?, 'password-1', 'agent')"), {bad},
            error));
        QVERIFY2(error.contains(QLatin1StringView("not allowed")) ||
                     error.contains(QLatin1StringView("reserved")),
                 qPrintable(error));
    }
    QVERIFY(!m_admin->exec(
        QStringLiteral("SELECT sb_create_login('E-X', 'fine_login_x', 'short', 'agent')"), {},
        error));
    QVERIFY2(error.contains(QLatin1StringView("8 to 1024")), qPrintable(error));
    QVERIFY(!m_admin->exec(
        QStringLiteral(
            "SELECT sb_create_login('E-X', 'fine_login_x', 'password-1', 'no_such_role')"),
        {}, error));
    QVERIFY2(error.contains(QLatin1StringView("no role")), qPrintable(error));
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM staff")), m_staffCount);
    QCOMPARE(
        scalar(*m_admin, QStringLiteral("SELECT (to_regclass('public.staff') IS NOT NULL)::int")),
        1);
}

// The server checks names as the workstation does (migration 019): no invisible, format or
// control characters, whoever calls sb_create_login (the owner or an administrator login).
void TestSecurityAdminPg::hostileStaffNamesAreRefused() {
    QString error;
    auto boss = connectAs(m_bossLogin, m_password, error);
    QVERIFY2(boss, qPrintable(error));
    const struct {
        QString name;
        const char *expected;
    } cases[] = {
        {QStringLiteral("Li\u200BMing"), "(U+200b) at position 3"},
        {QStringLiteral("evil\u202Eeman"), "(U+202e) at position 5"},
        {QStringLiteral("soft\u00ADhyphen"), "(U+00ad) at position 5"},
        {QStringLiteral("\uFEFFbom"), "(U+feff) at position 1"},
        {QStringLiteral("line\u2028sep"), "(U+2028) at position 5"},
        {QStringLiteral("tag\U000E0041"), "(U+e0041) at position 4"},
        {QStringLiteral("c1\u0085x"), "(U+0085) at position 3"},
        {QStringLiteral("tab\tname"), "(U+0009) at position 4"},
        {QStringLiteral("   "), "1 to 64 characters"},
    };
    int n = 0;
    for (Database *db : {m_admin.get(), boss.get()}) {
        for (const auto &c : cases) {
            const QString login = loginName("hostile") + QString::number(++n);
            QVERIFY(
                !db->exec(QStringLiteral("SELECT sb_create_login(?, ?, 'password-1', 'agent', ?)"),
                          {QStringLiteral("E-H%1").arg(n), login, c.name}, error));
            QVERIFY2(error.contains(QLatin1StringView(c.expected)),
                     qPrintable(QLatin1StringView(c.expected) + QStringLiteral(" / ") + error));
            QCOMPARE(scalar(*m_admin,
                            QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"),
                            {login}),
                     0);
        }
    }
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM staff")), m_staffCount);
    // Names in any script, with emoji and right-to-left text, are fine.
    const QString login = loginName("fine_name");
    m_logins << login;
    QVERIFY2(
        boss->exec(QStringLiteral("SELECT sb_create_login('E-FN', ?, 'password-1', 'agent', ?)"),
                   {login, QStringLiteral("李明 🙂 שלום")}, error),
        qPrintable(error));
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM staff WHERE name = ?"),
                    {QStringLiteral("李明 🙂 שלום")}),
             1);
    ++m_staffCount;
}

void TestSecurityAdminPg::adminServiceAsAnAdministratorLogin() {
    // A real administrator login (group sb_admin, not a superuser, not the owner).
    QString error;
    const QString login = m_bossLogin;
    Session boss;
    boss.staffId = m_bossId;
    boss.login = login;
    auto db = connectAs(login, m_password, error);
    QVERIFY2(db, qPrintable(error));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    AdminService svc(*db, clock, boss);
    qint64 team = 0;
    QVERIFY2(svc.createTeam(QStringLiteral("Night"), team, error), qPrintable(error));
    QVERIFY2(db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, team_id, updated_at) VALUES (0, 'phone', "
                                     "'normal', 'login_failure', ?, 0)"),
                      {team}, error),
             qPrintable(error));
    QVERIFY(db->exec(QStringLiteral("UPDATE staff SET team_id = ? WHERE id = ?"), {team, m_otherId},
                     error));
    QVERIFY2(svc.deleteTeam(team, error), qPrintable(error));
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE team_id IS NULL")),
             1);
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND team_id IS NULL"),
                    {m_otherId}),
             1);
    qint64 role = 0;
    QVERIFY2(svc.createRole({QStringLiteral("night_shift"), QStringLiteral("Night shift"),
                             QStringLiteral("sb_agent"), false},
                            role, error),
             qPrintable(error));
    QVERIFY2(svc.grant(role, QStringLiteral("tickets.urge"), error), qPrintable(error));
    QVERIFY(db->exec(QStringLiteral("UPDATE staff SET role_id = ? WHERE id = ?"), {role, m_otherId},
                     error));
    QVERIFY2(svc.deleteRole(role, error), qPrintable(error));
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND role_id IS NULL"),
                    {m_otherId}),
             1);
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE "
                                   "role_id = ?"),
                    {role}),
             0);
    // Audit rows carry the administrator's own login.
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND "
                                   "action IN ('team.create', 'team.delete', "
                                   "'role.create', 'role.grant', 'role.delete')"),
                    {login}),
             5);
}

void TestSecurityAdminPg::limitedAdministratorCannotTakeOverOthers() {
    QString error;
    auto sa = connectAs(m_staffAdminLogin, m_password, error);
    QVERIFY2(sa, qPrintable(error));
    QCOMPARE(scalar(*sa, QStringLiteral("SELECT sb_has_permission('admin.staff')::int")), 1);
    QCOMPARE(scalar(*sa, QStringLiteral("SELECT sb_is_super()::int")), 0);
    // Taking over someone who holds more: re-password, disable, or copy their role.
    QVERIFY(!sa->exec(QStringLiteral("SELECT sb_set_password(?, 'Taken-over-1')"), {m_bossLogin},
                      error));
    QVERIFY2(error.contains(QLatin1StringView("holds permissions you do not hold")),
             qPrintable(error));
    QVERIFY(!sa->exec(QStringLiteral("SELECT sb_set_password(?, 'Taken-over-1')"),
                      {loginName("qa")}, error));
    QVERIFY2(error.contains(QLatin1StringView("holds permissions you do not hold")),
             qPrintable(error));
    QVERIFY(!sa->exec(QStringLiteral("SELECT sb_disable_login(?)"), {m_bossLogin}, error));
    QVERIFY2(error.contains(QLatin1StringView("holds permissions you do not hold")),
             qPrintable(error));
    QVERIFY(!sa->exec(QStringLiteral("SELECT sb_create_login('E-Y1', ?, 'Password-1', 'qa')"),
                      {loginName("qa2")}, error));
    QVERIFY2(error.contains(QLatin1StringView("holds permissions you do not hold")),
             qPrintable(error));
    QVERIFY(!sa->exec(QStringLiteral("SELECT sb_create_login('E-Y2', ?, 'Password-1', 'admin')"),
                      {loginName("admin2")}, error));
    QVERIFY2(error.contains(QLatin1StringView("only the super role")), qPrintable(error));
    QVERIFY(
        !sa->exec(QStringLiteral("SELECT sb_grant_permission('staff_admin', 'qa')"), {}, error));
    QVERIFY2(error.contains(QLatin1StringView("\"qa\"")), qPrintable(error));
    // The same through AdminService.
    Session me;
    me.staffId = m_staffAdminId;
    me.login = m_staffAdminLogin;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    AdminService svc(*sa, clock, me);
    QVERIFY(!svc.setPassword(m_bossId, QStringLiteral("Taken-over-1"), error));
    QVERIFY2(error.contains(QLatin1StringView("holds permissions you do not hold")),
             qPrintable(error));
    // Within their rights: an agent's password, and a new agent.
    QVERIFY2(svc.setPassword(m_otherId, m_password, error), qPrintable(error));
    m_logins << loginName("agent3");
    QVERIFY2(sa->exec(QStringLiteral("SELECT sb_create_login('E-Y3', ?, 'Password-1', 'agent')"),
                      {loginName("agent3")}, error),
             qPrintable(error));
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname IN (?, ?)"),
                    {loginName("qa2"), loginName("admin2")}),
             0);
    QCOMPARE(scalar(*m_admin,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND "
                                   "action = 'staff.set_password'"),
                    {m_staffAdminLogin}),
             2); // the server's row and AdminService's row for the one change
}

void TestSecurityAdminPg::disabledLoginCannotConnect() {
    QString error;
    {
        auto other = connectAs(m_logins[1], m_password, error);
        QVERIFY2(other, qPrintable(error));
    }
    QVERIFY(!m_agent->exec(QStringLiteral("SELECT sb_disable_login(?)"), {m_logins[1]}, error));
    QVERIFY2(error.contains(QLatin1StringView("admin.staff")), qPrintable(error));
    QVERIFY2(m_admin->exec(QStringLiteral("SELECT sb_disable_login(?)"), {m_logins[1]}, error),
             qPrintable(error));
    QCOMPARE(
        scalar(*m_admin,
               QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND status = 'disabled'"),
               {m_otherId}),
        1);
    QVERIFY(!connectAs(m_logins[1], m_password, error));
    QVERIFY2(error.contains(QLatin1StringView("not permitted to log in")) ||
                 error.contains(QLatin1StringView("refused")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSecurityAdminPg)
#include "tst_security_admin_pg.moc"
