// The change feed of a workstation on PostgreSQL LISTENs on its background worker's
// connection. Changes arrive by notification even while the worker's jobs use that connection,
// and when the worker reopens the connection after a drop the feed subscribes again and
// catches up: every change once, none lost.
#include "storage/dbworker.h"
#include "sync/changefeed.h"
#include "syncscenario.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace sb;

namespace {
const QString kPurpose = QStringLiteral("shared-feed-test");
} // namespace

class TestSyncSharedPg : public QObject {
    Q_OBJECT
private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_admin;
    std::unique_ptr<DbWorker> m_worker;
    ChangeFeed *m_feed = nullptr; // lives in the worker's thread
    QList<qint64> m_seen;
    ChangeFeed::State m_state = ChangeFeed::State::Stopped;

    void startFeed(int heartbeatMs) {
        qint64 seq = 0; // from now on, as a workstation starts
        QString e;
        QVERIFY2(ChangeFeed::currentSeq(*m_admin, seq, e), qPrintable(e));
        m_worker = std::make_unique<DbWorker>(m_url, kPurpose);
        m_feed = new ChangeFeed(m_url, seq);
        m_feed->setHeartbeatInterval(heartbeatMs);
        m_feed->shareConnection([w = m_worker.get()](QString &why) { return w->connection(why); });
        m_feed->moveToThread(m_worker->workerThread());
        connect(m_feed, &ChangeFeed::changed, this, [this](const QList<sb::Change> &changes) {
            for (const Change &c : changes)
                m_seen.append(c.seq);
        });
        connect(m_feed, &ChangeFeed::stateChanged, this,
                [this](ChangeFeed::State s, const QString &) { m_state = s; });
        m_worker->postWithoutConnection([feed = m_feed](DbWorker::Context &) { feed->start(); });
        QTRY_COMPARE_WITH_TIMEOUT(m_state, ChangeFeed::State::Live, 10000);
    }

    // Server processes of this test's worker, and of a feed connection of its own.
    int connectionsNamed(const QString &applicationName) {
        QSqlQuery q;
        QString e;
        if (!m_admin->exec(q,
                           QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                          "datname = current_database() AND application_name = ?"),
                           {applicationName}, e) ||
            !q.next()) {
            qWarning("%s", qPrintable(e));
            return -1;
        }
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<QList<sb::Change>>();
        qRegisterMetaType<sb::ChangeFeed::State>();
    }

    void init() {
        m_url = test::freshPgDatabase(QStringLiteral("sb_sync_shared"));
        QString e;
        m_admin = test::openMigrated(m_url, e);
        QVERIFY2(m_admin, qPrintable(e));
        m_seen.clear();
        m_state = ChangeFeed::State::Stopped;
    }

    void cleanup() {
        if (m_worker) {
            m_worker->postWithoutConnection([feed = m_feed](DbWorker::Context &) {
                feed->stop();
                delete feed;
            });
            m_worker->drain();
        }
        m_feed = nullptr;
        m_worker.reset();
        m_admin.reset();
    }

    void notificationsArriveWhileJobsUseTheConnection() {
        // No heartbeat within the test: only a notification can bring a change.
        startFeed(600000);
        QCOMPARE(connectionsNamed(QStringLiteral("signalboard-") + kPurpose), 1);
        QCOMPARE(connectionsNamed(QStringLiteral("signalboard-feed")), 0);

        QList<qint64> written;
        written.append(test::writeTicket(*m_admin, QStringLiteral("idle worker")));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, written, 5000);

        // A job holds the connection while the change commits, then queries on it: the
        // notification read along with the job's result still reaches the feed.
        QAtomicInt jobStarted = 0;
        qint64 ticketsInJob = -1;
        m_worker->post(
            this,
            [&jobStarted](DbWorker::Context &c) {
                jobStarted = 1;
                QThread::msleep(500);
                QSqlQuery q;
                QString e;
                if (!c.db ||
                    !c.db->exec(q, QStringLiteral("SELECT count(*) FROM tickets"), {}, e) ||
                    !q.next())
                    return qint64(-1);
                return q.value(0).toLongLong();
            },
            [&ticketsInJob](qint64 n) { ticketsInJob = n; });
        QTRY_VERIFY_WITH_TIMEOUT(jobStarted.loadRelaxed() == 1, 5000);
        written.append(test::writeTicket(*m_admin, QStringLiteral("during a job")));
        QTRY_COMPARE_WITH_TIMEOUT(ticketsInJob, qint64(2), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, written, 5000);

        for (int i = 0; i < 5; ++i)
            written.append(test::writeTicket(*m_admin, QStringLiteral("burst %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, written, 5000);
        QCOMPARE(connectionsNamed(QStringLiteral("signalboard-") + kPurpose), 1);
    }

    void subscribesAgainWhenTheWorkerReopens() {
        startFeed(200);
        QList<qint64> written;
        written.append(test::writeTicket(*m_admin, QStringLiteral("before the drop")));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, written, 5000);

        QSqlQuery q;
        QString e;
        QVERIFY2(m_admin->exec(q,
                               QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                              "pg_stat_activity WHERE datname = current_database() "
                                              "AND application_name = ?"),
                               {QString(QStringLiteral("signalboard-") + kPurpose)}, e),
                 qPrintable(e));
        QVERIFY(q.next() && q.value(0).toBool());
        q.finish();
        // The worker's next job finds the connection gone and reopens it in place: a new
        // server process without the feed's LISTEN, until the feed notices.
        bool jobHadConnection = false;
        m_worker->post(
            this, [](DbWorker::Context &c) { return c.db != nullptr; },
            [&jobHadConnection](bool ok) { jobHadConnection = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(jobHadConnection, 10000);

        for (int i = 0; i < 4; ++i)
            written.append(test::writeTicket(*m_admin, QStringLiteral("after the drop %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, written, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_state, ChangeFeed::State::Live, 10000);

        // Live by notification again: with the heartbeat slowed down, a change still arrives.
        m_worker->postWithoutConnection(
            [feed = m_feed](DbWorker::Context &) { feed->setHeartbeatInterval(600000); });
        m_worker->drain();
        written.append(test::writeTicket(*m_admin, QStringLiteral("by notification")));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, written, 5000);
        QCOMPARE(connectionsNamed(QStringLiteral("signalboard-") + kPurpose), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncSharedPg)
#include "tst_sync_shared_pg.moc"
