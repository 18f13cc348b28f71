#pragma once

#include "archive/archivereader.h"
#include "shell/workspace.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

namespace Ui {
class ArchiveWindow;
}

namespace sb::app {

class TicketsPlace;

// An archive file (signalboard-cli archive) shown on its own, read-only: the Tickets place
// with its queues, filters, search and detail over the archive's tickets, under a banner with
// the manifest's facts. Its session is not a sign-in: an "Archive reader" holding only read
// permissions, on a connection that cannot write, so every write action is disabled.
class ArchiveWindow : public QMainWindow {
    Q_OBJECT
public:
    // Opens `file` and checks its manifest; null with `error` naming the file and the cause
    // when it cannot be read as an archive (nothing is created or changed). `opener` is the
    // person signed in: the archive reader sees personal data only when they may.
    static ArchiveWindow *open(const QString &file, const Clock &clock, const Session &opener,
                               QString &error, QWidget *parent = nullptr);
    ~ArchiveWindow() override;

    const Workspace &workspace() const { return m_ws; }
    TicketsPlace *tickets() const { return m_tickets; }
    const ArchiveManifest &manifest() const { return m_manifest; }
    // The tables whose rows differ from the manifest (one sentence each); empty when intact.
    // The check runs on the window's worker: valid once manifestChecked() was emitted.
    const QStringList &warnings() const { return m_warnings; }
    bool isManifestChecked() const { return m_checked; }

Q_SIGNALS:
    void manifestChecked();

private:
    ArchiveWindow(std::unique_ptr<Database> db, const ArchiveManifest &manifest, const Clock &clock,
                  const Session &opener, QWidget *parent);
    void checkManifest();
    QString factsText() const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<DbWorker> m_background;
    Workspace m_ws;
    ArchiveManifest m_manifest;
    QStringList m_warnings;
    bool m_checked = false;
    std::unique_ptr<Ui::ArchiveWindow> m_ui;
    TicketsPlace *m_tickets = nullptr;
};

} // namespace sb::app
