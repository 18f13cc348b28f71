#include "volume/volumebuckets.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

int typeCount() {
    return static_cast<int>(problemTypes().size());
}

// "(CASE problem_type WHEN ? THEN 0 … END) * 2 + (CASE WHEN customer_tier IN (?, ?) THEN 1
// ELSE 0 END)": the series index, computed by the database; NULL for an unknown type.
QString seriesExpression(QVariantList &values) {
    QString sql = QStringLiteral("(CASE problem_type");
    for (int i = 0; i < typeCount(); ++i) {
        sql += QStringLiteral(" WHEN ? THEN %1").arg(i);
        values.append(problemTypes().at(i).key);
    }
    sql += QStringLiteral(" END) * 2 + (CASE WHEN customer_tier IN (?, ?) THEN 1 ELSE 0 END)");
    values.append(tierKey(Tier::Vip));
    values.append(tierKey(Tier::KeyAccount));
    return sql;
}

bool selectEvents(Database &db, const QString &where, QVariantList values, QList<VolumeEvent> &out,
                  QString &error) {
    QVariantList all;
    const QString expr = seriesExpression(all);
    all.append(values);
    QSqlQuery q;
    if (!db.exec(q, QStringLiteral("SELECT received_at, %1 FROM tickets WHERE %2").arg(expr, where),
                 all, error))
        return false;
    while (q.next()) {
        if (q.value(1).isNull())
            continue; // a problem type this build does not know (CASE gives NULL)
        const int s = q.value(1).toInt();
        out.append({q.value(0).toLongLong(), s / VolumeBuckets::kTiers,
                    static_cast<GradingTier>(s % VolumeBuckets::kTiers)});
    }
    return true;
}

} // namespace

VolumeBuckets::VolumeBuckets(qint64 startMs, qint64 bucketMs, int buckets)
    : m_start(startMs)
    , m_size(std::max<qint64>(1, bucketMs))
    , m_buckets(std::max(0, buckets))
    , m_stride(typeCount() * kTiers)
    , m_counts(std::size_t(m_buckets) * std::size_t(m_stride), 0) {
}

bool VolumeBuckets::load(Database &db, qint64 fromMs, qint64 toMs, qint64 bucketMs,
                         VolumeBuckets &out, QString &error) {
    if (bucketMs <= 0 || toMs < fromMs) {
        error =
            tr("volume: bad range (%1, %2] or bucket size %3").arg(fromMs).arg(toMs).arg(bucketMs);
        return false;
    }
    const qint64 n = (toMs - fromMs + bucketMs - 1) / bucketMs;
    VolumeBuckets b(fromMs, bucketMs, int(n));
    // One integer per row, bucket × series + series, computed by the database: the driver's
    // per-value cost is most of the time here.
    QVariantList values{fromMs, bucketMs, b.m_stride};
    const QString expr = seriesExpression(values);
    values.append(fromMs);
    values.append(fromMs + n * bucketMs);
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ((received_at - ? - 1) / ?) * ? + %1 FROM tickets "
                                  "WHERE received_at > ? AND received_at <= ?")
                       .arg(expr))) {
        error = describeSqlError(q.lastError());
        return false;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        error = describeSqlError(q.lastError());
        return false;
    }
    const qint64 cells = qint64(b.m_counts.size());
    while (q.next()) {
        const QVariant v = q.value(0);
        if (v.isNull())
            continue; // a problem type this build does not know
        const qint64 cell = v.toLongLong();
        if (cell >= 0 && cell < cells)
            b.m_counts[std::size_t(cell)] += 1;
    }
    if (q.lastError().isValid()) {
        error = describeSqlError(q.lastError());
        return false;
    }
    out = std::move(b);
    return true;
}

bool VolumeBuckets::loadEvents(Database &db, qint64 fromMs, qint64 toMs, QList<VolumeEvent> &out,
                               QString &error) {
    return selectEvents(db, QStringLiteral("received_at > ? AND received_at <= ?"), {fromMs, toMs},
                        out, error);
}

bool VolumeBuckets::fetchEvents(Database &db, const QList<qint64> &ids, QList<VolumeEvent> &out,
                                QString &error) {
    constexpr int kChunk = 200;
    for (int from = 0; from < ids.size(); from += kChunk) {
        const int n = std::min<int>(kChunk, int(ids.size()) - from);
        QVariantList values;
        QString in;
        for (int i = 0; i < n; ++i) {
            in += i ? QStringLiteral(", ?") : QStringLiteral("?");
            values.append(ids.at(from + i));
        }
        if (!selectEvents(db, QStringLiteral("id IN (%1)").arg(in), values, out, error))
            return false;
    }
    return true;
}

bool VolumeBuckets::loadEventsBetweenIds(Database &db, qint64 afterId, qint64 upToId, qint64 fromMs,
                                         QList<VolumeEvent> &out, QString &error) {
    return selectEvents(db, QStringLiteral("id > ? AND id <= ? AND received_at > ?"),
                        {afterId, upToId, fromMs}, out, error);
}

int VolumeBuckets::bucketOf(qint64 receivedAt) const {
    if (receivedAt <= m_start || receivedAt > endMs())
        return -1;
    return int((receivedAt - m_start - 1) / m_size);
}

bool VolumeBuckets::add(const VolumeEvent &e) {
    const int i = bucketOf(e.receivedAt);
    if (i < 0 || e.type < 0 || e.type >= typeCount())
        return false;
    m_counts[std::size_t(i) * std::size_t(m_stride) + std::size_t(series(e.type, e.tier))] += 1;
    return true;
}

void VolumeBuckets::extendTo(qint64 t) {
    if (t <= endMs())
        return;
    const qint64 n = (t - m_start + m_size - 1) / m_size;
    m_buckets = int(n);
    m_counts.resize(std::size_t(m_buckets) * std::size_t(m_stride), 0);
}

void VolumeBuckets::dropBefore(qint64 t) {
    const qint64 whole = std::min<qint64>(m_buckets, (t - m_start) / m_size);
    if (whole <= 0)
        return;
    m_counts.erase(m_counts.begin(),
                   m_counts.begin() + std::ptrdiff_t(whole) * std::ptrdiff_t(m_stride));
    m_buckets -= int(whole);
    m_start += whole * m_size;
}

std::vector<int> VolumeBuckets::perBucket(int type, GradingTier tier) const {
    std::vector<int> v(std::size_t(m_buckets), 0);
    for (int i = 0; i < m_buckets; ++i)
        v[std::size_t(i)] = count(type, tier, i);
    return v;
}

std::vector<int> VolumeBuckets::sliding(int type, GradingTier tier, qint64 windowMs) const {
    const int w = int(std::max<qint64>(1, windowMs / m_size));
    std::vector<int> v(std::size_t(m_buckets), 0);
    int sum = 0;
    for (int i = 0; i < m_buckets; ++i) {
        sum += count(type, tier, i);
        if (i >= w)
            sum -= count(type, tier, i - w);
        v[std::size_t(i)] = sum;
    }
    return v;
}

std::vector<int> downsampleMax(const std::vector<int> &values, int maxPoints, int &step) {
    const int n = int(values.size());
    step = std::max(1, (n + std::max(1, maxPoints) - 1) / std::max(1, maxPoints));
    if (step == 1)
        return values;
    std::vector<int> out;
    out.reserve(std::size_t((n + step - 1) / step));
    for (int i = 0; i < n; i += step) {
        int m = 0;
        for (int j = i; j < std::min(n, i + step); ++j)
            m = std::max(m, values[std::size_t(j)]);
        out.push_back(m);
    }
    return out;
}

} // namespace sb
