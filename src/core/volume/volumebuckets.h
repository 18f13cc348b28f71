#pragma once

#include "domain/types.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace sb {

// One complaint as the volume view needs it.
struct VolumeEvent {
    qint64 receivedAt = 0;
    int type = -1; // index in sb::problemTypes()
    GradingTier tier = GradingTier::Normal;
};

// Complaint counts per problem type × grading tier × time bucket. Bucket i covers the
// half-open interval (start + i·size, start + (i+1)·size], matching docs/spec/GRADING.md's windows
// (t − w < received_at ≤ t), so a sliding count at a bucket's end is an exact sum of buckets.
class VolumeBuckets {
    Q_DECLARE_TR_FUNCTIONS(sb::VolumeBuckets)

public:
    static constexpr int kTiers = 2;

    VolumeBuckets() = default;
    VolumeBuckets(qint64 startMs, qint64 bucketMs, int buckets);

    // Loads (from, to] at `bucketMs` from the tickets table. One pass over the covering index
    // tickets_volume (received_at, problem_type, customer_tier); type and tier are mapped to
    // small integers in SQL so that no strings cross the driver. Unknown types are skipped.
    static bool load(Database &db, qint64 fromMs, qint64 toMs, qint64 bucketMs, VolumeBuckets &out,
                     QString &error);
    // The complaints with these ids (for live updates from change_log inserts).
    // The complaints received in (fromMs, toMs].
    static bool loadEvents(Database &db, qint64 fromMs, qint64 toMs, QList<VolumeEvent> &out,
                           QString &error);
    static bool fetchEvents(Database &db, const QList<qint64> &ids, QList<VolumeEvent> &out,
                            QString &error);
    // The complaints with afterId < id <= upToId received after `fromMs` (what a lagging
    // standby's snapshot lacks, read on the primary).
    static bool loadEventsBetweenIds(Database &db, qint64 afterId, qint64 upToId, qint64 fromMs,
                                     QList<VolumeEvent> &out, QString &error);

    qint64 startMs() const { return m_start; }
    qint64 bucketMs() const { return m_size; }
    int bucketCount() const { return m_buckets; }
    qint64 endMs() const { return m_start + m_size * m_buckets; }
    qint64 bucketEnd(int i) const { return m_start + m_size * (i + 1); }
    // Bucket holding `receivedAt`, or -1 outside (start, end].
    int bucketOf(qint64 receivedAt) const;

    int count(int type, GradingTier tier, int bucket) const {
        return m_counts[std::size_t(bucket) * std::size_t(m_stride) +
                        static_cast<std::size_t>(series(type, tier))];
    }
    // The counts of every series in one bucket (type × 2 + tier).
    const int *row(int bucket) const {
        return m_counts.data() + std::size_t(bucket) * std::size_t(m_stride);
    }
    // Adds one complaint; returns false when it lies outside the buckets.
    bool add(const VolumeEvent &e);
    // Grows the buckets so that `t` is covered (for the live view as time moves on).
    void extendTo(qint64 t);
    // Drops whole buckets that end at or before `t`.
    void dropBefore(qint64 t);

    // Sliding-window count at the end of each bucket: value i = complaints with
    // bucketEnd(i) − windowMs < received_at ≤ bucketEnd(i). Complaints before startMs()
    // are not known: the first windowMs/size values undercount unless the buckets were
    // loaded with that much lead. windowMs must be a multiple of bucketMs.
    std::vector<int> sliding(int type, GradingTier tier, qint64 windowMs) const;
    // The plain per-bucket counts of one type and tier.
    std::vector<int> perBucket(int type, GradingTier tier) const;

private:
    static int series(int type, GradingTier tier) { return type * kTiers + static_cast<int>(tier); }
    qint64 m_start = 0;
    qint64 m_size = 60000;
    int m_buckets = 0;
    int m_stride = 0;          // types × tiers
    std::vector<int> m_counts; // [bucket][series]: growing at the end is a plain append
};

// Peak-preserving reduction to at most `maxPoints`: each output point is the maximum of
// `step` consecutive values (thresholds are about peaks, so averaging would hide them).
// `step` receives the reduction factor.
std::vector<int> downsampleMax(const std::vector<int> &values, int maxPoints, int &step);

} // namespace sb
