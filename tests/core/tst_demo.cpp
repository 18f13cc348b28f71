// The demo database: 30 days of believable history, and the live simulator.
#include "demo/demoseeder.h"
#include "demo/simulator.h"
#include "democases.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using sb::test::demo::scalar;

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thirtyDaysOfHistory() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        const qint64 now = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        DemoSeeder seeder(*db);
        DemoOptions o;
        o.nowMs = now;
        int lastProgress = -1;
        QVERIFY2(seeder.seed(o, e, [&](int p) { lastProgress = p; }), qPrintable(e));
        QVERIFY(lastProgress >= 99);

        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")) >= 50000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT problem_type) FROM tickets")),
                 qint64(problemTypes().size()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT channel) FROM tickets")),
                 qint64(allChannels().size()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT customer_tier) FROM tickets")),
                 qint64(allTiers().size()));
        QVERIFY(scalar(*db, QStringLiteral("SELECT MIN(received_at) FROM tickets")) >=
                now - 30LL * 86400000);
        QVERIFY(scalar(*db, QStringLiteral("SELECT MAX(received_at) FROM tickets")) <= now);
        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM staff")) >= 40);
        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM teams")) >= 4);
        QVERIFY(scalar(*db, QStringLiteral(
                                "SELECT COUNT(*) FROM staff WHERE login = 'supervisor'")) == 1);

        // Day/night rhythm (Asia/Shanghai = UTC+8): 03:00–04:00 local is far quieter than
        // 10:00–11:00.
        const qint64 night = scalar(
            *db, QStringLiteral(
                     "SELECT COUNT(*) FROM tickets WHERE ((received_at / 3600000) + 8) % 24 = 3"));
        const qint64 day = scalar(
            *db, QStringLiteral(
                     "SELECT COUNT(*) FROM tickets WHERE ((received_at / 3600000) + 8) % 24 = 10"));
        QVERIFY2(day > 4 * night,
                 qPrintable(QStringLiteral("day %1 night %2").arg(day).arg(night)));

        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_events")) > 100000);
        test::demo::timelinesFollowTheWorkflow(*db, now);
        if (QTest::currentTestFailed())
            return;
        test::demo::worldAroundTheHistory(*db, now);
        if (QTest::currentTestFailed())
            return;
        // 30 days hold every demo broadcast.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(14));
        // Over the whole month, from supervisors to teams and everyone, one of them urgent and
        // read by most of its recipients but not all.
        QVERIFY(scalar(*db, QStringLiteral("SELECT MIN(created_at) FROM messages")) <
                now - 20LL * 86400000);
        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM messages m JOIN staff s ON s.id "
                                           "= m.sender_id JOIN roles r ON r.id = s.role_id WHERE "
                                           "r.key = 'supervisor'")) >= 7);
        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE audience LIKE "
                                           "'%teams%'")) >= 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE priority = 2")),
                 qint64(1));
        const QString urgentReceipts = QStringLiteral(
            "SELECT COUNT(*) FROM message_recipients r JOIN messages m ON m.id = r.message_id "
            "WHERE m.priority = 2 AND r.read_at IS %1 NULL");
        const qint64 urgentRead = scalar(*db, urgentReceipts.arg(QStringLiteral("NOT")));
        const qint64 urgentUnread = scalar(*db, urgentReceipts.arg(QString()));
        QVERIFY2(urgentRead > urgentUnread && urgentUnread > 0,
                 qPrintable(QStringLiteral("%1 read, %2 not").arg(urgentRead).arg(urgentUnread)));

        // Seeding again is refused, says how many tickets it found, and writes nothing.
        const QString before = test::demo::tableCounts(*db);
        const qint64 tickets = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        QVERIFY(!seeder.seed(o, e));
        QVERIFY2(e.contains(QString::number(tickets)), qPrintable(e));
        QCOMPARE(test::demo::tableCounts(*db), before);
    }

    // The same seed and end time give the same tickets and timelines; another seed does not.
    void sameSeedSameData() {
        QTemporaryDir dir;
        QString e;
        const qint64 now = QDateTime(QDate(2026, 5, 2), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        QStringList digests;
        for (const quint32 seed : {11u, 11u, 12u}) {
            auto db = test::openMigrated(
                test::sqliteIn(dir, QStringLiteral("s%1.db").arg(digests.size())), e);
            QVERIFY2(db, qPrintable(e));
            DemoOptions o;
            o.nowMs = now;
            o.days = 2;
            o.seed = seed;
            DemoSummary summary;
            QVERIFY2(DemoSeeder(*db).seed(o, e, {}, &summary), qPrintable(e));
            QCOMPARE(summary.tickets, scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")));
            QVERIFY(summary.tickets > 1000);
            // Two days hold only the broadcasts of the last two days.
            QCOMPARE(summary.broadcasts, 5);
            digests.append(test::demo::ticketsDigest(*db));
        }
        QVERIFY(digests.at(0).size() > 100000);
        QVERIFY(digests.at(0) == digests.at(1));
        QVERIFY(digests.at(0) != digests.at(2));
    }

    // People already holding a demo login make the seeding refuse before writing anything.
    void refusesTakenLogins() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO staff(employee_no, name, status_changed_at, "
                                         "login, created_at) VALUES ('9', 'Ann', 0, 'agent11', 0)"),
                          {}, e),
                 qPrintable(e));
        const QString before = test::demo::tableCounts(*db);
        DemoOptions o;
        o.nowMs = QDateTime::currentMSecsSinceEpoch();
        o.days = 1;
        QVERIFY(!DemoSeeder(*db).seed(o, e));
        QVERIFY2(e.contains(QLatin1StringView("agent11")), qPrintable(e));
        QCOMPARE(test::demo::tableCounts(*db), before);
        // Demo logins are database roles: asking for them on SQLite is refused.
        QVERIFY2(db->exec(QStringLiteral("DELETE FROM staff"), {}, e), qPrintable(e));
        o.loginPassword = QStringLiteral("long enough");
        QVERIFY(!DemoSeeder(*db).seed(o, e));
        QVERIFY2(e.contains(QLatin1StringView("PostgreSQL")), qPrintable(e));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(0));
    }

    void simulatorStreamsPausesAndBursts() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        Simulator sim(db->url(), clock, 7);
        QSignalSpy generated(&sim, &Simulator::generated);
        sim.setRatePerMinute(120);
        sim.start();
        clock.advance(60000); // one minute passes
        QTRY_VERIFY(generated.size() >= 1);
        const QString sql =
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source = 'simulator'");
        const qint64 afterMinute = scalar(*db, sql);
        QVERIFY2(afterMinute >= 120,
                 qPrintable(QString::number(afterMinute))); // rate + the first burst

        sim.setPaused(true);
        clock.advance(60000);
        QTest::qWait(700);
        QCOMPARE(scalar(*db, sql), afterMinute);

        sim.burst(QStringLiteral("payment_failure"), 8);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source = 'simulator' "
                                       "AND problem_type = 'payment_failure' AND received_at = ?"),
                        {clock.nowMs()}),
                 qint64(8));
        sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
