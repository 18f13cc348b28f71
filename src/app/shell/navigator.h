#pragma once

#include "tickets/ticketquery.h"

#include <QList>
#include <QString>

namespace sb::app {

// Exactly the tickets behind a figure (a report cell, a QA count): shown in the Tickets place
// as a removable selection, titled with what was clicked.
struct TicketSelection {
    QString title;     // shown to the user: "Volume · phone · 2026-12-04" (already translated)
    QList<qint64> ids; // ascending, at most TicketSelection::kMaxIds
    bool truncated = false; // the figure counts more tickets than `ids` holds
    static constexpr int kMaxIds = 10000;
};

// Moves the user between places. The main window implements it and hands itself to every
// place through the Workspace; tests give a recording one. Null in a Workspace: no navigation
// (the place hides what would navigate).
class Navigator {
public:
    virtual ~Navigator() = default;
    // Shows the Tickets place filtered to exactly `selection.ids`.
    virtual void openTickets(const TicketSelection &selection) = 0;
    // Shows the place of a feature by its key ("incidents", "qa" …); by default nothing.
    virtual void showPlace(const QString &key) { Q_UNUSED(key) }
    // Shows the Tickets place on `queue` with `filter` in its filter bar (a count on Today);
    // by default nothing.
    virtual void openTicketQueue(TicketQueue queue, const TicketFilter &filter) {
        Q_UNUSED(queue)
        Q_UNUSED(filter)
    }
    // Shows the Incidents place at one incident; by default its place.
    virtual void openIncident(qint64 incidentId) {
        Q_UNUSED(incidentId)
        showPlace(QStringLiteral("incidents"));
    }
};

} // namespace sb::app
