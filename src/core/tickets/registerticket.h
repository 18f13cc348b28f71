#pragma once

#include "domain/complaint.h"
#include "storage/database.h"

#include <QString>

namespace sb {

// A ticket registered by hand (the registration dialog), as the caller has checked it: a kind
// the workflow knows, its initial state, and the permissions (tickets.register, and
// tickets.green_channel for the green channel).
struct TicketRegistration {
    Complaint complaint;       // its extra data is not stored
    QString kind;              // "complaint" or "suggestion"
    QString state;             // the kind's initial state for new tickets
    bool greenChannel = false; // heads every queue
    // The note of the green channel ticket's "green_channel" timeline event (in the caller's
    // language: it is shown as written).
    QString greenChannelNote;
    qint64 actorId = 0; // who registers it (registered_by and the event's actor); 0: nobody
    qint64 nowMs = 0;
};

// Writes the ticket and, on the green channel, a "green_channel" timeline event naming who put
// it there, in ONE transaction. On failure nothing is written, `ticketId` is 0 and `error`
// says why.
bool registerTicket(Database &db, const TicketRegistration &registration, qint64 &ticketId,
                    QString &error);

} // namespace sb
