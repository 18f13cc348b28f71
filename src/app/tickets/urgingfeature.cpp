#include "tickets/urgingfeature.h"

#include "shell/mainwindow.h"
#include "storage/settingsstore.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlines.h"
#include "workflow/deadlineurger.h"
#include "workflow/workflow.h"

#include <QPointer>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace sb::app {

namespace {
class UrgingWorker : public QObject {
public:
    UrgingWorker(DatabaseUrl url, const Clock &clock)
        : m_url(std::move(url))
        , m_clock(clock) {}
    std::function<void(const QString &)> reportError; // called in this thread

    void start() {
        QString error;
        m_db = Database::open(m_url, QStringLiteral("urger"), error);
        if (!m_db) {
            reportError(error);
            return;
        }
        qint64 seconds = 60;
        SettingsStore(*m_db).integer(QStringLiteral("workflow.urge_interval_s"), 60, 10, 86400,
                                     seconds, error);
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { runOnce(); });
        m_timer->start(int(seconds * 1000));
        runOnce();
    }

    void runOnce() {
        // Rules, calendar and lifecycle are read each time: an administrator's edit applies
        // from the next run on every workstation.
        Workflow workflow;
        BusinessCalendar calendar;
        QList<DeadlineRule> rules;
        QString error;
        UrgeRun run;
        if (!workflow.load(*m_db, error) || !CalendarStore(*m_db).load(calendar, error) ||
            !DeadlineRuleStore::load(*m_db, rules, error) ||
            !DeadlineUrger(*m_db, workflow, calendar, rules).run(m_clock.nowMs(), run, error)) {
            if (error != m_lastError)
                reportError(error);
            m_lastError = error;
            return;
        }
        m_lastError.clear();
    }

    void stop() {
        delete m_timer;
        m_timer = nullptr;
        m_db.reset();
    }

private:
    DatabaseUrl m_url;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    QString m_lastError;
};

// Owns the thread; lives as a child of the window so it stops with it.
class UrgingService : public QObject {
public:
    UrgingService(MainWindow &window)
        : QObject(&window)
        , m_worker(new UrgingWorker(window.workspace().db->url(), *window.workspace().clock)) {
        QPointer<MainWindow> w(&window);
        m_worker->reportError = [w](const QString &error) {
            QMetaObject::invokeMethod(w.data(), [w, error] {
                if (w)
                    w->statusBar()->showMessage(MainWindow::tr("Deadline urging: %1").arg(error),
                                                15000);
            });
        };
        m_thread.setObjectName(QStringLiteral("deadline-urger"));
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_worker, [wk = m_worker] { wk->start(); }, Qt::QueuedConnection);
    }
    ~UrgingService() override {
        QMetaObject::invokeMethod(
            m_worker, [wk = m_worker] { wk->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    UrgingWorker *m_worker;
};
} // namespace

void installTicketsUrgingFeature(MainWindow &window) {
    if (!window.workspace().canWrite)
        return; // a read-only workstation records nothing
    new UrgingService(window);
}

} // namespace sb::app
