#pragma once

#include "tickets/ticketenv.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTemporaryDir;

namespace sb::app {

// A file name that is safe to write, made from an attachment's stored (untrusted) name: no
// directory part, no path separators or characters Windows refuses, no control characters,
// no "..", no leading dot; the extension is kept; "attachment" when nothing is left.
QString safeAttachmentFileName(const QString &untrusted);

// What the attachments pane asks of the desktop; tests replace it so nothing is launched.
struct AttachmentIo {
    // The file to attach; empty when cancelled.
    std::function<QString(QWidget *parent)> chooseFileToAdd;
    // Where to save a copy; `suggested` is a full path. Empty when cancelled.
    std::function<QString(QWidget *parent, const QString &suggested)> chooseSavePath;
    // Opens a local file with the desktop's program for it.
    std::function<bool(const QUrl &file)> openUrl;

    static AttachmentIo desktop(); // QFileDialog and QDesktopServices
};

// The attachments of one ticket, stored in the database (table attachments). Listing reads
// names and sizes only; a file's bytes are loaded when it is opened or saved. "Open" writes
// the bytes into a temporary directory owned by the pane (removed with it) and opens that
// file; "Save as…" writes a copy atomically (QSaveFile). Adding refuses files larger than the
// setting tickets.attachment_max_bytes (default 20 MB) and files that cannot be read.
class AttachmentsPane : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBytes = 20 * 1024 * 1024;
    static constexpr qint64 kLargestMaxBytes = qint64(512) * 1024 * 1024; // the setting's bound
    static constexpr auto kMaxBytesSetting = "tickets.attachment_max_bytes";

    AttachmentsPane(const TicketEnv &env, QWidget *parent = nullptr);
    ~AttachmentsPane() override;

    void setTicket(qint64 ticketId);
    void reload();
    void setIo(AttachmentIo io) { m_io = std::move(io); }
    // The directory opened attachments are written to; empty before the first "Open".
    QString openedFilesDirectory() const;

    void addAttachment();
    void openSelected();
    void saveSelected();

private:
    bool load(qint64 attachmentId, QString &name, QByteArray &bytes, QString &error) const;
    void report(const QString &message, bool isError);
    void updateButtons();
    qint64 selectedId() const;

    const TicketEnv &m_env;
    AttachmentIo m_io;
    qint64 m_ticketId = 0;
    QListWidget *m_list;
    QPushButton *m_add, *m_open, *m_save;
    QLabel *m_message;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

} // namespace sb::app
