#include "volume/volumeloader.h"

#include "storage/settingsstore.h"
#include "volume/volumerules.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSqlQuery>

namespace sb::app {

class VolumeLoader::Worker : public QObject {
public:
    Worker(DatabaseUrl url, QObject *owner, Deliver deliver)
        : m_url(std::move(url))
        , m_owner(owner)
        , m_deliver(std::move(deliver)) {}

    void load(const VolumeLoadRequest &r) {
        auto result = std::make_shared<VolumeLoadResult>();
        if (!m_db) {
            QString e;
            m_db = Database::open(m_url, QStringLiteral("volume-history"), e);
            if (!m_db)
                result->error = e;
        }
        if (m_db)
            VolumeLoader::run(*m_db, r, *result);
        result->generation = r.generation;
        result->request = r;
        QPointer<QObject> owner = m_owner;
        if (owner)
            QMetaObject::invokeMethod(
                owner, [deliver = m_deliver, result] { deliver(result); }, Qt::QueuedConnection);
    }

private:
    DatabaseUrl m_url;
    QPointer<QObject> m_owner;
    Deliver m_deliver;
    std::unique_ptr<Database> m_db; // opened and closed in the worker thread
};

VolumeLoader::VolumeLoader(DatabaseUrl url, QObject *owner, Deliver deliver)
    : QObject(owner)
    , m_worker(new Worker(std::move(url), owner, std::move(deliver))) {
    m_thread.setObjectName(QStringLiteral("volume-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

VolumeLoader::~VolumeLoader() {
    m_thread.quit();
    m_thread.wait();
}

void VolumeLoader::request(const VolumeLoadRequest &r) {
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, r] { w->load(r); }, Qt::QueuedConnection);
}

void VolumeLoader::run(Database &db, const VolumeLoadRequest &r, VolumeLoadResult &out) {
    QElapsedTimer timer;
    timer.start();
    QString e;
    if (!loadActiveRuleSet(db, out.rules, out.ruleVersion, e)) {
        out.error = e;
        return;
    }
    // Tunables (shared settings): how many fastest-growing types are flagged, and the
    // complaints a type needs in the last hour to be flagged at all.
    const SettingsStore settings(db);
    qint64 flagCount = 3, minCount = 3;
    if (!settings.integer(QStringLiteral("volume.trend_flag_count"), 3, 0, 16, flagCount, e) ||
        !settings.integer(QStringLiteral("volume.trend_min_count"), 3, 0, 1000000, minCount, e)) {
        out.error = e;
        return;
    }
    out.trendFlagCount = int(flagCount);
    out.trendMinCount = int(minCount);
    const qint64 lead = std::max(out.rules.burstWindowMs(), out.rules.gradingWindowMs());
    const bool ok = db.transaction(
        [&](QString &err) {
            if (r.buckets) {
                QSqlQuery q;
                if (!db.exec(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM tickets"), {},
                             err) ||
                    !q.next())
                    return false;
                out.maxTicketId = q.value(0).toLongLong();
                // Bucket edges on whole minutes, so points fall on clock minutes.
                const qint64 start = ((r.fromMs - lead) / 60000) * 60000;
                if (!VolumeBuckets::load(db, start, r.nowMs, 60000, out.buckets, err) ||
                    !VolumeBuckets::loadEvents(db, r.nowMs - lead, r.nowMs, out.recent, err))
                    return false;
                out.bucketsLoaded = true;
            }
            if (!r.problemType.isEmpty()) {
                if (!loadChannelBreakdown(db, r.problemType, r.fromMs, r.nowMs,
                                          std::max<qint64>(60000, r.channelBucketMs), out.channels,
                                          err) ||
                    !loadIncidentMarkers(db, r.problemType, r.fromMs, r.nowMs, out.markers, err))
                    return false;
            }
            return true;
        },
        e);
    if (!ok)
        out.error = e;
    out.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
}

} // namespace sb::app
