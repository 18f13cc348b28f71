#include "tickets/registerticket.h"

#include "tickets/tickettimeline.h"
#include "tickets/ticketwriter.h"

#include <QJsonObject>

namespace sb {

bool registerTicket(Database &db, const TicketRegistration &r, qint64 &ticketId, QString &error) {
    ticketId = 0;
    NewTicket t = NewTicket::fromComplaint(r.complaint);
    t.kind = r.kind;
    t.state = r.state;
    t.greenChannel = r.greenChannel;
    t.registeredBy = r.actorId;
    t.updatedAt = r.nowMs;
    qint64 id = 0;
    const bool ok = db.transaction(
        [&](QString &err) {
            if (!insertTicket(db, t, id, err))
                return false;
            return !r.greenChannel ||
                   recordTicketEvent(db, id, r.nowMs, r.actorId, QStringLiteral("green_channel"),
                                     r.greenChannelNote,
                                     QJsonObject{{QStringLiteral("green_channel"), true}}, err);
        },
        error);
    if (ok)
        ticketId = id; // else rolled back
    return ok;
}

} // namespace sb
