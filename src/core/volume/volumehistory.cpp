#include "volume/volumehistory.h"

#include "domain/types.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
constexpr qint64 kHour = 3600000;
constexpr qint64 kDay = 24 * kHour;

bool countPerType(Database &db, qint64 from, qint64 to, QHash<QString, int> &out, QString &error) {
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT problem_type, COUNT(*) FROM tickets WHERE received_at > ? "
                                "AND received_at <= ? GROUP BY problem_type"),
                 {from, to}, error))
        return false;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return true;
}

double growth(int now, int then) {
    return double(now - then) / double(std::max(then, 1));
}
} // namespace

void rankTrends(QList<TypeTrend> &trends, int flagCount, int minCount) {
    for (TypeTrend &t : trends) {
        t.growthDay = growth(t.lastHour, t.yesterday);
        t.growthWeek = growth(t.lastHour, t.lastWeek);
        t.fastest = false;
    }
    std::stable_sort(trends.begin(), trends.end(), [](const TypeTrend &a, const TypeTrend &b) {
        if (a.growthDay != b.growthDay)
            return a.growthDay > b.growthDay;
        if (a.growthWeek != b.growthWeek)
            return a.growthWeek > b.growthWeek;
        return a.lastHour > b.lastHour;
    });
    int flagged = 0;
    for (TypeTrend &t : trends) {
        if (flagged >= flagCount)
            break;
        if (t.growthDay > 0 && t.lastHour >= minCount) {
            t.fastest = true;
            ++flagged;
        }
    }
}

bool computeTrends(Database &db, qint64 nowMs, int flagCount, int minCount, QList<TypeTrend> &out,
                   QString &error) {
    QHash<QString, int> now, day, week;
    if (!countPerType(db, nowMs - kHour, nowMs, now, error) ||
        !countPerType(db, nowMs - kDay - kHour, nowMs - kDay, day, error) ||
        !countPerType(db, nowMs - 7 * kDay - kHour, nowMs - 7 * kDay, week, error))
        return false;
    out.clear();
    const auto &types = problemTypes();
    for (int i = 0; i < types.size(); ++i) {
        TypeTrend t;
        t.type = i;
        t.lastHour = now.value(types.at(i).key);
        t.yesterday = day.value(types.at(i).key);
        t.lastWeek = week.value(types.at(i).key);
        out.append(t);
    }
    rankTrends(out, flagCount, minCount);
    return true;
}

bool loadChannelBreakdown(Database &db, const QString &problemType, qint64 fromMs, qint64 toMs,
                          qint64 bucketMs, ChannelBreakdown &out, QString &error) {
    if (bucketMs <= 0 || toMs < fromMs) {
        error = QCoreApplication::translate("sb::VolumeHistory",
                                            "channel breakdown: bad range (%1, %2] or bucket "
                                            "size %3")
                    .arg(fromMs)
                    .arg(toMs)
                    .arg(bucketMs);
        return false;
    }
    ChannelBreakdown b;
    b.startMs = fromMs;
    b.bucketMs = bucketMs;
    b.buckets = int((toMs - fromMs + bucketMs - 1) / bucketMs);
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT channel, (received_at - ? - 1) / ?, COUNT(*) FROM tickets "
                                "WHERE problem_type = ? AND received_at > ? AND received_at <= ? "
                                "GROUP BY 1, 2"),
                 {fromMs, bucketMs, problemType, fromMs, fromMs + qint64(b.buckets) * bucketMs},
                 error))
        return false;
    QHash<QString, int> row;
    while (q.next()) {
        const QString ch = q.value(0).toString();
        const qint64 i = q.value(1).toLongLong();
        if (i < 0 || i >= b.buckets)
            continue;
        auto it = row.find(ch);
        if (it == row.end()) {
            it = row.insert(ch, int(b.channels.size()));
            b.channels.append(ch);
            b.rows.emplace_back(std::size_t(b.buckets), 0);
        }
        b.rows[std::size_t(*it)][std::size_t(i)] += q.value(2).toInt();
    }
    out = std::move(b);
    return true;
}

bool loadIncidentMarkers(Database &db, const QString &problemType, qint64 fromMs, qint64 toMs,
                         QList<IncidentMarker> &out, QString &error) {
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT e.at, e.incident_id, e.event, e.grade FROM incident_events "
                                "e JOIN incidents i ON i.id = e.incident_id WHERE i.problem_type "
                                "= ? AND e.at > ? AND e.at <= ? ORDER BY e.at, e.id"),
                 {problemType, fromMs, toMs}, error))
        return false;
    out.clear();
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).isNull() ? -1 : q.value(3).toInt()});
    return true;
}

} // namespace sb
