// The demo database: 30 days of believable history, and the live simulator.
#include "demo/demoseeder.h"
#include "demo/simulator.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestDemo : public QObject {
    Q_OBJECT
private:
    static qint64 scalar(Database &db, const QString &sql, const QVariantList &v = {}) {
        QSqlQuery q;
        QString e;
        if (!db.exec(q, sql, v, e) || !q.next())
            qFatal("%s", qPrintable(e));
        return q.value(0).toLongLong();
    }

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

        // Every ticket's timeline leads to its state through the shipped workflow: each line an
        // action the complaint flow allows from the state before it, in order, after receipt
        // and before now; a registered ticket has none.
        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_events")) > 100000);
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT COUNT(*) FROM tickets t WHERE t.state <> 'registered' "
                            "AND t.state IS NOT (SELECT e.to_state FROM ticket_events e "
                            "WHERE e.ticket_id = t.id ORDER BY e.at DESC, e.id DESC LIMIT 1)")),
            qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN ticket_events e "
                                            "ON e.ticket_id = t.id WHERE t.state = 'registered'")),
                 qint64(0));
        QCOMPARE(
            scalar(*db,
                   QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON "
                                  "t.id = e.ticket_id WHERE e.at <= t.received_at OR e.at > ?"),
                   {now}),
            qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral(
                                 "SELECT COUNT(*) FROM (SELECT from_state, LAG(to_state, 1, "
                                 "'registered') OVER (PARTITION BY ticket_id ORDER BY at, id) AS "
                                 "before FROM ticket_events) WHERE from_state <> before")),
                 qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral(
                                 "SELECT COUNT(*) FROM ticket_events e WHERE NOT EXISTS (SELECT 1 "
                                 "FROM workflow_actions a WHERE a.flow = 'complaint' AND a.key = "
                                 "e.action AND a.from_state = e.from_state AND COALESCE(NULLIF("
                                 "a.to_state, ''), a.from_state) = e.to_state)")),
                 qint64(0));
        // A closed ticket was closed satisfied exactly when its revisit score was 3 or more.
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN ticket_events e ON "
                                       "e.ticket_id = t.id AND e.action LIKE 'close%' WHERE "
                                       "(e.action = 'close_satisfied') <> (t.satisfaction >= 3)")),
            qint64(0));

        // Seeding again changes nothing.
        const qint64 before = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        QVERIFY(seeder.seed(o, e));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), before);
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
