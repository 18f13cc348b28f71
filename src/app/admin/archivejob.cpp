#include "admin/archivejob.h"

#include "archive/archiveruns.h"

namespace sb::app {

ArchiveJob::ArchiveJob(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
}

ArchiveJob::~ArchiveJob() = default;

bool ArchiveJob::start(const ArchiveJobRequest &request) {
    if (m_running)
        return false;
    m_running = true;
    m_worker = std::make_unique<DbWorker>(request.url, QStringLiteral("archive"), nullptr,
                                          QThread::LowPriority);
    const Clock *clock = &m_clock;
    auto job = [request, clock](DbWorker::Context &c) {
        ArchiveJobResult r;
        r.request = request;
        using Kind = ArchiveJobRequest::Kind;
        if (request.kind == Kind::CountFile) {
            r.ok = ArchiveRuns::ticketsInFile(request.file, r.fileTickets, r.error);
            return r;
        }
        if (!c.db) {
            r.error = c.openError;
            return r;
        }
        const Archiver archiver(*c.db, *clock);
        switch (request.kind) {
        case Kind::Preview:
            r.ok = archiver.preview(request.cutoff, r.report, r.error);
            break;
        case Kind::Archive:
            r.ok = archiver.archive(request.cutoff, request.beforeMs, request.file, request.actor,
                                    r.report, r.error);
            break;
        case Kind::Restore:
            r.ok = archiver.restore(request.file, request.actor, r.report, r.error);
            break;
        case Kind::CountFile:
            break;
        }
        return r;
    };
    auto done = [this](const ArchiveJobResult &r) {
        m_running = false;
        // Not deleted inside its own callback: from the event loop, after it. Its connection
        // closes with it.
        m_worker.release()->deleteLater();
        Q_EMIT finished(r);
    };
    if (request.kind == ArchiveJobRequest::Kind::CountFile)
        m_worker->postWithoutConnection(this, std::move(job), std::move(done));
    else
        m_worker->post(this, std::move(job), std::move(done));
    return true;
}

} // namespace sb::app
