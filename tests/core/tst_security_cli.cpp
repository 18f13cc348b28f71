// signalboard-cli staff first-admin: the first administrator of an embedded database.
#include "security/authenticator.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::CliRun;
using test::runCli;

class TestSecurityCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstAdministrator() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const QString url = QStringLiteral("sqlite://") + path;
        const QStringList args{QStringLiteral("staff"),         QStringLiteral("first-admin"),
                               QStringLiteral("--db"),          url,
                               QStringLiteral("--employee-no"), QStringLiteral("A0001"),
                               QStringLiteral("--login"),       QStringLiteral("li_ming"),
                               QStringLiteral("--name"),        QStringLiteral("Li Ming")};
        // Not migrated yet: refused with the command that fixes it.
        CliRun r = runCli(args, "Admin-pass-1\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("db migrate")), qPrintable(r.err));
        r = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Invisible and control characters in the name are refused (and nothing is created).
        for (const auto &[name, code] : {std::pair{QStringLiteral("Li\u200BMing"), "U+200b"},
                                         std::pair{QStringLiteral("Li\u202EMing"), "U+202e"},
                                         std::pair{QStringLiteral("Li\u0007Ming"), "U+0007"}}) {
            QStringList named = args;
            named.last() = name;
            r = runCli(named, "Admin-pass-1\n");
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("The name contains an invisible or control "
                                                   "character (%1) at position 3")
                                        .arg(QLatin1StringView(code))),
                     qPrintable(r.err));
        }
        // Too short a password.
        r = runCli(args, "short\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("at least 8")), qPrintable(r.err));
        r = runCli(args, "Admin-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("li_ming")));
        QVERIFY(!r.out.contains(QLatin1StringView("Admin-pass-1")));
        // Only once.
        r = runCli(args, "Admin-pass-2\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("already an administrator")), qPrintable(r.err));

        QString error;
        auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("t"), error);
        QVERIFY2(db, qPrintable(error));
        SystemClock clock;
        LocalAuthenticator auth(*db, clock, SecuritySettings{});
        const LoginResult ok =
            auth.login(QStringLiteral("li_ming"), QStringLiteral("Admin-pass-1"));
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QCOMPARE(ok.session->roleKey, QStringLiteral("admin"));
        QVERIFY(ok.session->permissions.isSuper());
        QVERIFY(!auth.login(QStringLiteral("li_ming"), QStringLiteral("Admin-pass-2")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_security_cli.moc"
