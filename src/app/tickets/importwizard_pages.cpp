#include "tickets/importwizard_pages.h"

#include "domain/types.h"
#include "io/instant.h"
#include "tickets/importwizard.h"

#include "ui_importwizard_file.h"
#include "ui_importwizard_preview.h"
#include "ui_importwizard_run.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace sb::app {

namespace {
int percent(qint64 done, qint64 total) {
    return total <= 0 ? 100 : static_cast<int>(done * 100 / total);
}
QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::ImportFileForm>()) {
    setTitle(tr("Choose the file"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(form);
    setFocusProxy(m_ui->filePath);
    connect(m_ui->filePath, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import complaints"), m_ui->filePath->text(),
                                         tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            m_ui->filePath->setText(path);
    });
}

ImportFilePage::~ImportFilePage() = default;

bool ImportFilePage::isComplete() const {
    return QFileInfo(m_ui->filePath->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage() {
    QString error;
    if (!m_wizard->setFile(m_ui->filePath->text().trimmed(), error)) {
        m_ui->headerInfo->setText(error);
        return false;
    }
    m_ui->headerInfo->setText(
        tr("%n column(s): %1", nullptr, static_cast<int>(m_wizard->sample()->header.size()))
            .arg(m_wizard->sample()->header.join(QStringLiteral(", "))));
    return true;
}

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::ImportPreviewForm>()) {
    setTitle(tr("Check every row"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(form);
    m_ui->errorsTable->setColumnCount(3);
    m_ui->errorsTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_ui->errorsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewTable->setColumnCount(8);
    m_ui->previewTable->setHorizontalHeaderLabels({tr("Received"), tr("Channel"), tr("Tier"),
                                                   tr("Problem type"), tr("External id"),
                                                   tr("Subject"), tr("Region"), tr("Source")});
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewTable->setWordWrap(false);
    m_ui->errorsTable->setWordWrap(false);
    connect(m_ui->skipBadRows, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->setSkipBadRows(on);
        Q_EMIT completeChanged();
    });
    connect(m_ui->keepExtra, &QCheckBox::toggled, m_wizard, &ImportWizard::setKeepExtra);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage() {
    m_checked = false;
    m_ui->previewTable->setRowCount(0);
    m_ui->errorsTable->setRowCount(0);
    m_ui->checkProgress->setValue(0);
    m_ui->checkProgress->setVisible(true);
    m_ui->summaryLabel->setText(tr("Checking every row…"));
    m_ui->skipBadRows->setEnabled(false);
    m_wizard->start(
        false,
        [this](Importer::Phase, qint64 done, qint64 total) {
            m_ui->checkProgress->setValue(percent(done, total));
        },
        [this](const ImportReport &) {
            m_checked = true;
            showReport();
            Q_EMIT completeChanged();
        });
}

void ImportPreviewPage::cleanupPage() {
    m_wizard->cancelWork();
}

void ImportPreviewPage::showReport() {
    const ImportReport &r = m_wizard->report();
    m_ui->checkProgress->setVisible(false);
    if (!r.fatal.isEmpty()) {
        m_ui->summaryLabel->setText(r.fatal);
        return;
    }
    const qint64 good = r.records - r.rejected;
    m_ui->summaryLabel->setText(
        r.rejected == 0
            ? tr("All %1 rows are good.").arg(r.records)
            : tr("%1 rows: %2 good, %3 rejected. Nothing is imported unless you choose to skip "
                 "the rejected rows.")
                  .arg(r.records)
                  .arg(good)
                  .arg(r.rejected));
    m_ui->skipBadRows->setEnabled(r.rejected > 0 && good > 0);
    m_ui->tabs->setTabText(1, tr("Rejected rows (%1)").arg(r.rejected));
    m_ui->errorsTable->setRowCount(static_cast<int>(r.errors.size()));
    for (int i = 0; i < r.errors.size(); ++i) {
        const RowError &e = r.errors.at(i);
        m_ui->errorsTable->setItem(i, 0, cell(QString::number(e.line)));
        m_ui->errorsTable->setItem(i, 1, cell(e.column));
        m_ui->errorsTable->setItem(i, 2, cell(e.reason));
    }
    m_ui->previewTable->setRowCount(static_cast<int>(r.sample.size()));
    for (int i = 0; i < r.sample.size(); ++i) {
        const Complaint &c = r.sample.at(i);
        const QStringList texts{
            formatInstant(c.receivedAt.toMSecsSinceEpoch(), c.receivedAt.offsetFromUtc()),
            channelKey(c.channel),
            tierKey(c.tier),
            c.problemType,
            c.externalId,
            c.subject,
            c.region,
            c.source};
        for (int col = 0; col < texts.size(); ++col)
            m_ui->previewTable->setItem(i, col, cell(texts.at(col)));
    }
    m_ui->previewTable->resizeColumnsToContents();
    m_ui->errorsTable->resizeColumnToContents(0);
    m_ui->errorsTable->resizeColumnToContents(1);
    if (r.rejected > 0)
        m_ui->tabs->setCurrentIndex(1);
}

bool ImportPreviewPage::isComplete() const {
    const ImportReport &r = m_wizard->report();
    if (!m_checked || !r.fatal.isEmpty() || r.records == r.rejected)
        return false;
    return r.rejected == 0 || m_ui->skipBadRows->isChecked();
}

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::ImportRunForm>()) {
    setTitle(tr("Import"));
    setFinalPage(true);
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(form);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] {
        m_ui->cancelImportButton->setEnabled(false);
        m_ui->statusLabel->setText(tr("Stopping; nothing will be written…"));
        m_wizard->cancelWork();
    });
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage() {
    m_done = false;
    m_ui->progressBar->setValue(0);
    m_ui->cancelImportButton->setEnabled(true);
    m_ui->statusLabel->setText(tr("Importing…"));
    m_wizard->start(
        true,
        [this](Importer::Phase, qint64 done, qint64 total) {
            m_ui->progressBar->setValue(percent(done, total));
        },
        [this](const ImportReport &r) {
            m_done = true;
            m_ui->cancelImportButton->setEnabled(false);
            if (r.written) {
                m_ui->progressBar->setValue(100);
                m_ui->statusLabel->setText(
                    tr("Imported %1 new ticket(s); %2 were already there; %3 row(s) skipped.")
                        .arg(r.inserted)
                        .arg(r.duplicates)
                        .arg(r.rejected));
            } else {
                m_ui->statusLabel->setText(r.fatal);
            }
            Q_EMIT completeChanged();
        });
}

bool ImportRunPage::isComplete() const {
    return m_done;
}

} // namespace sb::app
