#pragma once

#include "messaging/message.h"
#include "storage/databaseurl.h"
#include "util/clock.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

namespace sb {
class Database;
class MessageStore;
class OutboxWorker;
} // namespace sb

namespace sb::app {

// Runs on its own thread with its own connection: fetches a person's pending messages and
// records deliveries and read receipts, so that a slow or locked database never blocks the
// GUI thread.
class DeliveryWorker : public QObject {
    Q_OBJECT
public:
    DeliveryWorker(DatabaseUrl url, const Clock &clock);
    ~DeliveryWorker() override;

public Q_SLOTS:
    void open();
    void fetchPending(qint64 staffId);
    void markDelivered(qint64 staffId, const QList<qint64> &messageIds);
    void markRead(qint64 staffId, qint64 messageId);
    void close();

Q_SIGNALS:
    void pendingFetched(const QList<sb::StoredMessage> &messages);
    void readRecorded(qint64 messageId);
    void failed(const QString &error);

private:
    DatabaseUrl m_url;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

// Owns the delivery thread. Calls return at once; results come back as queued signals.
// Fetches are coalesced: while one is under way, further requests make one more fetch after it.
class BroadcastDelivery : public QObject {
    Q_OBJECT
public:
    BroadcastDelivery(const DatabaseUrl &url, const Clock &clock, QObject *parent = nullptr);
    ~BroadcastDelivery() override;

    void fetchPending(qint64 staffId);
    void markDelivered(qint64 staffId, const QList<qint64> &messageIds);
    void markRead(qint64 staffId, qint64 messageId);

Q_SIGNALS:
    void pendingFetched(const QList<sb::StoredMessage> &messages);
    void readRecorded(qint64 messageId);
    void failed(const QString &error);

private:
    QThread m_thread;
    DeliveryWorker *m_worker = nullptr; // lives in m_thread
    bool m_fetching = false;
    qint64 m_refetchFor = 0;
};

// The webhook OutboxWorker (chat-group webhooks) on its own thread and connection.
class OutboxThread : public QObject {
    Q_OBJECT
public:
    OutboxThread(const DatabaseUrl &url, const Clock &clock, QObject *parent = nullptr);
    ~OutboxThread() override;
    void start();
    // Ask for a pass now (e.g. after a send queued rows).
    void poke();

Q_SIGNALS:
    void storageError(const QString &error);

private:
    QThread m_thread;
    QObject *m_holder = nullptr; // lives in m_thread; owns the connection and the worker
};

} // namespace sb::app
