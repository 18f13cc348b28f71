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
                // Read first: the data below is at least as recent as the replay time.
                if (db.dialect() == Dialect::PostgreSQL) {
                    if (!db.exec(q,
                                 QStringLiteral("SELECT pg_is_in_recovery(), (EXTRACT(EPOCH FROM "
                                                "pg_last_xact_replay_timestamp()) * 1000)::bigint"),
                                 {}, err) ||
                        !q.next())
                        return false;
                    out.onStandby = q.value(0).toBool();
                    out.standbyReplayedAtMs = out.onStandby ? q.value(1).toLongLong() : 0;
                }
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

void catchUpVolume(Database &db, const VolumeLoadRequest &r, VolumeLoadResult &out) {
    QElapsedTimer timer;
    timer.start();
    // The lead the buckets were loaded with (the standby's rule set).
    const qint64 lead = std::max(out.rules.burstWindowMs(), out.rules.gradingWindowMs());
    VolumeLoadRequest freshRequest = r;
    freshRequest.buckets = false;
    VolumeLoadResult fresh;
    loadVolume(db, freshRequest, fresh);
    if (!fresh.error.isEmpty()) {
        out.error = fresh.error;
        return;
    }
    out.rules = std::move(fresh.rules);
    out.ruleVersion = fresh.ruleVersion;
    out.trendFlagCount = fresh.trendFlagCount;
    out.trendMinCount = fresh.trendMinCount;
    out.channels = std::move(fresh.channels);
    out.markers = std::move(fresh.markers);
    if (!out.bucketsLoaded)
        return;
    QList<VolumeEvent> later;
    qint64 maxId = 0;
    QString e;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM tickets"), {}, e) ||
        !q.next()) {
        out.error = e;
        return;
    }
    maxId = q.value(0).toLongLong();
    if (maxId > out.maxTicketId &&
        !VolumeBuckets::loadEventsBetweenIds(db, out.maxTicketId, maxId, out.buckets.startMs(),
                                             later, e)) {
        out.error = e;
        return;
    }
    for (const VolumeEvent &ev : std::as_const(later)) {
        if (ev.receivedAt <= r.nowMs + 5 * 60000) // as VolumeMonitor::add
            out.buckets.extendTo(ev.receivedAt);
        out.buckets.add(ev);
        if (ev.receivedAt > r.nowMs - lead)
            out.recent.append(ev);
    }
    out.addedFromPrimary = int(later.size());
    out.maxTicketId = std::max(out.maxTicketId, maxId);
    out.elapsedMs += double(timer.nsecsElapsed()) / 1e6;
}

} // namespace sb
