#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

namespace sb {

// Changes to a ticket that are not lifecycle steps: reassigning the handler and changing the
// priority. Like TicketWorkflow, each is one transaction guarded by the version the user saw,
// with a ticket_events row; a changed ticket is refused (the caller shows "changed by …").
class TicketEdits {
    Q_DECLARE_TR_FUNCTIONS(TicketEdits)
public:
    enum class Failure { None, NotFound, Conflict, Database };

    TicketEdits(Database &db, const Clock &clock);

    bool reassign(qint64 ticketId, qint64 expectedVersion, qint64 actorId, qint64 handlerId,
                  QString &error);
    bool setPriority(qint64 ticketId, qint64 expectedVersion, qint64 actorId, int priority,
                     QString &error);
    Failure failure() const { return m_failure; }

private:
    bool change(qint64 ticketId, qint64 expectedVersion, qint64 actorId, const QString &action,
                const QString &column, const QVariant &value, QString &error);
    Database &m_db;
    const Clock &m_clock;
    Failure m_failure = Failure::None;
};

} // namespace sb
