#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// How a message shows on the recipient's workstation; any combination (docs/spec/DOMAIN.md §5).
enum class DisplayMode : int {
    Popup = 0x1,
    Ticker = 0x2, // scrolling ticker 滚动字幕
    Highlight = 0x4,
    Sound = 0x8,
};
Q_DECLARE_FLAGS(DisplayModes, DisplayMode)
Q_DECLARE_OPERATORS_FOR_FLAGS(DisplayModes)
constexpr int kAllDisplayModes = 0xF;

// Priority is an integer, higher is more important; these are the named steps the product
// offers. Inboxes show the most important first.
namespace MessagePriority {
constexpr int Normal = 0;
constexpr int Important = 1;
constexpr int Urgent = 2;
} // namespace MessagePriority

// Who receives a message. Resolved to staff ids at send time; stored as JSON with the message.
struct Audience {
    enum class Kind { Everyone, Roles, Teams, OnDuty, Staff };
    Kind kind = Kind::Everyone;
    QList<qint64> ids;   // role ids, team ids or staff ids (by kind)
    qint64 resendOf = 0; // set on a re-send to those who had not read message `resendOf`

    static Audience everyone() { return {}; }
    static Audience role(qint64 roleId) { return {Kind::Roles, {roleId}, 0}; }
    static Audience team(qint64 teamId) { return {Kind::Teams, {teamId}, 0}; }
    static Audience onDuty() { return {Kind::OnDuty, {}, 0}; }
    static Audience staff(QList<qint64> staffIds) { return {Kind::Staff, std::move(staffIds), 0}; }

    QJsonObject toJson() const;
    // Reads what toJson wrote; false with `error` naming the field on anything else.
    static bool fromJson(const QJsonObject &o, Audience &out, QString &error);
    static QString kindKey(Kind k);
};

// A file sent with a message (a periodic report's PDF, usually). Lists of a message's
// attachments leave `bytes` empty; reading one attachment fills it.
struct MessageAttachment {
    qint64 id = 0;
    qint64 messageId = 0;
    QString fileName; // a plain file name, without any folder part
    QString mime;     // empty when sending: application/octet-stream
    qint64 size = 0;  // bytes; computed when stored
    QString sha256;   // lowercase hex of the bytes; computed when stored
    QByteArray bytes;
    qint64 createdAt = 0; // the message's time
};

// A message as composed by the sender.
struct OutgoingMessage {
    qint64 senderId = 0; // 0: the system (no staff member)
    QString subject;
    QString body;   // plain text, stored and returned byte for byte
    QString script; // answer script (口径) of an incident announcement; may be empty
    int priority = MessagePriority::Normal;
    DisplayModes modes = DisplayMode::Popup;
    Audience audience;
    qint64 incidentId = 0;           // 0: not about an incident
    std::optional<qint64> expiresAt; // ms since epoch; none: never expires
    bool alsoWebhooks = false;       // also queue for every enabled webhook target
    // With alsoWebhooks: only these targets (each must exist and be enabled); empty: all.
    QList<qint64> webhookTargetIds;
    // Files sent with the message, each at most messaging.attachment_max_bytes.
    QList<MessageAttachment> attachments;
};

// A stored message, as the inbox, the sent list and queries return it.
struct StoredMessage {
    qint64 id = 0;
    qint64 senderId = 0;
    QString senderName;
    QString subject;
    QString body;
    QString script;
    int priority = 0;
    DisplayModes modes;
    QJsonObject audience;
    qint64 incidentId = 0;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt;
    // Per recipient (inbox rows); zero in the sent view.
    qint64 recipientId = 0;
    QString recipientName;
    std::optional<qint64> deliveredAt;
    std::optional<qint64> readAt;
    // Sent view: counts over all recipients.
    int recipientCount = 0;
    int readCount = 0;
    // The names of its attached files, in order (filled by MessageStore::pending and
    // MessageStore::message, for the pop-up and the ticker).
    QStringList attachmentNames;
};

// One recipient's receipt, for the sender's view.
struct Receipt {
    qint64 staffId = 0;
    QString name;
    QString employeeNo;
    std::optional<qint64> deliveredAt;
    std::optional<qint64> readAt;
};

} // namespace sb
