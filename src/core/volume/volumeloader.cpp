#include "volume/volumeloader.h"

namespace sb {

VolumeLoader::VolumeLoader(DbWorker &live, const DatabaseUrl &url, Done done, QObject *parent)
    : QObject(parent)
    , m_live(live)
    , m_readingUrl(url.forReading())
    , m_standby(readsOnStandby(url))
    , m_done(std::move(done)) {
}

VolumeLoader::~VolumeLoader() = default;

bool VolumeLoader::readsOnStandby(const DatabaseUrl &url) {
    if (url.dialect != Dialect::PostgreSQL ||
        !url.params.contains(QLatin1StringView(DatabaseUrl::kReadSessionAttrs)))
        return false;
    const QString target = QStringLiteral("target_session_attrs");
    const QString any = QStringLiteral("any"); // libpq's default
    return url.forReading().params.value(target, any) != url.params.value(target, any);
}

void VolumeLoader::load(const VolumeLoadRequest &r) {
    if (m_standby && r.buckets && r.history)
        loadHistory(r);
    else
        loadLive(r);
}

void VolumeLoader::loadLive(const VolumeLoadRequest &r) {
    m_live.post(
        this,
        [r](DbWorker::Context &c) {
            auto result = std::make_shared<VolumeLoadResult>();
            if (c.db)
                loadVolume(*c.db, r, *result);
            else
                result->error = c.openError;
            result->generation = r.generation;
            result->request = r;
            return result;
        },
        [this](std::shared_ptr<VolumeLoadResult> result) { m_done(std::move(result)); });
}

void VolumeLoader::loadHistory(const VolumeLoadRequest &r) {
    if (!m_history)
        m_history = std::make_unique<DbWorker>(m_readingUrl, QStringLiteral("volume-history"),
                                               nullptr, QThread::LowPriority);
    ++m_historyPending;
    ++m_historyLoads;
    // Only the buckets: the open type's detail follows on the live worker with the catch-up.
    VolumeLoadRequest buckets = r;
    buckets.problemType.clear();
    m_history->post(
        this,
        [buckets](DbWorker::Context &c) {
            auto result = std::make_shared<VolumeLoadResult>();
            if (c.db)
                loadVolume(*c.db, buckets, *result);
            else
                result->error = c.openError;
            return result;
        },
        [this, r](std::shared_ptr<VolumeLoadResult> result) {
            // The connection is held only while history loads are waiting; the idle
            // workstation keeps its own two. Not deleted inside its own callback.
            if (--m_historyPending == 0) {
                DbWorker *done = m_history.release();
                done->setParent(this);
                done->deleteLater();
            }
            result->generation = r.generation;
            result->request = r;
            if (!result->error.isEmpty()) {
                m_done(std::move(result));
                return;
            }
            catchUp(r, std::move(result));
        });
}

void VolumeLoader::catchUp(const VolumeLoadRequest &r, std::shared_ptr<VolumeLoadResult> result) {
    m_live.post(
        this,
        [r, result](DbWorker::Context &c) {
            if (c.db)
                catchUpVolume(*c.db, r, *result);
            else
                result->error = c.openError;
            return result;
        },
        [this](std::shared_ptr<VolumeLoadResult> done) { m_done(std::move(done)); });
}

} // namespace sb
