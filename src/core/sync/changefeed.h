#pragma once

#include "storage/database.h"
#include "sync/change.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace sb {

// Tells this workstation what changed in the shared database, in commit order, each change
// exactly once. It keeps its own connection (open it in the thread it is to run in).
//
// PostgreSQL: LISTEN signalboard_change (payload = seq) wakes it; SQLite: it polls
// PRAGMA data_version. Either way it then reads change_log after the last seq it has seen,
// so a missed or folded notification costs nothing. A heartbeat finds a dropped connection;
// the feed then reconnects with backoff, subscribes again and catches up.
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
    bool m_catchUpQueued = false;
};

} // namespace sb
