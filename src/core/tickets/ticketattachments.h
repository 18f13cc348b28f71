#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// An attachment as a list shows it: no bytes.
struct TicketAttachmentInfo {
    qint64 id = 0;
    QString name; // as stored: untrusted, never a path to write to as it is
    QString mime;
    qint64 size = 0; // bytes
    qint64 createdAt = 0;
};

// An attachment's stored name and bytes.
struct TicketAttachmentFile {
    QString name;
    QByteArray data;
};

// The files attached to tickets (table attachments). Adding one writes the file and its line
// in the ticket's timeline (action "attachment", the file name as note, its id and size as
// data) in one transaction: both or neither. The caller checks the size limit
// (tickets.attachment_max_bytes) before reading the file.
class TicketAttachments {
    Q_DECLARE_TR_FUNCTIONS(sb::TicketAttachments)
public:
    TicketAttachments(Database &db, const Clock &clock);

    // The ticket's attachments in the order they were added.
    bool list(qint64 ticketId, QList<TicketAttachmentInfo> &out, QString &error) const;
    // Attachment `attachmentId` of ticket `ticketId`; `out` empty when it is gone.
    bool load(qint64 ticketId, qint64 attachmentId, std::optional<TicketAttachmentFile> &out,
              QString &error) const;
    // Stores `data` as `name` on the ticket, by `actorId` (0: the system); sets `id`. A
    // ticket id of 0 or an empty name is refused and writes nothing.
    bool add(qint64 ticketId, qint64 actorId, const QString &name, const QString &mime,
             const QByteArray &data, qint64 &id, QString &error);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb
