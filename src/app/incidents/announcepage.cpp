#include "domain/labels.h"
#include "incidents/gradingpages.h"
#include "incidents/gradingwizard.h"
#include "incidents/incidentlabels.h"
#include "messaging/webhookoutbox.h"
#include "security/permissions.h"

#include "ui_announcepage.h"

namespace sb::app {

namespace {} // namespace

AnnouncePage::AnnouncePage(GradingWizard &wizard)
    : m_wizard(wizard)
    , ui(std::make_unique<Ui::AnnouncePage>()) {
    ui->setupUi(this);
    ui->audienceCombo->addItem(tr("Everyone"), static_cast<int>(Audience::Kind::Everyone));
    ui->audienceCombo->addItem(tr("A role"), static_cast<int>(Audience::Kind::Roles));
    ui->audienceCombo->addItem(tr("A team"), static_cast<int>(Audience::Kind::Teams));
    ui->audienceCombo->addItem(tr("Staff on duty"), static_cast<int>(Audience::Kind::OnDuty));
    connect(ui->audienceCombo, &QComboBox::currentIndexChanged, this,
            &AnnouncePage::audienceKindChanged);
    connect(ui->announceCheck, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w :
             {static_cast<QWidget *>(ui->subjectEdit), static_cast<QWidget *>(ui->noticeEdit),
              static_cast<QWidget *>(ui->scriptEdit), static_cast<QWidget *>(ui->audienceCombo),
              static_cast<QWidget *>(ui->audienceTargetCombo),
              static_cast<QWidget *>(ui->webhookList)})
            w->setEnabled(on);
    });

    QString error;
    QList<WebhookTarget> targets;
    if (WebhookOutbox(*m_wizard.workspace().db).targets(targets, true, error)) {
        for (const WebhookTarget &t : std::as_const(targets)) {
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(t.name, webhookKindKey(t.kind)),
                                             ui->webhookList);
            item->setData(Qt::UserRole, t.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } else {
        ui->announceError->setText(error);
    }
    if (targets.isEmpty())
        ui->webhookList->addItem(tr("No chat group is set up."));

    if (!m_wizard.workspace().user.permissions.has(perm::BroadcastSend)) {
        ui->announceCheck->setChecked(false);
        ui->announceCheck->setEnabled(false);
        ui->announceCheck->setToolTip(
            tr("Announcing needs the permission %1.").arg(perm::BroadcastSend));
    }
    audienceKindChanged();
}

AnnouncePage::~AnnouncePage() = default;

void AnnouncePage::audienceKindChanged() {
    const auto kind = static_cast<Audience::Kind>(ui->audienceCombo->currentData().toInt());
    ui->audienceTargetCombo->clear();
    const bool needsTarget = kind == Audience::Kind::Roles || kind == Audience::Kind::Teams;
    ui->audienceTargetCombo->setVisible(needsTarget);
    if (!needsTarget)
        return;
    QList<std::pair<qint64, QString>> roles, teams;
    QString error;
    if (!m_wizard.queries().audienceChoices(roles, teams, error)) {
        ui->announceError->setText(error);
        return;
    }
    if (kind == Audience::Kind::Roles)
        for (const auto &[id, key] : std::as_const(roles))
            ui->audienceTargetCombo->addItem(Labels::role(key), id);
    else
        for (const auto &[id, name] : std::as_const(teams))
            ui->audienceTargetCombo->addItem(name, id);
}

void AnnouncePage::initializePage() {
    prefill();
}

void AnnouncePage::prefill() {
    const GradingDecision &d = m_wizard.decision();
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(d.problemType)
                            .arg(static_cast<int>(d.grade))
                            .arg(d.knownIssueId);
    if (key == m_prefilledFor)
        return;
    m_prefilledFor = key;
    const QString type = Labels::problemType(d.problemType);
    const QString grade = IncidentLabels::grade(d.grade);
    ui->subjectEdit->setText(tr("[%1 warning] %2").arg(grade, type));
    QString notice = tr("%1: %2 normal and %3 VIP complaints in the last hour. Grade: %4.")
                         .arg(type)
                         .arg(d.counts.normal60)
                         .arg(d.counts.vip60)
                         .arg(grade);
    KnowledgeEntry known;
    QString error;
    const bool isKnown = d.confirmation == confirmation::Known && d.knownIssueId > 0 &&
                         m_wizard.queries().knowledgeEntry(d.knownIssueId, known, error);
    if (isKnown)
        notice += QLatin1Char(' ') + tr("Known problem: %1.").arg(known.title);
    else if (d.confirmation == confirmation::Deferred)
        notice += QLatin1Char(' ') + tr("The cause is not confirmed yet.");
    ui->noticeEdit->setPlainText(notice);
    ui->scriptEdit->setPlainText(
        isKnown ? known.body
                : tr("We know about a problem with %1 and are working on it. We will tell you as "
                     "soon as it is fixed. We apologise for the inconvenience.")
                      .arg(type.toLower()));
}

bool AnnouncePage::validatePage() {
    GradingDecision &d = m_wizard.decision();
    d.announce = ui->announceCheck->isChecked();
    if (!d.announce) {
        ui->announceError->clear();
        return true;
    }
    if (ui->noticeEdit->toPlainText().trimmed().isEmpty()) {
        ui->announceError->setText(tr("Write the notice, or untick \"Announce\"."));
        return false;
    }
    const auto kind = static_cast<Audience::Kind>(ui->audienceCombo->currentData().toInt());
    switch (kind) {
    case Audience::Kind::Roles:
    case Audience::Kind::Teams:
        if (ui->audienceTargetCombo->currentIndex() < 0) {
            ui->announceError->setText(tr("Choose the role or team to announce to."));
            return false;
        }
        d.audience = kind == Audience::Kind::Roles
                         ? Audience::role(ui->audienceTargetCombo->currentData().toLongLong())
                         : Audience::team(ui->audienceTargetCombo->currentData().toLongLong());
        break;
    case Audience::Kind::OnDuty:
        d.audience = Audience::onDuty();
        break;
    case Audience::Kind::Everyone:
    case Audience::Kind::Staff:
        d.audience = Audience::everyone();
        break;
    }
    d.subject = ui->subjectEdit->text().trimmed();
    d.notice = ui->noticeEdit->toPlainText();
    d.script = ui->scriptEdit->toPlainText();
    d.webhookTargetIds.clear();
    for (int i = 0; i < ui->webhookList->count(); ++i) {
        const QListWidgetItem *item = ui->webhookList->item(i);
        if (item->data(Qt::UserRole).isValid() && item->checkState() == Qt::Checked)
            d.webhookTargetIds.append(item->data(Qt::UserRole).toLongLong());
    }
    ui->announceError->clear();
    return true;
}

} // namespace sb::app
