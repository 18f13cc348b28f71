// Argon2id password hashing and the security settings that drive it.
#include "security/passwordhasher.h"
#include "security/securitysettings.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSecurityHashing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parametersAreEncodedInTheHash();
    void verifiesRightAndRefusesWrong();
    void saltMakesEveryHashDifferent();
    void needsRehashWhenParametersChange();
    void garbageHashesNeverVerify();
    void refusesOutOfRangeParameters();
    void settingsDefaultsAndOverrides();
    void settingsRejectNonsense();
};

void TestSecurityHashing::parametersAreEncodedInTheHash() {
    // INTERACTIVE: t=2, 64 MiB = 65536 KiB, one lane.
    PasswordHasher interactive(PasswordHashParams::interactive());
    QString h, error;
    QVERIFY2(interactive.hash(QStringLiteral("correct horse"), h, error), qPrintable(error));
    QVERIFY2(h.startsWith(QLatin1StringView("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(h));

    PasswordHasher custom({3, 1024 * 1024});
    QVERIFY2(custom.hash(QStringLiteral("correct horse"), h, error), qPrintable(error));
    QVERIFY2(h.startsWith(QLatin1StringView("$argon2id$v=19$m=1024,t=3,p=1$")), qPrintable(h));
    // salt and hash follow as two base64 fields
    QVERIFY(
        QRegularExpression(
            QStringLiteral(R"(^\$argon2id\$v=19\$m=1024,t=3,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"))
            .match(h)
            .hasMatch());
}

void TestSecurityHashing::verifiesRightAndRefusesWrong() {
    PasswordHasher hasher(PasswordHashParams::minimum());
    QString h, error;
    const QString pw = QStringLiteral("密码-Pässwörd 1");
    QVERIFY(hasher.hash(pw, h, error));
    QVERIFY(hasher.verify(h, pw));
    QVERIFY(!hasher.verify(h, QStringLiteral("密码-Pässwörd 2")));
    QVERIFY(!hasher.verify(h, QString()));
    QVERIFY(!hasher.verify(h, pw + QLatin1Char(' ')));
    // A hash made with other parameters still verifies (they travel in the string).
    PasswordHasher other({2, 2 * 1024 * 1024});
    QVERIFY(other.verify(h, pw));
}

void TestSecurityHashing::saltMakesEveryHashDifferent() {
    PasswordHasher hasher(PasswordHashParams::minimum());
    QString a, b, error;
    QVERIFY(hasher.hash(QStringLiteral("same"), a, error));
    QVERIFY(hasher.hash(QStringLiteral("same"), b, error));
    QVERIFY(a != b);
    QVERIFY(hasher.verify(a, QStringLiteral("same")) && hasher.verify(b, QStringLiteral("same")));
}

void TestSecurityHashing::needsRehashWhenParametersChange() {
    PasswordHasher weak(PasswordHashParams::minimum());
    PasswordHasher strong({2, 2 * 1024 * 1024});
    QString h, error;
    QVERIFY(weak.hash(QStringLiteral("pw-pw-pw-pw"), h, error));
    QVERIFY(!weak.needsRehash(h));
    QVERIFY(strong.needsRehash(h));
    QVERIFY(strong.needsRehash(QStringLiteral("not a hash")));
}

void TestSecurityHashing::garbageHashesNeverVerify() {
    PasswordHasher hasher(PasswordHashParams::minimum());
    QVERIFY(!hasher.verify(QString(), QString()));
    QVERIFY(!hasher.verify(QStringLiteral("plaintext"), QStringLiteral("plaintext")));
    QVERIFY(!hasher.verify(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$AAAA$BBBB"),
                           QStringLiteral("x")));
    QVERIFY(!hasher.verify(QString(500, QLatin1Char('$')), QStringLiteral("x")));
}

void TestSecurityHashing::refusesOutOfRangeParameters() {
    PasswordHasher bad({0, 1});
    QString h, error;
    QVERIFY(!bad.hash(QStringLiteral("x"), h, error));
    QVERIFY2(error.contains(QLatin1StringView("out of range")), qPrintable(error));
    QVERIFY(PasswordHashParams::interactive().isValid());
    QVERIFY(PasswordHashParams::moderate().isValid());
}

void TestSecurityHashing::settingsDefaultsAndOverrides() {
    QTemporaryDir dir;
    QString error;
    auto db = test::openMigrated(test::sqliteIn(dir), error);
    QVERIFY2(db, qPrintable(error));
    SecuritySettings s;
    QVERIFY2(SecuritySettings::load(*db, s, error), qPrintable(error));
    QCOMPARE(s.hash, PasswordHashParams::interactive()); // defaults until set
    QCOMPARE(s.maxFailedLogins, 5);
    QCOMPARE(s.lockoutMinutes, 15);
    // A newer version of a key wins.
    QVERIFY(
        db->exec(QStringLiteral("INSERT INTO settings(key, version, value, changed_by, changed_at) "
                                "VALUES (?, 2, '3', 'test', 1), (?, 2, '30', 'test', 1)"),
                 {SecuritySettings::kMaxFailures, SecuritySettings::kLockoutMinutes}, error));
    QVERIFY2(SecuritySettings::load(*db, s, error), qPrintable(error));
    QCOMPARE(s.maxFailedLogins, 3);
    QCOMPARE(s.lockoutMinutes, 30);
}

void TestSecurityHashing::settingsRejectNonsense() {
    QTemporaryDir dir;
    QString error;
    auto db = test::openMigrated(test::sqliteIn(dir), error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(
        db->exec(QStringLiteral("INSERT INTO settings(key, version, value, changed_by, changed_at) "
                                "VALUES (?, 2, 'lots', 'test', 1), (?, 2, '0', 'test', 1)"),
                 {SecuritySettings::kMemLimit, SecuritySettings::kMaxFailures}, error));
    SecuritySettings s;
    QVERIFY(!SecuritySettings::load(*db, s, error));
    QVERIFY2(error.contains(SecuritySettings::kMemLimit) &&
                 error.contains(QLatin1StringView("lots")),
             qPrintable(error));
    QVERIFY2(error.contains(SecuritySettings::kMaxFailures), qPrintable(error));
    // The broken keys keep their defaults.
    QCOMPARE(s.hash.memLimit, PasswordHashParams::interactive().memLimit);
    QCOMPARE(s.maxFailedLogins, 5);
}

QTEST_GUILESS_MAIN(TestSecurityHashing)
#include "tst_security_hashing.moc"
