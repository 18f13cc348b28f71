#include "tickets/ticketstore.h"

#include "tickets/ticketwriter.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace sb {

TicketStore::TicketStore(Database &db)
    : m_db(db) {
}

QString TicketStore::serialNumber(qint64 id, qint64 receivedAtMs) {
    return QStringLiteral("CS-%1-%2")
        .arg(QDateTime::fromMSecsSinceEpoch(receivedAtMs, Qt::UTC)
                 .toString(QStringLiteral("yyyyMMdd")))
        .arg(id, 7, 10, QLatin1Char('0'));
}

bool TicketStore::insert(const QList<Complaint> &complaints, qint64 nowMs, InsertResult &result,
                         QString &error, qint64 registeredBy) {
    result = {};
    return m_db.transaction(
        [&](QString &err) {
            TicketWriter writer(m_db, OnDuplicate::Skip, TicketWriter::Ids::Ignore);
            for (const Complaint &c : complaints) {
                NewTicket t = NewTicket::fromComplaint(c);
                t.extra =
                    c.extra.isEmpty()
                        ? QStringLiteral("{}")
                        : QString::fromUtf8(QJsonDocument(c.extra).toJson(QJsonDocument::Compact));
                t.registeredBy = registeredBy;
                t.updatedAt = nowMs;
                TicketWriter::Result written;
                if (!writer.insert(t, written, err))
                    return false;
                if (written.stored)
                    ++result.inserted;
                else
                    ++result.duplicates;
            }
            return true;
        },
        error);
}

} // namespace sb
