#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>

namespace sb {

// The time a report section reads: the half-open interval [startMs, endMs) of UTC
// milliseconds, which the report's period (hour, day, ISO week, month or any range) gives in
// the business calendar's zone. `buckets` splits it for series (hours or days as the zone
// counts them: a DST day has 23 or 25 hourly buckets); `earlier` holds the periods before it,
// nearest first, for sections that compare (previous period, growth, recurring), and
// `yearEarlier` the same period a year before (an empty window when there is none).
struct ReportWindow {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QTimeZone zone;
    QList<ReportWindow> buckets;
    QList<ReportWindow> earlier;
    qint64 yearEarlierStartMs = 0;
    qint64 yearEarlierEndMs = 0;

    bool isEmpty() const { return endMs <= startMs; }
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
};

// What a figure of a report counts, so that a click on it opens exactly the tickets behind
// it: the section's key ("volume" …), the measure within it ("total", "breached" …) and, for
// a figure of one group, the dimension ("channel" …) and its stable key ("phone" …). The
// window is the report's (or, for a series point, the bucket's).
struct ReportDrill {
    QString section;
    QString measure;
    QString dimension; // empty: the section's total
    QString value;
    qint64 startMs = 0;
    qint64 endMs = 0;

    friend bool operator==(const ReportDrill &, const ReportDrill &) = default;
};

} // namespace sb
