#pragma once

#include "incidents/incidentgrading.h"
#include "incidents/incidentqueries.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWizard>

#include <optional>

namespace sb::app {

class MainWindow;

// Opens the grading wizard (docs/spec/DOMAIN.md §3: identify → evidence → grade → owner → announce
// → confirm) for an existing incident, e.g. from an alert pop-up. Non-modal; deletes itself.
void openGradingWizard(MainWindow &window, qint64 incidentId);
// The same for a problem type without an incident: Finish grades the open incident of that
// type, or opens one.
void openGradingWizardForType(MainWindow &window, const QString &problemType);

class IdentifyPage;
class EvidencePage;
class GradePage;
class OwnerPage;
class AnnouncePage;
class ConfirmPage;

class GradingWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Identify, Evidence, GradeStep, Owner, Announce, Confirm };

    // `incidentId` > 0: grade that incident; otherwise `problemType` (may be empty: chosen on
    // the first page).
    GradingWizard(const Workspace &ws, qint64 incidentId, const QString &problemType,
                  QWidget *parent = nullptr);

    const Workspace &workspace() const { return m_ws; }
    const RuleSet &rules() const { return m_rules; }
    IncidentQueries &queries() { return m_queries; }
    // The incident being graded (the one opened on, or the open one of the chosen type).
    const std::optional<IncidentRecord> &incident() const { return m_incident; }
    bool fixedIncident() const { return m_fixedIncident; }
    GradingDecision &decision() { return m_decision; }
    // Sets the problem type and looks up its open incident (when not fixed).
    void setProblemType(const QString &type);
    qint64 nowMs() const { return m_ws.clock->nowMs(); }
    // What the last Finish stored (for callers and tests).
    const GradingOutcome &outcome() const { return m_outcome; }
    QString loadError() const { return m_loadError; }
    // False when the incident it was opened on could not be read: nothing can be finished.
    bool usable() const { return m_usable; }

    void accept() override;
    // Change batches from the change feed: new tickets refresh the evidence page while shown.
    void applyChanges(const QList<sb::Change> &changes);
    // Follows the window's change feed (MainWindow::changesArrived).
    void follow(MainWindow &window);

Q_SIGNALS:
    void graded(qint64 incidentId);

private:
    Workspace m_ws;
    IncidentQueries m_queries;
    RuleSet m_rules = RuleSet::defaults();
    std::optional<IncidentRecord> m_incident;
    bool m_fixedIncident = false;
    bool m_usable = true;
    GradingDecision m_decision;
    GradingOutcome m_outcome;
    QString m_loadError;
    ConfirmPage *m_confirm = nullptr;
    EvidencePage *m_evidence = nullptr;
    QTimer m_evidenceRefresh;
};

} // namespace sb::app
