#include "incidents/gradingwizard.h"

#include "domain/labels.h"
#include "incidents/gradingpages.h"
#include "shell/mainwindow.h"

namespace sb::app {

void openGradingWizard(MainWindow &window, qint64 incidentId) {
    auto *w = new GradingWizard(window.workspace(), incidentId, QString(), &window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->follow(window);
    w->show();
}

void openGradingWizardForType(MainWindow &window, const QString &problemType) {
    auto *w = new GradingWizard(window.workspace(), 0, problemType, &window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->follow(window);
    w->show();
}

GradingWizard::GradingWizard(const Workspace &ws, qint64 incidentId, const QString &problemType,
                             QWidget *parent)
    : QWizard(parent)
    , m_ws(ws)
    , m_queries(*ws.db) {
    setObjectName(QStringLiteral("gradingWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(820, 640);

    QString error;
    if (!m_queries.currentRules(m_rules, error))
        m_loadError = error; // the shipped defaults stay in place
    if (incidentId > 0) {
        IncidentRecord r;
        if (m_queries.incident(incidentId, r, error)) {
            m_incident = r;
            m_fixedIncident = true;
            m_decision.incidentId = r.id;
            m_decision.expectedVersion = r.version;
            m_decision.problemType = r.problemType;
        } else {
            m_loadError = error;
            m_usable = false;
        }
    }
    if (!m_fixedIncident)
        setProblemType(problemType.isEmpty() ? problemTypes().first().key : problemType);
    setWindowTitle(m_fixedIncident ? tr("Grade incident #%1").arg(incidentId)
                                   : tr("Grade a problem"));

    setPage(Identify, new IdentifyPage(*this));
    m_evidence = new EvidencePage(*this);
    setPage(Evidence, m_evidence);
    setPage(GradeStep, new GradePage(*this));
    setPage(Owner, new OwnerPage(*this));
    setPage(Announce, new AnnouncePage(*this));
    m_confirm = new ConfirmPage(*this);
    setPage(Confirm, m_confirm);
    setStartId(Identify);

    m_evidenceRefresh.setSingleShot(true);
    m_evidenceRefresh.setInterval(500);
    connect(&m_evidenceRefresh, &QTimer::timeout, this, [this] {
        if (currentId() == Evidence)
            m_evidence->reload();
    });
}

void GradingWizard::follow(MainWindow &window) {
    connect(&window, &MainWindow::changesArrived, this, &GradingWizard::applyChanges);
}

void GradingWizard::applyChanges(const QList<sb::Change> &changes) {
    for (const sb::Change &c : changes)
        if (c.entity == ChangeEntity::Ticket && c.op == ChangeOp::Insert) {
            m_evidenceRefresh.start();
            return;
        }
}

void GradingWizard::setProblemType(const QString &type) {
    m_decision.problemType = type;
    if (m_fixedIncident)
        return;
    IncidentRecord r;
    bool found = false;
    QString error;
    if (!m_queries.openIncident(type, r, found, error)) {
        m_loadError = error;
        found = false;
    }
    m_incident = found ? std::optional<IncidentRecord>(r) : std::nullopt;
    m_decision.incidentId = found ? r.id : 0;
    m_decision.expectedVersion = found ? r.version : 0;
}

void GradingWizard::accept() {
    QString error;
    GradingOutcome out;
    IncidentGrading grading(*m_ws.db, *m_ws.clock, m_rules);
    if (!grading.apply(m_decision, m_ws.user.staffId, out, error)) {
        if (out.conflict && m_decision.incidentId > 0) {
            // Someone (or the engine) changed the incident: read it again and send the person
            // back to the grade, which is worked out anew from the fresh incident.
            IncidentRecord fresh;
            QString readError;
            if (m_queries.incident(m_decision.incidentId, fresh, readError)) {
                m_incident = fresh;
                m_decision.expectedVersion = fresh.version;
            }
            while (currentId() != GradeStep && currentId() != Identify)
                back();
            if (auto *p = qobject_cast<GradePage *>(page(GradeStep)))
                p->initializePage();
            if (auto *p = qobject_cast<GradePage *>(currentPage()))
                p->showError(error);
            return;
        }
        m_confirm->showError(error);
        return;
    }
    m_outcome = out;
    Q_EMIT graded(out.incidentId);
    QWizard::accept();
}

} // namespace sb::app
