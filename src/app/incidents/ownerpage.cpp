#include "domain/labels.h"
#include "incidents/gradingpages.h"
#include "incidents/gradingwizard.h"
#include "incidents/incidentlabels.h"

#include "ui_ownerpage.h"

namespace sb::app {

OwnerPage::OwnerPage(GradingWizard &wizard)
    : m_wizard(wizard)
    , ui(std::make_unique<Ui::OwnerPage>()) {
    ui->setupUi(this);
    connect(ui->ownerShowAll, &QCheckBox::toggled, this, &OwnerPage::fill);
    connect(ui->ownerList, &QListWidget::currentRowChanged, this,
            [this] { ui->ownerError->clear(); });
}

OwnerPage::~OwnerPage() = default;

void OwnerPage::initializePage() {
    fill();
}

void OwnerPage::fill() {
    const GradingDecision &d = m_wizard.decision();
    const QString role = ownerRoleKey(d.grade);
    const qint64 previous = ui->ownerList->currentItem()
                                ? ui->ownerList->currentItem()->data(Qt::UserRole).toLongLong()
                                : (m_wizard.incident() ? m_wizard.incident()->ownerId : 0);
    ui->ownerList->clear();
    QList<StaffChoice> staff;
    QString error;
    if (!m_wizard.queries().staffWithRole(role, !ui->ownerShowAll->isChecked(), staff, error)) {
        ui->ownerError->setText(error);
        return;
    }
    ui->ownerIntro->setText(tr("%1 incidents are owned by a %2. Choose who follows it through.")
                                .arg(IncidentLabels::grade(d.grade), Labels::role(role)));
    for (const StaffChoice &s : std::as_const(staff)) {
        QString text = tr("%1 (%2)").arg(s.name, s.employeeNo);
        if (!s.teamName.isEmpty())
            text += QStringLiteral(" · ") + s.teamName;
        if (!s.onDuty)
            text += QStringLiteral(" · ") + tr("not on duty");
        auto *item = new QListWidgetItem(text, ui->ownerList);
        item->setData(Qt::UserRole, s.id);
        if (s.id == previous)
            ui->ownerList->setCurrentItem(item);
    }
    if (!ui->ownerList->currentItem() && ui->ownerList->count() == 1)
        ui->ownerList->setCurrentRow(0);
    if (staff.isEmpty())
        ui->ownerError->setText(
            ui->ownerShowAll->isChecked()
                ? tr("Nobody holds the role %1. Ask an administrator.").arg(Labels::role(role))
                : tr("Nobody with the role %1 is on duty. Tick the box below to choose someone "
                     "who is not.")
                      .arg(Labels::role(role)));
    else
        ui->ownerError->clear();
}

bool OwnerPage::validatePage() {
    QListWidgetItem *item = ui->ownerList->currentItem();
    if (!item) {
        ui->ownerError->setText(tr("Choose the owner."));
        return false;
    }
    m_wizard.decision().ownerId = item->data(Qt::UserRole).toLongLong();
    return true;
}

} // namespace sb::app
