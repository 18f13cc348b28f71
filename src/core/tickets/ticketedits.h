#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

class QSqlQuery;

namespace sb {

// Changes to a ticket that are not lifecycle steps: reassigning the handler, changing the
// priority, putting it on (or taking it off) the green channel. Like TicketWorkflow, each is one
// transaction guarded by the version the user saw, with a ticket_events row (actor, time, note,
// data); a changed ticket is refused (the caller shows "changed by …").
//
// Checks, in this order on both dialects: the value (the handler is an active staff member; the
// priority lies in MinPriority..MaxPriority; green channel is 0 or 1), the ticket exists, the
// version is the one the user saw. On SQLite the application checks the permission (BulkActions);
// on PostgreSQL the server does everything (sb_ticket_edit, migration 013): it also checks the
// permission (permissionFor, including temporary grants) and that the caller may see the ticket,
// and takes the actor and the time from the login, not from the client.
class TicketEdits {
    Q_DECLARE_TR_FUNCTIONS(TicketEdits)
public:
    enum class Failure { None, NotFound, Conflict, Forbidden, Invalid, Database };
    enum class Edit { Reassign, Priority, GreenChannel };

    static constexpr int MinPriority = 0;
    static constexpr int MaxPriority = 9;

    TicketEdits(Database &db, const Clock &clock);

    // `note` goes on the ticket event.
    bool reassign(qint64 ticketId, qint64 expectedVersion, qint64 actorId, qint64 handlerId,
                  QString &error, const QString &note = {});
    bool setPriority(qint64 ticketId, qint64 expectedVersion, qint64 actorId, int priority,
                     QString &error, const QString &note = {});
    // Green-channel tickets head every queue (docs/spec/DOMAIN.md §2.9).
    bool setGreenChannel(qint64 ticketId, qint64 expectedVersion, qint64 actorId, bool on,
                         QString &error, const QString &note = {});
    Failure failure() const { return m_failure; }

    // The permission an edit needs: tickets.dispatch to reassign, tickets.bulk for priority,
    // tickets.green_channel for the green channel.
    static QString permissionFor(Edit edit);
    // The ticket_events.action of an edit: "reassign", "priority", "green_channel".
    static QString actionKey(Edit edit);

private:
    bool change(Edit edit, qint64 ticketId, qint64 expectedVersion, qint64 actorId, qint64 value,
                const QString &note, QString &error);
    bool changeInTransaction(Edit edit, qint64 ticketId, qint64 expectedVersion, qint64 actorId,
                             qint64 value, const QString &note, QString &error);
    bool changeOnServer(QSqlQuery &q, Edit edit, qint64 ticketId, qint64 expectedVersion,
                        qint64 actorId, qint64 value, const QString &note, QString &error);
    QString invalidValueMessage(Edit edit, qint64 value) const;

    Database &m_db;
    const Clock &m_clock;
    Failure m_failure = Failure::None;
};

} // namespace sb
