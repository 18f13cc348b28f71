#pragma once

#include "storage/dbworker.h"

#include <memory>
#include <utility>

namespace sb {

// Long work (an archive run, an erasure, an export, a report build or a scheduled run) on a
// connection of its own: a DbWorker is made when the first job is posted and let go once the
// last posted job's result has been delivered, so the workstation's shared worker stays free
// for the screens while it runs, and an idle workstation is back to its two connections when
// it ends. Jobs posted while one runs queue behind it on the same connection.
//
// Owned by the object that receives the results (a member, so that destroying the owner waits
// for a running job: DbWorker's destructor cancels and waits).
class LongJob {
public:
    explicit LongJob(QString purpose, QThread::Priority priority = QThread::InheritPriority)
        : m_purpose(std::move(purpose))
        , m_priority(priority) {}
    LongJob(const LongJob &) = delete;
    LongJob &operator=(const LongJob &) = delete;

    // Withdraws the queued jobs, waits for the running one and closes the connection; no
    // result is delivered any more. For an owner that goes while jobs still reach back to it.
    void abandon() {
        m_worker.reset();
        m_pending = 0;
    }

    // True from the first post until the last posted job's result has been delivered.
    bool isRunning() const { return m_pending > 0; }

    // `job(DbWorker::Context &)` runs on the job's connection to `url` (the URL of the first
    // of the jobs queued together); `done(result)` in `receiver`'s thread, after which the
    // connection closes unless another job is queued.
    template <typename Job, typename Done>
    void post(const DatabaseUrl &url, QObject *receiver, Job job, Done done) {
        worker(url).post(receiver, std::move(job), settle(std::move(done)));
    }
    // The same for work that needs no database (reading a file): no connection is opened.
    template <typename Job, typename Done>
    void postWithoutConnection(QObject *receiver, Job job, Done done) {
        worker(DatabaseUrl())
            .postWithoutConnection(receiver, std::move(job), settle(std::move(done)));
    }

private:
    DbWorker &worker(const DatabaseUrl &url) {
        if (!m_worker)
            m_worker = std::make_unique<DbWorker>(url, m_purpose, nullptr, m_priority);
        ++m_pending;
        return *m_worker;
    }
    template <typename Done> auto settle(Done done) {
        return [this, done = std::move(done)](auto &&result) mutable {
            if (--m_pending == 0)
                // Not deleted inside its own callback: from the event loop, after it. Its
                // connection closes with it.
                m_worker.release()->deleteLater();
            done(std::forward<decltype(result)>(result));
        };
    }

    QString m_purpose;
    QThread::Priority m_priority;
    std::unique_ptr<DbWorker> m_worker; // while a job is pending
    int m_pending = 0;
};

} // namespace sb
