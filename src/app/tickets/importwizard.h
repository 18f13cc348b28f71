#pragma once

#include "io/importer.h"
#include "io/mappingdraft.h"
#include "shell/workspace.h"

#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sb::app {

class MainWindow;

// Opens the import wizard (non-modal, deleted on close).
void openImportWizard(QWidget *parent, const Workspace &ws);
// Adds "Import complaints…" and "Knowledge base…" to the File menu (always on).
void installTicketsImportFeature(MainWindow &window);

// Pick file -> map columns and values (mapping files load and save) -> check every row
// (preview, rejected rows with line, column and reason) -> import with progress and cancel.
// Checking and writing run on a worker thread with its own connection; a cancelled or failed
// import writes nothing.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, RunPageId };

    ImportWizard(const Workspace &ws, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const Workspace &workspace() const { return m_ws; }

    // The file chosen on the first page and what was read from its start.
    bool setFile(const QString &path, QString &error);
    QString filePath() const { return m_path; }
    const std::optional<FileSample> &sample() const { return m_sample; }

    MappingDraft &draft() { return m_draft; }
    bool loadMappingFile(const QString &path, QString &error);
    bool saveMappingFile(const QString &path, QString &error) const;

    ImportOptions options() const;
    void setSkipBadRows(bool on) { m_skipBadRows = on; }
    void setKeepExtra(bool on) { m_keepExtra = on; }
    const ImportReport &report() const { return m_report; }
    bool working() const { return m_worker != nullptr; }

    using Done = std::function<void(const ImportReport &)>;
    using Progress = std::function<void(Importer::Phase, qint64, qint64)>;
    // Runs the check pass (write false) or the write pass on the worker thread; `progress`
    // and `done` are called on the GUI thread.
    void start(bool write, Progress progress, Done done);
    void cancelWork() { m_cancel = true; }

Q_SIGNALS:
    void mappingReplaced();

public Q_SLOTS:
    void reject() override;

private:
    void waitForWorker();

    Workspace m_ws;
    QString m_path;
    std::optional<FileSample> m_sample;
    MappingDraft m_draft;
    ImportReport m_report;
    bool m_skipBadRows = false;
    bool m_keepExtra = false;
    std::atomic_bool m_cancel = false;
    std::unique_ptr<DbWorker> m_worker; // the last run's, until the next start
    int m_generation = 0;
};

} // namespace sb::app
