#include "tickets/urgingfeature.h"

#include "shell/mainwindow.h"
#include "storage/settingsstore.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlines.h"
#include "workflow/deadlineurger.h"
#include "workflow/workflow.h"

#include <QPointer>
#include <QStatusBar>
#include <QTimer>

namespace sb::app {

namespace {
// Runs the deadline urger on the workstation's background worker, every
// workflow.urge_interval_s seconds (60 by default); a failure is said once in the status bar.
class UrgingService : public QObject {
public:
    explicit UrgingService(MainWindow &window)
        : QObject(&window)
        , m_window(&window)
        , m_clock(*window.workspace().clock) {
        const Workspace &ws = window.workspace();
        if (!ws.background)
            m_own = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("urger"));
        m_worker = ws.background ? ws.background : m_own.get();
        connect(&m_timer, &QTimer::timeout, this, &UrgingService::runOnce);
        m_worker->post(
            this,
            [](DbWorker::Context &c) {
                qint64 seconds = 60;
                QString error = c.openError;
                if (c.db)
                    SettingsStore(*c.db).integer(QStringLiteral("workflow.urge_interval_s"), 60, 10,
                                                 86400, seconds, error);
                return seconds;
            },
            [this](qint64 seconds) {
                m_timer.start(int(seconds * 1000));
                runOnce();
            });
    }

private:
    void runOnce() {
        const Clock *clock = &m_clock;
        m_worker->post(
            this,
            [clock](DbWorker::Context &c) {
                if (!c.db)
                    return c.openError;
                // Rules, calendar and lifecycle are read each time: an administrator's edit
                // applies from the next run on every workstation.
                Workflow workflow;
                BusinessCalendar calendar;
                QList<DeadlineRule> rules;
                QString error;
                UrgeRun run;
                if (!workflow.load(*c.db, error) || !CalendarStore(*c.db).load(calendar, error) ||
                    !DeadlineRuleStore::load(*c.db, rules, error) ||
                    !DeadlineUrger(*c.db, workflow, calendar, rules)
                         .run(clock->nowMs(), run, error))
                    return error.isEmpty() ? QStringLiteral("?") : error;
                return QString();
            },
            [this](const QString &error) {
                if (!error.isEmpty() && error != m_lastError && m_window)
                    m_window->statusBar()->showMessage(
                        MainWindow::tr("Deadline urging: %1").arg(error), 15000);
                m_lastError = error;
            });
    }

    QPointer<MainWindow> m_window;
    const Clock &m_clock;
    std::unique_ptr<DbWorker> m_own; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    QTimer m_timer;
    QString m_lastError;
};
} // namespace

void installTicketsUrgingFeature(MainWindow &window) {
    if (!window.workspace().canWrite)
        return; // a read-only workstation records nothing
    new UrgingService(window);
}

} // namespace sb::app
