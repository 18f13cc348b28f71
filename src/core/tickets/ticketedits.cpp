#include "tickets/ticketedits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

TicketEdits::TicketEdits(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool TicketEdits::reassign(qint64 ticketId, qint64 expectedVersion, qint64 actorId,
                           qint64 handlerId, QString &error) {
    return change(ticketId, expectedVersion, actorId, QStringLiteral("reassign"),
                  QStringLiteral("handler_id"), handlerId, error);
}

bool TicketEdits::setPriority(qint64 ticketId, qint64 expectedVersion, qint64 actorId, int priority,
                              QString &error) {
    return change(ticketId, expectedVersion, actorId, QStringLiteral("priority"),
                  QStringLiteral("priority"), priority, error);
}

bool TicketEdits::change(qint64 ticketId, qint64 expectedVersion, qint64 actorId,
                         const QString &action, const QString &column, const QVariant &value,
                         QString &error) {
    // `column` is one of the two fixed names above, never user text.
    m_failure = Failure::None;
    const qint64 now = m_clock.nowMs();
    const bool ok = m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q, QStringLiteral("SELECT state, version FROM tickets WHERE id = ?"),
                           {ticketId}, err)) {
                m_failure = Failure::Database;
                return false;
            }
            if (!q.next()) {
                m_failure = Failure::NotFound;
                err = tr("Ticket #%1 does not exist (it may have been archived).").arg(ticketId);
                return false;
            }
            const QString state = q.value(0).toString();
            if (q.value(1).toLongLong() != expectedVersion) {
                m_failure = Failure::Conflict;
                err = tr("Ticket #%1 was changed by someone else.").arg(ticketId);
                return false;
            }
            QSqlQuery u;
            if (!m_db.exec(u,
                           QStringLiteral("UPDATE tickets SET %1 = ?, version = version + 1, "
                                          "updated_at = ? WHERE id = ? AND version = ?")
                               .arg(column),
                           {value, now, ticketId, expectedVersion}, err)) {
                m_failure = Failure::Database;
                return false;
            }
            if (u.numRowsAffected() != 1) {
                m_failure = Failure::Conflict;
                err = tr("Ticket #%1 was changed by someone else.").arg(ticketId);
                return false;
            }
            QJsonObject data;
            data.insert(column, QJsonValue::fromVariant(value));
            if (!m_db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, "
                                          "action, from_state, to_state, note, data) VALUES (?, "
                                          "?, ?, ?, ?, ?, '', ?)"),
                           {ticketId, now, actorId, action, state, state,
                            QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
                           err)) {
                m_failure = Failure::Database;
                return false;
            }
            return true;
        },
        error);
    return ok;
}

} // namespace sb
