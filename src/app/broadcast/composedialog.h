#pragma once

#include "messaging/message.h"
#include "shell/workspace.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ComposeDialog;
}

namespace sb::app {

// Writes a message (docs/spec/DOMAIN.md §5): audience (everyone, a role, a team, those on duty, or
// named people picked from a searchable staff list), priority, display modes, optional expiry,
// plain text, templates, attached files. People without broadcast.send may only write to named
// people (reports to supervisors or colleagues); urgent priority and sound need
// broadcast.urgent. "Attach…" adds files, at most MessageAttachmentStore::kMaxFiles, each at
// most the setting messaging.attachment_max_bytes (the bound of report attachments); each is
// listed with its size and can be removed. OK sends through MessageStore, which stores the
// files with the message as it does a report's PDF; the dialog stays open with the reason if
// sending fails.
class ComposeDialog : public QDialog {
    Q_OBJECT
public:
    ComposeDialog(const Workspace &ws, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    // Pre-selects named people (e.g. "reply" or "report to").
    void setNamedPeople(const QList<qint64> &staffIds);
    void setSubject(const QString &subject);
    // Saves the current subject, text, modes and priority as template `name` (replacing one of
    // that name). Returns false with the reason shown in the dialog.
    bool saveTemplateAs(const QString &name);
    bool applyTemplate(const QString &name);
    // What OK would send; false with `error` if incomplete.
    bool buildMessage(OutgoingMessage &out, QString &error) const;
    qint64 sentMessageId() const { return m_sentId; }

    // Attaches the files at `paths` (what "Attach…" does with the files chosen). A file too
    // large, unreadable, not a plain file or beyond the count is left out and named in the
    // dialog's message; the others are attached. Returns how many were attached.
    int attachFiles(const QStringList &paths);
    void removeAttachment(int row);
    const QList<MessageAttachment> &attachments() const { return m_files; }
    QString errorText() const;
    // Which files "Attach…" adds (a QFileDialog by default); tests answer for the user.
    void setAskFiles(std::function<QStringList()> ask) { m_askFiles = std::move(ask); }

public Q_SLOTS:
    void accept() override;

private:
    void loadChoices();
    void loadTemplates();
    void audienceChanged();
    void filterStaff(const QString &text);
    void updateStaffCount();
    void showAttachments();

    std::unique_ptr<Ui::ComposeDialog> m_ui;
    Workspace m_ws;
    qint64 m_sentId = 0;
    QList<MessageAttachment> m_files;
    std::function<QStringList()> m_askFiles;
};

} // namespace sb::app
