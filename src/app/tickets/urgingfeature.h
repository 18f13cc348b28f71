#pragma once

namespace sb::app {

class MainWindow;

// Deadlines urge themselves: every workstation runs the deadline urger on a worker thread
// once a minute (setting workflow.urge_interval_s). Each (ticket, milestone, warning/overdue)
// is recorded once however many workstations run it, which fills the Due soon and Overdue
// queues and the tickets' timelines.
void installTicketsUrgingFeature(MainWindow &window);

} // namespace sb::app
