#pragma once

#include "incidents/alertpopup.h"
#include "shell/workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QPushButton;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace sb::app {

class AlertDrawer;

// Alerts on this workstation whenever an incident opens or its grade rises on ANY
// workstation: it follows change_log (entities incident and incident_event), not the local
// engine. It knows the grade of every open incident (read at start), so an update that does
// not raise the grade (owner, confirmation …) never alerts.
//
// An alert shows a toast (AlertPopup) at the bottom right inside the anchor window, one at a
// time: a later alert takes its place unless the one shown is more severe. After the
// seconds of the shared setting alerts.toast_seconds (default 8; read at start and whenever
// a setting changes) the toast collapses into the alert drawer (AlertDrawer, in a dock
// widget "alertDrawerDock"), which lists every open incident with "Acknowledge" and "Open
// grading wizard". When the anchor is a main window, its status bar gets the drawer's button
// ("alertDrawerButton": the number of open incidents nobody acknowledged, coloured by the
// worst) and a compact strip ("alertStrip") that keeps the most severe open incident in view
// (grade colour, type, since when; a click opens it). Each alert also beeps
// (QApplication::beep) and, where the desktop has a system tray, shows a tray message: Qt
// Multimedia is not in our stack, and beep() alone is silent on many desktops.
class AlertCenter : public QObject {
    Q_OBJECT
public:
    AlertCenter(const Workspace &ws, QWidget *anchor);
    ~AlertCenter() override;

    void applyChanges(const QList<sb::Change> &changes);

    AlertPopup *toast() const { return m_toast; }
    AlertDrawer *drawer() const { return m_drawer; }
    QDockWidget *drawerDock() const { return m_dock; }
    QPushButton *strip() const { return m_strip; }
    QToolButton *drawerButton() const { return m_button; }
    int toastSeconds() const { return m_toastSeconds; }

    static constexpr int kDefaultToastSeconds = 8;
    static constexpr int kMaxToastSeconds = 3600;
    static constexpr auto kToastSecondsSetting = "alerts.toast_seconds";

Q_SIGNALS:
    void alerted(const sb::app::IncidentAlertInfo &info);
    void openRequested(qint64 incidentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadKnown();
    void readSettings();
    void raise(const IncidentAlertInfo &info);
    void collapse();
    void placeToast();
    void updateIndicators();

    Workspace m_ws;
    QPointer<QWidget> m_anchor;
    QHash<qint64, int> m_known; // open incident -> grade already alerted (or known at start)
    AlertPopup *m_toast = nullptr;
    QTimer *m_toastTimer = nullptr;
    int m_toastSeconds = kDefaultToastSeconds;
    AlertDrawer *m_drawer = nullptr;
    QDockWidget *m_dock = nullptr;
    QToolButton *m_button = nullptr;
    QPushButton *m_strip = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace sb::app
