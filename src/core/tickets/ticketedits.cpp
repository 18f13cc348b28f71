#include "tickets/ticketedits.h"
#include "security/permissions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {

// The column an edit changes: a fixed name, never user text.
QString columnFor(TicketEdits::Edit edit) {
    switch (edit) {
    case TicketEdits::Edit::Reassign:
        return QStringLiteral("handler_id");
    case TicketEdits::Edit::Priority:
        return QStringLiteral("priority");
    case TicketEdits::Edit::GreenChannel:
        return QStringLiteral("green_channel");
    }
    return {};
}

// What sb_ticket_edit's SQLSTATE means (migration 013).
TicketEdits::Failure failureFromSqlState(const QString &state) {
    if (state == QLatin1StringView("42501"))
        return TicketEdits::Failure::Forbidden;
    if (state == QLatin1StringView("22023"))
        return TicketEdits::Failure::Invalid;
    if (state == QLatin1StringView("P0002"))
        return TicketEdits::Failure::NotFound;
    if (state == QLatin1StringView("40001"))
        return TicketEdits::Failure::Conflict;
    return TicketEdits::Failure::Database;
}

} // namespace

TicketEdits::TicketEdits(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

QString TicketEdits::permissionFor(Edit edit) {
    switch (edit) {
    case Edit::Reassign:
        return perm::TicketsDispatch;
    case Edit::Priority:
        return perm::TicketsBulk;
    case Edit::GreenChannel:
        return perm::TicketsGreenChannel;
    }
    return {};
}

QString TicketEdits::actionKey(Edit edit) {
    switch (edit) {
    case Edit::Reassign:
        return QStringLiteral("reassign");
    case Edit::Priority:
        return QStringLiteral("priority");
    case Edit::GreenChannel:
        return QStringLiteral("green_channel");
    }
    return {};
}

bool TicketEdits::reassign(qint64 ticketId, qint64 expectedVersion, qint64 actorId,
                           qint64 handlerId, QString &error, const QString &note) {
    return change(Edit::Reassign, ticketId, expectedVersion, actorId, handlerId, note, error);
}

bool TicketEdits::setPriority(qint64 ticketId, qint64 expectedVersion, qint64 actorId, int priority,
                              QString &error, const QString &note) {
    return change(Edit::Priority, ticketId, expectedVersion, actorId, priority, note, error);
}

bool TicketEdits::setGreenChannel(qint64 ticketId, qint64 expectedVersion, qint64 actorId, bool on,
                                  QString &error, const QString &note) {
    return change(Edit::GreenChannel, ticketId, expectedVersion, actorId, on ? 1 : 0, note, error);
}

QString TicketEdits::invalidValueMessage(Edit edit, qint64 value) const {
    if (edit == Edit::GreenChannel)
        return tr("Refused: green channel %1 is neither 0 (off) nor 1 (on).").arg(value);
    if (edit == Edit::Reassign)
        return tr("Refused: there is no active staff member #%1 to hand the ticket to.").arg(value);
    return tr("Refused: priority %1 is out of range; use %2 to %3.")
        .arg(value)
        .arg(MinPriority)
        .arg(MaxPriority);
}

bool TicketEdits::change(Edit edit, qint64 ticketId, qint64 expectedVersion, qint64 actorId,
                         qint64 value, const QString &note, QString &error) {
    m_failure = Failure::None;
    // The server call's statement outlives the transaction: QPSQL frees it when the query is
    // destroyed, which must not happen inside a transaction the refusal has aborted.
    QSqlQuery serverCall;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            return m_db.dialect() == Dialect::PostgreSQL
                       ? changeOnServer(serverCall, edit, ticketId, expectedVersion, actorId, value,
                                        note, err)
                       : changeInTransaction(edit, ticketId, expectedVersion, actorId, value, note,
                                             err);
        },
        error);
    if (ok)
        return true;
    // The same sentences on both dialects (the server's own text is English only).
    switch (m_failure) {
    case Failure::None:
        m_failure = Failure::Database;
        break;
    case Failure::NotFound:
        error = tr("Ticket #%1 does not exist or is not visible to you.").arg(ticketId);
        break;
    case Failure::Conflict:
        error = tr("Ticket #%1 was changed by someone else.").arg(ticketId);
        break;
    case Failure::Forbidden:
        error = tr("Refused: needs the permission %1.").arg(permissionFor(edit));
        break;
    case Failure::Invalid:
        error = invalidValueMessage(edit, value);
        break;
    case Failure::Database:
        break;
    }
    return false;
}

bool TicketEdits::changeOnServer(QSqlQuery &q, Edit edit, qint64 ticketId, qint64 expectedVersion,
                                 qint64 actorId, qint64 value, const QString &note,
                                 QString &error) {
    if (!m_db.exec(q, QStringLiteral("SELECT sb_ticket_edit(?, ?, ?, ?, ?, ?, ?)"),
                   {ticketId, expectedVersion, actionKey(edit), value, textValue(note),
                    actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()),
                    m_clock.nowMs()},
                   error)) {
        m_failure = failureFromSqlState(q.lastError().nativeErrorCode());
        return false;
    }
    if (!q.next()) {
        m_failure = Failure::Database;
        error = tr("The server did not confirm the change of ticket #%1.").arg(ticketId);
        return false;
    }
    return true;
}

bool TicketEdits::changeInTransaction(Edit edit, qint64 ticketId, qint64 expectedVersion,
                                      qint64 actorId, qint64 value, const QString &note,
                                      QString &error) {
    if ((edit == Edit::Priority && (value < MinPriority || value > MaxPriority)) ||
        (edit == Edit::GreenChannel && value != 0 && value != 1)) {
        m_failure = Failure::Invalid;
        return false;
    }
    QSqlQuery q;
    if (edit == Edit::Reassign) {
        if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND status = 'active'"),
                       {value}, error)) {
            m_failure = Failure::Database;
            return false;
        }
        if (!q.next()) {
            m_failure = Failure::Invalid;
            return false;
        }
    }
    if (!m_db.exec(q, QStringLiteral("SELECT state, version FROM tickets WHERE id = ?"), {ticketId},
                   error)) {
        m_failure = Failure::Database;
        return false;
    }
    if (!q.next()) {
        m_failure = Failure::NotFound;
        return false;
    }
    const QString state = q.value(0).toString();
    if (q.value(1).toLongLong() != expectedVersion) {
        m_failure = Failure::Conflict;
        return false;
    }
    const QString column = columnFor(edit);
    const qint64 now = m_clock.nowMs();
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE tickets SET %1 = ?, version = version + 1, "
                                  "updated_at = ? WHERE id = ? AND version = ?")
                       .arg(column),
                   {value, now, ticketId, expectedVersion}, error)) {
        m_failure = Failure::Database;
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_failure = Failure::Conflict;
        return false;
    }
    const QJsonObject data{{column, value}};
    if (!m_db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                                  "from_state, to_state, note, data) VALUES (?, ?, ?, ?, ?, ?, "
                                  "?, ?)"),
                   {ticketId, now,
                    actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()),
                    actionKey(edit), state, state, textValue(note),
                    QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
                   error)) {
        m_failure = Failure::Database;
        return false;
    }
    return true;
}

} // namespace sb
