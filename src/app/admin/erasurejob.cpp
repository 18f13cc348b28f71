#include "admin/erasurejob.h"

#include <QFileInfo>

namespace sb::app {

namespace {

ErasureOutcome eraseIn(Database &db, const ErasureJobRequest &r, const Clock &clock,
                       const QString &where) {
    ErasureOutcome o;
    o.where = where;
    PersonalDataErasure erasure(db, clock);
    o.ok = erasure.run(r.request, r.actor, r.dryRun, o.tickets, o.error);
    return o;
}

} // namespace

bool ErasureJobResult::ok() const {
    if (outcomes.isEmpty())
        return false;
    for (const ErasureOutcome &o : outcomes)
        if (!o.ok)
            return false;
    return true;
}

qint64 ErasureJobResult::tickets() const {
    qint64 n = 0;
    for (const ErasureOutcome &o : outcomes)
        n += o.tickets;
    return n;
}

ErasureJob::ErasureJob(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
}

ErasureJob::~ErasureJob() = default;

bool ErasureJob::start(const ErasureJobRequest &request) {
    if (m_job.isRunning())
        return false;
    const Clock *clock = &m_clock;
    auto job = [request, clock](DbWorker::Context &c) {
        ErasureJobResult r;
        r.request = request;
        if (!c.db) {
            r.outcomes.append({QString(), false, 0, c.openError});
            return r;
        }
        r.outcomes.append(eraseIn(*c.db, request, *clock, QString()));
        if (!r.outcomes.last().ok)
            return r;
        for (const QString &path : request.archives) {
            if (!QFileInfo(path).isFile()) {
                r.outcomes.append(
                    {path, false, 0, ErasureJob::tr("the file does not exist any more")});
                continue;
            }
            QString error;
            auto file =
                Database::open(DatabaseUrl::sqlite(path), QStringLiteral("erase-archive"), error);
            if (!file) {
                r.outcomes.append({path, false, 0, error});
                continue;
            }
            r.outcomes.append(eraseIn(*file, request, *clock, path));
        }
        return r;
    };
    m_job.post(request.url, this, std::move(job),
               [this](const ErasureJobResult &r) { Q_EMIT finished(r); });
    return true;
}

} // namespace sb::app
