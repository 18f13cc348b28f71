#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>

#include <vector>

namespace sb {

// Growth of one problem type (docs/spec/DOMAIN.md §3, warning system): complaints in the last hour
// against the same hour yesterday and the same hour a week ago.
struct TypeTrend {
    int type = -1;
    int lastHour = 0;
    int yesterday = 0;
    int lastWeek = 0;
    double growthDay = 0.0;  // (lastHour − yesterday) / max(yesterday, 1)
    double growthWeek = 0.0; // (lastHour − lastWeek) / max(lastWeek, 1)
    bool fastest = false;
};

// Trends for every known problem type at `nowMs`, fastest-growing first. The `flagCount`
// fastest with positive growth against yesterday and at least `minCount` complaints in the
// last hour are flagged.
bool computeTrends(Database &db, qint64 nowMs, int flagCount, int minCount, QList<TypeTrend> &out,
                   QString &error);
// The ranking and flagging part of computeTrends, on counts already known.
void rankTrends(QList<TypeTrend> &trends, int flagCount, int minCount);

// Complaints of one type per channel and bucket, for the stacked channel chart.
struct ChannelBreakdown {
    qint64 startMs = 0;
    qint64 bucketMs = 0;
    int buckets = 0;
    QStringList channels;               // channel keys with at least one complaint
    std::vector<std::vector<int>> rows; // [channel][bucket]
};
bool loadChannelBreakdown(Database &db, const QString &problemType, qint64 fromMs, qint64 toMs,
                          qint64 bucketMs, ChannelBreakdown &out, QString &error);

// Incident events (opened, regraded, resolved …) of one type, for markers on the time axis.
struct IncidentMarker {
    qint64 atMs = 0;
    qint64 incidentId = 0;
    QString event;
    int grade = -1;
};
bool loadIncidentMarkers(Database &db, const QString &problemType, qint64 fromMs, qint64 toMs,
                         QList<IncidentMarker> &out, QString &error);

} // namespace sb
