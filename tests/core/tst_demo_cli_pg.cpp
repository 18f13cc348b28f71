// signalboard-cli demo seed on the suite's throwaway PostgreSQL server, as the installer: the
// history follows the shipped workflow, --logins creates each demo person's own login (who
// then sees what their role may see), a second run is refused and writes nothing, and the
// same seed gives the same tickets.
#include "demo/demoseeder.h"
#include "democases.h"
#include "security_pg_fixture.h"
#include "testsupport.h"

#include <QTest>

using namespace sb;
using test::runCli;

namespace {
const QString kUntil = QStringLiteral("2026-04-10T18:00:00+08:00");
const QString kPassword = QStringLiteral("Demo-pass-2026");

QString cliUrl(const QString &database) {
    QString url = test::pgAdminUrl();
    url.replace(QStringLiteral("/postgres"), QLatin1Char('/') + database);
    return url;
}

QStringList seedArgs(const QString &url, const QStringList &extra = {}) {
    return QStringList{QStringLiteral("demo"),    QStringLiteral("seed"),
                       QStringLiteral("--db"),    url,
                       QStringLiteral("--days"),  QStringLiteral("2"),
                       QStringLiteral("--seed"),  QStringLiteral("5"),
                       QStringLiteral("--until"), kUntil} +
           extra;
}
} // namespace

class TestDemoCliPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    }

    void seedsWithLogins() {
        const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("sb_demo_cli_pg"));
        QString e;
        auto admin = test::openMigrated(url, e);
        QVERIFY2(admin, qPrintable(e));
        const QString text = cliUrl(url.database);

        const test::CliRun r = runCli(seedArgs(text, {QStringLiteral("--logins"), kPassword}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("database logins 48")), qPrintable(r.out));
        const qint64 until = QDateTime::fromString(kUntil, Qt::ISODate).toMSecsSinceEpoch();
        test::demo::timelinesFollowTheWorkflow(*admin, until);
        if (QTest::currentTestFailed())
            return;
        test::demo::worldAroundTheHistory(*admin, until);
        if (QTest::currentTestFailed())
            return;

        // Each demo person signs in as their own login and sees what their role may see:
        // the agent only tickets of their own or their team's, the supervisor all of them.
        const qint64 all =
            test::demo::scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        auto agent = test::connectAs(url, QStringLiteral("agent11"), kPassword, e);
        QVERIFY2(agent, qPrintable(e));
        const qint64 agentSees =
            test::demo::scalar(*agent, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        QVERIFY2(agentSees > 0 && agentSees < all,
                 qPrintable(QStringLiteral("%1 of %2").arg(agentSees).arg(all)));
        auto supervisor = test::connectAs(url, QStringLiteral("supervisor"), kPassword, e);
        QVERIFY2(supervisor, qPrintable(e));
        QCOMPARE(test::demo::scalar(*supervisor, QStringLiteral("SELECT COUNT(*) FROM tickets")),
                 all);
        QVERIFY(
            !test::connectAs(url, QStringLiteral("supervisor"), QStringLiteral("wrong-pass"), e));
        agent.reset();
        supervisor.reset();

        // A second run is refused with the count it found and writes nothing.
        const QString before = test::demo::tableCounts(*admin);
        const test::CliRun again = runCli(seedArgs(text));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds %1 ticket").arg(all)),
                 qPrintable(again.err));
        QCOMPARE(test::demo::tableCounts(*admin), before);

        // The same seed into another database gives the same tickets. Its logins would
        // clash with the roles the first run created (roles are server-wide): refused,
        // with nothing written, so the second database is seeded without them.
        const DatabaseUrl otherUrl = test::freshPgDatabase(QStringLiteral("sb_demo_cli_pg2"));
        auto other = test::openMigrated(otherUrl, e);
        QVERIFY2(other, qPrintable(e));
        const test::CliRun clash =
            runCli(seedArgs(cliUrl(otherUrl.database), {QStringLiteral("--logins"), kPassword}));
        QCOMPARE(clash.code, 1);
        QVERIFY2(clash.err.contains(QLatin1StringView("agent11")), qPrintable(clash.err));
        QCOMPARE(test::demo::scalar(*other, QStringLiteral("SELECT COUNT(*) FROM staff")),
                 qint64(0));
        const test::CliRun same = runCli(seedArgs(cliUrl(otherUrl.database)));
        QVERIFY2(same.code == 0, qPrintable(same.err));
        QVERIFY(test::demo::ticketsDigest(*admin) == test::demo::ticketsDigest(*other));

        other.reset();
        test::dropLogins(*admin, DemoSeeder::demoLogins());
    }
};

QTEST_GUILESS_MAIN(TestDemoCliPg)
#include "tst_demo_cli_pg.moc"
