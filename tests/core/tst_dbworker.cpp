// DbWorker, the one way to run database work off the GUI thread: jobs run in order on one
// connection, results come back in the receiver's thread, cancelled work delivers nothing,
// and the owner never waits on a job that outlives it.
#include "storage/dbworker.h"
#include "testsupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace sb;

class TestDbWorker : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseUrl url() const { return test::sqliteIn(m_dir); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(test::openMigrated(url(), error), qPrintable(error));
    }

    void jobsRunInOrderOnOneConnectionAndReportHere() {
        DbWorker worker(url(), QStringLiteral("test-worker"));
        QObject receiver;
        QList<int> order;
        QSet<QString> connections;
        QSet<QThread *> threads;
        for (int i = 0; i < 5; ++i) {
            worker.post(
                &receiver,
                [i, &connections](DbWorker::Context &c) {
                    connections.insert(c.db ? c.db->connectionName() : QString());
                    QSqlQuery q(c.db->db());
                    QString error;
                    c.db->exec(q, QStringLiteral("SELECT count(*) FROM tickets"), {}, error);
                    return i;
                },
                [&order, &threads](int n) {
                    order << n;
                    threads << QThread::currentThread();
                });
        }
        QTRY_COMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(connections.size(), 1); // one connection for every job
        QVERIFY(!connections.contains(QString()));
        QCOMPARE(threads, QSet<QThread *>{QThread::currentThread()});
    }

    void aDroppedConnectionIsReopenedInPlace() {
        // Objects living in the worker's thread keep the connection: it must stay the same
        // object, answering again after a drop.
        DbWorker worker(url(), QStringLiteral("test-worker"));
        QObject receiver;
        struct Seen {
            Database *db = nullptr;
            quint64 generation = 0;
            bool answered = false;
        };
        QList<Seen> seen;
        const auto look = [](DbWorker::Context &c) {
            Seen s{c.db, c.db ? c.db->generation() : 0, false};
            if (c.db) {
                QSqlQuery q(c.db->db());
                QString error;
                s.answered = c.db->exec(q, QStringLiteral("SELECT 1"), {}, error) && q.next();
            }
            return s;
        };
        worker.post(&receiver, look, [&seen](Seen s) { seen << s; });
        worker.post([](DbWorker::Context &c) { c.db->db().close(); }); // the drop
        worker.post(&receiver, look, [&seen](Seen s) { seen << s; });
        QTRY_COMPARE(seen.size(), 2);
        QVERIFY(seen.at(0).db && seen.at(0).answered);
        QCOMPARE(seen.at(1).db, seen.at(0).db);
        QVERIFY(seen.at(1).answered);
        QCOMPARE(seen.at(1).generation, seen.at(0).generation + 1);
    }

    void cancelWithdrawsQueuedAndRunningWork() {
        DbWorker worker(url(), QStringLiteral("test-worker"));
        QObject receiver;
        QSemaphore started, release;
        bool sawCancel = false;
        QList<int> delivered;
        worker.post(
            &receiver,
            [&](DbWorker::Context &c) {
                started.release();
                release.acquire();
                sawCancel = c.cancelled.load();
                return 0;
            },
            [&delivered](int v) { delivered << v; });
        for (int i = 1; i <= 3; ++i)
            worker.post(
                &receiver, [i](DbWorker::Context &) { return i; },
                [&delivered](int v) { delivered << v; });
        started.acquire();
        worker.cancel();
        release.release();
        worker.post(
            &receiver, [](DbWorker::Context &) { return 9; },
            [&delivered](int v) { delivered << v; });
        QTRY_COMPARE(delivered, QList<int>{9}); // only what was posted after the cancel
        QVERIFY(sawCancel);
    }

    void aGoneReceiverGetsNothing() {
        DbWorker worker(url(), QStringLiteral("test-worker"));
        bool called = false;
        {
            QObject receiver;
            worker.post(
                &receiver, [](DbWorker::Context &) { return 1; },
                [&called](int) { called = true; });
        }
        worker.drain();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void anUnreachableDatabaseIsSaidInTheJob() {
        DbWorker worker(DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("no/such/dir/x.db"))),
                        QStringLiteral("test-worker"));
        QObject receiver;
        QString said;
        worker.post(
            &receiver, [](DbWorker::Context &c) { return c.db ? QString() : c.openError; },
            [&said](const QString &e) { said = e; });
        QTRY_VERIFY(!said.isEmpty());
    }

    void theDestructorWaitsForTheRunningJob() {
        std::atomic<bool> finished{false};
        QSemaphore started;
        {
            DbWorker worker(url(), QStringLiteral("test-worker"));
            worker.post([&](DbWorker::Context &c) {
                started.release();
                while (!c.cancelled.load())
                    QThread::msleep(5); // long work that honours its flag
                finished = true;
            });
            started.acquire();
        } // cancels, quits and waits
        QVERIFY(finished.load());
    }
};

QTEST_GUILESS_MAIN(TestDbWorker)
#include "tst_dbworker.moc"
