#include "storage/dbworker.h"

#include <QSemaphore>

namespace sb {

class DbWorker::Runner : public QObject {
public:
    Runner(DatabaseUrl url, QString purpose, std::shared_ptr<std::atomic<quint64>> cancelledBelow)
        : m_url(std::move(url))
        , m_purpose(std::move(purpose))
        , m_cancelledBelow(std::move(cancelledBelow)) {}

    void run(quint64 number, const std::function<void(Context &)> &job,
             const QPointer<QObject> &receiver, const std::function<void()> &done, bool connect) {
        if (number < m_cancelledBelow->load())
            return; // withdrawn before it started
        m_cancelled.store(false);
        // The connection object stays the same for the worker's life (reopened in place after
        // a drop), so that objects living in this thread may keep a reference to it.
        // Work without the database leaves the connection as it is.
        QString openError;
        Database *db = connect ? connection(openError) : nullptr;
        Context context{db, db ? QString() : openError, m_cancelled};
        job(context);
        if (!done || !receiver || number < m_cancelledBelow->load())
            return;
        // Delivered in the receiver's thread, unless withdrawn meanwhile.
        QMetaObject::invokeMethod(
            receiver.data(),
            [below = m_cancelledBelow, number, done] {
                if (number >= below->load())
                    done();
            },
            Qt::QueuedConnection);
    }

    // The worker's connection, opened on first use and reopened in place when it has dropped;
    // null with the reason when it cannot be opened.
    Database *connection(QString &error) {
        if (!m_db) {
            m_db = Database::open(m_url, m_purpose, error);
            return m_db.get();
        }
        if (m_db->ping() || m_db->reopen(error))
            return m_db.get();
        return nullptr;
    }

    // The running job's flag (set from the owner's thread by cancel()).
    std::atomic<bool> m_cancelled{false};

private:
    DatabaseUrl m_url;
    QString m_purpose;
    std::shared_ptr<std::atomic<quint64>> m_cancelledBelow;
    std::unique_ptr<Database> m_db; // opened, used and closed in the worker thread
};

DbWorker::DbWorker(DatabaseUrl url, QString purpose, QObject *parent, QThread::Priority priority)
    : QObject(parent)
    , m_cancelledBelow(std::make_shared<std::atomic<quint64>>(0)) {
    m_thread.setObjectName(purpose);
    m_runner = new Runner(std::move(url), std::move(purpose), m_cancelledBelow);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start(priority);
}

DbWorker::~DbWorker() {
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::enqueue(std::function<void(Context &)> job, QObject *receiver,
                       std::function<void()> done, bool connect) {
    const quint64 number = m_next++;
    Runner *r = m_runner;
    QMetaObject::invokeMethod(
        r,
        [r, number, job = std::move(job), target = QPointer<QObject>(receiver),
         done = std::move(done), connect] { r->run(number, job, target, done, connect); },
        Qt::QueuedConnection);
}

Database *DbWorker::connection(QString &error) {
    Q_ASSERT(QThread::currentThread() == &m_thread);
    return m_runner->connection(error);
}

void DbWorker::cancel() {
    m_cancelledBelow->store(m_next);
    m_runner->m_cancelled.store(true);
}

void DbWorker::drain() {
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_runner, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

} // namespace sb
