#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace sb {

// A count of one stable key ("phone", "login_failure" …).
struct KeyCount {
    QString key;
    qint64 count = 0;
    friend bool operator==(const KeyCount &, const KeyCount &) = default;
};

// One point of a series: the bucket [startMs, endMs) and its count.
struct SeriesPoint {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 count = 0;
};

// Mean, median and 90th percentile of a set of durations in milliseconds. The median of an
// even count is the mean of the two middle values; p90 is the nearest-rank value (the
// ⌈0.9·n⌉-th smallest). All empty when there is no duration.
struct DurationStats {
    qint64 count = 0;
    std::optional<double> meanMs;
    std::optional<double> medianMs;
    std::optional<double> p90Ms;

    static DurationStats of(QList<qint64> durations);
    // {"count", "mean", "median", "p90"} in seconds (null when empty).
    QJsonObject toJson() const;
};

// Helpers the sections share.
class ReportFigures {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportFigures)
public:
    // A JSON object {key: count} of the list.
    static QJsonObject countsJson(const QList<KeyCount> &counts);
    // An instant as ISO 8601 local date-time with the zone's offset.
    static QString isoText(qint64 ms, const QTimeZone &zone);
    // Sorts by count descending, then key.
    static void sortCounts(QList<KeyCount> &counts);
    // Runs `sql` (one column: ticket ids, ordered) with `values` and keeps at most `limit`
    // ids in `out`; `truncated` tells whether there were more.
    static bool ids(Database &db, const QString &sql, const QVariantList &values, int limit,
                    QList<qint64> &out, bool &truncated, QString &error);
    // The newest change_log row: the data a report reads is complete up to it. Both 0 when
    // the log is empty.
    static bool dataCutoff(Database &db, qint64 &seq, qint64 &atMs, QString &error);
    // The ticket column of a drill dimension, from a fixed list; empty for an unknown one.
    static QString ticketColumn(const QString &dimension);
};

} // namespace sb
