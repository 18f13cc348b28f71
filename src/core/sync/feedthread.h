#pragma once

#include "storage/dbworker.h"
#include "sync/changefeed.h"

#include <QObject>

#include <memory>

namespace sb {

// Runs a ChangeFeed off the caller's thread, on a DbWorker of its own, so that waiting for the
// database never blocks the caller's event loop. The feed keeps its own connection (the one
// that LISTENs on PostgreSQL); the worker's is never opened. Signals arrive queued in the
// owner's thread.
//
// A workstation on PostgreSQL runs its feed on its background worker instead, sharing that
// worker's connection for the LISTEN (one connection fewer per workstation). Changes then
// wait for the job running there, as the grading engine's work already does.
class FeedThread : public QObject {
    Q_OBJECT
public:
    FeedThread(const DatabaseUrl &url, qint64 afterSeq, QObject *parent = nullptr);
    // On `worker`'s thread and connection (PostgreSQL only; it must outlive this object).
    FeedThread(DbWorker &worker, const DatabaseUrl &url, qint64 afterSeq,
               QObject *parent = nullptr);
    ~FeedThread() override;

    void start();
    ChangeFeed::State state() const { return m_state; }

Q_SIGNALS:
    void changed(const QList<sb::Change> &changes);
    void stateChanged(sb::ChangeFeed::State state, const QString &detail);

private:
    void init();

    std::unique_ptr<DbWorker> m_own;
    DbWorker *m_worker = nullptr; // m_own or a shared one
    ChangeFeed *m_feed = nullptr; // lives in the worker's thread
    ChangeFeed::State m_state = ChangeFeed::State::Stopped;
};

} // namespace sb
