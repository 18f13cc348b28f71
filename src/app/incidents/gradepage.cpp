#include "domain/labels.h"
#include "incidents/gradingpages.h"
#include "incidents/gradingwizard.h"
#include "incidents/incidentlabels.h"
#include "security/permissions.h"

#include "ui_gradepage.h"

#include <QHeaderView>

namespace sb::app {

namespace {
constexpr Grade kGrades[] = {Grade::General, Grade::Serious, Grade::Urgent, Grade::Major};
} // namespace

GradePage::GradePage(GradingWizard &wizard)
    : m_wizard(wizard)
    , ui(std::make_unique<Ui::GradePage>()) {
    ui->setupUi(this);
    ui->gradeTable->setRowCount(2);
    ui->gradeTable->setColumnCount(4);
    ui->gradeTable->setVerticalHeaderLabels(
        {Labels::tier(QStringLiteral("normal")), Labels::tier(QStringLiteral("vip"))});
    QStringList headers;
    for (Grade g : kGrades) {
        headers.append(IncidentLabels::grade(g));
        ui->gradeCombo->addItem(IncidentLabels::grade(g), static_cast<int>(g));
    }
    ui->gradeTable->setHorizontalHeaderLabels(headers);
    ui->gradeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui->gradeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (!m_wizard.workspace().user.permissions.has(perm::IncidentsOverride)) {
        ui->gradeCombo->setEnabled(false);
        ui->gradeCombo->setToolTip(
            tr("Overriding the grade needs the permission %1.").arg(perm::IncidentsOverride));
    }
    connect(ui->gradeCombo, &QComboBox::activated, this, [this] { m_touched = true; });
    connect(ui->gradeCombo, &QComboBox::currentIndexChanged, this, &GradePage::gradeChanged);
}

GradePage::~GradePage() = default;

void GradePage::initializePage() {
    const GradingDecision &d = m_wizard.decision();
    const RuleSet &rules = m_wizard.rules();
    const int type = RuleSet::typeIndex(QStringView(d.problemType));
    if (type < 0)
        return;
    const int counts[2] = {d.counts.normal60, d.counts.vip60};
    int tierGrade[2] = {-1, -1};
    for (int t = 0; t < 2; ++t) {
        const auto tier = static_cast<GradingTier>(t);
        tierGrade[t] = rules.tableGrade(type, tier, counts[t]);
        for (int g = 0; g < 4; ++g)
            ui->gradeTable->setItem(t, g, new QTableWidgetItem());
        for (const GradeCell &c : rules.cells(type, tier))
            ui->gradeTable->item(t, static_cast<int>(c.grade))->setText(c.text);
    }
    const Grade candidate = static_cast<Grade>(
        std::max({tierGrade[0], tierGrade[1], static_cast<int>(Grade::General)}));
    const auto &inc = m_wizard.incident();
    m_ruleGrade = inc ? std::max(candidate, inc->grade) : candidate;
    for (int t = 0; t < 2; ++t) {
        if (tierGrade[t] < 0)
            continue;
        const auto g = static_cast<Grade>(tierGrade[t]);
        QTableWidgetItem *item = ui->gradeTable->item(t, tierGrade[t]);
        item->setBackground(IncidentLabels::gradeColour(g));
        item->setForeground(IncidentLabels::gradeTextColour(g));
        QFont f = item->font();
        f.setBold(g == candidate);
        item->setFont(f);
        item->setToolTip(tr("%1 complaints in the grading window").arg(counts[t]));
    }
    QString intro = tr("In the last %1 minutes: %2 normal and %3 VIP complaints. The table "
                       "gives %4.")
                        .arg(rules.gradingWindowMs() / 60000)
                        .arg(counts[0])
                        .arg(counts[1])
                        .arg(IncidentLabels::grade(candidate));
    if (inc && inc->grade > candidate)
        intro += QLatin1Char(' ') +
                 tr("The incident is already %1 and grades do not go down by themselves, so the "
                    "rules give %1.")
                     .arg(IncidentLabels::grade(inc->grade));
    ui->gradeIntro->setText(intro);
    IncidentLabels::fitHeight(ui->gradeTable);
    if (!m_touched) {
        const QSignalBlocker block(ui->gradeCombo);
        ui->gradeCombo->setCurrentIndex(ui->gradeCombo->findData(static_cast<int>(m_ruleGrade)));
    }
    gradeChanged();
}

void GradePage::gradeChanged() {
    const auto chosen = static_cast<Grade>(ui->gradeCombo->currentData().toInt());
    const bool overriding = chosen != m_ruleGrade;
    ui->overrideReasonEdit->setEnabled(overriding);
    ui->reasonCaption->setEnabled(overriding);
    ui->gradeError->clear();
}

void GradePage::showError(const QString &error) {
    ui->gradeError->setText(error);
}

bool GradePage::validatePage() {
    GradingDecision &d = m_wizard.decision();
    const auto chosen = static_cast<Grade>(ui->gradeCombo->currentData().toInt());
    const QString reason = ui->overrideReasonEdit->toPlainText().trimmed();
    if (chosen != m_ruleGrade && reason.isEmpty()) {
        ui->gradeError->setText(
            tr("The rules give %1. To grade it %2 instead, write the reason "
               "for the override.")
                .arg(IncidentLabels::grade(m_ruleGrade), IncidentLabels::grade(chosen)));
        ui->overrideReasonEdit->setFocus();
        return false;
    }
    ui->gradeError->clear();
    d.ruleGrade = m_ruleGrade;
    d.grade = chosen;
    d.overrideReason = chosen != m_ruleGrade ? reason : QString();
    return true;
}

} // namespace sb::app
