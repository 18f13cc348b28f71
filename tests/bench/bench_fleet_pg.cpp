// Benchmark: N workstations (500 by default) on one PostgreSQL server. Each holds what a real
// signed-in workstation holds: its screen's connection (idle here) and its background worker,
// whose connection also carries the change feed's LISTEN, with the feed's heartbeat running as
// on an idle workstation. One writer drives 10 complaints/s plus 5 ticket edits/s through the
// product's write paths. Reported:
// - the time from a change's commit to its arrival in each workstation's feed, and to its
//   arrival in ALL of them (the last one), p50/p99/max;
// - against the raw NOTIFY round trip to a few plain listeners, measured in the same run;
// - the server's connections and CPU (its processes' utime+stime over the run), and this
//   process's CPU (the N workstations' client side);
// - how often the feeds read change_log (ChangeFeed::changeLogReads), idle and driven;
// - where the time goes: the writer's own write (begin to commit returned; the server signals
//   every listener before it answers the commit), commit to Qt's driver handing each worker's
//   notification out and to the last of them, from there to delivery (the feed's own work;
//   about 0 when it delivers in the same wake), and "seen
//   by all" by the commit's 100 ms of the second beside when the heartbeats fired.
//   bench_fleet_pg [workstations] [seconds] [--threads K] [--coarse-heartbeat]
// Each simulated workstation's heartbeat is a precise timer, so that it keeps the phase of
// its start, as workstations on their own computers do; Qt's default coarse timer would move
// all of them, in this one process, onto the same whole and half seconds
// (--coarse-heartbeat: as before). Each workstation has a background DbWorker thread of its own
// (as in the product) unless --threads K hosts the background connections and feeds of all
// workstations on K threads, each still with its own two connections.
// Needs the throwaway server started with enough connections (scripts/bench does:
// PGTEST_SERVER_OPTS="-c max_connections=1200"); SIGNALBOARD_TEST_PG_STATE names it.
#include "storage/dbworker.h"
#include "storage/migrations.h"
#include "sync/changefeed.h"
#include "syncscenario.h"
#include "testsupport.h"
#include "tickets/ticketedits.h"
#include "workflowfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace sb;

namespace {
QElapsedTimer g_clock;

struct Stats {
    double p50 = 0, p99 = 0, max = 0;
    qsizetype n = 0;
};
Stats stats(std::vector<double> v) {
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    const auto at = [&v](double q) {
        return v.at(std::min(v.size() - 1, std::size_t(double(v.size()) * q)));
    };
    return {at(0.5), at(0.99), v.back(), qsizetype(v.size())};
}

// A thread hosting the background connections and feeds of several simulated workstations
// (--threads K): the objects of each live in it as they would in its worker's thread.
struct Host {
    QThread thread;
    QObject anchor; // lives in the thread: a context to run things there
    Host() {
        anchor.moveToThread(&thread);
        thread.start();
    }
    ~Host() {
        thread.quit();
        thread.wait();
    }
};

// One workstation: its idle screen connection and its background connection with the feed on
// it: a DbWorker of its own (as in the product), or its own connection in a shared host thread.
struct Workstation {
    std::unique_ptr<Database> screen;
    std::unique_ptr<DbWorker> background; // or
    Host *host = nullptr;
    std::unique_ptr<Database> hosted; // opened, used and closed in the host's thread
    ChangeFeed *feed = nullptr;       // lives in the worker's or the host's thread
    // Runs `f` in the thread of the background connection (queued), or waits for it there.
    void post(std::function<void()> f) {
        if (background)
            background->postWithoutConnection([f = std::move(f)](DbWorker::Context &) { f(); });
        else
            QMetaObject::invokeMethod(&host->anchor, std::move(f), Qt::QueuedConnection);
    }
    void drain() {
        if (background)
            background->drain();
        else
            QMetaObject::invokeMethod(
                &host->anchor, [] {}, Qt::BlockingQueuedConnection);
    }
    // In that thread: the background connection, opened, or reopened in place after a drop, as
    // DbWorker::connection does.
    Database *connection(const DatabaseUrl &url, QString &error) {
        if (background)
            return background->connection(error);
        if (!hosted) {
            hosted = Database::open(url, QStringLiteral("background"), error);
            return hosted.get();
        }
        return hosted->ping() || hosted->reopen(error) ? hosted.get() : nullptr;
    }
    QAtomicInt live{0};
    std::vector<std::pair<qint64, qint64>> seen; // seq, arrival (ns); written in the worker
    // When the driver handed the notification out (ns), by payload. Written in the worker.
    std::vector<std::pair<QString, qint64>> woke;
    std::vector<qint64> heartbeats; // when the feed's heartbeat fired (ns); written in the worker
};

// Notes when the driver hands each notification out (its signal, after the feed's own slot:
// the thread has woken and read the socket by then) and when the feed's heartbeat fires.
class StageProbe : public QObject {
public:
    explicit StageProbe(Workstation *w, QObject *parent)
        : QObject(parent)
        , m_w(w) {}
    void attach(QSqlDriver *driver) {
        for (QTimer *t : m_w->feed->findChildren<QTimer *>()) {
            if (t->isActive() && t->interval() > 0) // the heartbeat (the poll is SQLite's)
                t->installEventFilter(this);
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    m_w->woke.emplace_back(payload.toString(), g_clock.nsecsElapsed());
                });
    }

protected:
    bool eventFilter(QObject *, QEvent *e) override {
        if (e->type() == QEvent::Timer)
            m_w->heartbeats.push_back(g_clock.nsecsElapsed());
        return false;
    }

private:
    Workstation *m_w;
};

// A plain LISTEN on its own thread and connection: the floor.
class RawListener : public QObject {
    Q_OBJECT
public:
    explicit RawListener(DatabaseUrl url)
        : m_url(std::move(url)) {}
    QMutex mutex;
    QHash<int, qint64> arrivals; // payload -> ns
public Q_SLOTS:
    void start() {
        QString e;
        m_db = Database::open(m_url, QStringLiteral("bench-raw"), e);
        if (!m_db)
            qFatal("raw listener: %s", qPrintable(e));
        m_db->db().driver()->subscribeToNotification(QStringLiteral("bench_raw"));
        connect(m_db->db().driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    const qint64 now = g_clock.nsecsElapsed();
                    QMutexLocker lock(&mutex);
                    arrivals.insert(payload.toInt(), now);
                });
    }
    void stop() { m_db.reset(); }

private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
};

// CPU seconds used so far by the server: the postmaster and every process it started.
double serverCpuSeconds(qint64 postmaster) {
    const double tick = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    const auto add = [&](const QString &statPath, bool checkParent) {
        QFile f(statPath);
        if (!f.open(QIODevice::ReadOnly))
            return;
        const QByteArray s = f.readAll();
        const qsizetype close = s.lastIndexOf(')'); // the command may hold spaces
        const QList<QByteArray> fields = s.mid(close + 2).split(' ');
        // After ")": state(0) ppid(1) … utime(11) stime(12)
        if (fields.size() < 13 || (checkParent && fields.at(1).toLongLong() != postmaster))
            return;
        total += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / tick;
    };
    add(QStringLiteral("/proc/%1/stat").arg(postmaster), false);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool ok = false;
        pid.toLongLong(&ok);
        if (ok)
            add(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"), true);
    }
    return total;
}

qint64 postmasterPid() {
    QFile state(qEnvironmentVariable("SIGNALBOARD_TEST_PG_STATE"));
    if (!state.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : state.readAll().split('\n')) {
        if (!line.startsWith("dir="))
            continue;
        QFile pidFile(QString::fromUtf8(line.mid(4)) + QStringLiteral("/data/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            return pidFile.readLine().trimmed().toLongLong();
    }
    return 0;
}

double processCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    return test::queryValue(db, sql, values).toLongLong();
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    g_clock.start();
    QList<int> numbers;
    int threads = 0;
    bool coarseHeartbeat = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--threads" && i + 1 < argc)
            threads = QByteArray(argv[++i]).toInt();
        else if (a == "--coarse-heartbeat")
            coarseHeartbeat = true;
        else
            numbers.append(a.toInt());
    }
    const int n = numbers.value(0, 500);
    const int seconds = numbers.value(1, 60);
    std::vector<std::unique_ptr<Host>> hosts;
    for (int i = 0; i < threads; ++i)
        hosts.push_back(std::make_unique<Host>());
    const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("sb_bench_fleet"));
    QString e;
    auto writer = test::openMigrated(url, e);
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    const qint64 maxConnections = scalar(*writer, QStringLiteral("SHOW max_connections"));
    if (maxConnections < 2 * n + 20) {
        std::fprintf(stderr,
                     "bench_fleet_pg: the server allows %lld connections; %d workstations need "
                     "%d. Start it with PGTEST_SERVER_OPTS=\"-c max_connections=%d\".\n",
                     maxConnections, n, 2 * n + 20, 2 * n + 200);
        return 2;
    }
    const qint64 actor =
        test::insertStaff(*writer, QStringLiteral("Fleet writer"), QStringLiteral("fleet_writer"));
    qint64 startSeq = 0;
    ChangeFeed::currentSeq(*writer, startSeq, e);

    // The workstations, signed in a few at a time as people arrive.
    std::vector<std::unique_ptr<Workstation>> fleet;
    QElapsedTimer signIn;
    signIn.start();
    for (int i = 0; i < n; ++i) {
        auto ws = std::make_unique<Workstation>();
        ws->screen = Database::open(url, QStringLiteral("gui"), e);
        if (!ws->screen) {
            std::fprintf(stderr, "workstation %d: %s\n", i, qPrintable(e));
            return 1;
        }
        Workstation *w = ws.get();
        ws->feed = new ChangeFeed(url, startSeq);
        if (hosts.empty()) {
            ws->background = std::make_unique<DbWorker>(url, QStringLiteral("background"));
            ws->feed->moveToThread(ws->background->workerThread());
        } else {
            ws->host = hosts.at(std::size_t(i) % hosts.size()).get();
            ws->feed->moveToThread(&ws->host->thread);
        }
        ws->feed->shareConnection([w, url](QString &error) { return w->connection(url, error); });
        if (!coarseHeartbeat)
            ws->feed->setHeartbeatTimerType(Qt::PreciseTimer);
        QObject::connect(
            ws->feed, &ChangeFeed::changed, ws->feed,
            [w](const QList<Change> &cs) {
                const qint64 now = g_clock.nsecsElapsed();
                for (const Change &c : cs)
                    w->seen.emplace_back(c.seq, now);
            },
            Qt::DirectConnection);
        QObject::connect(
            ws->feed, &ChangeFeed::stateChanged, ws->feed,
            [w](ChangeFeed::State s) { w->live.storeRelease(s == ChangeFeed::State::Live); },
            Qt::DirectConnection);
        ws->post([feed = ws->feed] { feed->start(); });
        fleet.push_back(std::move(ws));
        if (i % 20 == 19)
            QThread::msleep(50);
    }
    QElapsedTimer wait;
    wait.start();
    for (;;) {
        const auto live = std::count_if(fleet.begin(), fleet.end(),
                                        [](const auto &w) { return w->live.loadAcquire() != 0; });
        if (live == qsizetype(fleet.size()))
            break;
        if (wait.elapsed() > 180000) {
            std::fprintf(stderr, "only %lld of %d workstations live after 180 s\n", qint64(live),
                         n);
            return 1;
        }
        QThread::msleep(100);
    }
    const double signInSeconds = double(signIn.elapsed()) / 1000.0;
    for (auto &ws : fleet) {
        ws->woke.reserve(std::size_t(seconds) * 20 + 100);
        ws->seen.reserve(std::size_t(seconds) * 20 + 100);
        Workstation *w = ws.get();
        ws->post([w, url] {
            QString error;
            if (Database *db = w->connection(url, error))
                (new StageProbe(w, w->feed))->attach(db->db().driver());
        });
    }
    for (auto &ws : fleet)
        ws->drain();

    constexpr int kRaw = 4;
    std::vector<std::unique_ptr<QThread>> rawThreads;
    std::vector<std::unique_ptr<RawListener>> raw;
    for (int i = 0; i < kRaw; ++i) {
        rawThreads.push_back(std::make_unique<QThread>());
        raw.push_back(std::make_unique<RawListener>(url));
        raw.back()->moveToThread(rawThreads.back().get());
        rawThreads.back()->start();
        QMetaObject::invokeMethod(raw.back().get(), &RawListener::start,
                                  Qt::BlockingQueuedConnection);
    }

    const QString connectionsSql =
        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()");
    const qint64 idleConnections = scalar(*writer, connectionsSql);
    const qint64 postmaster = postmasterPid();
    const auto feedReads = [&fleet] {
        qint64 total = 0;
        for (const auto &w : fleet)
            total += w->feed->changeLogReads();
        return total;
    };
    QThread::sleep(3); // idle: heartbeats only
    const double idleCpu0 = serverCpuSeconds(postmaster);
    const qint64 idleReads0 = feedReads();
    const qint64 idle0 = g_clock.nsecsElapsed();
    QThread::sleep(5);
    const double idleSeconds = double(g_clock.nsecsElapsed() - idle0) / 1e9;
    const double idleServerCores = (serverCpuSeconds(postmaster) - idleCpu0) / idleSeconds;
    const double idleReadsPerSecond = double(feedReads() - idleReads0) / idleSeconds;

    // The drive: every 100 ms a complaint and a raw NOTIFY; every other tick a ticket edit.
    QHash<qint64, qint64> committedAt; // seq -> ns before the write began
    QHash<qint64, qint64> returnedAt;  // seq -> ns when the commit had returned to the writer
    QHash<int, qint64> rawSentAt;
    QList<qint64> tickets;
    SystemClock clock;
    TicketEdits edits(*writer, clock);
    auto *rng = QRandomGenerator::global();
    const double serverCpu0 = serverCpuSeconds(postmaster);
    const double clientCpu0 = processCpuSeconds();
    const qint64 reads0 = feedReads();
    const qint64 run0 = g_clock.nsecsElapsed();
    qint64 maxConnectionsSeen = idleConnections;
    int edited = 0, refused = 0;
    for (int tick = 0; tick < seconds * 10; ++tick) {
        const qint64 due = run0 + qint64(tick) * 100'000'000;
        while (g_clock.nsecsElapsed() < due)
            QThread::usleep(200);
        qint64 t0 = g_clock.nsecsElapsed();
        const qint64 seq = test::writeTicket(*writer, QStringLiteral("fleet %1").arg(tick));
        committedAt.insert(seq, t0);
        returnedAt.insert(seq, g_clock.nsecsElapsed());
        tickets.append(scalar(
            *writer, QStringLiteral("SELECT entity_id FROM change_log WHERE seq = ?"), {seq}));
        rawSentAt.insert(tick, g_clock.nsecsElapsed());
        writer->exec(QStringLiteral("SELECT pg_notify('bench_raw', ?)"), {QString::number(tick)},
                     e);
        if (tick % 2 == 1) {
            const qint64 ticket = tickets.at(rng->bounded(int(tickets.size())));
            const qint64 version = scalar(
                *writer, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {ticket});
            const qint64 before =
                scalar(*writer, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
            t0 = g_clock.nsecsElapsed();
            if (edits.setPriority(ticket, version, actor, 1 + rng->bounded(4), e,
                                  QStringLiteral("fleet"))) {
                ++edited;
                const qint64 returned = g_clock.nsecsElapsed();
                QSqlQuery q;
                writer->exec(q, QStringLiteral("SELECT seq FROM change_log WHERE seq > ?"),
                             {before}, e);
                while (q.next()) {
                    committedAt.insert(q.value(0).toLongLong(), t0);
                    returnedAt.insert(q.value(0).toLongLong(), returned);
                }
            } else {
                ++refused;
            }
        }
        if (tick % 50 == 25)
            maxConnectionsSeen = std::max(maxConnectionsSeen, scalar(*writer, connectionsSql));
    }
    const double runSeconds = double(g_clock.nsecsElapsed() - run0) / 1e9;
    const double serverCores = (serverCpuSeconds(postmaster) - serverCpu0) / runSeconds;
    const double clientCores = (processCpuSeconds() - clientCpu0) / runSeconds;
    QThread::sleep(3); // the last changes arrive
    const qint64 drivenReads = feedReads() - reads0;

    // Stop the feeds in their threads before reading what they saw.
    for (auto &w : fleet) {
        w->post([w = w.get()] {
            w->feed->stop();
            delete w->feed;
            w->hosted.reset();
        });
        w->drain();
    }
    for (int i = 0; i < kRaw; ++i) {
        QMetaObject::invokeMethod(raw.at(i).get(), &RawListener::stop,
                                  Qt::BlockingQueuedConnection);
        rawThreads.at(i)->quit();
        rawThreads.at(i)->wait();
    }

    std::vector<double> each, all, floor, write, wokeEach, wokeLast, feedWork;
    std::vector<std::vector<double>> allByPhase(10); // by the commit's 100 ms of the second
    qint64 missed = 0, repeated = 0;
    QHash<qint64, qint64> last;     // seq -> latest arrival over the fleet
    QHash<qint64, qint64> lastWoke; // seq -> latest hand-out over the fleet
    QHash<qint64, int> seenBy;
    for (const auto &w : fleet) {
        QHash<qint64, qint64> wokeAt; // seq -> when this worker woke for its notification
        for (const auto &[payload, at] : w->woke) {
            const qint64 seq = payload.section(QLatin1Char(' '), 0, 0).toLongLong();
            wokeAt.insert(seq, at);
            const auto c = committedAt.constFind(seq);
            if (c == committedAt.cend())
                continue;
            wokeEach.push_back(double(at - *c) / 1e6);
            lastWoke[seq] = std::max(lastWoke.value(seq), at);
        }
        qint64 previous = 0;
        for (const auto &[seq, at] : w->seen) {
            if (seq <= previous)
                ++repeated; // or out of order
            previous = seq;
            const auto c = committedAt.constFind(seq);
            if (c == committedAt.cend())
                continue; // a change of the set-up
            each.push_back(double(at - *c) / 1e6);
            if (const auto wk = wokeAt.constFind(seq); wk != wokeAt.cend())
                feedWork.push_back(double(at - *wk) / 1e6);
            last[seq] = std::max(last.value(seq), at);
            ++seenBy[seq];
        }
    }
    const qint64 clockOriginMs = g_clock.msecsSinceReference(); // Qt's timers use this clock
    for (auto it = committedAt.cbegin(); it != committedAt.cend(); ++it) {
        write.push_back(double(returnedAt.value(it.key()) - it.value()) / 1e6);
        if (lastWoke.contains(it.key()))
            wokeLast.push_back(double(lastWoke.value(it.key()) - it.value()) / 1e6);
        if (seenBy.value(it.key()) == n) {
            const double ms = double(last.value(it.key()) - it.value()) / 1e6;
            all.push_back(ms);
            allByPhase.at(std::size_t((clockOriginMs + it.value() / 1'000'000) % 1000 / 100))
                .push_back(ms);
        }
        missed += n - seenBy.value(it.key());
    }
    for (const auto &l : raw) {
        for (auto it = l->arrivals.cbegin(); it != l->arrivals.cend(); ++it)
            floor.push_back(double(it.value() - rawSentAt.value(it.key())) / 1e6);
    }

    const Stats a = stats(all), p = stats(each), r = stats(floor);
    std::printf(
        "bench_fleet_pg: %d workstations (2 connections each), %d s, %lld changes "
        "(%d edits, %d refused), PostgreSQL %s\n",
        n, seconds, qint64(committedAt.size()), edited, refused,
        qPrintable(test::queryValue(*writer, QStringLiteral("SHOW server_version")).toString()));
    std::printf("  signed in and live in          %6.1f s\n", signInSeconds);
    std::printf("  raw NOTIFY round trip          p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  "
                "(%lld deliveries to %d listeners)\n",
                r.p50, r.p99, r.max, qint64(r.n), kRaw);
    std::printf("  commit -> each workstation     p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  "
                "(%lld deliveries)\n",
                p.p50, p.p99, p.max, qint64(p.n));
    std::printf("  commit -> seen by all %4d     p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", n,
                a.p50, a.p99, a.max);
    const Stats ws = stats(write), we = stats(wokeEach), wl = stats(wokeLast), fw = stats(feedWork);
    std::printf("  stages: write (begin->commit)  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n",
                ws.p50, ws.p99, ws.max);
    std::printf("  commit -> driver hands it out  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n",
                we.p50, we.p99, we.max);
    std::printf("  ... to the last of them        p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n",
                wl.p50, wl.p99, wl.max);
    std::printf("  handed out -> delivered        p50 %7.3f ms  p99 %7.3f ms  max %7.2f ms  "
                "(%lld)\n",
                fw.p50, fw.p99, fw.max, qint64(fw.n));
    std::vector<qint64> beatsByPhase(10, 0);
    qint64 beats = 0;
    for (const auto &w : fleet) {
        for (qint64 at : w->heartbeats) {
            const qint64 phase = (clockOriginMs + at / 1'000'000) % 1000;
            if (at >= run0) {
                ++beatsByPhase.at(std::size_t(phase / 100));
                ++beats;
            }
        }
    }
    std::printf("  heartbeats driven, %% by 100 ms of the second:");
    for (qint64 b : beatsByPhase)
        std::printf(" %.0f", 100.0 * double(b) / double(std::max<qint64>(beats, 1)));
    std::printf("  (%lld)\n", beats);
    std::printf("  seen by all, p99 by the commit's 100 ms of the second (ms):");
    for (const auto &v : allByPhase)
        std::printf(" %.0f", stats(v).p99);
    std::printf("\n");
    std::printf("  ratio to the raw round trip    p50 %6.1fx     p99 %6.1fx   (target p99 < 50 "
                "ms)\n",
                a.p50 / std::max(r.p50, 1e-9), a.p99 / std::max(r.p99, 1e-9));
    std::printf("  missed deliveries              %lld, repeated or out of order %lld\n", missed,
                repeated);
    std::printf("  change_log reads by the feeds  %.1f/s idle, %lld driven (%.2f per change "
                "per workstation)\n",
                idleReadsPerSecond, drivenReads,
                double(drivenReads) / double(std::max<qsizetype>(committedAt.size(), 1)) /
                    double(n));
    std::printf("  server connections             %lld idle, %lld at most while driven "
                "(max_connections %lld)\n",
                idleConnections, maxConnectionsSeen, maxConnections);
    std::printf("  server CPU                     %.2f cores idle, %.2f cores driven\n",
                idleServerCores, serverCores);
    std::printf("  client CPU (all workstations)  %.2f cores driven\n", clientCores);
    fleet.clear();
    return missed == 0 && repeated == 0 ? 0 : 1;
}

#include "bench_fleet_pg.moc"
