#pragma once

#include "sync/changefeed.h"

#include <QObject>
#include <QThread>

namespace sb {

// Runs a ChangeFeed on its own thread (with its own connection) so that waiting for the
// database never blocks the caller's event loop. Signals arrive queued in the owner's thread.
class FeedThread : public QObject {
    Q_OBJECT
public:
    FeedThread(const DatabaseUrl &url, qint64 afterSeq, QObject *parent = nullptr);
    ~FeedThread() override;

    void start();
    ChangeFeed::State state() const { return m_state; }

Q_SIGNALS:
    void changed(const QList<sb::Change> &changes);
    void stateChanged(sb::ChangeFeed::State state, const QString &detail);

private:
    QThread m_thread;
    ChangeFeed *m_feed = nullptr; // lives in m_thread
    ChangeFeed::State m_state = ChangeFeed::State::Stopped;
};

} // namespace sb
