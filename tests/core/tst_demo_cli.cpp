// signalboard-cli demo seed on SQLite, through QProcess as a user runs it: the history's
// timelines follow the shipped workflow, a second run is refused and writes nothing, the
// same seed gives the same tickets, bad options are named.
#include "democases.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::runCli;

namespace {
const QString kUntil = QStringLiteral("2026-04-10T18:00:00+08:00");

QStringList seedArgs(const QString &url, const QString &seed) {
    return {QStringLiteral("demo"),    QStringLiteral("seed"),
            QStringLiteral("--db"),    url,
            QStringLiteral("--days"),  QStringLiteral("3"),
            QStringLiteral("--seed"),  seed,
            QStringLiteral("--until"), kUntil};
}
} // namespace

class TestDemoCli : public QObject {
    Q_OBJECT
private:
    QString migrated(const QString &name) {
        const QString url = QStringLiteral("sqlite://") + m_dir.filePath(name);
        const test::CliRun r =
            runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
        if (r.code != 0)
            qFatal("migrate: %s", qPrintable(r.err));
        return url;
    }
    static std::unique_ptr<Database> open(const QString &url) {
        DatabaseUrl u;
        QString e;
        if (!DatabaseUrl::parse(url, u, e))
            qFatal("%s", qPrintable(e));
        auto db = Database::open(u, QStringLiteral("check"), e);
        if (!db)
            qFatal("%s", qPrintable(e));
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void seedsAMigratedDatabase() {
        const QString url = migrated(QStringLiteral("a.db"));
        const test::CliRun r = runCli(seedArgs(url, QStringLiteral("42")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("tickets ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1StringView("broadcasts ")), qPrintable(r.out));
        auto db = open(url);
        const qint64 until = QDateTime::fromString(kUntil, Qt::ISODate).toMSecsSinceEpoch();
        QCOMPARE(test::demo::scalar(*db,
                                    QStringLiteral("SELECT MAX(received_at) <= ? AND "
                                                   "MIN(received_at) >= ? FROM tickets"),
                                    {until, until - 3 * 86400000LL}),
                 qint64(1));
        QVERIFY(r.out.contains(
            QStringLiteral("tickets %1,")
                .arg(test::demo::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")))));
        test::demo::timelinesFollowTheWorkflow(*db, until);
        if (QTest::currentTestFailed())
            return;
        test::demo::worldAroundTheHistory(*db, until);
        if (QTest::currentTestFailed())
            return;

        // A second run into the same database is refused, names what it found, writes nothing.
        const QString before = test::demo::tableCounts(*db);
        const qint64 tickets =
            test::demo::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        const test::CliRun again = runCli(seedArgs(url, QStringLiteral("43")));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds %1 ticket").arg(tickets)),
                 qPrintable(again.err));
        QCOMPARE(test::demo::tableCounts(*db), before);

        // The same seed into another database gives identical tickets and timelines.
        const QString other = migrated(QStringLiteral("b.db"));
        const test::CliRun same = runCli(seedArgs(other, QStringLiteral("42")));
        QVERIFY2(same.code == 0, qPrintable(same.err));
        auto db2 = open(other);
        const QString digest = test::demo::ticketsDigest(*db);
        QVERIFY(digest.size() > 10000);
        QVERIFY(digest == test::demo::ticketsDigest(*db2));
    }

    void badOptionsAreNamed() {
        const QString url = migrated(QStringLiteral("bad.db"));
        const struct {
            QStringList extra;
            const char *says;
        } cases[] = {
            {{QStringLiteral("--days"), QStringLiteral("0")}, "--days"},
            {{QStringLiteral("--days"), QStringLiteral("ten")}, "--days"},
            {{QStringLiteral("--seed"), QStringLiteral("-1")}, "--seed"},
            {{QStringLiteral("--until"), QStringLiteral("yesterday")}, "--until"},
            {{QStringLiteral("--until"), QStringLiteral("2026-04-10T18:00:00")}, "offset"},
            {{QStringLiteral("--colour"), QStringLiteral("red")}, "--colour"},
        };
        for (const auto &c : cases) {
            const test::CliRun r =
                runCli(QStringList{QStringLiteral("demo"), QStringLiteral("seed"),
                                   QStringLiteral("--db"), url} +
                       c.extra);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1StringView(c.says)), qPrintable(r.err));
        }
        // Logins are PostgreSQL roles.
        const test::CliRun logins =
            runCli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--db"), url,
                    QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--logins"),
                    QStringLiteral("demo-password")});
        QCOMPARE(logins.code, 1);
        QVERIFY2(logins.err.contains(QLatin1StringView("PostgreSQL")), qPrintable(logins.err));
        auto db = open(url);
        QCOMPARE(test::demo::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(0));

        // A database that was never migrated is not written to.
        const QString bare =
            QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("bare.db"));
        const test::CliRun r =
            runCli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--db"), bare});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("db migrate")), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_demo_cli.moc"
