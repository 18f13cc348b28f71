#pragma once

#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace sb {

// The one way to run database work off the GUI thread: one thread, one connection (opened in
// that thread on first use, reopened after it drops) and a queue of jobs run one after
// another. A job gets the connection, or null with the reason when it cannot be opened, and a
// flag that turns true when the job is no longer wanted; its result goes to `done` in the
// thread of `receiver`, and is dropped when the receiver is gone or the job was cancelled.
//
// Objects may live in the worker's thread (made there by a job, or moved to workerThread()) and
// keep the connection a job was given: it is the same object for the worker's life, reopened
// in place after a drop. Such objects are deleted by a job before the worker goes.
//
// cancel() withdraws every job posted so far (queued ones are skipped, a running one sees its
// flag). The destructor cancels, quits and waits: no job outlives its owner.
class DbWorker : public QObject {
    Q_OBJECT
public:
    struct Context {
        Database *db = nullptr; // null when the connection could not be opened
        QString openError;
        const std::atomic<bool> &cancelled;
    };

    DbWorker(DatabaseUrl url, QString purpose, QObject *parent = nullptr,
             QThread::Priority priority = QThread::InheritPriority);
    ~DbWorker() override;
    DbWorker(const DbWorker &) = delete;
    DbWorker &operator=(const DbWorker &) = delete;

    // `job(Context &)` runs in the worker's thread; `done(result)` in the receiver's.
    template <typename Job, typename Done> void post(QObject *receiver, Job job, Done done) {
        postJob(true, receiver, std::move(job), std::move(done));
    }
    // The same for work that needs no database (reading a file): the connection is neither
    // opened nor checked, and Context::db is null.
    template <typename Job, typename Done>
    void postWithoutConnection(QObject *receiver, Job job, Done done) {
        postJob(false, receiver, std::move(job), std::move(done));
    }
    // A job without a result.
    void post(std::function<void(Context &)> job) { enqueue(std::move(job), nullptr, {}); }
    void postWithoutConnection(std::function<void(Context &)> job) {
        enqueue(std::move(job), nullptr, {}, false);
    }

    // The thread the jobs run in (for objects that live there).
    QThread *workerThread() { return &m_thread; }
    // For objects living in the worker's thread that use the connection outside jobs (the
    // change feed's LISTEN on PostgreSQL): the worker's connection, opened or reopened in
    // place as for a job; null with the reason when it cannot be opened. Only in that thread.
    Database *connection(QString &error);

    void cancel();
    // Blocks until every job posted so far has run (tests and shutdown paths).
    void drain();

private:
    class Runner;
    template <typename Job, typename Done>
    void postJob(bool connect, QObject *receiver, Job job, Done done) {
        using Result = std::invoke_result_t<Job &, Context &>;
        auto result = std::make_shared<std::optional<Result>>();
        enqueue([result, job = std::move(job)](Context &c) mutable { result->emplace(job(c)); },
                receiver,
                [result, done = std::move(done)]() mutable {
                    if (result->has_value())
                        done(std::move(**result));
                },
                connect);
    }
    void enqueue(std::function<void(Context &)> job, QObject *receiver, std::function<void()> done,
                 bool connect = true);

    QThread m_thread;
    Runner *m_runner = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_cancelledBelow; // jobs numbered below are withdrawn
    quint64 m_next = 0;                                     // the next job's number
};

} // namespace sb
