#pragma once

#include "incidents/alertacks.h"
#include "shell/workspace.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AlertDrawer;
}

namespace sb::app {

// The alert drawer (form ui/incidents/alertdrawer.ui, objectName "alertDrawer"): every open
// incident, those nobody acknowledged at their grade first, then the most severe, then the
// newest (IncidentAlertAcks::openAlerts). Each row has "Acknowledge" (objectName
// "acknowledgeButton", enabled with incidents.confirm) or says who acknowledged it and when,
// and "Open grading wizard" ("openWizardButton"); both carry the property incidentId.
// An acknowledgement is recorded in the shared database, so every workstation's drawer shows
// it; a later rise of the grade lists the incident as not acknowledged again.
class AlertDrawer : public QWidget {
    Q_OBJECT
public:
    AlertDrawer(const Workspace &ws, QWidget *parent);
    ~AlertDrawer() override;

    // Rereads the open incidents; false (and the reason in the summary line) on an error.
    bool reload();
    // Acknowledges the incident at the grade listed; false with the reason in the summary.
    bool acknowledge(qint64 incidentId);

    const QList<OpenIncidentAlert> &alerts() const { return m_alerts; }
    int unacknowledged() const;
    // The highest grade among the incidents not acknowledged; nullopt when there is none.
    std::optional<Grade> worstUnacknowledged() const;
    // The most severe open incident (acknowledged or not), the newest of equal grades.
    std::optional<OpenIncidentAlert> mostSevere() const;

    // A time as the drawer shows it: HH:mm today, the date before it otherwise.
    static QString shortTime(qint64 ms, qint64 nowMs);

Q_SIGNALS:
    void openRequested(qint64 incidentId);
    void reloaded();

private:
    void fill();

    Workspace m_ws;
    std::unique_ptr<Ui::AlertDrawer> ui;
    QList<OpenIncidentAlert> m_alerts;
};

} // namespace sb::app
