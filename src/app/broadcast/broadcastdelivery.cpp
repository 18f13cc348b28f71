#include "broadcast/broadcastdelivery.h"

#include "messaging/messagestore.h"
#include "messaging/webhookworker.h"
#include "storage/database.h"

namespace sb::app {

namespace {
struct Fetched {
    QList<StoredMessage> messages;
    QString error;
};
} // namespace

BroadcastDelivery::BroadcastDelivery(const DatabaseUrl &url, const Clock &clock, QObject *parent,
                                     DbWorker *worker)
    : QObject(parent)
    , m_clock(clock) {
    qRegisterMetaType<QList<sb::StoredMessage>>();
    qRegisterMetaType<QList<qint64>>();
    if (!worker)
        m_own = std::make_unique<DbWorker>(url, QStringLiteral("broadcast-delivery"));
    m_worker = worker ? worker : m_own.get();
}

BroadcastDelivery::~BroadcastDelivery() = default;

void BroadcastDelivery::fetchPending(qint64 staffId) {
    if (staffId <= 0)
        return;
    if (m_fetching) {
        m_refetchFor = staffId;
        return;
    }
    m_fetching = true;
    m_worker->post(
        this,
        [&clock = m_clock, staffId](DbWorker::Context &c) {
            Fetched f;
            if (!c.db)
                f.error = c.openError;
            else
                MessageStore(*c.db, clock).pending(staffId, f.messages, f.error);
            return f;
        },
        [this](Fetched f) { fetched(f.messages, f.error); });
}

void BroadcastDelivery::fetched(const QList<StoredMessage> &messages, const QString &error) {
    m_fetching = false;
    if (!error.isEmpty())
        Q_EMIT failed(error);
    Q_EMIT pendingFetched(messages);
    if (m_refetchFor > 0) {
        const qint64 who = m_refetchFor;
        m_refetchFor = 0;
        fetchPending(who);
    }
}

void BroadcastDelivery::markDelivered(qint64 staffId, const QList<qint64> &messageIds) {
    if (messageIds.isEmpty())
        return;
    m_worker->post(
        this,
        [&clock = m_clock, staffId, messageIds](DbWorker::Context &c) {
            QString error = c.openError;
            if (c.db)
                MessageStore(*c.db, clock).markDelivered(staffId, messageIds, error);
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT failed(error);
        });
}

void BroadcastDelivery::markRead(qint64 staffId, qint64 messageId) {
    m_worker->post(
        this,
        [&clock = m_clock, staffId, messageId](DbWorker::Context &c) {
            QString error = c.openError;
            if (c.db)
                MessageStore(*c.db, clock).markRead(staffId, messageId, error);
            return error;
        },
        [this, messageId](const QString &error) {
            if (error.isEmpty())
                Q_EMIT readRecorded(messageId);
            else
                Q_EMIT failed(error);
        });
}

OutboxThread::OutboxThread(const DatabaseUrl &url, const Clock &clock, QObject *parent,
                           DbWorker *worker)
    : QObject(parent)
    , m_clock(clock)
    , m_outbox(std::make_shared<OutboxWorker *>(nullptr)) {
    if (!worker)
        m_own = std::make_unique<DbWorker>(url, QStringLiteral("webhook-outbox"));
    m_worker = worker ? worker : m_own.get();
}

OutboxThread::~OutboxThread() {
    // The outbox goes in its thread, after the work posted before, and before the connection.
    m_worker->post([slot = m_outbox](DbWorker::Context &) {
        delete *slot;
        *slot = nullptr;
    });
    if (m_own)
        m_own->drain();
}

void OutboxThread::start() {
    m_worker->post(
        this,
        [slot = m_outbox, &clock = m_clock](DbWorker::Context &c) {
            if (*slot || !c.db)
                return c.openError;
            // Made in the worker's thread, on its connection (the same for the worker's life).
            *slot = new OutboxWorker(*c.db, clock);
            (*slot)->start();
            return QString();
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT storageError(error);
        });
    // Its storage errors, reported here: connected once it exists.
    m_worker->post(
        this, [slot = m_outbox](DbWorker::Context &) { return *slot; },
        [this](OutboxWorker *outbox) {
            if (outbox)
                connect(outbox, &OutboxWorker::storageError, this, &OutboxThread::storageError);
        });
}

void OutboxThread::poke() {
    m_worker->post([slot = m_outbox](DbWorker::Context &) {
        if (*slot)
            (*slot)->processDue();
    });
}

} // namespace sb::app
