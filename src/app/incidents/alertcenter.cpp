#include "incidents/alertcenter.h"

#include "domain/labels.h"
#include "incidents/alertdrawer.h"
#include "incidents/alertqueries.h"
#include "incidents/incidentlabels.h"
#include "storage/settingsstore.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace sb::app {

namespace {
QString colourStyle(const QString &selector, Grade g) {
    return QStringLiteral("%1 { background: %2; color: %3; border: 1px solid %3; "
                          "padding: 1px 8px; }")
        .arg(selector, IncidentLabels::gradeColour(g).name(),
             IncidentLabels::gradeTextColour(g).name());
}
} // namespace

AlertCenter::AlertCenter(const Workspace &ws, QWidget *anchor)
    : QObject(anchor)
    , m_ws(ws)
    , m_anchor(anchor)
    , m_toast(new AlertPopup(IncidentAlertInfo{}, anchor))
    , m_toastTimer(new QTimer(this)) {
    m_toastTimer->setSingleShot(true);
    connect(m_toastTimer, &QTimer::timeout, this, &AlertCenter::collapse);
    connect(m_toast, &AlertPopup::openWizard, this, [this](qint64 id) {
        collapse();
        Q_EMIT openRequested(id);
    });
    connect(m_toast, &AlertPopup::dismissed, this, &AlertCenter::collapse);
    if (anchor)
        anchor->installEventFilter(this);

    m_dock = new QDockWidget(tr("Alerts"), anchor);
    m_dock->setObjectName(QStringLiteral("alertDrawerDock"));
    m_drawer = new AlertDrawer(ws, m_dock);
    m_dock->setWidget(m_drawer);
    connect(m_drawer, &AlertDrawer::openRequested, this, &AlertCenter::openRequested);
    connect(m_drawer, &AlertDrawer::reloaded, this, &AlertCenter::updateIndicators);
    if (auto *window = qobject_cast<QMainWindow *>(anchor)) {
        window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_dock->hide();
        m_strip = new QPushButton(window);
        m_strip->setObjectName(QStringLiteral("alertStrip"));
        m_strip->setFlat(true);
        m_strip->setAutoFillBackground(true);
        connect(m_strip, &QPushButton::clicked, this, [this] {
            if (const auto top = m_drawer->mostSevere())
                Q_EMIT openRequested(top->incidentId);
        });
        window->statusBar()->addWidget(m_strip);
        m_button = new QToolButton(window);
        m_button->setObjectName(QStringLiteral("alertDrawerButton"));
        m_button->setCheckable(true);
        m_button->setToolTip(tr("Show or hide the alert drawer"));
        connect(m_button, &QToolButton::toggled, m_dock, &QDockWidget::setVisible);
        connect(m_dock, &QDockWidget::visibilityChanged, m_button, [this](bool visible) {
            if (!m_dock->isFloating() || !visible)
                m_button->setChecked(m_dock->isVisible());
        });
        window->statusBar()->addPermanentWidget(m_button);
    } else {
        m_dock->hide();
    }
    loadKnown();
    readSettings();
    updateIndicators();
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::loadKnown() {
    QHash<qint64, Grade> open;
    QString error;
    if (!IncidentAlertQueries(*m_ws.db).openGrades(open, error)) {
        qWarning("alerts: %s", qPrintable(error));
        return;
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        m_known.insert(it.key(), static_cast<int>(it.value()));
}

void AlertCenter::readSettings() {
    qint64 seconds = kDefaultToastSeconds;
    QString error;
    if (!SettingsStore(*m_ws.db).integer(QString::fromLatin1(kToastSecondsSetting),
                                         kDefaultToastSeconds, 1, kMaxToastSeconds, seconds, error))
        qWarning("alerts: %s", qPrintable(error));
    m_toastSeconds = int(seconds);
}

void AlertCenter::applyChanges(const QList<sb::Change> &changes) {
    QList<qint64> incidentIds;
    QList<qint64> eventIds;
    bool settings = false;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Incident && !incidentIds.contains(c.entityId))
            incidentIds.append(c.entityId);
        else if (c.entity == ChangeEntity::IncidentEvent && c.op == ChangeOp::Insert)
            eventIds.append(c.entityId);
        else if (c.entity == ChangeEntity::Setting)
            settings = true;
    }
    if (settings)
        readSettings();
    if (incidentIds.isEmpty() && eventIds.isEmpty())
        return;
    // The incidents touched directly or through a new event, by id.
    QList<IncidentAlertState> touched;
    QString error;
    if (!IncidentAlertQueries(*m_ws.db).touched(incidentIds, eventIds, touched, error)) {
        qWarning("alerts: %s", qPrintable(error));
        return;
    }
    m_drawer->reload(); // acknowledgements and resolutions, also from other workstations
    for (const IncidentAlertState &s : std::as_const(touched)) {
        const int grade = static_cast<int>(s.grade);
        if (!s.open) {
            m_known.remove(s.id);
            if (m_toast->isVisible() && m_toast->info().incidentId == s.id)
                collapse(); // a person resolved it
            continue;
        }
        const int known = m_known.value(s.id, -1);
        if (grade <= known)
            continue;
        m_known.insert(s.id, grade);
        IncidentAlertInfo info;
        info.incidentId = s.id;
        info.problemType = s.problemType;
        info.problemClass = s.problemClass;
        info.grade = s.grade;
        info.fromGrade = known;
        info.atMs = s.atMs;
        info.normal30 = s.counts.normal30;
        info.vip30 = s.counts.vip30;
        info.normal60 = s.counts.normal60;
        info.vip60 = s.counts.vip60;
        raise(info);
    }
}

void AlertCenter::raise(const IncidentAlertInfo &info) {
    // One toast: the most severe alert not yet collapsed, the newest of equal grades.
    const bool shown = m_toast->isVisible();
    if (!shown || info.grade >= m_toast->info().grade ||
        info.incidentId == m_toast->info().incidentId) {
        IncidentAlertInfo merged = info;
        if (shown && m_toast->info().incidentId == info.incidentId && m_toast->info().fromGrade < 0)
            merged.fromGrade = -1; // still news of an opening
        m_toast->setInfo(merged);
        placeToast();
        m_toast->show();
        m_toast->QWidget::raise();
        m_toastTimer->start(m_toastSeconds * 1000);
    }
    QApplication::beep();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(
                QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
            m_tray->setObjectName(QStringLiteral("incidentTray"));
            m_tray->show();
        }
        m_tray->showMessage(m_toast->windowTitle(),
                            tr("%1 — %2").arg(Labels::problemType(info.problemType),
                                              Labels::grade(gradeKey(info.grade))),
                            info.grade >= Grade::Urgent ? QSystemTrayIcon::Critical
                                                        : QSystemTrayIcon::Warning,
                            15000);
    }
    Q_EMIT alerted(info);
}

void AlertCenter::collapse() {
    m_toastTimer->stop();
    m_toast->hide();
    updateIndicators();
}

// Bottom right inside the anchor window, above its status bar.
void AlertCenter::placeToast() {
    if (!m_anchor)
        return;
    m_toast->adjustSize();
    int bottom = m_anchor->height();
    if (auto *window = qobject_cast<QMainWindow *>(m_anchor.data());
        window && window->statusBar()->isVisible())
        bottom -= window->statusBar()->height();
    m_toast->move(std::max(0, m_anchor->width() - m_toast->width() - 12),
                  std::max(0, bottom - m_toast->height() - 12));
}

bool AlertCenter::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_anchor && event->type() == QEvent::Resize && m_toast->isVisible())
        placeToast();
    return QObject::eventFilter(watched, event);
}

void AlertCenter::updateIndicators() {
    if (m_button) {
        const int waiting = m_drawer->unacknowledged();
        m_button->setText(tr("Alerts: %1").arg(waiting));
        m_button->setProperty("count", waiting);
        const auto worst = m_drawer->worstUnacknowledged();
        m_button->setStyleSheet(worst ? colourStyle(QStringLiteral("QToolButton"), *worst)
                                      : QString());
        m_button->setProperty("grade", worst ? int(*worst) : -1);
    }
    if (m_strip) {
        const auto top = m_drawer->mostSevere();
        m_strip->setVisible(top.has_value());
        if (top) {
            const qint64 now =
                m_ws.clock ? m_ws.clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
            m_strip->setText(tr("%1 — %2, since %3")
                                 .arg(Labels::grade(gradeKey(top->grade)),
                                      Labels::problemType(top->problemType),
                                      AlertDrawer::shortTime(top->openedAtMs, now)));
            m_strip->setToolTip(tr("The most severe open incident: click to open it"));
            m_strip->setStyleSheet(colourStyle(QStringLiteral("QPushButton"), top->grade));
            m_strip->setProperty("incidentId", top->incidentId);
            m_strip->setProperty("grade", int(top->grade));
        }
    }
}

} // namespace sb::app
