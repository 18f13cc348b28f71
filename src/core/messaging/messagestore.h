#pragma once

#include "messaging/message.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>

namespace sb {

struct SendReport {
    int recipients = 0;     // message_recipients rows written
    int webhooksQueued = 0; // outbox rows written
};

// An incident alert or known-issue notice with its answer script (口径), pushed to front line.
struct IncidentAnnouncement {
    qint64 incidentId = 0;
    qint64 senderId = 0;
    QString subject;
    QString notice;
    QString script;
    Audience audience = Audience::everyone();
    int priority = MessagePriority::Urgent;
    DisplayModes modes = DisplayMode::Popup | DisplayMode::Ticker | DisplayMode::Sound;
    std::optional<qint64> expiresAt;
    bool alsoWebhooks = true;
    QList<qint64> webhookTargetIds; // with alsoWebhooks: only these targets; empty: all enabled
};

struct ResendOptions {
    bool replaceExpiry = false;      // false: the re-send expires when the original does
    std::optional<qint64> expiresAt; // used when replaceExpiry (none: never)
};

struct ReceiptSummary {
    int recipients = 0;
    int delivered = 0;
    int read = 0;
};

// Sends broadcasts and records their delivery and read receipts (docs/spec/DOMAIN.md §5).
// A logged-in workstation learns of a new message from the change feed ("message" insert)
// and calls pending(); a workstation that was off calls pending() at login. Both get every
// undelivered, unexpired message, most important first.
class MessageStore {
    Q_DECLARE_TR_FUNCTIONS(MessageStore)
public:
    MessageStore(Database &db, const Clock &clock);

    // Checks the fields, resolves the audience and writes the message, one recipient row
    // per person, its attachments, the audit entry and (if asked) the webhook outbox rows, in one
    // transaction.
    bool send(const OutgoingMessage &message, qint64 &messageId, QString &error,
              SendReport *report = nullptr);
    bool announceIncident(const IncidentAnnouncement &a, qint64 &messageId, QString &error,
                          SendReport *report = nullptr);
    // The same inside a transaction the caller already holds on this connection (the grading
    // wizard stores the incident, its events and the announcement together): opens none.
    bool announceIncidentInTransaction(const IncidentAnnouncement &a, qint64 &messageId,
                                       QString &error, SendReport *report = nullptr);
    // send() inside a transaction the caller already holds on this connection: opens none.
    bool sendInTransaction(const OutgoingMessage &message, qint64 &messageId, QString &error,
                           SendReport *report = nullptr);
    // Sends the message again, as a new message with the same attachments, to exactly those
    // who have not read it yet;
    // its audience JSON names the original ("resend_of"). By default it keeps the original
    // expiry (see ResendOptions). Fails when everyone has read it or it would already be expired.
    bool resendToUnread(qint64 originalId, qint64 senderId, qint64 &newMessageId, QString &error,
                        const ResendOptions &options = {}, SendReport *report = nullptr);

    // Undelivered, unexpired messages of one person: priority descending, then oldest first.
    bool pending(qint64 staffId, QList<StoredMessage> &out, QString &error, int limit = 200) const;
    // Records delivery (shown on screen) for the given messages; earlier times are kept.
    bool markDelivered(qint64 staffId, const QList<qint64> &messageIds, QString &error);
    // Read receipt: records read_at once (and delivered_at if missing). `recorded` is false
    // when it had already been read; the earlier time stays. Fails if not a recipient.
    bool markRead(qint64 staffId, qint64 messageId, QString &error, bool *recorded = nullptr);

    bool message(qint64 messageId, StoredMessage &out, QString &error) const;
    // The files sent with a message, without their bytes (see MessageAttachmentStore).
    bool attachments(qint64 messageId, QList<MessageAttachment> &out, QString &error) const;
    // One attachment with its bytes, checked against its SHA-256.
    bool attachment(qint64 attachmentId, MessageAttachment &out, QString &error) const;
    // Sender's view: everyone the message went to, unread first, then by name.
    bool receipts(qint64 messageId, QList<Receipt> &out, QString &error) const;
    bool summary(qint64 messageId, ReceiptSummary &out, QString &error) const;

    static bool validate(const OutgoingMessage &m, qint64 nowMs, QString &error);

private:
    bool sendInTransaction(const OutgoingMessage &m, qint64 nowMs, qint64 &messageId,
                           SendReport &report, QString &error);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb
