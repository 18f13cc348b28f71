#include "incidents/alertcenter.h"

#include "domain/labels.h"
#include "incidents/alertqueries.h"

#include <QApplication>
#include <QScreen>
#include <QStyle>
#include <QSystemTrayIcon>

namespace sb::app {

AlertCenter::AlertCenter(const Workspace &ws, QWidget *anchor)
    : QObject(anchor)
    , m_ws(ws)
    , m_anchor(anchor) {
    loadKnown();
}

AlertCenter::~AlertCenter() {
    for (const auto &p : std::as_const(m_popups))
        delete p.data();
}

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

void AlertCenter::applyChanges(const QList<sb::Change> &changes) {
    QList<qint64> incidentIds;
    QList<qint64> eventIds;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Incident && !incidentIds.contains(c.entityId))
            incidentIds.append(c.entityId);
        else if (c.entity == ChangeEntity::IncidentEvent && c.op == ChangeOp::Insert)
            eventIds.append(c.entityId);
    }
    if (incidentIds.isEmpty() && eventIds.isEmpty())
        return;
    // The incidents touched directly or through a new event, by id.
    QList<IncidentAlertState> touched;
    QString error;
    if (!IncidentAlertQueries(*m_ws.db).touched(incidentIds, eventIds, touched, error)) {
        qWarning("alerts: %s", qPrintable(error));
        return;
    }
    for (const IncidentAlertState &s : std::as_const(touched)) {
        const int grade = static_cast<int>(s.grade);
        if (!s.open) {
            m_known.remove(s.id);
            if (AlertPopup *p = m_popups.take(s.id))
                p->close(); // a person resolved it
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
    AlertPopup *popup = m_popups.value(info.incidentId);
    if (popup) {
        IncidentAlertInfo merged = info;
        merged.fromGrade = popup->info().fromGrade < 0 ? -1 : info.fromGrade;
        popup->setInfo(merged);
    } else {
        popup = new AlertPopup(info, m_anchor);
        m_popups.insert(info.incidentId, popup);
        connect(popup, &AlertPopup::openWizard, this, &AlertCenter::openRequested);
        connect(popup, &QObject::destroyed, this, [this, id = info.incidentId] {
            m_popups.remove(id);
            place();
        });
    }
    place();
    if (popup->isVisible())
        popup->raise();
    QApplication::beep();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(
                QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
            m_tray->setObjectName(QStringLiteral("incidentTray"));
            m_tray->show();
        }
        m_tray->showMessage(popup->windowTitle(),
                            tr("%1 — %2").arg(Labels::problemType(info.problemType),
                                              Labels::grade(gradeKey(info.grade))),
                            info.grade >= Grade::Urgent ? QSystemTrayIcon::Critical
                                                        : QSystemTrayIcon::Warning,
                            15000);
    }
    Q_EMIT alerted(info);
}

QList<AlertPopup *> AlertCenter::popups() const {
    QList<AlertPopup *> out;
    for (const auto &p : m_popups)
        if (p)
            out.append(p.data());
    return out;
}

// Stacks the pop-ups down the top-right corner of the anchor window's screen.
void AlertCenter::place() {
    const QScreen *screen =
        m_anchor && m_anchor->screen() ? m_anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    QList<AlertPopup *> list = popups();
    // The most severe first, then the newest; beyond a few the rest wait (they stay on the
    // incident board) and come up as others are dismissed, so a flood never buries the screen.
    std::sort(list.begin(), list.end(), [](AlertPopup *a, AlertPopup *b) {
        if (a->info().grade != b->info().grade)
            return a->info().grade > b->info().grade;
        return a->info().incidentId > b->info().incidentId;
    });
    constexpr int kMaxShown = 4;
    for (qsizetype i = kMaxShown; i < list.size(); ++i)
        list.at(i)->hide();
    if (list.size() > kMaxShown)
        list.resize(kMaxShown);
    // Down the right edge; a full column continues in the next one to the left.
    int x = area.right() - 12;
    int y = area.top() + 12;
    int columnWidth = 0;
    for (AlertPopup *p : std::as_const(list)) {
        p->adjustSize();
        if (y > area.top() + 12 && y + p->height() > area.bottom()) {
            x -= columnWidth + 8;
            y = area.top() + 12;
            columnWidth = 0;
        }
        p->move(x - p->width(), y);
        p->show();
        y += p->height() + 8;
        columnWidth = std::max(columnWidth, p->width());
    }
}

} // namespace sb::app
