#pragma once

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
};

} // namespace sb::app
