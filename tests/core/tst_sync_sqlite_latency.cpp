// The SQLite change feed keeps up with a steady writer on another connection: every change
// arrives within a second of its commit, in order and once, while the writer's commits run
// WAL checkpoints and a third connection holds a long read (a report) open.
#include "storage/migrations.h"
#include "sync/changefeed.h"
#include "syncscenario.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace sb;

class TestSyncSqliteLatency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void steadyWriterIsSeenWithinASecond() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        qint64 start = 0;
        QVERIFY2(ChangeFeed::currentSeq(*db, start, e), qPrintable(e));

        ChangeFeed feed(db->url(), start); // the workstation's poll interval, unchanged
        QList<qint64> seen;
        QList<qint64> seenAtMs;
        connect(&feed, &ChangeFeed::changed, this, [&](const QList<Change> &changes) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const Change &c : changes) {
                seen.append(c.seq);
                seenAtMs.append(now);
            }
        });
        feed.start();
        QCOMPARE(feed.state(), ChangeFeed::State::Live);

        // A long read on a third connection (a report) keeps an old snapshot for 2 s.
        auto reader = Database::open(db->url(), QStringLiteral("report"), e);
        QVERIFY2(reader, qPrintable(e));
        QSqlQuery held(reader->db());
        QVERIFY(held.exec(QStringLiteral("SELECT seq FROM change_log ORDER BY seq")));
        QVERIFY(held.next()); // the statement stays open: its read transaction too

        // Another thread writes 20 complaints a second, one transaction each, for 5 s. Its
        // small auto-checkpoint makes it checkpoint (and restart the WAL) many times meanwhile.
        constexpr int kCommits = 100;
        QMutex mutex;
        QHash<qint64, qint64> committedAtMs; // seq -> when its commit returned
        QString writerError;
        std::atomic<bool> writerDone{false};
        std::thread writer([&] {
            QString err;
            auto w = Database::open(db->url(), QStringLiteral("writer"), err);
            if (!w || !w->exec(QStringLiteral("PRAGMA wal_autocheckpoint=16"), {}, err)) {
                QMutexLocker lock(&mutex);
                writerError = w ? err : QStringLiteral("open: ") + err;
                writerDone = true;
                return;
            }
            QElapsedTimer pace;
            pace.start();
            for (int i = 0; i < kCommits; ++i) {
                const qint64 seq = test::writeTicket(*w, QStringLiteral("steady %1").arg(i));
                const qint64 at = QDateTime::currentMSecsSinceEpoch();
                {
                    QMutexLocker lock(&mutex);
                    if (seq < 0) {
                        writerError = QStringLiteral("commit %1 failed").arg(i);
                        break;
                    }
                    committedAtMs.insert(seq, at);
                }
                while (pace.elapsed() < (i + 1) * 50)
                    QThread::msleep(2);
            }
            writerDone = true;
        });

        const auto committed = [&] {
            QMutexLocker lock(&mutex);
            return committedAtMs.size();
        };
        QElapsedTimer clock;
        clock.start();
        bool released = false;
        while ((!writerDone || seen.size() < committed()) && clock.elapsed() < 15000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            if (!released && clock.elapsed() > 2000) {
                held.finish();
                released = true;
            }
        }
        writer.join();
        held.finish();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QCOMPARE(committedAtMs.size(), kCommits);
        QCOMPARE(seen.size(), kCommits); // each once, none missing

        QList<qint64> delays;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (i > 0)
                QCOMPARE(seen.at(i), seen.at(i - 1) + 1); // in commit order
            QVERIFY2(committedAtMs.contains(seen.at(i)), "a change nobody wrote");
            delays.append(std::max<qint64>(0, seenAtMs.at(i) - committedAtMs.value(seen.at(i))));
        }
        std::sort(delays.begin(), delays.end());
        const qint64 p50 = delays.at(delays.size() / 2);
        const qint64 p99 = delays.at(delays.size() * 99 / 100);
        qInfo("commit -> feed delivery over %lld commits: p50 %lld ms, p99 %lld ms, max %lld ms",
              qint64(delays.size()), p50, p99, delays.last());
        QVERIFY2(delays.last() < 1000,
                 qPrintable(QStringLiteral("a change took %1 ms to arrive").arg(delays.last())));
    }

    // A writer that keeps its transaction open (a long import batch) never makes the feed's
    // reads wait for its lock: the feed's thread keeps running, and the batch arrives the
    // moment it commits.
    void openWriteTransactionDoesNotBlockTheFeed() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        qint64 start = 0;
        QVERIFY2(ChangeFeed::currentSeq(*db, start, e), qPrintable(e));
        ChangeFeed feed(db->url(), start);
        qint64 delivered = 0;
        qint64 deliveredAtMs = 0;
        connect(&feed, &ChangeFeed::changed, this, [&](const QList<Change> &changes) {
            delivered += changes.size();
            deliveredAtMs = QDateTime::currentMSecsSinceEpoch();
        });
        feed.start();
        QCOMPARE(feed.state(), ChangeFeed::State::Live);

        std::atomic<bool> inTransaction{false};
        std::atomic<qint64> committedAtMs{0};
        QString writerError;
        std::thread writer([&] {
            QString err;
            auto w = Database::open(db->url(), QStringLiteral("writer"), err);
            const bool ok =
                w && w->transaction(
                         [&](QString &txErr) {
                             for (int i = 0; i < 5; ++i) {
                                 if (!w->exec(QStringLiteral("INSERT INTO tickets(received_at, "
                                                             "channel, customer_tier, "
                                                             "problem_type, updated_at) VALUES "
                                                             "(1, 'phone', 'normal', 'other', 1)"),
                                              {}, txErr))
                                     return false;
                             }
                             inTransaction = true;
                             QThread::msleep(1500); // the write lock stays held
                             return true;
                         },
                         err);
            committedAtMs = QDateTime::currentMSecsSinceEpoch();
            if (!ok)
                writerError = err;
            inTransaction = false;
        });

        // While the lock is held the feed polls on this thread every 50 ms: the thread must
        // keep running (a poll waiting for the lock would freeze it for the busy timeout).
        QElapsedTimer clock;
        clock.start();
        while (!inTransaction && clock.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QVERIFY(inTransaction);
        qint64 longestGap = 0;
        QElapsedTimer gap;
        gap.start();
        while ((committedAtMs == 0 || delivered < 5) && clock.elapsed() < 8000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            longestGap = std::max(longestGap, gap.restart());
        }
        writer.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QCOMPARE(delivered, qint64(5)); // the whole batch, nothing before its commit
        QVERIFY2(longestGap < 500,
                 qPrintable(QStringLiteral("the feed's thread stood still for %1 ms while "
                                           "another connection held the write lock")
                                .arg(longestGap)));
        QVERIFY2(deliveredAtMs - committedAtMs < 1000,
                 qPrintable(QStringLiteral("the batch arrived %1 ms after its commit")
                                .arg(deliveredAtMs - committedAtMs)));
    }
};

QTEST_GUILESS_MAIN(TestSyncSqliteLatency)
#include "tst_sync_sqlite_latency.moc"
