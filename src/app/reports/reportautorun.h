#pragma once

#include "reports/reportschedule.h"
#include "shell/workspace.h"
#include "storage/longjob.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace sb::app {

class MainWindow;

// The scheduled reports run by a workstation whose user holds reports.schedule and may
// write: every 5 minutes (and soon after sign-in) it asks on the workstation's background
// worker whether a schedule is due, and runs the due schedules off the GUI thread on a
// connection of its own, opened for the run and closed after it, so that the shared background
// worker (queues, ticket detail) never waits behind a report. Other
// workstations and the command line's timer may run at the same moment: the run's claim in the
// database makes one run per schedule and period. Each schedule's documents are written in the
// schedule's language (the runner passes that translation down; the interface's language never
// changes), so a workstation runs every schedule, as the command line does.
class ReportAutoRun : public QObject {
    Q_OBJECT
public:
    ReportAutoRun(const Workspace &ws, QObject *parent);
    ~ReportAutoRun() override;

    // Runs the due schedules unless a run is under way (the timer calls this).
    void check();
    bool isBusy() const { return m_busy; }

    static constexpr int kIntervalMs = 5 * 60 * 1000;
    static constexpr int kFirstCheckMs = 30 * 1000;

Q_SIGNALS:
    // A check finished: what was run (nothing when no schedule was due), or why it could not.
    void settled(const sb::ReportRunSummary &summary, const QString &error);

private:
    void runDue(); // on a connection of its own

    Workspace m_ws;
    LongJob m_run{QStringLiteral("report-run"), QThread::LowPriority}; // a run's connection
    QTimer m_timer;
    bool m_busy = false;
};

// The always-on part of the reports feature: the workstation runner, its results said in the
// status bar.
void installReportsFeature(MainWindow &window);

} // namespace sb::app
