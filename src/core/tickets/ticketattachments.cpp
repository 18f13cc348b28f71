#include "tickets/ticketattachments.h"

#include "storage/dialect.h"
#include "tickets/tickettimeline.h"

#include <QSqlQuery>

namespace sb {

TicketAttachments::TicketAttachments(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool TicketAttachments::list(qint64 ticketId, QList<TicketAttachmentInfo> &out,
                             QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, name, mime, length(data), created_at "
                                  "FROM attachments WHERE ticket_id = ? ORDER BY id"),
                   {ticketId}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toLongLong()});
    return true;
}

bool TicketAttachments::load(qint64 ticketId, qint64 attachmentId,
                             std::optional<TicketAttachmentFile> &out, QString &error) const {
    out.reset();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(
            q, QStringLiteral("SELECT name, data FROM attachments WHERE id = ? AND ticket_id = ?"),
            {attachmentId, ticketId}, error))
        return false;
    if (q.next())
        out = TicketAttachmentFile{q.value(0).toString(), q.value(1).toByteArray()};
    return true;
}

bool TicketAttachments::add(qint64 ticketId, qint64 actorId, const QString &name,
                            const QString &mime, const QByteArray &data, qint64 &id,
                            QString &error) {
    id = 0;
    if (ticketId <= 0) {
        error = tr("An attachment needs a ticket.");
        return false;
    }
    if (name.isEmpty()) {
        error = tr("An attachment needs a name.");
        return false;
    }
    qint64 stored = 0;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            const qint64 now = m_clock.nowMs();
            if (!dialect::insertReturningId(m_db,
                                            QStringLiteral("INSERT INTO attachments(ticket_id, "
                                                           "name, mime, data, created_at) VALUES "
                                                           "(?, ?, ?, ?, ?)"),
                                            {ticketId, name, mime, data, now}, stored, err)) {
                if (err.isEmpty())
                    err = tr("The attachment could not be stored.");
                return false;
            }
            return recordTicketEvent(
                m_db, ticketId, now, actorId, QStringLiteral("attachment"), name,
                {{QStringLiteral("attachment_id"), stored}, {QStringLiteral("bytes"), data.size()}},
                err);
        },
        error);
    if (ok)
        id = stored;
    return ok;
}

} // namespace sb
