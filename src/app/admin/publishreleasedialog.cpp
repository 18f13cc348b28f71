#include "admin/publishreleasedialog.h"

#include "ui_publishreleasedialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace sb::app {

PublishReleaseDialog::PublishReleaseDialog(const ReleaseInfo &current, PublishFn publish,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PublishReleaseDialog>())
    , m_publish(std::move(publish)) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    m_ui->versionEdit->setText(current.version);
    m_ui->urlEdit->setText(current.url.toString());
    m_ui->notesEdit->setPlainText(current.notes);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PublishReleaseDialog::tryPublish);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PublishReleaseDialog::~PublishReleaseDialog() = default;

ReleaseInfo PublishReleaseDialog::release() const {
    ReleaseInfo info;
    info.version = m_ui->versionEdit->text().trimmed();
    info.notes = m_ui->notesEdit->toPlainText();
    const QString url = m_ui->urlEdit->text().trimmed();
    if (!url.isEmpty())
        info.url = QUrl(url, QUrl::StrictMode);
    return info;
}

QString PublishReleaseDialog::errorText() const {
    return m_ui->errorLabel->text();
}

bool PublishReleaseDialog::tryPublish() {
    const ReleaseInfo info = release();
    const QString url = m_ui->urlEdit->text().trimmed();
    QString error = ReleaseStore::versionProblem(info.version);
    if (error.isEmpty())
        error = ReleaseStore::urlProblem(url);
    if (error.isEmpty())
        error = ReleaseStore::notesProblem(info.notes);
    if (error.isEmpty() && !m_publish(info, error) && error.isEmpty())
        error = tr("The release was not published.");
    m_ui->errorLabel->setText(error);
    if (!error.isEmpty())
        return false;
    accept();
    return true;
}

} // namespace sb::app
