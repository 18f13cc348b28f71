// The connection dialog keeps itself open with the reason when a connection fails, so the
// user can correct it and try again without restarting; the password is never stored. With
// several hosts it asks libpq for the writable server.
#include "connect/connectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace sb;

class TestConnectionDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
        QSettings().clear();
    }

    void retriesUntilItWorks() {
        QList<DatabaseUrl> attempts;
        QStringList passwords;
        app::ConnectionDialog d(
            [&](const DatabaseUrl &url, const QString &, const QString &password) {
                attempts.append(url);
                passwords.append(password);
                return password == QLatin1StringView("right")
                           ? QString()
                           : QStringLiteral("The server refused the user name or password for li.");
            });
        d.show();
        auto *kind = d.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(1);
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("hostEdit")),
                         QStringLiteral("db1,db2"));
        auto *user = d.findChild<QLineEdit *>(QStringLiteral("userEdit"));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("li"));
        auto *pw = d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(pw, QStringLiteral("wrong"));
        auto *ok = d.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(d.isVisible()); // still open
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QLatin1StringView("refused")));
        pw->clear();
        QTest::keyClicks(pw, QStringLiteral("right"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.last().hosts.size(), 2);
        QCOMPARE(attempts.last().pgHostName(), QStringLiteral("db1,db2"));
        QCOMPARE(attempts.last().user, QStringLiteral("li"));
        // Several hosts: the writable one (a standby is skipped, a failover followed).
        QCOMPARE(attempts.last().params.value(QStringLiteral("target_session_attrs")),
                 QStringLiteral("read-write"));
        // What is remembered has no password.
        const QString saved = QSettings().value(QStringLiteral("connection/lastUrl")).toString();
        QVERIFY(
            saved.startsWith(QLatin1StringView("postgresql://li@db1:5432,db2:5432/signalboard")));
        QVERIFY(!saved.contains(QLatin1StringView("right")));
        const QStringList keys = QSettings().allKeys();
        for (const QString &k : keys)
            QVERIFY(!QSettings().value(k).toString().contains(QLatin1StringView("right")));
    }

    void emptyFieldsExplained() {
        app::ConnectionDialog d(
            [](const DatabaseUrl &, const QString &, const QString &) { return QString(); });
        d.show();
        d.findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(1);
        d.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->clear();
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QLatin1StringView("host")));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
