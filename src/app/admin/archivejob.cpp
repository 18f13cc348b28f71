#include "admin/archivejob.h"

#include "archive/archiveruns.h"

namespace sb::app {

ArchiveJob::ArchiveJob(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
}

ArchiveJob::~ArchiveJob() = default;

bool ArchiveJob::start(const ArchiveJobRequest &request) {
    if (m_job.isRunning())
        return false;
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
        Q_EMIT finished(r);
    };
    if (request.kind == ArchiveJobRequest::Kind::CountFile)
        m_job.postWithoutConnection(this, std::move(job), std::move(done));
    else
        m_job.post(request.url, this, std::move(job), std::move(done));
    return true;
}

} // namespace sb::app
