#include "incidents/incidentboard.h"
#include "incidents/incidentsfeature.h"

namespace sb::app {

// Incidents: the board of open incidents, fastest-growing first, with the grading wizard,
// the incident detail and resolving.
QWidget *createIncidentsPlace(const Workspace &ws, QWidget *parent) {
    return new IncidentBoard(ws, parent);
}

} // namespace sb::app
