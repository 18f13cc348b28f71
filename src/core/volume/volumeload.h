#pragma once

#include "storage/database.h"
#include "volume/volumehistory.h"
#include "volume/volumemonitor.h"

namespace sb {

// What the volume place asks for in the background: the buckets of a range (30 days is a
// million rows), the active rule set, and for the selected type its channel breakdown and
// incident markers.
struct VolumeLoadRequest {
    int generation = 0;
    qint64 fromMs = 0; // first shown instant; buckets start one grading window earlier
    qint64 nowMs = 0;
    bool buckets = true;
    QString problemType; // empty: no detail
    qint64 channelBucketMs = 0;
    // A longer range than the live view (history): VolumeLoader may read its buckets on a
    // standby when the URL asks for standby reads.
    bool history = false;
};

struct VolumeLoadResult {
    int generation = 0;
    VolumeLoadRequest request;
    bool bucketsLoaded = false;
    RuleSet rules;
    int ruleVersion = 0;
    VolumeBuckets buckets;
    QList<VolumeEvent> recent;
    qint64 maxTicketId = 0; // inserts with a higher id arrived after the snapshot
    int trendFlagCount = 3; // settings volume.trend_flag_count, volume.trend_min_count
    int trendMinCount = 3;
    ChannelBreakdown channels;
    QList<IncidentMarker> markers;
    double elapsedMs = 0;
    QString error;
    // Where the buckets were read (PostgreSQL): on a standby (pg_is_in_recovery()), with the
    // commit time of the last transaction it had replayed (0: none since it started), and how
    // many newer complaints catchUpVolume() then read on the primary.
    bool onStandby = false;
    qint64 standbyReplayedAtMs = 0;
    int addedFromPrimary = 0;
};

// The load itself: run on the workstation's background worker (and by the benchmark). The
// maximum ticket id and the buckets come from one snapshot (one transaction).
void loadVolume(Database &db, const VolumeLoadRequest &r, VolumeLoadResult &out);

// Completes a bucket load read on a standby, on the primary `db`: the rule set, the settings and
// the open type's detail are read afresh, and the complaints with an id above the standby's
// maximum are added to the buckets and the recent list, so that a lagging standby makes no
// figure short. `out.maxTicketId` becomes the primary's.
void catchUpVolume(Database &db, const VolumeLoadRequest &r, VolumeLoadResult &out);

} // namespace sb
