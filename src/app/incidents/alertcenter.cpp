#include "incidents/alertcenter.h"

#include "shell/labels.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
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
    QSqlQuery q(m_ws.db->db());
    QString error;
    if (!m_ws.db->exec(q, QStringLiteral("SELECT id, grade FROM incidents WHERE state = 'open'"),
                       {}, error)) {
        qWarning("alerts: %s", qPrintable(error));
        return;
    }
    while (q.next())
        m_known.insert(q.value(0).toLongLong(), q.value(1).toInt());
}

void AlertCenter::applyChanges(const QList<sb::Change> &changes) {
    QVariantList incidentIds;
    QVariantList eventIds;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Incident && !incidentIds.contains(c.entityId))
            incidentIds.append(c.entityId);
        else if (c.entity == ChangeEntity::IncidentEvent && c.op == ChangeOp::Insert)
            eventIds.append(c.entityId);
    }
    if (incidentIds.isEmpty() && eventIds.isEmpty())
        return;
    QString error;
    QSqlQuery q(m_ws.db->db());
    // The incidents touched directly or through a new event.
    if (!eventIds.isEmpty()) {
        QString marks;
        for (qsizetype i = 0; i < eventIds.size(); ++i)
            marks += i ? QStringLiteral(",?") : QStringLiteral("?");
        if (!m_ws.db->exec(q,
                           QStringLiteral("SELECT DISTINCT incident_id FROM incident_events "
                                          "WHERE id IN (") +
                               marks + QLatin1Char(')'),
                           eventIds, error)) {
            qWarning("alerts: %s", qPrintable(error));
            return;
        }
        while (q.next()) {
            if (!incidentIds.contains(q.value(0)))
                incidentIds.append(q.value(0).toLongLong());
        }
    }
    QString marks;
    for (qsizetype i = 0; i < incidentIds.size(); ++i)
        marks += i ? QStringLiteral(",?") : QStringLiteral("?");
    if (!m_ws.db->exec(q,
                       QStringLiteral("SELECT i.id, i.problem_type, i.class, i.state, i.grade, "
                                      "i.opened_at, (SELECT e.data FROM incident_events e WHERE "
                                      "e.incident_id = i.id ORDER BY e.id DESC LIMIT 1), "
                                      "(SELECT e.at FROM incident_events e WHERE e.incident_id = "
                                      "i.id ORDER BY e.id DESC LIMIT 1) FROM incidents i WHERE "
                                      "i.id IN (") +
                           marks + QStringLiteral(") ORDER BY i.id"),
                       incidentIds, error)) {
        qWarning("alerts: %s", qPrintable(error));
        return;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int grade = qBound(0, q.value(4).toInt(), 3);
        if (q.value(3).toString() != QLatin1StringView("open")) {
            m_known.remove(id);
            if (AlertPopup *p = m_popups.take(id))
                p->close(); // a person resolved it
            continue;
        }
        const int known = m_known.value(id, -1);
        if (grade <= known)
            continue;
        m_known.insert(id, grade);
        IncidentAlertInfo info;
        info.incidentId = id;
        info.problemType = q.value(1).toString();
        info.problemClass = q.value(2).toString();
        info.grade = static_cast<Grade>(grade);
        info.fromGrade = known;
        info.atMs = q.value(7).isNull() ? q.value(5).toLongLong() : q.value(7).toLongLong();
        const QJsonObject counts = QJsonDocument::fromJson(q.value(6).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("counts"))
                                       .toObject();
        info.normal30 = counts.value(QStringLiteral("normal_30m")).toInt();
        info.vip30 = counts.value(QStringLiteral("vip_30m")).toInt();
        info.normal60 = counts.value(QStringLiteral("normal_60m")).toInt();
        info.vip60 = counts.value(QStringLiteral("vip_60m")).toInt();
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
