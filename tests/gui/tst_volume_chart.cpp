// Live volume charts: with the demo stream running, the charts' series grow as
// complaints are inserted on another connection, and the threshold lines are those of the
// active rule set. SB_SCREENSHOT_DIR=dir keeps screenshots of the states it passes through.
#include "demo/demoseeder.h"
#include "demo/simulator.h"
#include "storage/settingsstore.h"
#include "sync/feedthread.h"
#include "testsupport.h"
#include "volume/volumeplace.h"
#include "volume/volumerules.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sb;

namespace {

int sqlCount(Database &db, const QString &type, qint64 from, qint64 to) {
    QString e;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT COUNT(*) FROM tickets WHERE problem_type = ? AND "
                                "customer_tier IN ('normal', 'distributor') AND received_at > ? "
                                "AND received_at <= ?"),
                 {type, from, to}, e) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

app::ChartLine lineOf(app::TimeChart *c, const QString &key) {
    for (const app::ChartLine &l : c->lines())
        if (l.key == key)
            return l;
    return {};
}

void shot(QWidget *w, const char *name) {
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1StringView(name) + QStringLiteral(".png"));
}

QList<int> thresholdValues(app::TimeChart *c) {
    QList<int> v;
    for (const app::ChartThreshold &t : c->thresholds())
        v.append(int(t.value));
    return v;
}

QList<int> expectedValues(const RuleSet &rules, int type, GradingTier tier) {
    QList<int> v;
    for (const VolumeThreshold &t : volumeThresholds(rules, type, tier))
        v.append(t.count);
    return v;
}

} // namespace

class TestVolumeChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveSeriesAndThresholds() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        SystemClock clock;
        DemoSeeder seeder(*db);
        DemoOptions o;
        o.nowMs = clock.nowMs();
        o.days = 2;
        QVERIFY2(seeder.seed(o, e), qPrintable(e));
        // The demo's own incidents are cleared: this test places one and counts its markers.
        for (const char *sql :
             {"UPDATE tickets SET incident_id = NULL", "DELETE FROM incident_events",
              "UPDATE messages SET incident_id = NULL", "DELETE FROM incidents"})
            QVERIFY2(db->exec(QString::fromLatin1(sql), {}, e), qPrintable(e));
        // A stored rule set is the active one: key-class burst lowered from 5 to 4.
        QJsonObject doc = QJsonDocument::fromJson(RuleSet::defaults().toJson()).object();
        QJsonObject burst = doc.value(QStringLiteral("burst_thresholds")).toObject();
        QJsonObject key = burst.value(QStringLiteral("key")).toObject();
        key.insert(QStringLiteral("normal"), 4);
        burst.insert(QStringLiteral("key"), key);
        doc.insert(QStringLiteral("burst_thresholds"), burst);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO rule_sets(version, body, created_by, "
                                        "created_at) VALUES (2, ?, 'test', 0)"),
                         {QString::fromUtf8(QJsonDocument(doc).toJson())}, e));
        // A shared setting: flag only the single fastest-growing type.
        QVERIFY2(SettingsStore(*db).set(QStringLiteral("volume.trend_flag_count"),
                                        QStringLiteral("1"), QStringLiteral("test"), clock.nowMs(),
                                        e),
                 qPrintable(e));
        RuleSet rules;
        int version = 0;
        QVERIFY2(loadActiveRuleSet(*db, rules, version, e), qPrintable(e));
        QCOMPARE(version, 2);

        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = 1;
        ws.user.roleKey = QStringLiteral("supervisor");
        app::VolumePlace place(ws);
        place.resize(1360, 860);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        QTRY_VERIFY(place.isLoaded());
        const QAbstractItemModel *trend =
            place.findChild<QTableView *>(QStringLiteral("trendView"))->model();
        QCOMPARE(trend->rowCount(), problemTypes().size());
        int flagged = 0;
        for (int r = 0; r < trend->rowCount(); ++r)
            flagged += trend->index(r, 0).data().toString().startsWith(QStringLiteral("▲"));
        QVERIFY(flagged <= 1);

        // Threshold lines: those of rule set version 2, per type and tier.
        const int login = RuleSet::typeIndex(QStringView(u"login_failure"));
        QVERIFY(expectedValues(rules, login, GradingTier::Normal).contains(4));
        for (int t = 0; t < problemTypes().size(); ++t) {
            app::TimeChart *c = place.typeChart(problemTypes().at(t).key);
            QVERIFY(c);
            QCOMPARE(thresholdValues(c), expectedValues(rules, t, GradingTier::Normal));
        }
        QTest::qWait(300); // the grid re-orders through a layout request
        shot(&place, "volume-grid-light");
        place.setTier(GradingTier::Vip);
        for (int t = 0; t < problemTypes().size(); ++t)
            QCOMPARE(thresholdValues(place.typeChart(problemTypes().at(t).key)),
                     expectedValues(rules, t, GradingTier::Vip));
        place.setTier(GradingTier::Normal);

        // The demo stream and the change feed run; complaints arrive from elsewhere.
        qint64 seq = 0;
        QVERIFY(ChangeFeed::currentSeq(*db, seq, e));
        FeedThread feed(db->url(), seq);
        QObject::connect(&feed, &FeedThread::changed, &place, &app::VolumePlace::applyChanges);
        feed.start();
        QThread simThread;
        auto *sim = new Simulator(db->url(), clock, 42);
        sim->moveToThread(&simThread);
        QObject::connect(&simThread, &QThread::finished, sim, &QObject::deleteLater);
        QSignalSpy generated(sim, &Simulator::generated);
        simThread.start();
        QMetaObject::invokeMethod(sim, &Simulator::start, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(generated.count() > 0, 15000);

        app::TimeChart *chart = place.typeChart(QStringLiteral("login_failure"));
        const qint64 insertedAt = clock.nowMs();
        {
            auto other = Database::open(db->url(), QStringLiteral("other"), e);
            QVERIFY2(other, qPrintable(e));
            for (int i = 0; i < 5; ++i)
                QVERIFY(other->exec(
                    QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                   "problem_type, updated_at) VALUES (?, 'phone', 'normal', "
                                   "'login_failure', ?)"),
                    {insertedAt, insertedAt}, e));
        }
        // The 30-minute series now ends after the inserts, at the exact count there.
        auto caughtUp = [&] {
            const app::ChartLine l = lineOf(chart, QStringLiteral("30"));
            if (l.points.isEmpty())
                return false;
            const QPointF last = l.points.last();
            return qint64(last.x()) >= insertedAt && last.y() >= 5 &&
                   int(last.y()) == sqlCount(*db, QStringLiteral("login_failure"),
                                             qint64(last.x()) - 1800000, qint64(last.x()));
        };
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 15000);
        // Every series point before "now" is the peak of true sliding counts: check the
        // 60-minute line's points against SQL at their own instants (a sample).
        const app::ChartLine l60 = lineOf(chart, QStringLiteral("60"));
        QVERIFY(l60.points.size() > 100);
        for (qsizetype i = 0; i + 1 < l60.points.size(); i += 17) {
            const qint64 at = qint64(l60.points.at(i).x());
            QCOMPARE(int(l60.points.at(i).y()),
                     sqlCount(*db, QStringLiteral("login_failure"), at - 3600000, at));
        }
        // The simulator's complaints arrived too, without any reload.
        int simulated = 0;
        for (const auto &args : std::as_const(generated))
            simulated += args.at(0).toInt();
        QTRY_VERIFY(place.appliedInserts() >= 5 + simulated);

        // Per class: the sum of the class's types against the class burst threshold.
        place.setGrouping(app::VolumePlace::Grouping::ByClass);
        app::TimeChart *keyClass = place.classChart(QStringLiteral("key"));
        QVERIFY(keyClass && keyClass->isVisible());
        QVERIFY(!chart->isVisible());
        QCOMPARE(thresholdValues(keyClass), QList<int>{4});
        QStringList keyTypes;
        for (const ProblemTypeInfo &info : problemTypes())
            if (info.problemClass == ProblemClass::Key)
                keyTypes.append(info.key);
        auto classCaughtUp = [&] {
            const QList<QPointF> pts = lineOf(keyClass, QStringLiteral("30")).points;
            if (pts.isEmpty())
                return false;
            int sum = 0;
            for (const QString &k : std::as_const(keyTypes))
                sum += sqlCount(*db, k, qint64(pts.last().x()) - 1800000, qint64(pts.last().x()));
            return int(pts.last().y()) == sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(classCaughtUp(), 15000);
        QTest::qWait(200);
        shot(&place, "volume-classes-light");
        place.setGrouping(app::VolumePlace::Grouping::ByType);
        QVERIFY(chart->isVisible());

        // An incident of login_failure, written elsewhere: its events become markers.
        auto other = Database::open(db->url(), QStringLiteral("incidents"), e);
        QVERIFY2(other, qPrintable(e));
        const qint64 t0 = clock.nowMs();
        QVERIFY2(other->exec(QStringLiteral("INSERT INTO incidents(id, problem_type, class, "
                                            "grade, trigger_kind, opened_at) VALUES (900, "
                                            "'login_failure', 'key', 2, 'burst:normal', ?)"),
                             {t0 - 80 * 60000}, e),
                 qPrintable(e));
        QVERIFY2(other->exec(QStringLiteral("INSERT INTO incident_events(incident_id, at, event, "
                                            "grade) VALUES (900, ?, 'opened', 0), (900, ?, "
                                            "'regraded', 2)"),
                             {t0 - 80 * 60000, t0 - 45 * 60000}, e),
                 qPrintable(e));

        // Click a small chart: it opens large, with the same thresholds.
        auto *view = chart->findChild<QAbstractScrollArea *>(QStringLiteral("chartView"));
        QVERIFY(view);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->viewport()->rect().center());
        QTRY_COMPARE(place.openedType(), QStringLiteral("login_failure"));
        QCOMPARE(thresholdValues(place.detailChart()),
                 expectedValues(rules, login, GradingTier::Normal));
        QTRY_VERIFY(!lineOf(place.detailChart(), QStringLiteral("30")).points.isEmpty());
        QTRY_COMPARE(place.detailChart()->markers().size(), 2);
        // Resolved while the chart is open: the marker follows through the change feed.
        QVERIFY2(other->exec(QStringLiteral("INSERT INTO incident_events(incident_id, at, event) "
                                            "VALUES (900, ?, 'closed')"),
                             {clock.nowMs() - 5 * 60000}, e),
                 qPrintable(e));
        QTRY_COMPARE_WITH_TIMEOUT(place.detailChart()->markers().size(), 3, 15000);
        QTest::qWait(300);
        shot(&place, "volume-detail-light");

        // Zoom: on 7 days the large chart has coarse points (peaks of 7-minute groups);
        // zoomed in, the visible range gets its own points at full minute resolution.
        QSignalSpy loads(&place, &app::VolumePlace::loaded);
        place.setRange(app::VolumePlace::Range::SevenDays);
        QTRY_VERIFY_WITH_TIMEOUT(loads.count() > 0, 20000);
        auto minGap = [&] {
            const QList<QPointF> pts = lineOf(place.detailChart(), QStringLiteral("60")).points;
            double gap = 1e18;
            for (qsizetype i = 1; i + 1 < pts.size(); ++i) // the last point is "now"
                gap = std::min(gap, pts.at(i).x() - pts.at(i - 1).x());
            return pts.size() < 3 ? 0.0 : gap;
        };
        QTRY_VERIFY(minGap() >= 7 * 60000);
        auto *big =
            place.detailChart()->findChild<QAbstractScrollArea *>(QStringLiteral("chartView"));
        QVERIFY(big);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(big, Qt::Key_Plus);
        QTRY_COMPARE(minGap(), 60000.0);
        {
            const QList<QPointF> pts = lineOf(place.detailChart(), QStringLiteral("60")).points;
            QVERIFY(pts.size() > 20);
            for (qsizetype i = 0; i + 1 < pts.size(); i += 9) {
                const qint64 at = qint64(pts.at(i).x());
                QCOMPARE(int(pts.at(i).y()),
                         sqlCount(*db, QStringLiteral("login_failure"), at - 3600000, at));
            }
        }
        place.detailChart()->resetZoom();
        QTRY_VERIFY(minGap() >= 7 * 60000);
        loads.clear();
        place.setRange(app::VolumePlace::Range::LiveTwoHours);
        QTRY_VERIFY_WITH_TIMEOUT(loads.count() > 0, 20000);

        // Export: PNG and the CSV behind the open chart.
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString csv = dir.filePath(QStringLiteral("chart.csv"));
        QVERIFY2(place.exportPng(png, e), qPrintable(e));
        QVERIFY(!QImage(png).isNull());
        QVERIFY2(place.exportCsv(csv, e), qPrintable(e));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().split('\n');
        QCOMPARE(rows.first().trimmed(),
                 QByteArray("time_utc,problem_type,tier,window_minutes,count,threshold_reached"));
        QVERIFY(rows.size() > 100);
        QVERIFY(rows.at(1).contains(",login_failure,normal,30,"));

        // Dark palette and the wall mode round trip.
        place.setDark(true);
        QTest::qWait(200);
        shot(&place, "volume-detail-dark");
        place.showGrid();
        QTest::qWait(300);
        shot(&place, "volume-grid-dark");
        place.setWallMode(true);
        QVERIFY(place.isWallMode());
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1StringView("volumeWall")) {
                w->resize(1600, 900); // offscreen has no real full screen
                QTest::qWait(300);
                shot(w, "volume-wall");
            }
        }
        QVERIFY(!place.isAncestorOf(place.detailChart()));
        place.setWallMode(false);
        QVERIFY(!place.isWallMode());
        QVERIFY(place.isAncestorOf(place.detailChart()));

        QMetaObject::invokeMethod(sim, &Simulator::stop, Qt::BlockingQueuedConnection);
        simThread.quit();
        simThread.wait();
    }
};

QTEST_MAIN(TestVolumeChart)
#include "tst_volume_chart.moc"
