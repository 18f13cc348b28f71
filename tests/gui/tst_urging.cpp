// Every workstation urges deadlines by itself: with open tickets past their deadlines, urges
// are recorded without anyone running a command, and two workstations record each once.
#include "demo/demoseeder.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "tickets/urgingfeature.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestUrging : public QObject {
    Q_OBJECT
private:
    static qint64 count(Database &db, const QString &sql) {
        QSqlQuery q;
        QString e;
        if (!db.exec(q, sql, {}, e) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void twoWorkstationsUrgeOnce() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        SystemClock clock;
        DemoSeeder seeder(*db);
        DemoOptions o;
        o.nowMs = clock.nowMs();
        o.days = 3;
        QVERIFY2(seeder.seed(o, e), qPrintable(e));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM deadline_urges")), qint64(0));

        auto db2 = Database::open(db->url(), QStringLiteral("second"), e);
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.name = QStringLiteral("one");
        app::Workspace ws2 = ws;
        ws2.db = db2.get();
        {
            app::MainWindow a(ws);
            app::MainWindow b(ws2);
            app::installTicketsUrgingFeature(a);
            app::installTicketsUrgingFeature(b);
            QTRY_VERIFY_WITH_TIMEOUT(
                count(*db, QStringLiteral("SELECT COUNT(*) FROM deadline_urges")) > 0, 30000);
            QTest::qWait(2000); // both have run at least once
        }
        const qint64 urges = count(*db, QStringLiteral("SELECT COUNT(*) FROM deadline_urges"));
        // One timeline entry per recorded urge: the second workstation added no duplicates.
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE action = 'urge'")),
            urges);
    }
};

QTEST_MAIN(TestUrging)
#include "tst_urging.moc"
