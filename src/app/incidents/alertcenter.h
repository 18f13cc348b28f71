#pragma once

#include "incidents/alertpopup.h"
#include "shell/workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace sb::app {

// Shows an alert on this workstation whenever an incident opens or its grade rises on ANY
// workstation: it follows change_log (entities incident and incident_event), not the local
// engine. It knows the grade of every open incident (read at start), so an update that does
// not raise the grade (owner, confirmation …) never alerts. One pop-up per incident: a later
// rise re-colours the pop-up already shown. Each alert also beeps (QApplication::beep) and,
// where the desktop has a system tray, shows a tray message: Qt Multimedia is not in our
// stack, and beep() alone is silent on many desktops.
class AlertCenter : public QObject {
    Q_OBJECT
public:
    AlertCenter(const Workspace &ws, QWidget *anchor);
    ~AlertCenter() override;

    void applyChanges(const QList<sb::Change> &changes);
    QList<AlertPopup *> popups() const;

Q_SIGNALS:
    void alerted(const sb::app::IncidentAlertInfo &info);
    void openRequested(qint64 incidentId);

private:
    void loadKnown();
    void raise(const IncidentAlertInfo &info);
    void place();

    Workspace m_ws;
    QWidget *m_anchor;
    QHash<qint64, int> m_known; // open incident -> grade already alerted (or known at start)
    QHash<qint64, QPointer<AlertPopup>> m_popups;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace sb::app
