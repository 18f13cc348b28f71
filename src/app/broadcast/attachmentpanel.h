#pragma once

#include "messaging/message.h"
#include "storage/database.h"

#include <QListWidget>
#include <QPushButton>
#include <QWidget>

#include <functional>

namespace sb::app {

// The files attached to one message, under its text in the inbox: each with its type's icon,
// name and size. "Open" writes the file to a private temporary folder and opens it with the
// desktop's application; "Save as…" writes it (whole or not at all) where the user chooses.
// The bytes are read from the database when asked, checked against their SHA-256.
class AttachmentPanel : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentPanel(Database &db, QWidget *parent = nullptr);

    // Shows the attachments of message `messageId` (0: none); hides itself when there are
    // none. False with `error` when they cannot be read.
    bool showMessage(qint64 messageId, QString &error);
    const QList<MessageAttachment> &attachments() const { return m_files; }
    QListWidget *list() const { return m_list; }

    // Writes the attachment in row `row` to `path` (QSaveFile). False with `error`.
    bool saveTo(int row, const QString &path, QString &error) const;
    // Where "Save as…" asks the user to save a file (a QFileDialog by default); tests answer
    // for the user. An empty answer cancels.
    void setAskSavePath(std::function<QString(const QString &suggested)> ask) {
        m_askSavePath = std::move(ask);
    }
    // What "Open" does with the written file (QDesktopServices::openUrl by default).
    void setOpener(std::function<bool(const QString &path)> open) { m_opener = std::move(open); }

Q_SIGNALS:
    // A sentence for the status line: what was saved or opened, or why not.
    void status(const QString &text);

private:
    void openSelected();
    void saveSelected();
    void updateButtons();
    // The file's bytes, written under the private temporary folder; its path, or empty.
    QString writeTemporary(int row, QString &error) const;

    Database &m_db;
    QList<MessageAttachment> m_files;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    std::function<QString(const QString &)> m_askSavePath;
    std::function<bool(const QString &)> m_opener;
};

// "1.2 MB", "830 KB", "17 bytes" in the user's locale.
QString attachmentSizeText(qint64 bytes);

} // namespace sb::app
