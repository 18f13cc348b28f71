// Benchmark: live volume charts on 1,000,000 tickets over 30 days.
//   - building the 30-day view at one-minute buckets (16 problem types × 2 tiers) from the
//     database: the load itself (loadVolume, as on the background worker), then the series
//     the charts get (sliding 30/60-minute counts, peak-reduced to ≤ 1,500 points);
//   - the redraw cost of one live update (new complaints arrive, every visible chart replaces
//     its points and repaints), for the grid of 16 small charts and for the large chart;
//   - CPU share of a 20 s live run at 1 Hz with complaints arriving every second.
// Reuses /tmp/sb-bench-startup-1000000.db (bench_startup) as a copy it migrates (adds the
// covering index of migration 011), or seeds one like bench_startup does.
#include "demo/demoseeder.h"
#include "storage/migrations.h"
#include "testsupport.h"
#include "volume/volumeplace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace sb;

namespace {

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 offsetMs)
        : m_offset(offsetMs) {}
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(-m_offset); }

private:
    qint64 m_offset;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const QString base = QStringLiteral("/tmp/sb-bench-startup-%1.db").arg(rows);
    const QString path = QStringLiteral("/tmp/sb-bench-charts-%1.db").arg(rows);
    QString e;
    if (!QFileInfo::exists(path)) {
        if (QFileInfo::exists(base)) {
            QFile::copy(base, path);
        } else {
            auto db = test::openMigrated(DatabaseUrl::sqlite(path), e);
            DemoSeeder seeder(*db);
            DemoOptions o;
            o.nowMs = QDateTime::currentMSecsSinceEpoch();
            o.meanPerMinute = double(rows) / (30.0 * 24 * 60) / 1.02;
            if (!seeder.seed(o, e)) {
                std::fprintf(stderr, "seeding failed: %s\n", qPrintable(e));
                return 1;
            }
        }
    }
    auto db = test::openMigrated(DatabaseUrl::sqlite(path), e); // adds tickets_volume
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    QSqlQuery q;
    db->exec(q, QStringLiteral("SELECT COUNT(*), MAX(received_at), MIN(received_at) FROM tickets"),
             {}, e);
    q.next();
    const qint64 count = q.value(0).toLongLong();
    const qint64 lastAt = q.value(1).toLongLong();
    std::printf("bench_charts: %lld tickets over %.1f days (%.0f MB)\n", count,
                double(lastAt - q.value(2).toLongLong()) / 86400000.0,
                double(QFileInfo(path).size()) / 1e6);
    // "Now" is just after the newest ticket, so the 30 days are full.
    const qint64 now = lastAt + 1000;

    // 1. Building the 30-day view.
    QList<double> loadMs, seriesMs, groupByMs, loadCpu, seriesCpu;
    std::size_t points = 0;
    for (int i = 0; i < 5; ++i) {
        VolumeLoadRequest r;
        r.nowMs = now;
        r.fromMs = now - 30LL * 86400000;
        VolumeLoadResult res;
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        loadVolume(*db, r, res);
        loadMs.append(double(t.nsecsElapsed()) / 1e6);
        loadCpu.append(cpuMs() - c0);
        if (!res.error.isEmpty()) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(res.error));
            return 1;
        }
        VolumeMonitor m(res.rules);
        t.restart();
        const double c1 = cpuMs();
        m.reset(std::move(res.buckets), res.recent, now);
        points = 0;
        for (const qint64 w : {m.rules().burstWindowMs(), m.rules().gradingWindowMs()})
            for (const auto &line : m.seriesAll(w, r.fromMs, 1500))
                points += line.size();
        seriesMs.append(double(t.nsecsElapsed()) / 1e6);
        seriesCpu.append(cpuMs() - c1);
    }
    for (int i = 0; i < 2; ++i) {
        // For comparison: the same counts through SQL GROUP BY on the minute.
        QElapsedTimer t;
        t.start();
        QSqlQuery g;
        db->exec(g,
                 QStringLiteral("SELECT problem_type, customer_tier, (received_at - ?) / 60000, "
                                "COUNT(*) FROM tickets WHERE received_at > ? AND received_at <= ? "
                                "GROUP BY 1, 2, 3"),
                 {now - 30LL * 86400000, now - 30LL * 86400000, now}, e);
        int n = 0;
        while (g.next())
            ++n;
        groupByMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("  30-day view, 1-min buckets, 16 types x 2 tiers:\n");
    std::printf("    load from database (one pass over the covering index): median %7.1f ms "
                "wall, %7.1f ms CPU\n",
                median(loadMs), median(loadCpu));
    std::printf("    series for all 64 lines (%zu points, <= 1500 each):      median %7.1f ms "
                "wall, %7.1f ms CPU\n",
                points, median(seriesMs), median(seriesCpu));
    std::printf("    total (target < 500 ms):                                  %7.1f ms "
                "wall, %7.1f ms CPU\n",
                median(loadMs) + median(seriesMs), median(loadCpu) + median(seriesCpu));
    std::printf("    (for comparison, SQL GROUP BY per minute:                 median %7.1f ms)\n",
                median(groupByMs));

    // 2. Redraw cost per live update, and 3. the live run.
    FixedClock clock(QDateTime::currentMSecsSinceEpoch() - now);
    app::Workspace ws;
    ws.db = db.get();
    ws.clock = &clock;
    app::VolumePlace place(ws);
    place.resize(1400, 900);
    place.show();
    if (!QTest::qWaitForWindowExposed(&place))
        return 1;
    if (!waitFor([&] { return place.isLoaded(); }, 30000))
        return 1;
    bool ok = false;
    QObject::connect(&place, &app::VolumePlace::loaded, &place, [&ok] { ok = true; });
    place.setRange(app::VolumePlace::Range::ThirtyDays);
    if (!waitFor([&] { return ok; }, 60000))
        return 1;

    qint64 nextAt = now;
    auto insertSome = [&](int n) {
        QList<Change> changes;
        for (int i = 0; i < n; ++i) {
            QSqlQuery ins;
            nextAt = std::max(nextAt + 1, clock.nowMs());
            db->exec(ins,
                     QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                    "problem_type, updated_at) VALUES (?, 'phone', 'normal', "
                                    "'login_failure', ?)"),
                     {nextAt, nextAt}, e);
            Change c;
            c.entity = ChangeEntity::Ticket;
            c.op = ChangeOp::Insert;
            c.entityId = ins.lastInsertId().toLongLong();
            changes.append(c);
        }
        place.applyChanges(changes);
    };
    auto measure = [&](const char *what) {
        QList<double> wall, cpu;
        for (int i = 0; i < 15; ++i) {
            insertSome(2);
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            place.redraw();
            place.repaint(); // paint now, as the event loop would
            cpu.append(cpuMs() - c0);
            wall.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("  live update, %s: median %6.1f ms wall, %6.1f ms CPU -> %4.1f %% of a "
                    "core at 1 Hz\n",
                    what, median(wall), median(cpu), median(cpu) / 10.0);
    };
    measure("grid of 16 charts, 30 days");
    const QString shots = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(300);
        place.grab().save(shots + QStringLiteral("/volume-30days-grid.png"));
    }
    place.openType(QStringLiteral("login_failure"));
    QTest::qWait(2000);
    measure("large chart + channels, 30 days");
    if (!shots.isEmpty())
        place.grab().save(shots + QStringLiteral("/volume-30days-detail.png"));
    place.showGrid();
    place.setRange(app::VolumePlace::Range::LiveTwoHours);
    ok = false;
    if (!waitFor([&] { return ok; }, 60000))
        return 1;
    measure("grid of 16 charts, 2 hours");

    // 3. A live run: the place's own 1 Hz timer, two complaints a second, 20 s.
    place.setRange(app::VolumePlace::Range::ThirtyDays);
    ok = false;
    if (!waitFor([&] { return ok; }, 60000))
        return 1;
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &place, [&] { insertSome(2); });
    feeder.start(1000);
    const double c0 = cpuMs();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(20000);
    const double share = (cpuMs() - c0) / double(wall.elapsed()) * 100.0;
    std::printf("  live run, 30-day grid, 2 complaints/s, 20 s: %.1f %% of one core "
                "(target < 10 %%)\n",
                share);
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0)
        std::printf("  (load average during the run: %.2f %.2f %.2f on %d cores)\n", load[0],
                    load[1], load[2], QThread::idealThreadCount());
    return 0;
}
