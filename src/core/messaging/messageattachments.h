#pragma once

#include "messaging/message.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb {

// The files sent with broadcasts (table message_attachments). They are written with their
// message, in the sending transaction, and never change. On PostgreSQL only the message's
// sender attaches (through the server's sb_attach_message_file, which computes size and
// SHA-256 itself) and only those who may read the message read its files.
class MessageAttachmentStore {
    Q_DECLARE_TR_FUNCTIONS(sb::MessageAttachmentStore)
public:
    static constexpr auto kMaxBytesKey = "messaging.attachment_max_bytes";
    static constexpr qint64 kDefaultMaxBytes = 20 * 1024 * 1024;
    // The most files one message carries.
    static constexpr int kMaxFiles = 10;

    explicit MessageAttachmentStore(Database &db);

    // Empty when `name` is a plain file name (1 to 255 characters, no '/', '\\', control
    // character, and not "." or ".." nor containing ".."), otherwise the sentence saying why.
    static QString fileNameProblem(const QString &name);
    // Checks the count (kMaxFiles), names and sizes against the bound
    // (messaging.attachment_max_bytes); a file over it is refused naming the file and the bound.
    bool check(const QList<MessageAttachment> &files, QString &error) const;
    // The bound on one file's size (messaging.attachment_max_bytes, kDefaultMaxBytes unless set).
    bool maxBytes(qint64 &out, QString &error) const;
    // Stores `files` for message `messageId` inside the caller's transaction (opens none).
    bool addInTransaction(qint64 messageId, qint64 createdAt, const QList<MessageAttachment> &files,
                          QString &error);

    // The attachments of one message, in the order they were attached, without their bytes.
    bool list(qint64 messageId, QList<MessageAttachment> &out, QString &error) const;
    // One attachment with its bytes; fails when it does not exist or the caller may not read
    // it, or when the stored bytes no longer match their SHA-256.
    bool read(qint64 attachmentId, MessageAttachment &out, QString &error) const;

    // Fills StoredMessage::attachmentNames of every message in `messages` (one statement).
    bool fillNames(QList<StoredMessage> &messages, QString &error) const;

    static QString sha256Hex(const QByteArray &bytes);

private:
    Database &m_db;
};

} // namespace sb
