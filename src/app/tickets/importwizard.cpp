#include "tickets/importwizard.h"

#include "tickets/importwizard_mapping.h"
#include "tickets/importwizard_pages.h"

#include <QFile>
#include <QSaveFile>

namespace sb::app {

ImportWizard::ImportWizard(const Workspace &ws, QWidget *parent)
    : QWizard(parent)
    , m_ws(ws) {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import complaints"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    resize(900, 640);
}

ImportWizard::~ImportWizard() {
    m_cancel = true;
    waitForWorker();
}

void ImportWizard::waitForWorker() {
    if (m_worker) {
        m_worker->drain();
        m_worker.reset(); // the import's connection closes
    }
}

void ImportWizard::reject() {
    // Stopping rolls the import back: nothing half-written stays behind.
    m_cancel = true;
    waitForWorker();
    QWizard::reject();
}

bool ImportWizard::setFile(const QString &path, QString &error) {
    auto s = FileSample::read(path, 20, 20000, 60, error);
    if (!s)
        return false;
    const bool sameHeader = m_sample && m_sample->header == s->header;
    m_path = path;
    m_sample = std::move(s);
    if (!sameHeader) {
        MappingDraft guessed = MappingDraft::guess(m_sample->header);
        guessed.source = m_draft.source;
        m_draft = guessed;
        Q_EMIT mappingReplaced();
    }
    return true;
}

bool ImportWizard::loadMappingFile(const QString &path, QString &error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    auto d = MappingDraft::fromJson(f.readAll(), error);
    if (!d)
        return false;
    m_draft = std::move(*d);
    Q_EMIT mappingReplaced();
    return true;
}

bool ImportWizard::saveMappingFile(const QString &path, QString &error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_draft.toJson()) < 0 || !f.commit()) {
        error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

ImportOptions ImportWizard::options() const {
    ImportOptions o;
    o.source = m_draft.source.trimmed();
    o.importGoodRows = m_skipBadRows;
    o.keepUnknownColumns = m_keepExtra;
    o.registeredBy = m_ws.user.staffId;
    o.maxListedErrors = 5000;
    o.sampleRows = 100;
    return o;
}

void ImportWizard::start(bool write, Progress progress, Done done) {
    waitForWorker();
    m_cancel = false;
    const DatabaseUrl url = m_ws.db->url();
    const QString path = m_path;
    const QByteArray json = m_draft.toJson();
    const ImportOptions opts = options();
    const Clock *clock = m_ws.clock;
    const ImportReport checked = m_report;
    const int generation = ++m_generation;
    // A long job: its own worker, with one more connection while it writes.
    m_worker = std::make_unique<DbWorker>(url, QStringLiteral("import"));
    const auto onProgress = [=, this](Importer::Phase phase, qint64 doneBytes, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [=, this] {
                if (generation == m_generation)
                    progress(phase, doneBytes, total);
            },
            Qt::QueuedConnection);
    };
    const auto work = [=, this](DbWorker::Context &c) {
        ImportReport report = checked;
        QString error;
        const auto mapping = ColumnMapping::fromJson(json, error);
        if (!mapping) {
            report.fatal = error;
        } else if (!write) {
            Importer importer(*clock);
            importer.setCancelFlag(&m_cancel);
            importer.setProgress(onProgress);
            importer.check(path, *mapping, opts, report);
        } else if (c.db) {
            Importer importer(*c.db, *clock);
            importer.setCancelFlag(&m_cancel);
            importer.setProgress(onProgress);
            importer.importChecked(path, *mapping, opts, report);
        } else {
            report.fatal = c.openError;
        }
        return report;
    };
    const auto finished = [this, done, generation](ImportReport report) {
        if (generation != m_generation)
            return; // a later start() superseded this run
        m_report = report;
        done(m_report);
    };
    if (write)
        m_worker->post(this, work, finished);
    else
        m_worker->postWithoutConnection(this, work, finished);
}
void openImportWizard(QWidget *parent, const Workspace &ws) {
    auto *wizard = new ImportWizard(ws, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

} // namespace sb::app
