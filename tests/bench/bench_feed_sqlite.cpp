// Benchmark: SQLite change-feed latency seen from outside. One process (`signalboard-cli
// ingest`, fed JSON lines on its standard input) stores complaints at a steady rate, one
// commit each; this process follows the database with the workstation's change feed (its own
// thread and connection, data_version polled every 50 ms) and measures, for every complaint,
// the time from its commit (change_log `at`, written in the committing transaction) to its
// delivery here. Targets: p99 < 250 ms, no delay over 1 s.
//   bench_feed_sqlite [seconds=120] [per-second=20]
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sb;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 120;
    const int rate = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    if (seconds < 1 || rate < 1 || rate > 1000) {
        std::fprintf(stderr, "usage: bench_feed_sqlite [seconds] [complaints per second]\n");
        return 2;
    }
    std::printf("bench_feed_sqlite: complaint committed by `signalboard-cli ingest` (another "
                "process) -> delivered by this process's change feed, %d/s for %d s\n",
                rate, seconds);
    QTemporaryDir dir;
    QString e;
    auto db = test::openMigrated(test::sqliteIn(dir), e);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    qint64 start = 0;
    if (!ChangeFeed::currentSeq(*db, start, e)) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }

    QList<double> delays;
    qint64 tickets = 0;
    qint64 lastSeq = start;
    bool outOfOrder = false;
    FeedThread feed(db->url(), start);
    QObject::connect(&feed, &FeedThread::changed, &app, [&](const QList<Change> &changes) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Change &c : changes) {
            outOfOrder = outOfOrder || c.seq <= lastSeq;
            lastSeq = c.seq;
            if (c.entity != ChangeEntity::Ticket || c.op != ChangeOp::Insert)
                continue;
            ++tickets;
            delays.append(double(std::max<qint64>(0, now - c.at)));
        }
    });
    feed.start();
    QElapsedTimer wait;
    wait.start();
    while (feed.state() != ChangeFeed::State::Live && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (feed.state() != ChangeFeed::State::Live) {
        std::fprintf(stderr, "the change feed did not start\n");
        return 1;
    }

    QProcess ingest;
    ingest.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ingest.start(test::toolPath(QStringLiteral("signalboard-cli")),
                 {QStringLiteral("ingest"), QStringLiteral("--db"),
                  QStringLiteral("sqlite://") + db->url().path, QStringLiteral("--source"),
                  QStringLiteral("bench")});
    if (!ingest.waitForStarted()) {
        std::fprintf(stderr, "cannot start signalboard-cli: %s\n",
                     qPrintable(ingest.errorString()));
        return 1;
    }
    const int total = seconds * rate;
    int written = 0;
    QElapsedTimer pace;
    pace.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        // Catches up by wall time, so a late tick does not lower the rate.
        while (written < total && pace.elapsed() >= qint64(written) * 1000 / rate) {
            ++written;
            ingest.write(QByteArrayLiteral("{\"received_at\":\"") +
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                         QByteArrayLiteral("\",\"channel\":\"phone\",\"customer_tier\":"
                                           "\"normal\",\"problem_type\":\"login_failure\","
                                           "\"external_id\":\"") +
                         QByteArray::number(written) + QByteArrayLiteral("\"}\n"));
        }
        if (written >= total)
            tick.stop();
    });
    tick.start(5);
    while ((written < total || tickets < total) && pace.elapsed() < (seconds + 30) * 1000LL)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    ingest.closeWriteChannel();
    ingest.waitForFinished(30000);

    if (tickets != total || outOfOrder) {
        std::printf("failed: %lld of %d complaints delivered%s\n", tickets, total,
                    outOfOrder ? ", not in commit order" : "");
        return 1;
    }
    std::sort(delays.begin(), delays.end());
    const double p50 = delays.at(delays.size() / 2);
    const double p99 = delays.at(qMin(delays.size() - 1, qsizetype(delays.size() * 0.99)));
    const double max = delays.last();
    const bool met = p99 < 250 && max < 1000;
    std::printf("%lld complaints: p50 %.0f ms   p99 %.0f ms   max %.0f ms   (target p99 < 250 ms, "
                "max < 1 s: %s)\n",
                tickets, p50, p99, max, met ? "met" : "NOT met");
    return 0; // like the other benchmarks: only a failure (lost or reordered) is an error
}
