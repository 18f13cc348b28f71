#include "broadcast/attachmentpanel.h"

#include "messaging/messageattachments.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace sb::app {

QString attachmentSizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

AttachmentPanel::AttachmentPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("attachmentPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Attachments"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(heading);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("attachmentOpen"));
    m_save = new QPushButton(tr("Save as…"), this);
    m_save->setObjectName(QStringLiteral("attachmentSave"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row);

    m_askSavePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save attachment"), suggested);
    };
    m_opener = [](const QString &path) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    connect(m_open, &QPushButton::clicked, this, &AttachmentPanel::openSelected);
    connect(m_save, &QPushButton::clicked, this, &AttachmentPanel::saveSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AttachmentPanel::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentPanel::updateButtons);
    setVisible(false);
    updateButtons();
}

bool AttachmentPanel::showMessage(qint64 messageId, QString &error) {
    m_list->clear();
    m_files.clear();
    if (messageId > 0 && !MessageAttachmentStore(m_db).list(messageId, m_files, error)) {
        setVisible(false);
        return false;
    }
    const QMimeDatabase mimes;
    for (const MessageAttachment &a : std::as_const(m_files)) {
        const QString iconName = mimes.mimeTypeForName(a.mime).iconName();
        const QIcon icon = QIcon::fromTheme(iconName, style()->standardIcon(QStyle::SP_FileIcon));
        // The name is data: a list item shows it as plain text.
        auto *item = new QListWidgetItem(
            icon, tr("%1 (%2)").arg(a.fileName, attachmentSizeText(a.size)), m_list);
        item->setToolTip(tr("SHA-256 %1").arg(a.sha256));
    }
    if (!m_files.isEmpty())
        m_list->setCurrentRow(0);
    setVisible(!m_files.isEmpty());
    updateButtons();
    return true;
}

void AttachmentPanel::updateButtons() {
    const bool any = m_list->currentRow() >= 0 && m_list->currentRow() < m_files.size();
    m_open->setEnabled(any);
    m_save->setEnabled(any);
}

bool AttachmentPanel::saveTo(int row, const QString &path, QString &error) const {
    if (row < 0 || row >= m_files.size()) {
        error = tr("Choose an attachment first.");
        return false;
    }
    MessageAttachment file;
    if (!MessageAttachmentStore(m_db).read(m_files.at(row).id, file, error))
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() ||
        !out.commit()) {
        error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

QString AttachmentPanel::writeTemporary(int row, QString &error) const {
    const MessageAttachment &a = m_files.at(row);
    // One private folder per attachment keeps the file's own name for the application.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                         QStringLiteral("/signalboard-attachments");
    const QString folder = base + QStringLiteral("/%1").arg(a.id);
    if (!QDir().mkpath(folder)) {
        error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QFile::setPermissions(base,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString name = MessageAttachmentStore::fileNameProblem(a.fileName).isEmpty()
                             ? a.fileName
                             : QStringLiteral("attachment-%1").arg(a.id);
    const QString path = folder + QLatin1Char('/') + name;
    return saveTo(row, path, error) ? path : QString();
}

void AttachmentPanel::openSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    QString error;
    const QString path = writeTemporary(row, error);
    if (path.isEmpty()) {
        Q_EMIT status(error);
        return;
    }
    if (!m_opener(path))
        Q_EMIT status(tr("No application opens %1; it is saved at %2.")
                          .arg(m_files.at(row).fileName, QDir::toNativeSeparators(path)));
}

void AttachmentPanel::saveSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        (MessageAttachmentStore::fileNameProblem(m_files.at(row).fileName).isEmpty()
             ? m_files.at(row).fileName
             : QString());
    const QString path = m_askSavePath(suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (saveTo(row, path, error))
        Q_EMIT status(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT status(error);
}

} // namespace sb::app
