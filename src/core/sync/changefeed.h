#pragma once

#include "storage/database.h"
#include "sync/change.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace sb {

// Tells this workstation what changed in the shared database, in commit order, each change
// exactly once. It keeps its own connection (open it in the thread it is to run in).
//
// PostgreSQL: LISTEN signalboard_change. The notification carries the change itself
// (sync/changenotice.h): when its seq follows the last one seen, the feed delivers it as it is,
// without a query. The first such change of a read from the socket goes out at once, in the
// wake of the thread that read it, so that nothing else due in the thread (the heartbeat's
// query, the worker's next job) runs first; the others read with it go out together, as one
// delivery, at the next turn of the event loop. On a gap in the seqs, a payload of the seq alone
// (an older server, a statement of many tickets) or an entity this build does not know, it
// reads change_log after the last seq it has seen (a catch-up); a seq already seen is dropped.
// The heartbeat asks the server for its newest seq (one indexed read, which is also the
// connection's ping) and catches up only when a change it reported is still missing one
// heartbeat later: a lost or stuck notification costs at most two heartbeats.
// SQLite: it polls PRAGMA data_version and catches up when it moved, and on every heartbeat.
// A heartbeat finds a dropped connection; the feed then reconnects with backoff, subscribes
// again and catches up.
//
// On PostgreSQL the feed may LISTEN on a connection it shares with other work in its thread
// (a workstation's background DbWorker): shareConnection() before start(). The source opens
// the connection, or reopens it in place after a drop; the feed subscribes again whenever it
// finds the connection reopened.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, CatchingUp, Live, Reconnecting };
    Q_ENUM(State)

    ChangeFeed(DatabaseUrl url, qint64 afterSeq, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Interval of the SQLite poll and of the connection heartbeat (PostgreSQL).
    void setPollInterval(int ms) { m_pollMs = ms; }
    // Qt's default coarse timer moves a 1 s heartbeat onto the whole or half second of the
    // process's clock: feeds of one process then ask the server in the same instant, where
    // workstations on their own computers ask at their own times. The fleet benchmark, which
    // runs hundreds of feeds in one process, asks for Qt::PreciseTimer. Before start(). (A
    // workstation keeps the coarse one: precise timers would keep the heartbeats of a whole
    // fleet in step after a server restart made every workstation reconnect at once.)
    void setHeartbeatTimerType(Qt::TimerType type) { m_heartbeatTimer.setTimerType(type); }
    void setHeartbeatInterval(int ms) {
        m_heartbeatMs = ms;
        if (m_heartbeatTimer.isActive()) // a running feed: from now on (in the feed's thread)
            m_heartbeatTimer.start(ms);
    }

    // PostgreSQL only (SQLite's data_version does not count the same connection's commits).
    // Set before start(); the source is called in the feed's thread. The feed never closes or
    // deletes that connection.
    void shareConnection(std::function<Database *(QString &error)> source) {
        m_source = std::move(source);
    }

    qint64 lastSeq() const { return m_lastSeq; }
    // How many times the feed has read change_log so far (catch-ups, one per query), whatever
    // thread asks: the cost a change delivered from its notification does not have.
    qint64 changeLogReads() const { return m_changeLogReads.load(std::memory_order_relaxed); }
    State state() const { return m_state; }

    // The newest seq in change_log (0 when empty): where a fresh workstation starts.
    static bool currentSeq(Database &db, qint64 &seq, QString &error);

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void changed(const QList<sb::Change> &changes);
    void stateChanged(sb::ChangeFeed::State state, const QString &detail);

private:
    bool connectNow(QString &error);
    void catchUp();
    void notified(const QString &payload);
    void deliverNotified();
    void deliverPending();
    bool checkNewest(Database &db);
    void poll();
    void heartbeat();
    void connectionLost(const QString &why);
    void tryReconnect();
    void setState(State s, const QString &detail = {});

    Database *connection() const { return m_source ? m_shared : m_db.get(); }

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;                // its own connection
    std::function<Database *(QString &)> m_source; // or a shared one, from here
    Database *m_shared = nullptr;                  // as the source last gave it
    quint64 m_subscribedGeneration = 0;            // of the shared connection
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
    State m_state = State::Stopped;
    int m_pollMs = 50;
    int m_heartbeatMs = 1000;
    int m_backoffMs = 0;
    QTimer m_pollTimer;
    QTimer m_heartbeatTimer;
    QTimer m_reconnectTimer;
    QTimer m_deliverTimer;   // zero-time: after the notifications read together
    QList<Change> m_pending; // from notifications, seqs m_lastSeq + 1, + 2 … not delivered yet
    bool m_catchUpQueued = false;
    qint64 m_missingSeq = 0; // the newest seq a heartbeat saw and the feed had not (PostgreSQL)
    std::atomic<qint64> m_changeLogReads{0};
};

} // namespace sb
