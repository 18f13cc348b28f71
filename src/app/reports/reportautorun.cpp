#include "reports/reportautorun.h"

#include "reportrunner.h"
#include "reports/reportdelivery.h"
#include "security/permissions.h"
#include "shell/mainwindow.h"

#include <QPointer>
#include <QStatusBar>
#include <QSysInfo>

#include <utility>

namespace sb::app {

namespace {
struct Attempt {
    ReportRunSummary summary;
    QString error;
};
} // namespace

ReportAutoRun::ReportAutoRun(const Workspace &ws, QObject *parent)
    : QObject(parent)
    , m_ws(ws) {
    setObjectName(QStringLiteral("reportAutoRun"));
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReportAutoRun::check);
    m_timer.start();
    QTimer::singleShot(kFirstCheckMs, this, &ReportAutoRun::check);
}

ReportAutoRun::~ReportAutoRun() = default;

void ReportAutoRun::check() {
    if (m_busy)
        return;
    m_busy = true;
    if (!m_ws.background) {
        runDue();
        return;
    }
    // Whether anything is due is read on the background connection (a few short queries):
    // the run's own connection is opened only when there is a run.
    const Clock *clock = m_ws.clock;
    m_ws.background->post(
        this,
        [clock](DbWorker::Context &c) {
            std::pair<bool, Attempt> due{false, {}};
            if (!c.db) {
                due.second.error = c.openError;
                return due;
            }
            ReportRunner(*c.db, *clock, {}).hasDue({}, due.first, due.second.error);
            return due;
        },
        [this](const std::pair<bool, Attempt> &due) {
            if (due.first) {
                runDue();
                return;
            }
            m_busy = false;
            Q_EMIT settled(due.second.summary, due.second.error);
        });
}

void ReportAutoRun::runDue() {
    const ReportActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    const QString runner = QStringLiteral("workstation@") + QSysInfo::machineHostName() +
                           QLatin1Char('/') + m_ws.user.login;
    // A long job gets its own connection for its length (building and rendering a month
    // takes seconds); it is closed when the check is done.
    m_run.post(
        m_ws.db->url(), this,
        [actor, clock, runner](DbWorker::Context &c) {
            Attempt a;
            if (!c.db) {
                a.error = c.openError;
                return a;
            }
            Database &db = *c.db;
            ReportRunner reports(
                db, *clock,
                [&db, clock](const ReportDeliveryRequest &request, ReportDeliveryResult &result,
                             QString &error) {
                    return ReportDelivery(db, *clock).deliver(request, result, error);
                });
            ReportRunOptions options;
            options.runner = runner;
            reports.runDue(actor, options, a.summary, a.error);
            return a;
        },
        [this](const Attempt &a) {
            m_busy = false;
            Q_EMIT settled(a.summary, a.error);
        });
}

void installReportsFeature(MainWindow &window) {
    const Workspace &ws = window.workspace();
    if (!ws.canWrite || !ws.user.permissions.has(perm::ReportsSchedule))
        return; // only a workstation that may run scheduled reports does
    auto *run = new ReportAutoRun(ws, &window);
    // Failures are said once in the status bar, not as a pop-up; the next check tries again.
    auto lastError = std::make_shared<QString>();
    QPointer<MainWindow> shown(&window);
    QObject::connect(
        run, &ReportAutoRun::settled, run,
        [shown, lastError](const ReportRunSummary &summary, const QString &error) {
            if (!shown)
                return;
            QStringList failed;
            int done = 0;
            for (const ReportRunOutcome &o : summary.runs) {
                if (o.state == ReportRunState::Failed)
                    failed << ReportAutoRun::tr("%1 (%2): %3")
                                  .arg(o.scheduleName, o.periodAt,
                                       o.error.section(QLatin1Char('\n'), 0, 0));
                else if (o.state == ReportRunState::Done)
                    ++done;
            }
            int left = 0; // missed periods beyond one pass's bound, for the next check
            for (const ReportRunBacklog &b : summary.backlog)
                left += b.periods;
            const QString problem = !error.isEmpty() ? error : failed.join(QStringLiteral("; "));
            if (!problem.isEmpty() && problem != *lastError)
                shown->statusBar()->showMessage(
                    ReportAutoRun::tr("Scheduled reports: %1").arg(problem), 15000);
            else if (done > 0)
                shown->statusBar()->showMessage(
                    ReportAutoRun::tr("Scheduled reports: %n built and delivered.", nullptr, done) +
                        (left > 0 ? QLatin1Char(' ') +
                                        ReportAutoRun::tr("%n more missed periods are left for "
                                                          "the next check.",
                                                          nullptr, left)
                                  : QString()),
                    15000);
            *lastError = problem;
        });
}

} // namespace sb::app
