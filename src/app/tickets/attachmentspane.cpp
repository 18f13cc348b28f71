#include "tickets/attachmentspane.h"
#include "security/permissions.h"

#include "storage/settingsstore.h"
#include "tickets/ticketattachments.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;

bool unsafeChar(QChar ch) {
    switch (ch.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format: // includes the right-to-left override that hides an extension
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    return QStringView(u"/\\<>:\"|?*").contains(ch);
}

QString sizeText(qint64 size) {
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat);
}
} // namespace

QString safeAttachmentFileName(const QString &untrusted) {
    // Only the last part of a path; then every unsafe character becomes "_".
    QString name = untrusted.mid(std::max(untrusted.lastIndexOf(QLatin1Char('/')),
                                          untrusted.lastIndexOf(QLatin1Char('\\'))) +
                                 1);
    for (QChar &ch : name)
        if (unsafeChar(ch))
            ch = QLatin1Char('_');
    while (name.contains(QLatin1String("..")))
        name.replace(QLatin1String(".."), QLatin1String("."));
    // No hidden file, nothing Windows trims away.
    while (!name.isEmpty() && (name.front() == QLatin1Char('.') || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == QLatin1Char('.') || name.back().isSpace()))
        name.chop(1);
    // Keep the extension when shortening a very long name.
    constexpr int kMaxLength = 120;
    if (name.size() > kMaxLength) {
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        const QString ext = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
        name = name.left(kMaxLength - ext.size()) + ext;
    }
    const QString base = name.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList reserved{QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (reserved.contains(base) ||
        ((base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT"))) &&
         base.size() == 4 && base.back().isDigit()))
        name.prepend(QLatin1Char('_'));
    return name.isEmpty() ? QStringLiteral("attachment") : name;
}

AttachmentIo AttachmentIo::desktop() {
    AttachmentIo io;
    io.chooseFileToAdd = [](QWidget *parent) {
        return QFileDialog::getOpenFileName(parent, AttachmentsPane::tr("Attach a file"));
    };
    io.chooseSavePath = [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, AttachmentsPane::tr("Save attachment as"),
                                            suggested);
    };
    io.openUrl = [](const QUrl &file) {
        return QDesktopServices::openUrl(file);
    };
    return io;
}

AttachmentsPane::AttachmentsPane(const TicketEnv &env, QWidget *parent)
    : QWidget(parent)
    , m_env(env)
    , m_io(AttachmentIo::desktop())
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add attachment…"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_save(new QPushButton(tr("Save as…"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("attachmentsPane"));
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_open->setToolTip(tr("Opens a read-only copy with the program for its type."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AttachmentsPane::addAttachment);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPane::openSelected);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsPane::saveSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsPane::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsPane::updateButtons);
    updateButtons();
}

AttachmentsPane::~AttachmentsPane() = default;

QString AttachmentsPane::openedFilesDirectory() const {
    return m_openedFiles && m_openedFiles->isValid() ? m_openedFiles->path() : QString();
}

void AttachmentsPane::setTicket(qint64 ticketId) {
    if (ticketId != m_ticketId)
        m_message->hide();
    m_ticketId = ticketId;
    reload();
}

void AttachmentsPane::reload() {
    const qint64 current = selectedId();
    m_list->clear();
    if (m_ticketId != 0) {
        QList<TicketAttachmentInfo> attachments;
        QString error;
        if (!TicketAttachments(*m_env.ws.db, *m_env.ws.clock).list(m_ticketId, attachments, error))
            report(error, true);
        for (const TicketAttachmentInfo &a : attachments) {
            const QString when = QDateTime::fromMSecsSinceEpoch(a.createdAt, m_env.zone)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            // Item views show text as plain text; the name stays exactly as stored.
            auto *item = new QListWidgetItem(
                tr("%1 — %2, %3, %4").arg(a.name, a.mime, sizeText(a.size), when), m_list);
            item->setData(Qt::UserRole, a.id);
            item->setData(kNameRole, a.name);
            item->setToolTip(a.name);
            if (a.id == current)
                m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

qint64 AttachmentsPane::selectedId() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AttachmentsPane::updateButtons() {
    const bool selected = selectedId() != 0;
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
    const bool mayAdd = m_env.ws.canWrite && m_env.has(perm::TicketsHandle);
    m_add->setEnabled(mayAdd && m_ticketId != 0);
    if (!m_env.ws.canWrite)
        m_add->setToolTip(m_env.ws.readOnlyReason);
    else if (!mayAdd)
        m_add->setToolTip(tr("Needs the permission tickets.handle."));
    else
        m_add->setToolTip(
            tr("Files up to the size in setting %1 (%2 unless changed).")
                .arg(QString::fromLatin1(kMaxBytesSetting), sizeText(kDefaultMaxBytes)));
}

void AttachmentsPane::report(const QString &message, bool isError) {
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool AttachmentsPane::load(qint64 attachmentId, QString &name, QByteArray &bytes,
                           QString &error) const {
    std::optional<TicketAttachmentFile> file;
    if (!TicketAttachments(*m_env.ws.db, *m_env.ws.clock)
             .load(m_ticketId, attachmentId, file, error))
        return false;
    if (!file) {
        error = tr("Attachment %1 no longer exists.").arg(attachmentId);
        return false;
    }
    name = file->name;
    bytes = file->data;
    return true;
}

void AttachmentsPane::addAttachment() {
    if (m_ticketId == 0 || !m_io.chooseFileToAdd)
        return;
    const QString path = m_io.chooseFileToAdd(this);
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    QString error;
    qint64 maxBytes = kDefaultMaxBytes;
    if (!SettingsStore(*m_env.ws.db)
             .integer(QString::fromLatin1(kMaxBytesSetting), kDefaultMaxBytes, 1, kLargestMaxBytes,
                      maxBytes, error))
        return report(error, true);
    const QFileInfo info(path);
    if (!info.exists())
        return report(tr("%1 does not exist; nothing was attached.").arg(shown), true);
    if (!info.isFile())
        return report(tr("%1 is not a file; nothing was attached.").arg(shown), true);
    const QString tooLarge = tr("%1 is %2; an attachment may be at most %3 (setting %4). Nothing "
                                "was attached.");
    if (info.size() > maxBytes)
        return report(tooLarge.arg(shown, sizeText(info.size()), sizeText(maxBytes),
                                   QString::fromLatin1(kMaxBytesSetting)),
                      true);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report(
            tr("%1 could not be read: %2. Nothing was attached.").arg(shown, file.errorString()),
            true);
    const QByteArray bytes = file.read(maxBytes + 1); // a file that grew meanwhile is caught too
    if (file.error() != QFileDevice::NoError)
        return report(
            tr("%1 could not be read: %2. Nothing was attached.").arg(shown, file.errorString()),
            true);
    if (bytes.size() > maxBytes)
        return report(tooLarge.arg(shown, tr("larger than that"), sizeText(maxBytes),
                                   QString::fromLatin1(kMaxBytesSetting)),
                      true);
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), bytes).name();
    // The file and its line in the timeline, together.
    qint64 id = 0;
    const bool stored =
        TicketAttachments(*m_env.ws.db, *m_env.ws.clock)
            .add(m_ticketId, m_env.ws.user.staffId, info.fileName(), mime, bytes, id, error);
    if (!stored)
        return report(error.isEmpty() ? tr("The attachment could not be stored.") : error, true);
    reload();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
    report(tr("Attached %1 (%2).").arg(info.fileName(), sizeText(bytes.size())), false);
}

void AttachmentsPane::openSelected() {
    const qint64 id = selectedId();
    if (id == 0)
        return;
    QString name, error;
    QByteArray bytes;
    if (!load(id, name, bytes, error))
        return report(error, true);
    if (!m_openedFiles) {
        m_openedFiles = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("signalboard-attachments-XXXXXX")));
    }
    if (!m_openedFiles->isValid()) {
        report(
            tr("No temporary folder for opened attachments: %1").arg(m_openedFiles->errorString()),
            true);
        m_openedFiles.reset();
        return;
    }
    // One folder per attachment: two files of the same name do not overwrite each other.
    const QString dir = m_openedFiles->filePath(QString::number(id));
    const QString path = QDir(dir).filePath(safeAttachmentFileName(name));
    if (QFile::exists(path)) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(path);
    }
    QSaveFile out(path);
    if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly) ||
        out.write(bytes) != bytes.size() || !out.commit())
        return report(tr("%1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(path), out.errorString()),
                      true);
    // A copy: edits there do not reach the ticket, so say so by making it read-only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    if (!m_io.openUrl || !m_io.openUrl(QUrl::fromLocalFile(path)))
        return report(tr("No program could open %1. Use “Save as…” to keep a copy.").arg(name),
                      true);
    report(tr("Opened %1 (a read-only copy).").arg(name), false);
}

void AttachmentsPane::saveSelected() {
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_io.chooseSavePath)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(safeAttachmentFileName(item->data(kNameRole).toString()));
    const QString path = m_io.chooseSavePath(this, suggested);
    if (path.isEmpty())
        return;
    QString name, error;
    QByteArray bytes;
    if (!load(id, name, bytes, error))
        return report(error, true);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return report(tr("%1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(path), out.errorString()),
                      true);
    report(tr("Saved %1 (%2).").arg(QDir::toNativeSeparators(path), sizeText(bytes.size())), false);
}

} // namespace sb::app
