// The QA dashboard over time: the figures and the stratified estimate per day or per week.
#include "qa/dashboard.h"

#include "qa/dashboardparts.h"

#include <QDateTime>

namespace sb {

using namespace qadash;

namespace {

// Sums of a bucket's figures, merged from the per-day rows.
struct Sums {
    qint64 reviews = 0;
    qint64 scored = 0;
    double scoreSum = 0;
    qint64 passed = 0;
    qint64 critical = 0;
};

// The bucket of `day`: its index in `points`.
qsizetype bucketOf(const QaTrend &t, const QDate &day) {
    if (!day.isValid() || day < t.from || day > t.to)
        return -1;
    if (t.step == QaTrendStep::Day)
        return t.from.daysTo(day);
    return QaDashboardQueries::weekStart(t.from).daysTo(QaDashboardQueries::weekStart(day)) / 7;
}

// The group's condition on the period's reviews (a WHERE clause) and its bound value: the key
// column equal to the key (ids bound as numbers), or NULL for the group without one.
QString groupCondition(QaGrouping grouping, const QString &key, QVariantList &values) {
    const QString column = groupKeyColumn(grouping);
    if (key.isEmpty())
        return QStringLiteral("WHERE %1 IS NULL").arg(column);
    if (grouping == QaGrouping::Agent || grouping == QaGrouping::Team)
        values << key.toLongLong();
    else
        values << key;
    return QStringLiteral("WHERE %1 = ?").arg(column);
}

bool figuresPerBucket(Database &db, const Period &p, std::optional<QaGrouping> grouping,
                      const QString &groupKey, bool rollups, QaTrend &out, QString &error) {
    QVariantList values = p.values;
    QString sql;
    if (rollups) {
        sql = rollupBucketFigures(grouping, groupKey, values);
    } else {
        const QString condition =
            grouping ? groupCondition(*grouping, groupKey, values) : QString();
        const QString ticketJoin =
            grouping && *grouping != QaGrouping::Agent
                ? QStringLiteral("LEFT JOIN tickets t ON t.id = r.ticket_id ")
                : QString();
        sql = QStringLiteral("SELECT r.day, CASE WHEN r.day IS NULL THEN r.submitted_at END, "
                             "COUNT(*), SUM(r.score), COUNT(r.score), SUM(CASE WHEN r.score IS "
                             "NOT NULL AND r.passed = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN "
                             "r.score IS NOT NULL AND r.critical_failed = 1 THEN 1 ELSE 0 END) "
                             "FROM %1%2%3 GROUP BY 1, 2")
                  .arg(periodReviews(), ticketJoin, condition);
    }
    // Sample reviews per sampled day; extra reviews per submission time (few), placed below.
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q, sql, values, error))
        return false;
    QList<Sums> sums(out.points.size());
    while (q.next()) {
        const QDate day =
            q.value(0).isNull()
                ? QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), p.zone).date()
                : QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const qsizetype at = bucketOf(out, day);
        if (at < 0 || at >= sums.size())
            continue;
        Sums &s = sums[at];
        s.reviews += q.value(2).toLongLong();
        s.scoreSum += q.value(3).toDouble();
        s.scored += q.value(4).toLongLong();
        s.passed += q.value(5).toLongLong();
        s.critical += q.value(6).toLongLong();
    }
    for (qsizetype i = 0; i < sums.size(); ++i) {
        const Sums &s = sums.at(i);
        QaQualityFigures &f = out.points[i].figures;
        f.reviews = s.reviews;
        if (s.scored > 0)
            f.meanScore = s.scoreSum / double(s.scored);
        f.passed = {s.passed, s.scored};
        f.criticalFailed = {s.critical, s.scored};
    }
    return true;
}

// The estimate of every bucket, from strata given as SampledStratum (the reviews) or as
// SampledSums (the roll-ups).
bool estimate(const QList<SampledStratum> &strata, StratifiedEstimate &out, QString &error) {
    return scoreEstimate(strata, ReviewMeasure::Score, out, error);
}
bool estimate(const QList<SampledSums> &strata, StratifiedEstimate &out, QString &error) {
    return sumsEstimate(strata, false, out, error);
}

template <typename Stratum>
bool estimatesPerBucket(const QList<Stratum> &strata, std::optional<QaGrouping> grouping,
                        const QString &groupKey, QaTrend &t, QString &error) {
    QList<QList<Stratum>> perBucket(t.points.size());
    for (const Stratum &s : strata) {
        const qsizetype at = bucketOf(t, QDate::fromString(s.day, Qt::ISODate));
        if (at < 0 || at >= perBucket.size())
            continue;
        perBucket[at].append(s);
    }
    for (qsizetype i = 0; i < perBucket.size(); ++i) {
        StratifiedEstimate &e = t.points[i].scoreEstimate;
        if (!grouping) {
            if (!estimate(perBucket.at(i), e, error))
                return false;
            continue;
        }
        QHash<QString, StratifiedEstimate> groups;
        if (!groupEstimates(perBucket.at(i), groups, error))
            return false;
        e = groups.value(groupKey);
    }
    return true;
}

} // namespace

QaTrendStep QaDashboardQueries::trendStep(const QDate &from, const QDate &to) {
    return from.daysTo(to) < kDailyTrendDays ? QaTrendStep::Day : QaTrendStep::Week;
}

bool QaDashboardQueries::trend(Database &db, const QDate &from, const QDate &to,
                               std::optional<QaGrouping> grouping, const QString &groupKey,
                               QaTrend &out, QString &error) {
    Period p;
    if (!periodOf(db, from, to, p, error))
        return false;
    QaTrend t;
    t.from = from;
    t.to = to;
    t.step = trendStep(from, to);
    t.grouping = grouping;
    t.groupKey = groupKey;
    for (QDate day = from; day <= to;) {
        QaTrendPoint point;
        point.from = day;
        point.to = t.step == QaTrendStep::Day ? day : std::min(to, weekStart(day).addDays(6));
        t.points.append(point);
        day = point.to.addDays(1);
    }
    bool rollups = false;
    if (!useRollups(db, rollups, error) ||
        !figuresPerBucket(db, p, grouping, groupKey, rollups, t, error))
        return false;
    bool truncated = false;
    if (rollups) {
        QList<SampledSums> strata;
        if (!sampledSums(db, from, to, grouping, strata, truncated, error))
            return false;
        for (SampledSums &s : strata) { // only the group asked for is estimated
            const ScoreSums mine = s.groups.value(groupKey);
            s.groups.clear();
            if (grouping && mine.n > 0)
                s.groups.insert(groupKey, mine);
        }
        if (!estimatesPerBucket(strata, grouping, groupKey, t, error))
            return false;
    } else {
        QList<SampledStratum> strata;
        if (!sampledStrata(db, from, to, grouping, strata, truncated, error) ||
            !estimatesPerBucket(strata, grouping, groupKey, t, error))
            return false;
    }
    out = t;
    return true;
}

} // namespace sb
