#pragma once

#include "storage/database.h"

#include <QJsonObject>
#include <QString>

namespace sb {

// A line in a ticket's timeline (ticket_events) for what is not a lifecycle step and does not
// change the ticket itself: an attachment added, a knowledge-base article linked or unlinked.
// The state columns stay empty; the insert is logged to change_log by trigger, so every
// workstation showing the ticket sees it. Call inside the transaction of the change it records.
// `actorId` 0 means the system. On PostgreSQL a staff login may only write in its own name.
bool recordTicketEvent(Database &db, qint64 ticketId, qint64 atMs, qint64 actorId,
                       const QString &action, const QString &note, const QJsonObject &data,
                       QString &error);

} // namespace sb
