#include "tickets/tickettimeline.h"

#include <QJsonDocument>

namespace sb {

bool recordTicketEvent(Database &db, qint64 ticketId, qint64 atMs, qint64 actorId,
                       const QString &action, const QString &note, const QJsonObject &data,
                       QString &error) {
    return db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                                  "note, data) VALUES (?, ?, ?, ?, ?, ?)"),
                   {ticketId, atMs,
                    actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()),
                    action, textValue(note),
                    QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
                   error);
}

} // namespace sb
