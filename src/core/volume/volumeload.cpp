#include "volume/volumeload.h"

#include "storage/settingsstore.h"
#include "volume/volumerules.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace sb {

void loadVolume(Database &db, const VolumeLoadRequest &r, VolumeLoadResult &out) {
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
                QSqlQuery q(db.db());
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

} // namespace sb
