#include "messaging/messagestore.h"

#include "messaging/audience.h"
#include "messaging/messageattachments.h"
#include "messaging/messagerows.h"
#include "messaging/messagingaudit.h"
#include "messaging/webhook.h"
#include "messaging/webhookoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

using messaging::nullableMs;

namespace {
constexpr int kMaxPriority = 9;
constexpr qsizetype kMaxBodyChars = 100000;

QVariant nullableId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

MessageStore::MessageStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool MessageStore::validate(const OutgoingMessage &m, qint64 nowMs, QString &error) {
    const std::pair<const char *, const QString *> texts[] = {
        {"subject", &m.subject}, {"body", &m.body}, {"script", &m.script}};
    for (const auto &[field, text] : texts) {
        const qsizetype nul = text->indexOf(QChar(u'\0'));
        if (nul >= 0) {
            error = tr("Message field \"%1\" contains a NUL character at position %2; it cannot "
                       "be stored.")
                        .arg(QLatin1StringView(field))
                        .arg(nul + 1);
            return false;
        }
        if (text->size() > kMaxBodyChars) {
            error = tr("Message field \"%1\" is longer than %2 characters.")
                        .arg(QLatin1StringView(field))
                        .arg(kMaxBodyChars);
            return false;
        }
    }
    if (m.body.trimmed().isEmpty()) {
        error = tr("Message field \"body\" is empty.");
        return false;
    }
    if (m.priority < 0 || m.priority > kMaxPriority) {
        error = tr("Message field \"priority\" is %1; it must be between 0 and %2.")
                    .arg(m.priority)
                    .arg(kMaxPriority);
        return false;
    }
    const int modes = m.modes.toInt();
    if (modes == 0 || (modes & ~kAllDisplayModes) != 0) {
        error = tr("Message field \"modes\" is %1; choose at least one of pop-up, ticker, "
                   "highlight and sound.")
                    .arg(modes);
        return false;
    }
    if (m.expiresAt && *m.expiresAt <= nowMs) {
        error = tr("Message field \"expires\": the time has already passed.");
        return false;
    }
    return true;
}

bool MessageStore::send(const OutgoingMessage &message, qint64 &messageId, QString &error,
                        SendReport *report) {
    const qint64 now = m_clock.nowMs();
    if (!validate(message, now, error))
        return false;
    SendReport r;
    const bool ok = m_db.transaction(
        [&](QString &err) { return sendInTransaction(message, now, messageId, r, err); }, error);
    if (ok && report)
        *report = r;
    return ok;
}

bool MessageStore::sendInTransaction(const OutgoingMessage &message, qint64 &messageId,
                                     QString &error, SendReport *report) {
    const qint64 now = m_clock.nowMs();
    if (!validate(message, now, error))
        return false;
    SendReport r;
    if (!sendInTransaction(message, now, messageId, r, error))
        return false;
    if (report)
        *report = r;
    return true;
}

bool MessageStore::sendInTransaction(const OutgoingMessage &m, qint64 nowMs, qint64 &messageId,
                                     SendReport &report, QString &error) {
    QSqlQuery q;
    if (m.senderId > 0) {
        if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM staff WHERE id = ?"), {m.senderId}, error))
            return false;
        if (!q.next()) {
            error = tr("Message field \"sender\": no staff member has the id %1.").arg(m.senderId);
            return false;
        }
    }
    if (m.incidentId > 0) {
        if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"), {m.incidentId},
                       error))
            return false;
        if (!q.next()) {
            error = tr("Message field \"incident\": no incident has the id %1.").arg(m.incidentId);
            return false;
        }
    }
    QList<qint64> recipients;
    if (!AudienceResolver(m_db).resolve(m.audience, recipients, error))
        return false;

    const QString audienceJson =
        QString::fromUtf8(QJsonDocument(m.audience.toJson()).toJson(QJsonDocument::Compact));
    if (!m_db.exec(
            q,
            QStringLiteral("INSERT INTO messages(sender_id, subject, body, script, priority, "
                           "modes, audience, incident_id, created_at, expires_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {nullableId(m.senderId), textValue(m.subject), textValue(m.body), textValue(m.script),
             m.priority, m.modes.toInt(), audienceJson, nullableId(m.incidentId), nowMs,
             nullableMs(m.expiresAt)},
            error))
        return false;
    if (!q.next()) {
        error = tr("The database did not return the id of the new message.");
        return false;
    }
    messageId = q.value(0).toLongLong();

    // One prepared statement for every recipient.
    QSqlQuery ins(m_db.db());
    if (!ins.prepare(
            QStringLiteral("INSERT INTO message_recipients(message_id, staff_id) VALUES (?, ?)"))) {
        error = m_db.describe(ins.lastError());
        return false;
    }
    for (qint64 staffId : std::as_const(recipients)) {
        ins.bindValue(0, messageId);
        ins.bindValue(1, staffId);
        if (!ins.exec()) {
            error = tr("Recipient %1: %2").arg(staffId).arg(m_db.describe(ins.lastError()));
            return false;
        }
    }
    report.recipients = int(recipients.size());

    if (!m.attachments.isEmpty() &&
        !MessageAttachmentStore(m_db).addInTransaction(messageId, nowMs, m.attachments, error))
        return false;

    if (m.alsoWebhooks) {
        WebhookOutbox outbox(m_db);
        const QString text = webhookText(m.subject, m.body, m.script);
        if (!(m.webhookTargetIds.isEmpty()
                  ? outbox.enqueueForAllTargets(text, nowMs, messageId, report.webhooksQueued,
                                                error)
                  : outbox.enqueueForTargets(m.webhookTargetIds, text, nowMs, messageId,
                                             report.webhooksQueued, error)))
            return false;
    }

    QJsonObject detail{{QStringLiteral("audience"), m.audience.toJson()},
                       {QStringLiteral("recipients"), report.recipients},
                       {QStringLiteral("priority"), m.priority},
                       {QStringLiteral("webhooks"), report.webhooksQueued}};
    if (m.incidentId > 0)
        detail.insert(QStringLiteral("incident"), m.incidentId);
    if (!m.attachments.isEmpty())
        detail.insert(QStringLiteral("attachments"), int(m.attachments.size()));
    return messaging::appendAudit(m_db, nowMs, messaging::actorFor(m_db, m.senderId),
                                  m.audience.resendOf > 0 ? QStringLiteral("message.resend")
                                  : m.incidentId > 0      ? QStringLiteral("message.announce")
                                                          : QStringLiteral("message.send"),
                                  QStringLiteral("message"), messageId, detail, error);
}

namespace {
OutgoingMessage announcementMessage(const IncidentAnnouncement &a) {
    OutgoingMessage m;
    m.senderId = a.senderId;
    m.subject = a.subject;
    m.body = a.notice;
    m.script = a.script;
    m.priority = a.priority;
    m.modes = a.modes;
    m.audience = a.audience;
    m.incidentId = a.incidentId;
    m.expiresAt = a.expiresAt;
    m.alsoWebhooks = a.alsoWebhooks;
    m.webhookTargetIds = a.webhookTargetIds;
    return m;
}
} // namespace

bool MessageStore::announceIncident(const IncidentAnnouncement &a, qint64 &messageId,
                                    QString &error, SendReport *report) {
    if (a.incidentId <= 0) {
        error = tr("An incident announcement needs the incident it is about.");
        return false;
    }
    return send(announcementMessage(a), messageId, error, report);
}

bool MessageStore::announceIncidentInTransaction(const IncidentAnnouncement &a, qint64 &messageId,
                                                 QString &error, SendReport *report) {
    if (a.incidentId <= 0) {
        error = tr("An incident announcement needs the incident it is about.");
        return false;
    }
    const OutgoingMessage m = announcementMessage(a);
    const qint64 now = m_clock.nowMs();
    if (!validate(m, now, error))
        return false;
    SendReport r;
    if (!sendInTransaction(m, now, messageId, r, error))
        return false;
    if (report)
        *report = r;
    return true;
}

bool MessageStore::resendToUnread(qint64 originalId, qint64 senderId, qint64 &newMessageId,
                                  QString &error, const ResendOptions &options,
                                  SendReport *report) {
    const qint64 now = m_clock.nowMs();
    SendReport r;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            StoredMessage original;
            if (!message(originalId, original, err))
                return false;
            QSqlQuery q;
            if (!m_db.exec(q,
                           QStringLiteral("SELECT staff_id FROM message_recipients WHERE "
                                          "message_id = ? AND read_at IS NULL ORDER BY staff_id"),
                           {originalId}, err))
                return false;
            QList<qint64> unread;
            while (q.next())
                unread.append(q.value(0).toLongLong());
            if (unread.isEmpty()) {
                err = tr("Everyone has read message %1; nothing was sent again.").arg(originalId);
                return false;
            }
            OutgoingMessage m;
            m.senderId = senderId;
            m.subject = original.subject;
            m.body = original.body;
            m.script = original.script;
            m.priority = original.priority;
            m.modes = original.modes;
            m.incidentId = original.incidentId;
            m.expiresAt = options.replaceExpiry ? options.expiresAt : original.expiresAt;
            m.audience = Audience::staff(unread);
            m.audience.resendOf = originalId;
            // The files go again too (a report's PDF), read back whole.
            QList<MessageAttachment> files;
            if (!attachments(originalId, files, err))
                return false;
            for (const MessageAttachment &f : std::as_const(files)) {
                MessageAttachment whole;
                if (!attachment(f.id, whole, err))
                    return false;
                m.attachments.append(whole);
            }
            if (!validate(m, now, err))
                return false;
            return sendInTransaction(m, now, newMessageId, r, err);
        },
        error);
    if (ok && report)
        *report = r;
    return ok;
}

bool MessageStore::pending(qint64 staffId, QList<StoredMessage> &out, QString &error,
                           int limit) const {
    out.clear();
    QSqlQuery q;
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT ") + messaging::messageColumns() +
                QStringLiteral(", r.delivered_at, r.read_at FROM message_recipients r "
                               "JOIN messages m ON m.id = r.message_id "
                               "LEFT JOIN staff s ON s.id = m.sender_id "
                               "WHERE r.staff_id = ? AND r.delivered_at IS NULL "
                               "AND (m.expires_at IS NULL OR m.expires_at > ?) "
                               "ORDER BY m.priority DESC, m.created_at ASC, m.id ASC LIMIT ?"),
            {staffId, m_clock.nowMs(), limit}, error))
        return false;
    while (q.next()) {
        StoredMessage m;
        messaging::readMessageColumns(q, 0, m);
        m.recipientId = staffId;
        m.deliveredAt = messaging::optionalMs(q.value(messaging::kMessageColumnCount));
        m.readAt = messaging::optionalMs(q.value(messaging::kMessageColumnCount + 1));
        out.append(m);
    }
    return MessageAttachmentStore(m_db).fillNames(out, error);
}

bool MessageStore::markDelivered(qint64 staffId, const QList<qint64> &messageIds, QString &error) {
    const qint64 now = m_clock.nowMs();
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!q.prepare(
                    QStringLiteral("UPDATE message_recipients SET delivered_at = ? WHERE "
                                   "message_id = ? AND staff_id = ? AND delivered_at IS NULL"))) {
                err = m_db.describe(q.lastError());
                return false;
            }
            for (qint64 id : messageIds) {
                q.bindValue(0, now);
                q.bindValue(1, id);
                q.bindValue(2, staffId);
                if (!q.exec()) {
                    err = tr("Message %1: %2").arg(id).arg(m_db.describe(q.lastError()));
                    return false;
                }
            }
            return true;
        },
        error);
}

bool MessageStore::markRead(qint64 staffId, qint64 messageId, QString &error, bool *recorded) {
    const qint64 now = m_clock.nowMs();
    QSqlQuery q;
    // A single statement: the first reader's time wins even when two workstations race.
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE message_recipients SET read_at = ?, delivered_at = "
                                  "COALESCE(delivered_at, ?) WHERE message_id = ? AND staff_id = ? "
                                  "AND read_at IS NULL"),
                   {now, now, messageId, staffId}, error))
        return false;
    const bool changed = q.numRowsAffected() > 0;
    if (recorded)
        *recorded = changed;
    if (changed)
        return true;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT 1 FROM message_recipients WHERE message_id = ? AND "
                                  "staff_id = ?"),
                   {messageId, staffId}, error))
        return false;
    if (!q.next()) {
        error = tr("Staff member %1 is not a recipient of message %2.").arg(staffId).arg(messageId);
        return false;
    }
    return true;
}

bool MessageStore::message(qint64 messageId, StoredMessage &out, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + messaging::messageColumns() +
                       QStringLiteral(" FROM messages m LEFT JOIN staff s ON s.id = m.sender_id "
                                      "WHERE m.id = ?"),
                   {messageId}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no message with the id %1.").arg(messageId);
        return false;
    }
    out = {};
    messaging::readMessageColumns(q, 0, out);
    QList<MessageAttachment> files;
    if (!attachments(messageId, files, error))
        return false;
    for (const MessageAttachment &f : std::as_const(files))
        out.attachmentNames.append(f.fileName);
    return true;
}

bool MessageStore::attachments(qint64 messageId, QList<MessageAttachment> &out,
                               QString &error) const {
    return MessageAttachmentStore(m_db).list(messageId, out, error);
}

bool MessageStore::attachment(qint64 attachmentId, MessageAttachment &out, QString &error) const {
    return MessageAttachmentStore(m_db).read(attachmentId, out, error);
}

bool MessageStore::receipts(qint64 messageId, QList<Receipt> &out, QString &error) const {
    out.clear();
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT r.staff_id, p.name, p.employee_no, r.delivered_at, "
                                  "r.read_at FROM message_recipients r JOIN staff p ON p.id = "
                                  "r.staff_id WHERE r.message_id = ? ORDER BY CASE WHEN r.read_at "
                                  "IS NULL THEN 0 ELSE 1 END, p.name, r.staff_id"),
                   {messageId}, error))
        return false;
    while (q.next()) {
        Receipt r;
        r.staffId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.employeeNo = q.value(2).toString();
        r.deliveredAt = messaging::optionalMs(q.value(3));
        r.readAt = messaging::optionalMs(q.value(4));
        out.append(r);
    }
    return true;
}

bool MessageStore::summary(qint64 messageId, ReceiptSummary &out, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COUNT(*), COUNT(delivered_at), COUNT(read_at) FROM "
                                  "message_recipients WHERE message_id = ?"),
                   {messageId}, error))
        return false;
    out = {};
    if (q.next()) {
        out.recipients = q.value(0).toInt();
        out.delivered = q.value(1).toInt();
        out.read = q.value(2).toInt();
    }
    return true;
}

} // namespace sb
