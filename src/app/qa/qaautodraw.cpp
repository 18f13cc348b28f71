#include "qa/qaautodraw.h"

#include "qa/qadayqueries.h"
#include "security/permissions.h"
#include "shell/mainwindow.h"

#include <QPointer>
#include <QStatusBar>

namespace sb::app {

namespace {
constexpr qint64 kRetryMs = 10 * 60 * 1000; // after a failed draw
constexpr int kCoalesceMs = 1000;           // setting changes within this time: one read

struct Settings {
    QTimeZone zone;
    QTime drawAt;
    QString error;
};

struct Attempt {
    bool drawnNow = false;
    QString error;
};
} // namespace

QaAutoDraw::QaAutoDraw(const Workspace &ws, QObject *parent)
    : QObject(parent)
    , m_ws(ws) {
    setObjectName(QStringLiteral("qaAutoDraw"));
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("qa-draw"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &QaAutoDraw::check);
    m_timer.start();
    reloadSettings();
}

QaAutoDraw::~QaAutoDraw() = default;

void QaAutoDraw::reloadSettings() {
    const int generation = ++m_settingsGeneration;
    m_worker->post(
        this,
        [](DbWorker::Context &c) {
            Settings s;
            if (!c.db)
                s.error = c.openError;
            else if (QaDayQueries::businessZone(*c.db, s.zone, s.error))
                QaDayQueries::drawAt(*c.db, s.drawAt, s.error);
            return s;
        },
        [this, generation](const Settings &s) {
            if (generation != m_settingsGeneration)
                return;
            if (!s.error.isEmpty()) {
                m_ready = false;
                Q_EMIT settled(QDate(), false, s.error);
                return;
            }
            m_zone = s.zone;
            m_drawAt = s.drawAt;
            m_ready = true;
            Q_EMIT ready();
            check();
        });
}

void QaAutoDraw::check() {
    if (!m_ready || m_busy)
        return;
    const QDateTime now = m_ws.clock->now();
    const QDate due = QaDayQueries::dueDay(now, m_zone, m_drawAt);
    if (!due.isValid() || due == m_doneDay || now.toMSecsSinceEpoch() < m_retryAtMs)
        return;
    m_busy = true;
    QaDrawRequest request;
    request.day = due;
    request.actor = m_ws.user.login;
    request.actorId = m_ws.user.staffId;
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [request, clock](DbWorker::Context &c) {
            Attempt a;
            if (!c.db) {
                a.error = c.openError;
                return a;
            }
            QaSampleStore store(*c.db, *clock);
            std::optional<QaSampleDay> stored;
            if (!store.load(request.day, stored, a.error) || stored)
                return a; // drawn before: nothing to do
            QaDrawResult result;
            if (store.draw(request, result, a.error))
                a.drawnNow = result.drawnNow; // false: another workstation was first
            return a;
        },
        [this, due](const Attempt &a) {
            m_busy = false;
            if (a.error.isEmpty()) {
                m_doneDay = due;
                m_retryAtMs = 0;
            } else {
                m_retryAtMs = m_ws.clock->nowMs() + kRetryMs;
            }
            Q_EMIT settled(due, a.drawnNow, a.error);
        });
}

void installQaFeature(MainWindow &window) {
    const Workspace &ws = window.workspace();
    if (!ws.canWrite || !ws.user.permissions.has(perm::QaSample))
        return; // only a workstation that may draw does
    auto *draw = new QaAutoDraw(ws, &window);
    // qa.draw_at or the calendar's zone changed: read them again, once for a burst.
    auto *pending = new QTimer(draw);
    pending->setSingleShot(true);
    pending->setInterval(kCoalesceMs);
    QObject::connect(pending, &QTimer::timeout, draw, &QaAutoDraw::reloadSettings);
    QObject::connect(&window, &MainWindow::changesArrived, draw,
                     [pending](const QList<sb::Change> &changes) {
                         for (const Change &c : changes) {
                             if (c.entity == ChangeEntity::Setting) {
                                 pending->start();
                                 return;
                             }
                         }
                     });
    // A failure is said once in the status bar, not as a pop-up; the draw is tried again.
    auto lastError = std::make_shared<QString>();
    QPointer<MainWindow> shown(&window);
    QObject::connect(draw, &QaAutoDraw::settled, draw,
                     [shown, lastError](const QDate &day, bool drawnNow, const QString &error) {
                         if (!shown)
                             return;
                         if (!error.isEmpty() && error != *lastError)
                             shown->statusBar()->showMessage(
                                 QaAutoDraw::tr("QA spot check: %1").arg(error), 15000);
                         else if (drawnNow)
                             shown->statusBar()->showMessage(
                                 QaAutoDraw::tr("The QA spot check of %1 was drawn.")
                                     .arg(day.toString(QStringLiteral("yyyy-MM-dd"))),
                                 15000);
                         *lastError = error;
                     });
}

} // namespace sb::app
