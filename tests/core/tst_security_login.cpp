// LocalAuthenticator: login, lockout after N failures, release after M minutes, inactive
// accounts, audit rows.
#include "security_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;

class TestSecurityLogin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void loginByEmployeeNoOrLogin();
    void wrongPasswordAndUnknownUserLookTheSame();
    void locksAfterNFailuresAndReleasesAfterMMinutes();
    void lockoutFollowsTheSettings();
    void successResetsTheFailureCount();
    void disabledAndExpiredAccountsAreRefused();
    void rehashesWhenParametersChange();
    void auditRowsForEveryAttempt();

private:
    std::unique_ptr<test::SecurityFixture> f;
};

void TestSecurityLogin::init() {
    f = std::make_unique<test::SecurityFixture>();
    QString error;
    QVERIFY2(f->setUp(error), qPrintable(error));
}

void TestSecurityLogin::loginByEmployeeNoOrLogin() {
    const qint64 id = f->addStaff(QStringLiteral("E100"), QStringLiteral("zhang_wei"),
                                  QStringLiteral("supervisor"));
    QVERIFY(id > 0);
    LocalAuthenticator auth(*f->db, f->clock, f->settings);
    for (const QString &who :
         {QStringLiteral("E100"), QStringLiteral("zhang_wei"), QStringLiteral("  E100 ")}) {
        const LoginResult r = auth.login(who, QStringLiteral("secret-pass"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.session->staffId, id);
        QCOMPARE(r.session->roleKey, QStringLiteral("supervisor"));
        QCOMPARE(r.session->name, QStringLiteral("Person E100"));
        QVERIFY(r.session->permissions.has(QStringLiteral("incidents.override")));
        QVERIFY(!r.session->permissions.has(QStringLiteral("admin.staff")));
    }
}

void TestSecurityLogin::wrongPasswordAndUnknownUserLookTheSame() {
    f->addStaff(QStringLiteral("E101"), QStringLiteral("li_na"), QStringLiteral("agent"));
    LocalAuthenticator auth(*f->db, f->clock, f->settings);
    const LoginResult wrong = auth.login(QStringLiteral("E101"), QStringLiteral("nope-nope"));
    const LoginResult unknown = auth.login(QStringLiteral("E999"), QStringLiteral("nope-nope"));
    QCOMPARE(wrong.outcome, LoginOutcome::BadCredentials);
    QCOMPARE(unknown.outcome, LoginOutcome::BadCredentials);
    QCOMPARE(wrong.message, unknown.message);
    QVERIFY(!wrong.session && !unknown.session);
    QVERIFY(!wrong.message.isEmpty());
}

void TestSecurityLogin::locksAfterNFailuresAndReleasesAfterMMinutes() {
    const qint64 id =
        f->addStaff(QStringLiteral("E102"), QStringLiteral("wang_fang"), QStringLiteral("agent"));
    LocalAuthenticator auth(*f->db, f->clock, f->settings); // defaults: 5 failures, 15 minutes
    for (int i = 1; i <= 4; ++i) {
        const LoginResult r = auth.login(QStringLiteral("E102"), QStringLiteral("wrong-%1").arg(i));
        QCOMPARE(r.outcome, LoginOutcome::BadCredentials);
        QCOMPARE(f->count(QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"), {id}), i);
    }
    const qint64 lockedAt = f->clock.nowMs();
    const LoginResult fifth = auth.login(QStringLiteral("E102"), QStringLiteral("wrong-5"));
    QCOMPARE(fifth.outcome, LoginOutcome::Locked);
    QCOMPARE(fifth.lockedUntil, lockedAt + 15 * 60 * 1000);
    QCOMPARE(f->count(QStringLiteral("SELECT locked_until FROM staff WHERE id = ?"), {id}),
             lockedAt + 15 * 60 * 1000);

    // Locked: even the right password is refused, and says why.
    f->clock.advance(14 * 60 * 1000 + 59 * 1000);
    LoginResult r = auth.login(QStringLiteral("E102"), QStringLiteral("secret-pass"));
    QCOMPARE(r.outcome, LoginOutcome::Locked);
    QVERIFY2(r.message.contains(QLatin1StringView("locked")), qPrintable(r.message));

    // 15 minutes after the lock it is released.
    f->clock.set(QDateTime::fromMSecsSinceEpoch(lockedAt + 15 * 60 * 1000, Qt::UTC));
    r = auth.login(QStringLiteral("E102"), QStringLiteral("secret-pass"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(f->count(QStringLiteral("SELECT failed_logins + locked_until FROM staff WHERE id = ?"),
                      {id}),
             0);
}

void TestSecurityLogin::lockoutFollowsTheSettings() {
    const qint64 id =
        f->addStaff(QStringLiteral("E103"), QStringLiteral("zhao_lei"), QStringLiteral("agent"));
    QString error;
    QVERIFY(f->db->exec(QStringLiteral("INSERT INTO settings(key, version, value, changed_by, "
                                       "changed_at) VALUES (?, 2, '2', 'test', 0), "
                                       "(?, 2, '3', 'test', 0)"),
                        {SecuritySettings::kMaxFailures, SecuritySettings::kLockoutMinutes},
                        error));
    SecuritySettings s;
    QVERIFY2(SecuritySettings::load(*f->db, s, error), qPrintable(error));
    LocalAuthenticator auth(*f->db, f->clock, s);
    QCOMPARE(auth.login(QStringLiteral("E103"), QStringLiteral("x-wrong-1")).outcome,
             LoginOutcome::BadCredentials);
    const LoginResult r = auth.login(QStringLiteral("E103"), QStringLiteral("x-wrong-2"));
    QCOMPARE(r.outcome, LoginOutcome::Locked);
    QCOMPARE(r.lockedUntil, f->clock.nowMs() + 3 * 60 * 1000);
    f->clock.advance(3 * 60 * 1000);
    // After the release the count starts again: one more failure does not lock.
    QCOMPARE(auth.login(QStringLiteral("E103"), QStringLiteral("x-wrong-3")).outcome,
             LoginOutcome::BadCredentials);
    QCOMPARE(f->count(QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"), {id}), 1);
    QVERIFY(auth.login(QStringLiteral("E103"), QStringLiteral("secret-pass")).ok());
}

void TestSecurityLogin::successResetsTheFailureCount() {
    const qint64 id =
        f->addStaff(QStringLiteral("E104"), QStringLiteral("chen_jie"), QStringLiteral("agent"));
    LocalAuthenticator auth(*f->db, f->clock, f->settings);
    for (int i = 0; i < 4; ++i)
        auth.login(QStringLiteral("E104"), QStringLiteral("wrong-pw"));
    QVERIFY(auth.login(QStringLiteral("E104"), QStringLiteral("secret-pass")).ok());
    QCOMPARE(f->count(QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"), {id}), 0);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(auth.login(QStringLiteral("E104"), QStringLiteral("wrong-pw")).outcome,
                 LoginOutcome::BadCredentials);
}

void TestSecurityLogin::disabledAndExpiredAccountsAreRefused() {
    const qint64 id =
        f->addStaff(QStringLiteral("E105"), QStringLiteral("liu_yang"), QStringLiteral("agent"));
    LocalAuthenticator auth(*f->db, f->clock, f->settings);
    AdminService admin(*f->db, f->clock, f->admin, f->settings);
    StaffInput in;
    in.employeeNo = QStringLiteral("E105");
    in.name = QStringLiteral("Liu Yang");
    in.login = QStringLiteral("liu_yang");
    in.roleId = f->roleId(QStringLiteral("agent"));
    in.status = QStringLiteral("disabled");
    QString error;
    QVERIFY2(admin.updateStaff(id, in, error), qPrintable(error));
    LoginResult r = auth.login(QStringLiteral("E105"), QStringLiteral("secret-pass"));
    QCOMPARE(r.outcome, LoginOutcome::Inactive);
    QVERIFY2(r.message.contains(QLatin1StringView("disabled")), qPrintable(r.message));
    QVERIFY(!r.session);

    in.status = QStringLiteral("expired");
    QVERIFY2(admin.updateStaff(id, in, error), qPrintable(error));
    r = auth.login(QStringLiteral("liu_yang"), QStringLiteral("secret-pass"));
    QCOMPARE(r.outcome, LoginOutcome::Inactive);
    QVERIFY2(r.message.contains(QLatin1StringView("expired")), qPrintable(r.message));

    // An inactive person holds no permissions at all.
    PermissionSet p;
    QVERIFY(PermissionService(*f->db).effective(id, f->clock.nowMs(), p, error));
    QVERIFY(p.keys().isEmpty());

    // A wrong password on a disabled account says nothing about the account.
    r = auth.login(QStringLiteral("E105"), QStringLiteral("wrong-pw"));
    QCOMPARE(r.outcome, LoginOutcome::BadCredentials);
}

void TestSecurityLogin::rehashesWhenParametersChange() {
    const qint64 id =
        f->addStaff(QStringLiteral("E106"), QStringLiteral("sun_li"), QStringLiteral("agent"));
    SecuritySettings stronger = f->settings;
    stronger.hash = {2, 2 * 1024 * 1024};
    QSqlQuery q;
    QString error;
    QVERIFY(f->db->exec(q, QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {id},
                        error));
    QVERIFY(q.next());
    const QString before = q.value(0).toString();
    QVERIFY(before.contains(QLatin1StringView("m=8,t=1")));
    LocalAuthenticator auth(*f->db, f->clock, stronger);
    QVERIFY(auth.login(QStringLiteral("E106"), QStringLiteral("secret-pass")).ok());
    QVERIFY(f->db->exec(q, QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {id},
                        error));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1StringView("m=2048,t=2")),
             qPrintable(q.value(0).toString()));
    QVERIFY(auth.login(QStringLiteral("E106"), QStringLiteral("secret-pass")).ok());
}

void TestSecurityLogin::auditRowsForEveryAttempt() {
    f->addStaff(QStringLiteral("E107"), QStringLiteral("he_jun"), QStringLiteral("agent"));
    LocalAuthenticator auth(*f->db, f->clock, f->settings);
    QVERIFY(auth.login(QStringLiteral("E107"), QStringLiteral("secret-pass")).ok());
    for (int i = 0; i < 5; ++i)
        auth.login(QStringLiteral("E107"), QStringLiteral("wrong-pw"));
    auth.login(QStringLiteral("E107"), QStringLiteral("secret-pass")); // refused: locked
    auth.login(QStringLiteral("ghost"), QStringLiteral("wrong-pw"));
    const auto n = [&](const char *action, const char *actor) {
        return f->count(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?"),
            {QLatin1StringView(action), QLatin1StringView(actor)});
    };
    QCOMPARE(n("login.ok", "he_jun"), 1);
    QCOMPARE(n("login.failed", "E107"), 5);
    QCOMPARE(n("login.locked", "E107"), 1);
    QCOMPARE(n("login.refused_locked", "E107"), 1);
    QCOMPARE(n("login.failed", "ghost"), 1);
    // Times come from the clock; the password is never written.
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'login.%' "
                                     "AND at <> ?"),
                      {f->clock.nowMs()}),
             0);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE "
                                     "'%secret-pass%' OR detail LIKE '%wrong-pw%'")),
             0);
    QSqlQuery q;
    QString error;
    QVERIFY(
        f->db->exec(q, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'login.locked'"),
                    {}, error));
    QVERIFY(q.next());
    const QJsonObject d = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QCOMPARE(d.value(QStringLiteral("failures")).toInt(), 5);
    QCOMPARE(d.value(QStringLiteral("locked_until")).toInteger(),
             f->clock.nowMs() + 15 * 60 * 1000);
}

QTEST_GUILESS_MAIN(TestSecurityLogin)
#include "tst_security_login.moc"
