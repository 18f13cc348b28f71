#include "volume/volumemonitor.h"

#include <algorithm>

namespace sb {

VolumeMonitor::VolumeMonitor(RuleSet rules)
    : m_rules(std::move(rules)) {
}

qint64 VolumeMonitor::leadMs() const {
    return std::max(m_rules.burstWindowMs(), m_rules.gradingWindowMs());
}

void VolumeMonitor::reset(VolumeBuckets buckets, QList<VolumeEvent> recent, qint64 nowMs) {
    m_buckets = std::move(buckets);
    m_recent = std::move(recent);
    m_now = 0;
    advanceTo(nowMs);
}

void VolumeMonitor::add(const QList<VolumeEvent> &events) {
    for (const VolumeEvent &e : events) {
        if (e.receivedAt <= m_now + 5 * 60000) // a wrong clock far ahead must not grow it
            m_buckets.extendTo(e.receivedAt);
        m_buckets.add(e);
        if (e.receivedAt > m_now - leadMs())
            m_recent.append(e);
    }
}

void VolumeMonitor::advanceTo(qint64 nowMs) {
    m_now = std::max(m_now, nowMs);
    m_buckets.extendTo(m_now);
    const qint64 oldest = m_now - leadMs();
    m_recent.removeIf([oldest](const VolumeEvent &e) { return e.receivedAt <= oldest; });
}

int VolumeMonitor::current(int type, GradingTier tier, qint64 windowMs) const {
    int n = 0;
    for (const VolumeEvent &e : m_recent) {
        if (e.type == type && e.tier == tier && e.receivedAt > m_now - windowMs &&
            e.receivedAt <= m_now)
            ++n;
    }
    return n;
}

int VolumeMonitor::current(const QList<int> &types, GradingTier tier, qint64 windowMs) const {
    int n = 0;
    for (int t : types)
        n += current(t, tier, windowMs);
    return n;
}

void VolumeMonitor::shownBuckets(qint64 fromMs, qint64 toMs, int &first, int &last) const {
    // Whole buckets ending after fromMs and at or before toMs (now at most); the partial
    // last one is replaced by the exact count at now.
    const VolumeBuckets &b = m_buckets;
    const qint64 end = toMs < 0 ? m_now : std::min(toMs, m_now);
    first = fromMs + 1 <= b.startMs() ? 0 : std::max(0, b.bucketOf(fromMs + 1));
    last = b.bucketOf(end); // the bucket holding the end
    if (last < 0)
        last = end <= b.startMs() ? -1 : b.bucketCount() - 1;
    if (last >= 0 && b.bucketEnd(last) > end)
        --last;
}

std::vector<std::vector<VolumeMonitor::Point>>
VolumeMonitor::seriesAll(qint64 windowMs, qint64 fromMs, int maxPoints) const {
    const VolumeBuckets &b = m_buckets;
    const int stride = int(problemTypes().size()) * VolumeBuckets::kTiers;
    std::vector<std::vector<Point>> out(static_cast<std::size_t>(stride));
    if (b.bucketCount() == 0)
        return out;
    int first = 0, last = -1;
    shownBuckets(fromMs, -1, first, last);
    const int n = std::max(0, last - first + 1);
    const int budget = std::max(1, maxPoints - 1);
    const int step = std::max(1, (n + budget - 1) / budget);
    const int w = int(std::max<qint64>(1, windowMs / b.bucketMs()));
    // One pass over the rows (bucket-major, as stored): running window sums for every series.
    std::vector<int> sum(std::size_t(stride), 0), peak(std::size_t(stride), 0);
    for (auto &v : out)
        v.reserve(std::size_t(n / step + 2));
    const int start = std::max(0, first - w + 1);
    for (int i = start; i <= last; ++i) {
        const int *row = b.row(i);
        const int *old = i - w >= start ? b.row(i - w) : nullptr;
        for (int s = 0; s < stride; ++s)
            sum[std::size_t(s)] += row[s] - (old ? old[s] : 0);
        if (i < first)
            continue;
        for (int s = 0; s < stride; ++s)
            peak[std::size_t(s)] = std::max(peak[std::size_t(s)], sum[std::size_t(s)]);
        if ((i - first + 1) % step == 0 || i == last) {
            for (int s = 0; s < stride; ++s) {
                out[std::size_t(s)].push_back({b.bucketEnd(i), peak[std::size_t(s)]});
                peak[std::size_t(s)] = 0;
            }
        }
    }
    std::vector<int> now(std::size_t(stride), 0);
    for (const VolumeEvent &e : m_recent) {
        if (e.receivedAt > m_now - windowMs && e.receivedAt <= m_now)
            ++now[std::size_t(e.type * VolumeBuckets::kTiers + int(e.tier))];
    }
    for (int s = 0; s < stride; ++s)
        out[std::size_t(s)].push_back({m_now, now[std::size_t(s)]});
    return out;
}

std::vector<VolumeMonitor::Point> VolumeMonitor::series(const QList<int> &types, GradingTier tier,
                                                        qint64 windowMs, qint64 fromMs,
                                                        int maxPoints, qint64 toMs) const {
    std::vector<Point> out;
    const VolumeBuckets &b = m_buckets;
    if (b.bucketCount() == 0 || types.isEmpty())
        return out;
    std::vector<int> all = b.sliding(types.first(), tier, windowMs);
    for (qsizetype k = 1; k < types.size(); ++k) {
        const std::vector<int> more = b.sliding(types.at(k), tier, windowMs);
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] += more[i];
    }
    int first = 0, last = -1;
    shownBuckets(fromMs, toMs, first, last);
    const int n = std::max(0, last - first + 1);
    const int budget = std::max(1, maxPoints - 1);
    const int step = std::max(1, (n + budget - 1) / budget);
    out.reserve(std::size_t(n / step + 2));
    for (int i = first; i <= last; i += step) {
        const int end = std::min(last, i + step - 1);
        int peak = 0;
        for (int j = i; j <= end; ++j)
            peak = std::max(peak, all[std::size_t(j)]);
        out.push_back({b.bucketEnd(end), peak});
    }
    if (toMs < 0 || toMs >= m_now)
        out.push_back({m_now, current(types, tier, windowMs)});
    return out;
}

} // namespace sb
