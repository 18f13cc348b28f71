#pragma once

#include <QtGlobal>

namespace sb::app {

class MainWindow;

// The always-on part of incident detection on this workstation (called from
// shell/features.cpp): starts the live engine on its own thread and feeds it every
// change_log batch (where this workstation may write and sees every complaint: SQLite, or
// PostgreSQL with tickets.read_all); polls the metrics endpoint for affected-share samples (state
// shown in the status bar, objectName metricsLabel); shows an alert for every incident that opens
// or rises on any workstation; and adds the "Grading rules…" button, shown while the Incidents
// place is, which opens the rule set editor.
void installIncidentsLiveFeature(MainWindow &window);

// The "Open grading wizard" of an alert: the grading wizard when it is built in
// (incidents/gradingwizard.h), otherwise the Incidents place.
void openIncident(MainWindow &window, qint64 incidentId);

} // namespace sb::app
