#pragma once

#include "messaging/webhook.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sb {

struct WebhookTarget {
    qint64 id = 0;
    QString name;
    WebhookKind kind = WebhookKind::WeCom;
    QString url; // carries the group's secret key: never logged
    bool enabled = true;
};

// One row of the outbox as the GUI and tests see it.
struct OutboxEntry {
    qint64 id = 0;
    QString kind;
    QString target;
    QByteArray payload;
    QString state; // pending, delivered, failed
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    qint64 createdAt = 0;
    std::optional<qint64> deliveredAt;
    qint64 messageId = 0;
    std::optional<qint64> claimedUntil; // a worker's lease on the row (see OutboxWorker)
};

// Webhook targets and the outbox rows that carry notices to them. Writes that queue rows do
// not open a transaction of their own: call them inside the transaction that creates the
// notice, so the notice and its webhook rows are stored together or not at all.
class WebhookOutbox {
    Q_DECLARE_TR_FUNCTIONS(WebhookOutbox)
public:
    explicit WebhookOutbox(Database &db);

    static bool validateUrl(const QString &url, QString &error);

    bool addTarget(const WebhookTarget &target, qint64 nowMs, const QString &actor, qint64 &id,
                   QString &error);
    bool setTargetEnabled(qint64 id, bool enabled, qint64 nowMs, const QString &actor,
                          QString &error);
    // Changes name, kind, URL and enabled of target `target.id`; rows already queued keep
    // the address they were queued with.
    bool updateTarget(const WebhookTarget &target, qint64 nowMs, const QString &actor,
                      QString &error);
    bool removeTarget(qint64 id, qint64 nowMs, const QString &actor, QString &error);
    bool targets(QList<WebhookTarget> &out, bool enabledOnly, QString &error) const;

    bool enqueue(WebhookKind kind, const QString &url, const QString &text, qint64 nowMs,
                 qint64 messageId, qint64 &id, QString &error);
    // One row per enabled target; `queued` says how many.
    bool enqueueForAllTargets(const QString &text, qint64 nowMs, qint64 messageId, int &queued,
                              QString &error);
    // One row per named target; fails (naming the id) when one is unknown or disabled.
    bool enqueueForTargets(const QList<qint64> &targetIds, const QString &text, qint64 nowMs,
                           qint64 messageId, int &queued, QString &error);

    bool entry(qint64 id, OutboxEntry &out, QString &error) const;
    // Newest first; `messageId` > 0 restricts to the rows of one message.
    bool entries(QList<OutboxEntry> &out, QString &error, qint64 messageId = 0,
                 int limit = 500) const;

private:
    Database &m_db;
};

} // namespace sb
