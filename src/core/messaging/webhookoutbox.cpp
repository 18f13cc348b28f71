#include "messaging/webhookoutbox.h"

#include "messaging/messagingaudit.h"

#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace sb {

namespace {
QVariant nullableId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kEntryColumns = QStringLiteral(
    "id, kind, target, payload, state, attempts, next_attempt_at, last_error, created_at, "
    "delivered_at, message_id, claimed_until");

OutboxEntry readEntry(const QSqlQuery &q) {
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = q.value(1).toString();
    e.target = q.value(2).toString();
    e.payload = q.value(3).toString().toUtf8();
    e.state = q.value(4).toString();
    e.attempts = q.value(5).toInt();
    e.nextAttemptAt = q.value(6).toLongLong();
    e.lastError = q.value(7).toString();
    e.createdAt = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        e.deliveredAt = q.value(9).toLongLong();
    e.messageId = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        e.claimedUntil = q.value(11).toLongLong();
    return e;
}
} // namespace

WebhookOutbox::WebhookOutbox(Database &db)
    : m_db(db) {
}

bool WebhookOutbox::validateUrl(const QString &url, QString &error) {
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1StringView("https") && u.scheme() != QLatin1StringView("http"))) {
        // The address is not repeated: it may carry the group's secret key.
        error = tr("The webhook address is not an http(s) URL with a host name.");
        return false;
    }
    return true;
}

bool WebhookOutbox::addTarget(const WebhookTarget &target, qint64 nowMs, const QString &actor,
                              qint64 &id, QString &error) {
    if (target.name.trimmed().isEmpty()) {
        error = tr("Webhook target field \"name\" is empty.");
        return false;
    }
    if (!validateUrl(target.url, error))
        return false;
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q,
                           QStringLiteral("INSERT INTO webhook_targets(name, kind, url, enabled, "
                                          "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                           {target.name, webhookKindKey(target.kind), target.url,
                            target.enabled ? 1 : 0, nowMs},
                           err) ||
                !q.next())
                return false;
            id = q.value(0).toLongLong();
            // The URL holds the group's key: the audit names the host only.
            return messaging::appendAudit(m_db, nowMs, actor, QStringLiteral("webhook.add"),
                                          QStringLiteral("webhook_target"), id,
                                          {{QStringLiteral("name"), target.name},
                                           {QStringLiteral("kind"), webhookKindKey(target.kind)},
                                           {QStringLiteral("host"), QUrl(target.url).host()}},
                                          err);
        },
        error);
}

bool WebhookOutbox::setTargetEnabled(qint64 id, bool enabled, qint64 nowMs, const QString &actor,
                                     QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q, QStringLiteral("UPDATE webhook_targets SET enabled = ? WHERE id = ?"),
                           {enabled ? 1 : 0, id}, err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("There is no webhook target with the id %1.").arg(id);
                return false;
            }
            return messaging::appendAudit(m_db, nowMs, actor,
                                          enabled ? QStringLiteral("webhook.enable")
                                                  : QStringLiteral("webhook.disable"),
                                          QStringLiteral("webhook_target"), id, {}, err);
        },
        error);
}

bool WebhookOutbox::updateTarget(const WebhookTarget &target, qint64 nowMs, const QString &actor,
                                 QString &error) {
    if (target.name.trimmed().isEmpty()) {
        error = tr("Webhook target field \"name\" is empty.");
        return false;
    }
    if (!validateUrl(target.url, error))
        return false;
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q,
                           QStringLiteral("UPDATE webhook_targets SET name = ?, kind = ?, url = ?, "
                                          "enabled = ? WHERE id = ?"),
                           {target.name, webhookKindKey(target.kind), target.url,
                            target.enabled ? 1 : 0, target.id},
                           err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("There is no webhook target with the id %1.").arg(target.id);
                return false;
            }
            return messaging::appendAudit(m_db, nowMs, actor, QStringLiteral("webhook.update"),
                                          QStringLiteral("webhook_target"), target.id,
                                          {{QStringLiteral("name"), target.name},
                                           {QStringLiteral("kind"), webhookKindKey(target.kind)},
                                           {QStringLiteral("host"), QUrl(target.url).host()}},
                                          err);
        },
        error);
}

bool WebhookOutbox::removeTarget(qint64 id, qint64 nowMs, const QString &actor, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q, QStringLiteral("DELETE FROM webhook_targets WHERE id = ?"), {id},
                           err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("There is no webhook target with the id %1.").arg(id);
                return false;
            }
            return messaging::appendAudit(m_db, nowMs, actor, QStringLiteral("webhook.remove"),
                                          QStringLiteral("webhook_target"), id, {}, err);
        },
        error);
}

bool WebhookOutbox::targets(QList<WebhookTarget> &out, bool enabledOnly, QString &error) const {
    out.clear();
    QSqlQuery q;
    if (!m_db.exec(q,
                   enabledOnly ? QStringLiteral("SELECT id, name, kind, url, enabled FROM "
                                                "webhook_targets WHERE enabled = 1 ORDER BY id")
                               : QStringLiteral("SELECT id, name, kind, url, enabled FROM "
                                                "webhook_targets ORDER BY id"),
                   {}, error))
        return false;
    while (q.next()) {
        WebhookTarget t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        if (!webhookKindFromKey(q.value(2).toString(), t.kind)) {
            error = tr("Webhook target %1 has an unknown kind \"%2\".")
                        .arg(t.id)
                        .arg(q.value(2).toString());
            return false;
        }
        t.url = q.value(3).toString();
        t.enabled = q.value(4).toInt() != 0;
        out.append(t);
    }
    return true;
}

bool WebhookOutbox::enqueue(WebhookKind kind, const QString &url, const QString &text, qint64 nowMs,
                            qint64 messageId, qint64 &id, QString &error) {
    if (!validateUrl(url, error))
        return false;
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO outbox(kind, target, payload, state, attempts, "
                                  "next_attempt_at, created_at, message_id) VALUES (?, ?, ?, "
                                  "'pending', 0, ?, ?, ?) RETURNING id"),
                   {webhookKindKey(kind), url, QString::fromUtf8(webhookBody(kind, text)), nowMs,
                    nowMs, nullableId(messageId)},
                   error) ||
        !q.next())
        return false;
    id = q.value(0).toLongLong();
    return true;
}

bool WebhookOutbox::enqueueForAllTargets(const QString &text, qint64 nowMs, qint64 messageId,
                                         int &queued, QString &error) {
    queued = 0;
    QList<WebhookTarget> list;
    if (!targets(list, true, error))
        return false;
    for (const WebhookTarget &t : std::as_const(list)) {
        qint64 id = 0;
        if (!enqueue(t.kind, t.url, text, nowMs, messageId, id, error))
            return false;
        ++queued;
    }
    return true;
}

bool WebhookOutbox::enqueueForTargets(const QList<qint64> &targetIds, const QString &text,
                                      qint64 nowMs, qint64 messageId, int &queued, QString &error) {
    queued = 0;
    QList<WebhookTarget> list;
    if (!targets(list, true, error))
        return false;
    for (qint64 wanted : targetIds) {
        const auto it = std::find_if(list.cbegin(), list.cend(),
                                     [wanted](const WebhookTarget &t) { return t.id == wanted; });
        if (it == list.cend()) {
            error = tr("Webhook target %1 does not exist or is disabled.").arg(wanted);
            return false;
        }
        qint64 id = 0;
        if (!enqueue(it->kind, it->url, text, nowMs, messageId, id, error))
            return false;
        ++queued;
    }
    return true;
}

bool WebhookOutbox::entry(qint64 id, OutboxEntry &out, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + kEntryColumns +
                       QStringLiteral(" FROM outbox WHERE id = ?"),
                   {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no outbox entry with the id %1.").arg(id);
        return false;
    }
    out = readEntry(q);
    return true;
}

bool WebhookOutbox::entries(QList<OutboxEntry> &out, QString &error, qint64 messageId,
                            int limit) const {
    out.clear();
    QSqlQuery q;
    const QString where = messageId > 0 ? QStringLiteral(" WHERE message_id = ?") : QString();
    QVariantList values;
    if (messageId > 0)
        values.append(messageId);
    values.append(limit);
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM outbox") +
                       where + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                   values, error))
        return false;
    while (q.next())
        out.append(readEntry(q));
    return true;
}

} // namespace sb
