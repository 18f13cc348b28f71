#include "messaging/messageattachments.h"

#include "storage/settingsstore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
constexpr qsizetype kMaxFileNameChars = 255;
constexpr qint64 kMaxBoundBytes = qint64(1) << 30; // the setting may not exceed 1 GiB

QString octetStream(const QString &mime) {
    return mime.trimmed().isEmpty() ? QStringLiteral("application/octet-stream") : mime.trimmed();
}

const QString kListColumns =
    QStringLiteral("id, message_id, file_name, mime, size, sha256, created_at");

void readListColumns(const QSqlQuery &q, MessageAttachment &a) {
    a.id = q.value(0).toLongLong();
    a.messageId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.mime = q.value(3).toString();
    a.size = q.value(4).toLongLong();
    a.sha256 = q.value(5).toString();
    a.createdAt = q.value(6).toLongLong();
}
} // namespace

MessageAttachmentStore::MessageAttachmentStore(Database &db)
    : m_db(db) {
}

QString MessageAttachmentStore::sha256Hex(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString MessageAttachmentStore::fileNameProblem(const QString &name) {
    if (name.trimmed().isEmpty())
        return tr("An attachment needs a file name.");
    if (name.size() > kMaxFileNameChars)
        return tr("The file name \"%1\" is longer than %2 characters.")
            .arg(name.left(40) + QStringLiteral("…"))
            .arg(kMaxFileNameChars);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QStringLiteral("..")))
        return tr("The file name \"%1\" must be a plain name, without '/', '\\' or \"..\".")
            .arg(name);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The file name \"%1\" contains a control character.").arg(name);
    }
    if (name == QStringLiteral("."))
        return tr("The file name \"%1\" must be a plain name, without '/', '\\' or \"..\".")
            .arg(name);
    return {};
}

bool MessageAttachmentStore::maxBytes(qint64 &out, QString &error) const {
    out = kDefaultMaxBytes;
    return SettingsStore(m_db).integer(QString::fromLatin1(kMaxBytesKey), kDefaultMaxBytes, 0,
                                       kMaxBoundBytes, out, error);
}

bool MessageAttachmentStore::check(const QList<MessageAttachment> &files, QString &error) const {
    if (files.isEmpty())
        return true;
    if (files.size() > kMaxFiles) {
        error = tr("A broadcast may carry at most %1 files; this one has %2.")
                    .arg(kMaxFiles)
                    .arg(files.size());
        return false;
    }
    qint64 limit = kDefaultMaxBytes;
    if (!maxBytes(limit, error))
        return false;
    for (const MessageAttachment &a : files) {
        const QString problem = fileNameProblem(a.fileName);
        if (!problem.isEmpty()) {
            error = problem;
            return false;
        }
        if (a.bytes.size() > limit) {
            const QLocale c = QLocale::c();
            error = tr("The attachment \"%1\" is %2 bytes; a broadcast may carry files of at "
                       "most %3 bytes (setting %4).")
                        .arg(a.fileName, c.toString(qint64(a.bytes.size())), c.toString(limit),
                             QString::fromLatin1(kMaxBytesKey));
            return false;
        }
    }
    return true;
}

bool MessageAttachmentStore::addInTransaction(qint64 messageId, qint64 createdAt,
                                              const QList<MessageAttachment> &files,
                                              QString &error) {
    if (!check(files, error))
        return false;
    for (const MessageAttachment &a : files) {
        QSqlQuery q;
        const bool ok =
            m_db.dialect() == Dialect::PostgreSQL
                ? m_db.exec(q, QStringLiteral("SELECT sb_attach_message_file(?, ?, ?, ?)"),
                            {messageId, a.fileName, octetStream(a.mime), a.bytes}, error)
                : m_db.exec(q,
                            QStringLiteral("INSERT INTO message_attachments(message_id, "
                                           "file_name, mime, size, sha256, bytes, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {messageId, a.fileName, octetStream(a.mime), qint64(a.bytes.size()),
                             sha256Hex(a.bytes), a.bytes, createdAt},
                            error);
        if (!ok) {
            error = tr("Attachment \"%1\": %2").arg(a.fileName, error);
            return false;
        }
    }
    return true;
}

bool MessageAttachmentStore::list(qint64 messageId, QList<MessageAttachment> &out,
                                  QString &error) const {
    out.clear();
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + kListColumns +
                       QStringLiteral(" FROM message_attachments WHERE message_id = ? ORDER BY "
                                      "id"),
                   {messageId}, error))
        return false;
    while (q.next()) {
        MessageAttachment a;
        readListColumns(q, a);
        out.append(a);
    }
    return true;
}

bool MessageAttachmentStore::fillNames(QList<StoredMessage> &messages, QString &error) const {
    // In batches, so that any page size stays within the databases' limits on placeholders.
    constexpr qsizetype kBatch = 500;
    QHash<qint64, QStringList> names;
    for (qsizetype from = 0; from < messages.size(); from += kBatch) {
        QVariantList ids;
        QStringList marks;
        for (qsizetype i = from; i < std::min(from + kBatch, messages.size()); ++i) {
            ids.append(messages.at(i).id);
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery q;
        if (!m_db.exec(q,
                       QStringLiteral("SELECT message_id, file_name FROM message_attachments "
                                      "WHERE message_id IN (") +
                           marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY id"),
                       ids, error))
            return false;
        while (q.next())
            names[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    for (StoredMessage &m : messages)
        m.attachmentNames = names.value(m.id);
    return true;
}

bool MessageAttachmentStore::read(qint64 attachmentId, MessageAttachment &out,
                                  QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + kListColumns +
                       QStringLiteral(", bytes FROM message_attachments WHERE id = ?"),
                   {attachmentId}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no attachment with the id %1 that you may read.").arg(attachmentId);
        return false;
    }
    out = {};
    readListColumns(q, out);
    out.bytes = q.value(7).toByteArray();
    if (sha256Hex(out.bytes) != out.sha256 || out.bytes.size() != out.size) {
        error = tr("The attachment \"%1\" is damaged: its bytes do not match the SHA-256 "
                   "stored with it.")
                    .arg(out.fileName);
        return false;
    }
    return true;
}

} // namespace sb
