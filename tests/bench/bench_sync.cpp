// Benchmark: a change written on one workstation → seen by another through the
// change feed, p50/p99 over N changes on PostgreSQL, against the raw NOTIFY round trip
// measured in the same run (the floor).
// Needs the throwaway server: run through scripts/bench (SIGNALBOARD_TEST_PG_STATE).
#include "storage/migrations.h"
#include "sync/feedthread.h"
#include "syncscenario.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDriver>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {
QElapsedTimer g_clock;

struct Stats {
    double p50 = 0, p99 = 0, max = 0;
};
Stats stats(QList<double> v) {
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return {};
    return {v.at(v.size() / 2), v.at(qMin(v.size() - 1, qsizetype(v.size() * 0.99))), v.last()};
}

// Listens on its own thread and connection, like another workstation.
class Listener : public QObject {
    Q_OBJECT
public:
    explicit Listener(DatabaseUrl url)
        : m_url(std::move(url)) {}
    QAtomicInteger<qint64> lastNs{0};
    QAtomicInteger<int> count{0};
public Q_SLOTS:
    void start() {
        QString e;
        m_db = Database::open(m_url, QStringLiteral("bench-listen"), e);
        m_db->db().driver()->subscribeToNotification(QStringLiteral("bench_raw"));
        connect(m_db->db().driver(), &QSqlDriver::notification, this, [this] {
            lastNs.storeRelease(g_clock.nsecsElapsed());
            count.fetchAndAddRelease(1);
        });
    }
    void stop() { m_db.reset(); }

private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
};
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    g_clock.start();
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("sb_bench_sync"));
    QString e;
    auto writer = test::openMigrated(url, e);
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }

    // 1. Raw NOTIFY round trip.
    QThread listenThread;
    Listener listener(url);
    listener.moveToThread(&listenThread);
    listenThread.start();
    QMetaObject::invokeMethod(&listener, &Listener::start, Qt::BlockingQueuedConnection);
    QList<double> raw;
    for (int i = 0; i < n; ++i) {
        const int before = listener.count.loadAcquire();
        const qint64 t0 = g_clock.nsecsElapsed();
        writer->exec(QStringLiteral("SELECT pg_notify('bench_raw', ?)"), {QString::number(i)}, e);
        while (listener.count.loadAcquire() == before)
            QThread::yieldCurrentThread();
        raw.append(double(listener.lastNs.loadAcquire() - t0) / 1e6);
    }
    QMetaObject::invokeMethod(&listener, &Listener::stop, Qt::BlockingQueuedConnection);
    listenThread.quit();
    listenThread.wait();

    // 2. Through Signalboard: committed ticket → the other workstation's feed delivers it.
    qint64 seq = 0;
    ChangeFeed::currentSeq(*writer, seq, e);
    FeedThread feed(url, seq);
    QHash<qint64, qint64> seenAt;
    QObject::connect(&feed, &FeedThread::changed, &app, [&](const QList<Change> &cs) {
        const qint64 now = g_clock.nsecsElapsed();
        for (const Change &c : cs)
            seenAt.insert(c.seq, now);
    });
    bool live = false;
    QObject::connect(&feed, &FeedThread::stateChanged, &app,
                     [&](ChangeFeed::State s) { live = s == ChangeFeed::State::Live; });
    feed.start();
    while (!live)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QList<double> through, afterCommit;
    for (int i = 0; i < n; ++i) {
        const qint64 t0 = g_clock.nsecsElapsed();
        const qint64 s = test::writeTicket(*writer, QStringLiteral("bench %1").arg(i));
        const qint64 committed = g_clock.nsecsElapsed();
        while (!seenAt.contains(s))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        through.append(double(seenAt.value(s) - t0) / 1e6);
        afterCommit.append(double(seenAt.value(s) - committed) / 1e6);
    }

    const Stats r = stats(raw), t = stats(through), a = stats(afterCommit);
    std::printf("bench_sync: %d changes, PostgreSQL (loopback)\n", n);
    std::printf("  raw NOTIFY round trip      p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", r.p50,
                r.p99, r.max);
    std::printf("  write -> seen by the other p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", t.p50,
                t.p99, t.max);
    std::printf("  commit -> seen (the feed)  p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", a.p50,
                a.p99, a.max);
    std::printf("  ratio to the floor         p50 %6.2fx    p99 %6.2fx   (target p99 < 50 ms)\n",
                t.p50 / r.p50, t.p99 / r.p99);
    std::printf("  feed alone to the floor    p50 %6.2fx    p99 %6.2fx\n", a.p50 / r.p50,
                a.p99 / r.p99);
    return 0;
}

#include "bench_sync.moc"
