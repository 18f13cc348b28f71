#pragma once

#include "reports/reportwindow.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

#include <optional>

namespace sb::reportsql {

// Helpers the report sections share: ticket id lists for drills, (key, count) rows, and the
// JSON of UTC instants. Every statement binds its values; column names come from fixed lists.

// One row of a ranked list: a stable key (or a reason as given) and how many tickets.
struct KeyCount {
    QString key;
    qint64 count = 0;
    friend bool operator==(const KeyCount &, const KeyCount &) = default;
};

// Runs `sql`, a SELECT whose only column is a ticket id, as
// "SELECT DISTINCT id FROM (sql) ORDER BY id LIMIT limit + 1": `out` gets at most `limit`
// ids, `truncated` tells whether there were more.
bool ticketIds(const Database &db, const QString &sql, const QVariantList &values, int limit,
               QList<qint64> &out, bool &truncated, QString &error);

// Runs `sql` whose rows are (text key, integer count).
bool keyCounts(const Database &db, const QString &sql, const QVariantList &values,
               QList<KeyCount> &out, QString &error);

// The tickets column a dimension key names ("problem_type", "category", "channel",
// "customer_tier", "region"); nullopt for any other key.
std::optional<QString> ticketColumn(const QString &dimension);

// The ids of the tickets received in [startMs, endMs) whose `dimension` is `value`.
bool receivedIds(const Database &db, const QString &dimension, const QString &value, qint64 startMs,
                 qint64 endMs, int limit, QList<qint64> &out, bool &truncated, QString &error);

// The error for a drill a section does not have (context ReportSections).
QString unknownDrill(const ReportDrill &d);

// [{"key": …, "count": …}] under the given name for the key.
QJsonArray toJson(const QList<KeyCount> &rows, const QString &keyName);
// An instant as ISO 8601 in UTC ("2026-12-04T00:00:00Z"), as every section writes them.
QString isoUtc(qint64 ms);

} // namespace sb::reportsql
