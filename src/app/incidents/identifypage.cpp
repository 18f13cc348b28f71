#include "domain/labels.h"
#include "incidents/gradingpages.h"
#include "incidents/gradingwizard.h"
#include "security/permissions.h"

#include "ui_identifypage.h"

namespace sb::app {

namespace {
constexpr int kSearchLimit = 30;
} // namespace

IdentifyPage::IdentifyPage(GradingWizard &wizard)
    : m_wizard(wizard)
    , ui(std::make_unique<Ui::IdentifyPage>()) {
    ui->setupUi(this);
    for (const ProblemTypeInfo &t : problemTypes())
        ui->typeCombo->addItem(Labels::problemType(t.key), t.key);
    ui->kbBody->setPlaceholderText(tr("Select an entry to read it."));
    connect(ui->typeCombo, &QComboBox::currentIndexChanged, this, &IdentifyPage::typeChanged);
    connect(ui->kbSearchButton, &QPushButton::clicked, this, &IdentifyPage::search);
    connect(ui->kbSearchEdit, &QLineEdit::returnPressed, this, &IdentifyPage::search);
    connect(ui->kbResults, &QListWidget::currentRowChanged, this, &IdentifyPage::showEntry);
    connect(ui->kbResults, &QListWidget::itemDoubleClicked, this,
            [this] { ui->knownRadio->setChecked(true); });
    if (!m_wizard.workspace().user.permissions.has(perm::IncidentsConfirm)) {
        for (QRadioButton *r : {ui->knownRadio, ui->newRadio, ui->deferRadio})
            r->setToolTip(tr("Needs the permission %1.").arg(perm::IncidentsConfirm));
    }
}

IdentifyPage::~IdentifyPage() = default;

void IdentifyPage::initializePage() {
    if (m_initialized)
        return;
    m_initialized = true;
    const GradingDecision &d = m_wizard.decision();
    const int index = ui->typeCombo->findData(d.problemType);
    {
        const QSignalBlocker block(ui->typeCombo);
        ui->typeCombo->setCurrentIndex(std::max(index, 0));
    }
    ui->typeCombo->setEnabled(!m_wizard.fixedIncident());
    typeChanged();
    const auto &inc = m_wizard.incident();
    if (inc && inc->knownIssueId > 0) {
        ui->kbSearchEdit->setText(inc->knownIssueTitle);
        search();
        for (int i = 0; i < m_hits.size(); ++i)
            if (m_hits.at(i).id == inc->knownIssueId)
                ui->kbResults->setCurrentRow(i);
        ui->knownRadio->setChecked(true);
    } else {
        search();
        if (inc && inc->confirmation == QLatin1StringView("deferred"))
            ui->deferRadio->setChecked(true);
        else
            ui->newRadio->setChecked(true);
    }
    if (!m_wizard.loadError().isEmpty())
        ui->identifyError->setText(m_wizard.loadError());
}

void IdentifyPage::typeChanged() {
    const QString type = ui->typeCombo->currentData().toString();
    if (!m_wizard.fixedIncident())
        m_wizard.setProblemType(type);
    const int index = RuleSet::typeIndex(QStringView(type));
    ui->classLabel->setText(
        index < 0 ? QString()
                  : Labels::problemClass(problemClassKey(m_wizard.rules().typeClass(index))));
    const auto &inc = m_wizard.incident();
    if (inc)
        ui->openNote->setText(tr("Incident #%1 of this type is open since %2, grade %3; "
                                 "finishing grades it.")
                                  .arg(inc->id)
                                  .arg(QDateTime::fromMSecsSinceEpoch(inc->openedAt)
                                           .toLocalTime()
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                  .arg(Labels::grade(gradeKey(inc->grade))));
    else
        ui->openNote->setText(tr("No incident of this type is open; finishing opens one."));
}

void IdentifyPage::search() {
    QString error;
    m_hits.clear();
    ui->kbResults->clear();
    ui->kbBody->clear();
    if (!m_wizard.queries().searchKnowledge(ui->kbSearchEdit->text(), kSearchLimit, m_hits,
                                            error)) {
        ui->identifyError->setText(error);
        return;
    }
    for (const KnowledgeEntry &k : std::as_const(m_hits))
        ui->kbResults->addItem(k.kind == QLatin1StringView("known_issue")
                                   ? tr("%1 (known issue)").arg(k.title)
                                   : k.title);
    if (m_hits.isEmpty())
        ui->kbBody->setPlainText(tr("Nothing found."));
}

void IdentifyPage::showEntry() {
    const int row = ui->kbResults->currentRow();
    if (row < 0 || row >= m_hits.size())
        return;
    ui->kbBody->setPlainText(m_hits.at(row).body);
}

bool IdentifyPage::validatePage() {
    GradingDecision &d = m_wizard.decision();
    d.problemType = ui->typeCombo->currentData().toString();
    if (ui->knownRadio->isChecked()) {
        const int row = ui->kbResults->currentRow();
        if (row < 0 || row >= m_hits.size()) {
            ui->identifyError->setText(
                tr("Select the knowledge-base entry of the known problem, or choose \"New "
                   "problem\" or \"Not yet confirmed\"."));
            return false;
        }
        d.confirmation = confirmation::Known;
        d.knownIssueId = m_hits.at(row).id;
    } else if (ui->newRadio->isChecked()) {
        d.confirmation = confirmation::Confirmed;
        d.knownIssueId = 0;
    } else if (ui->deferRadio->isChecked()) {
        d.confirmation = confirmation::Deferred;
        d.knownIssueId = 0;
    } else {
        ui->identifyError->setText(tr("Choose whether it is a known problem, a new problem, or "
                                      "not yet confirmed."));
        return false;
    }
    ui->identifyError->clear();
    return true;
}

} // namespace sb::app
