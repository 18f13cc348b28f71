#include "admin/erasuretab.h"

#include "security/permissions.h"

#include "ui_erasuretab.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>

namespace sb::app {

ErasureTab::ErasureTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_ui(std::make_unique<Ui::ErasureTab>())
    , m_job(new ErasureJob(ctx.clock, this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("erasureTab"));
    m_status->setObjectName(QStringLiteral("erasureStatus"));
    m_ui->erasureLayout->insertWidget(m_ui->erasureLayout->indexOf(m_ui->resultLabel), m_status);
    m_ui->explanationLabel->setText(
        tr("An erasure request anonymises one customer's tickets in place: their customer id "
           "and service number are emptied, and the value becomes \"[erased]\" wherever it "
           "appears in a ticket's subject, description, extra data and timeline notes. Each "
           "ticket stays, so reports still count it. The audit log records the request's "
           "reference and the number of tickets, never the value. List the archive files that "
           "hold this customer's older tickets to erase them there too. This cannot be "
           "undone."));
    m_ui->fieldCombo->addItem(tr("Service number (phone or account number)"),
                              PersonalDataErasure::fieldKey(ErasureField::ServiceNumber));
    m_ui->fieldCombo->addItem(tr("Customer id (ID card or account)"),
                              PersonalDataErasure::fieldKey(ErasureField::CustomerId));
    m_chooseFiles = [](QWidget *over) {
        return QFileDialog::getOpenFileNames(
            over, tr("Archive files to erase in"), QString(),
            tr("Signalboard archives (*.sbarchive);;All files (*)"));
    };
    connect(m_ui->addArchiveButton, &QPushButton::clicked, this,
            [this] { addArchives(m_chooseFiles ? m_chooseFiles(this) : QStringList()); });
    connect(m_ui->removeArchiveButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->archivesList->selectedItems());
        updateAccess();
    });
    connect(m_ui->archivesList, &QListWidget::itemSelectionChanged, this,
            &ErasureTab::updateAccess);
    connect(m_ui->countButton, &QPushButton::clicked, this, &ErasureTab::count);
    connect(m_ui->eraseButton, &QPushButton::clicked, this, &ErasureTab::erase);
    connect(m_job, &ErasureJob::finished, this, &ErasureTab::jobDone);
    connect(&ctx.gate, &PermissionGate::changed, this, &ErasureTab::updateAccess);
    updateAccess();
}

ErasureTab::~ErasureTab() = default;

void ErasureTab::setRequest(ErasureField field, const QString &value, const QString &reference) {
    m_ui->fieldCombo->setCurrentIndex(
        m_ui->fieldCombo->findData(PersonalDataErasure::fieldKey(field)));
    m_ui->valueEdit->setText(value);
    m_ui->referenceEdit->setText(reference);
}

void ErasureTab::addArchives(const QStringList &paths) {
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (!p.isEmpty() && !archives().contains(abs))
            m_ui->archivesList->addItem(abs);
    }
    updateAccess();
}

QStringList ErasureTab::archives() const {
    QStringList out;
    for (int i = 0; i < m_ui->archivesList->count(); ++i)
        out.append(m_ui->archivesList->item(i)->text());
    return out;
}

QString ErasureTab::resultText() const {
    return m_ui->resultLabel->text();
}

void ErasureTab::updateAccess() {
    const bool may = m_ctx.gate.has(perm::PersonalDataErase);
    const bool idle = !m_job->isRunning();
    const QString why = may ? QString() : m_ctx.gate.missingText(perm::PersonalDataErase);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->fieldCombo), static_cast<QWidget *>(m_ui->valueEdit),
          static_cast<QWidget *>(m_ui->referenceEdit), static_cast<QWidget *>(m_ui->archivesList),
          static_cast<QWidget *>(m_ui->addArchiveButton),
          static_cast<QWidget *>(m_ui->countButton)}) {
        w->setEnabled(may && idle);
        w->setToolTip(why);
    }
    m_ui->removeArchiveButton->setEnabled(may && idle &&
                                          !m_ui->archivesList->selectedItems().isEmpty());
    m_ui->eraseButton->setEnabled(may && idle && m_ctx.canWrite);
    m_ui->eraseButton->setToolTip(may && !m_ctx.canWrite ? m_ctx.readOnlyReason : why);
}

ErasureRequest ErasureTab::currentRequest() const {
    ErasureRequest r;
    r.field = PersonalDataErasure::fieldFromKey(m_ui->fieldCombo->currentData().toString())
                  .value_or(ErasureField::ServiceNumber);
    r.value = m_ui->valueEdit->text();
    r.reference = m_ui->referenceEdit->text();
    return r;
}

bool ErasureTab::start(bool dryRun, const QString &busyText) {
    if (m_job->isRunning())
        return false;
    if (!m_ctx.gate.has(perm::PersonalDataErase)) {
        settle(false, m_ctx.gate.missingText(perm::PersonalDataErase));
        return false;
    }
    ErasureJobRequest r;
    r.url = m_ctx.db.url();
    r.request = currentRequest();
    r.archives = archives();
    r.dryRun = dryRun;
    r.actor = m_ctx.gate.session().login;
    QString error;
    if (!PersonalDataErasure::validate(r.request, error)) {
        settle(false, error); // nothing started, the form keeps what was typed
        return false;
    }
    m_job->start(r);
    m_ui->busyLabel->setText(busyText);
    m_ui->busyBar->setVisible(true);
    m_status->ok(QString());
    m_ui->resultLabel->clear();
    updateAccess();
    return true;
}

void ErasureTab::count() {
    m_confirming = false;
    start(true, tr("Counting the customer's tickets…"));
}

void ErasureTab::erase() {
    if (!m_ctx.canWrite) {
        settle(false, m_ctx.readOnlyReason);
        return;
    }
    // First the counts, for the question; the erasure follows when confirmed.
    m_confirming = start(true, tr("Counting the customer's tickets…"));
}

QString ErasureTab::outcomesText(const ErasureJobResult &r) const {
    QStringList lines;
    for (const ErasureOutcome &o : r.outcomes) {
        const QString where = o.where.isEmpty() ? tr("Live database") : o.where;
        if (!o.ok)
            lines.append(tr("%1: failed: %2").arg(where, o.error));
        else if (r.request.dryRun)
            lines.append(
                tr("%1: %n ticket(s) would be anonymised", nullptr, int(o.tickets)).arg(where));
        else
            lines.append(tr("%1: %n ticket(s) anonymised", nullptr, int(o.tickets)).arg(where));
    }
    if (!r.outcomes.isEmpty() && !r.outcomes.first().ok && !r.request.archives.isEmpty())
        lines.append(tr("The archive files were not touched."));
    return lines.join(QLatin1Char('\n'));
}

void ErasureTab::settle(bool ok, const QString &message) {
    if (ok)
        m_status->ok(message);
    else
        m_status->error(message);
    Q_EMIT jobFinished(ok);
}

void ErasureTab::jobDone(const ErasureJobResult &r) {
    m_last = r;
    m_ui->busyLabel->clear();
    m_ui->busyBar->setVisible(false);
    updateAccess();
    m_ui->resultLabel->setText(outcomesText(r));
    const bool confirming = std::exchange(m_confirming, false);
    const QString field = m_ui->fieldCombo->currentText();
    if (!r.ok()) {
        settle(false, r.request.dryRun ? tr("The tickets could not all be counted.")
                                       : tr("The erasure did not complete everywhere: see "
                                            "below. Run it again once the cause is fixed; "
                                            "tickets already anonymised are simply not "
                                            "found again."));
        return;
    }
    const qint64 total = r.tickets();
    if (r.request.dryRun && total == 0) {
        settle(true, tr("No ticket has this %1.").arg(field));
        return;
    }
    if (r.request.dryRun && !confirming) {
        settle(true, tr("%n ticket(s) would be anonymised.", nullptr, int(total)));
        return;
    }
    if (r.request.dryRun) {
        const QString question =
            tr("Anonymise %n ticket(s) of this customer, found by %1?", nullptr, int(total))
                .arg(field) +
            QLatin1String("\n\n") + outcomesText(r) + QLatin1String("\n\n") +
            tr("The request's reference %1 is recorded in the audit log. This cannot be undone.")
                .arg(r.request.request.reference.trimmed());
        if (!m_ctx.confirm || !m_ctx.confirm(this, question)) {
            settle(true, tr("Nothing was erased."));
            return;
        }
        start(false, tr("Anonymising the customer's tickets…"));
        return;
    }
    m_ui->valueEdit->clear(); // the personal data leaves the form too
    settle(true,
           tr("%n ticket(s) anonymised; the request is in the audit log.", nullptr, int(total)));
}

} // namespace sb::app
