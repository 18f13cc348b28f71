#include "broadcast/broadcastdelivery.h"

#include "messaging/messagestore.h"
#include "messaging/webhookworker.h"
#include "storage/database.h"

namespace sb::app {

DeliveryWorker::DeliveryWorker(DatabaseUrl url, const Clock &clock)
    : m_url(std::move(url))
    , m_clock(clock) {
}

DeliveryWorker::~DeliveryWorker() = default;

void DeliveryWorker::open() {
    QString error;
    m_db = Database::open(m_url, QStringLiteral("broadcast-delivery"), error);
    if (!m_db) {
        Q_EMIT failed(error);
        return;
    }
    m_store = std::make_unique<MessageStore>(*m_db, m_clock);
}

void DeliveryWorker::close() {
    m_store.reset();
    m_db.reset();
}

void DeliveryWorker::fetchPending(qint64 staffId) {
    QList<StoredMessage> out;
    QString error;
    if (!m_store) {
        Q_EMIT pendingFetched(out);
        return;
    }
    if (!m_store->pending(staffId, out, error))
        Q_EMIT failed(error);
    Q_EMIT pendingFetched(out);
}

void DeliveryWorker::markDelivered(qint64 staffId, const QList<qint64> &messageIds) {
    QString error;
    if (m_store && !m_store->markDelivered(staffId, messageIds, error))
        Q_EMIT failed(error);
}

void DeliveryWorker::markRead(qint64 staffId, qint64 messageId) {
    QString error;
    if (!m_store)
        return;
    if (m_store->markRead(staffId, messageId, error))
        Q_EMIT readRecorded(messageId);
    else
        Q_EMIT failed(error);
}

BroadcastDelivery::BroadcastDelivery(const DatabaseUrl &url, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_worker(new DeliveryWorker(url, clock)) {
    qRegisterMetaType<QList<sb::StoredMessage>>();
    qRegisterMetaType<QList<qint64>>();
    m_thread.setObjectName(QStringLiteral("broadcast-delivery"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DeliveryWorker::pendingFetched, this,
            [this](const QList<StoredMessage> &messages) {
                m_fetching = false;
                Q_EMIT pendingFetched(messages);
                if (m_refetchFor > 0) {
                    const qint64 who = m_refetchFor;
                    m_refetchFor = 0;
                    fetchPending(who);
                }
            });
    connect(m_worker, &DeliveryWorker::readRecorded, this, &BroadcastDelivery::readRecorded);
    connect(m_worker, &DeliveryWorker::failed, this, &BroadcastDelivery::failed);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &DeliveryWorker::open, Qt::QueuedConnection);
}

BroadcastDelivery::~BroadcastDelivery() {
    QMetaObject::invokeMethod(m_worker, &DeliveryWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BroadcastDelivery::fetchPending(qint64 staffId) {
    if (staffId <= 0)
        return;
    if (m_fetching) {
        m_refetchFor = staffId;
        return;
    }
    m_fetching = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, staffId] { w->fetchPending(staffId); }, Qt::QueuedConnection);
}

void BroadcastDelivery::markDelivered(qint64 staffId, const QList<qint64> &messageIds) {
    if (messageIds.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, staffId, messageIds] { w->markDelivered(staffId, messageIds); },
        Qt::QueuedConnection);
}

void BroadcastDelivery::markRead(qint64 staffId, qint64 messageId) {
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, staffId, messageId] { w->markRead(staffId, messageId); },
        Qt::QueuedConnection);
}

namespace {
// Lives in the outbox thread: its connection and the worker are made and used there only.
class OutboxHolder : public QObject {
public:
    OutboxHolder(DatabaseUrl url, const Clock &clock)
        : m_url(std::move(url))
        , m_clock(clock) {}
    ~OutboxHolder() override {
        delete m_worker;
        m_db.reset();
    }
    bool start(QString &error) {
        m_db = Database::open(m_url, QStringLiteral("webhook-outbox"), error);
        if (!m_db)
            return false;
        m_worker = new OutboxWorker(*m_db, m_clock);
        m_worker->start();
        return true;
    }
    void poke() {
        if (m_worker)
            m_worker->processDue();
    }
    OutboxWorker *worker() const { return m_worker; }

private:
    DatabaseUrl m_url;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    OutboxWorker *m_worker = nullptr;
};
} // namespace

OutboxThread::OutboxThread(const DatabaseUrl &url, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_holder(new OutboxHolder(url, clock)) {
    m_thread.setObjectName(QStringLiteral("webhook-outbox"));
    m_holder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_holder, &QObject::deleteLater);
}

OutboxThread::~OutboxThread() {
    m_thread.quit();
    m_thread.wait();
}

void OutboxThread::start() {
    m_thread.start();
    auto *holder = static_cast<OutboxHolder *>(m_holder);
    QMetaObject::invokeMethod(
        holder,
        [this, holder] {
            QString error;
            if (!holder->start(error)) {
                Q_EMIT storageError(error);
                return;
            }
            connect(holder->worker(), &OutboxWorker::storageError, this,
                    &OutboxThread::storageError);
        },
        Qt::QueuedConnection);
}

void OutboxThread::poke() {
    auto *holder = static_cast<OutboxHolder *>(m_holder);
    QMetaObject::invokeMethod(
        holder, [holder] { holder->poke(); }, Qt::QueuedConnection);
}

} // namespace sb::app
