#include "domain/labels.h"
#include "incidents/gradingpages.h"
#include "incidents/gradingwizard.h"
#include "incidents/incidentlabels.h"
#include "security/permissions.h"

#include "ui_confirmpage.h"

namespace sb::app {

namespace {} // namespace

ConfirmPage::ConfirmPage(GradingWizard &wizard)
    : m_wizard(wizard)
    , ui(std::make_unique<Ui::ConfirmPage>()) {
    ui->setupUi(this);
    setFinalPage(true);
}

ConfirmPage::~ConfirmPage() = default;

bool ConfirmPage::isComplete() const {
    const Workspace &ws = m_wizard.workspace();
    return m_wizard.usable() && ws.canWrite && ws.user.permissions.has(perm::IncidentsGrade);
}

void ConfirmPage::showError(const QString &error) {
    ui->finishError->setText(tr("Nothing was stored: %1").arg(error));
}

void ConfirmPage::initializePage() {
    const GradingDecision &d = m_wizard.decision();
    const Workspace &ws = m_wizard.workspace();
    QString error;
    QStringList lines;
    const auto &inc = m_wizard.incident();
    lines.append(inc ? tr("Incident #%1: %2").arg(inc->id).arg(Labels::problemType(d.problemType))
                     : tr("New incident: %1").arg(Labels::problemType(d.problemType)));
    QString identified = IncidentLabels::confirmation(d.confirmation);
    KnowledgeEntry known;
    if (d.confirmation == confirmation::Known &&
        m_wizard.queries().knowledgeEntry(d.knownIssueId, known, error))
        identified += QStringLiteral(": ") + known.title;
    lines.append(tr("Identified: %1").arg(identified));
    lines.append(tr("Counts: last 30 min %1 normal / %2 VIP; last 60 min %3 normal / %4 VIP")
                     .arg(d.counts.normal30)
                     .arg(d.counts.vip30)
                     .arg(d.counts.normal60)
                     .arg(d.counts.vip60));
    if (d.affectedShare >= 0)
        lines.append(tr("Affected share: %1 %").arg(d.affectedShare * 100.0));
    if (d.grade == d.ruleGrade)
        lines.append(tr("Grade: %1 (as the rules give)").arg(IncidentLabels::grade(d.grade)));
    else
        lines.append(tr("Grade: %1, overriding %2 — reason: %3")
                         .arg(IncidentLabels::grade(d.grade), IncidentLabels::grade(d.ruleGrade),
                              d.overrideReason));
    QList<StaffChoice> staff;
    QString owner = QString::number(d.ownerId);
    if (m_wizard.queries().staffWithRole(ownerRoleKey(d.grade), false, staff, error))
        for (const StaffChoice &s : std::as_const(staff))
            if (s.id == d.ownerId)
                owner = s.name;
    lines.append(tr("Owner: %1").arg(owner));
    if (d.announce) {
        lines.append(tr("Announcement: %1").arg(d.subject));
        lines.append(d.notice);
        lines.append(tr("Answer script: %1").arg(d.script));
        lines.append(tr("Chat groups: %1").arg(d.webhookTargetIds.size()));
    } else {
        lines.append(tr("No announcement."));
    }
    ui->summaryText->setPlainText(lines.join(u'\n'));
    if (!m_wizard.usable())
        ui->finishError->setText(m_wizard.loadError());
    else if (!ws.canWrite)
        ui->finishError->setText(tr("This workstation cannot write: %1").arg(ws.readOnlyReason));
    else if (!ws.user.permissions.has(perm::IncidentsGrade))
        ui->finishError->setText(tr("Grading needs the permission %1.").arg(perm::IncidentsGrade));
    else
        ui->finishError->clear();
}

} // namespace sb::app
