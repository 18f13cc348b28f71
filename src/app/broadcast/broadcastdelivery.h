#pragma once

#include "messaging/message.h"
#include "storage/databaseurl.h"
#include "storage/dbworker.h"
#include "util/clock.h"

#include <QList>
#include <QObject>

#include <memory>

namespace sb {
class OutboxWorker;
} // namespace sb

namespace sb::app {

// Fetches a person's pending messages and records deliveries and read receipts on a DbWorker
// (the workstation's background worker when given, otherwise one of its own), so that a slow
// or locked database never blocks the GUI thread. Calls return at once; results come back as
// signals in the owner's thread. Fetches are coalesced: while one is under way, further
// requests make one more fetch after it.
class BroadcastDelivery : public QObject {
    Q_OBJECT
public:
    BroadcastDelivery(const DatabaseUrl &url, const Clock &clock, QObject *parent = nullptr,
                      DbWorker *worker = nullptr);
    ~BroadcastDelivery() override;

    void fetchPending(qint64 staffId);
    void markDelivered(qint64 staffId, const QList<qint64> &messageIds);
    void markRead(qint64 staffId, qint64 messageId);

Q_SIGNALS:
    void pendingFetched(const QList<sb::StoredMessage> &messages);
    void readRecorded(qint64 messageId);
    void failed(const QString &error);

private:
    void fetched(const QList<StoredMessage> &messages, const QString &error);
    const Clock &m_clock;
    std::unique_ptr<DbWorker> m_own;
    DbWorker *m_worker = nullptr;
    bool m_fetching = false;
    qint64 m_refetchFor = 0;
};

// The webhook OutboxWorker (chat-group webhooks), living on a DbWorker's thread with its
// connection (the workstation's background worker when given, otherwise one of its own).
class OutboxThread : public QObject {
    Q_OBJECT
public:
    OutboxThread(const DatabaseUrl &url, const Clock &clock, QObject *parent = nullptr,
                 DbWorker *worker = nullptr);
    ~OutboxThread() override;
    void start();
    // Ask for a pass now (e.g. after a send queued rows).
    void poke();

Q_SIGNALS:
    void storageError(const QString &error);

private:
    const Clock &m_clock;
    std::unique_ptr<DbWorker> m_own;
    DbWorker *m_worker = nullptr;
    // Made, used and deleted in the worker's thread (by jobs); shared with those jobs.
    std::shared_ptr<OutboxWorker *> m_outbox;
};

} // namespace sb::app
