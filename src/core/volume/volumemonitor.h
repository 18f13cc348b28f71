#pragma once

#include "grading/ruleset.h"
#include "volume/volumebuckets.h"
#include "volume/volumerules.h"

#include <QList>

#include <vector>

namespace sb {

// The state behind the live volume charts: per-minute buckets over the shown range (with one
// grading window of lead so sliding counts are complete from its first minute), the
// complaints of the last grading window (so the counts "now" are exact, not bucket-aligned),
// and the rule set that gives the threshold lines. Inserts arrive one batch at a time from
// the change feed; nothing is re-read.
class VolumeMonitor {
public:
    struct Point {
        qint64 atMs;
        int count;
    };

    explicit VolumeMonitor(RuleSet rules = RuleSet::defaults());

    const RuleSet &rules() const { return m_rules; }
    void setRules(RuleSet rules) { m_rules = std::move(rules); }

    // The lead a bucket load needs before the first shown instant.
    qint64 leadMs() const;
    // Takes the buckets of a (possibly background) load and the complaints of the last
    // grading window before `nowMs`.
    void reset(VolumeBuckets buckets, QList<VolumeEvent> recent, qint64 nowMs);
    const VolumeBuckets &buckets() const { return m_buckets; }

    // New complaints (from change_log inserts). Those before the buckets are ignored.
    void add(const QList<VolumeEvent> &events);
    // Moves "now": the buckets grow to cover it, old complaints leave the exact window.
    void advanceTo(qint64 nowMs);
    qint64 nowMs() const { return m_now; }

    // Complaints of `type` in `tier` with now − window < received_at ≤ now.
    int current(int type, GradingTier tier, qint64 windowMs) const;

    // The sliding-window count over (fromMs, nowMs] at the end of every bucket, the peak of
    // each group when more than `maxPoints`, and the exact count at nowMs as the last point.
    std::vector<Point> series(int type, GradingTier tier, qint64 windowMs, qint64 fromMs,
                              int maxPoints) const {
        return series(QList<int>{type}, tier, windowMs, fromMs, maxPoints);
    }
    // The same for the sum of several types (a problem class).
    // With `toMs` before now (a zoomed view), the series ends at the last bucket ending by
    // then and has no "now" point.
    std::vector<Point> series(const QList<int> &types, GradingTier tier, qint64 windowMs,
                              qint64 fromMs, int maxPoints, qint64 toMs = -1) const;
    int current(const QList<int> &types, GradingTier tier, qint64 windowMs) const;
    // series() for every type and tier at once, in one pass over the buckets (the grid of
    // small charts redraws all of them each second): index type × 2 + tier.
    std::vector<std::vector<Point>> seriesAll(qint64 windowMs, qint64 fromMs, int maxPoints) const;

private:
    void shownBuckets(qint64 fromMs, qint64 toMs, int &first, int &last) const;

    RuleSet m_rules;
    VolumeBuckets m_buckets;
    QList<VolumeEvent> m_recent; // received within the last grading window, unordered
    qint64 m_now = 0;
};

} // namespace sb
