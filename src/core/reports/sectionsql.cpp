#include "reports/sectionsql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace sb::reportsql {

QString unknownDrill(const ReportDrill &d) {
    QStringList what{d.measure};
    if (!d.dimension.isEmpty())
        what << d.dimension + QLatin1Char('=') + d.value;
    return QCoreApplication::translate("ReportSections",
                                       "The report cannot open the tickets of \"%1\" in section "
                                       "\"%2\".")
        .arg(what.join(QLatin1Char(' ')), d.section);
}
bool ticketIds(const Database &db, const QString &sql, const QVariantList &values, int limit,
               QList<qint64> &out, bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    const int cap = qMax(0, limit);
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    QVariantList all = values;
    all.append(qint64(cap) + 1);
    if (!db.exec(q,
                 QStringLiteral("SELECT DISTINCT d.id FROM (") + sql +
                     QStringLiteral(") d ORDER BY d.id LIMIT ?"),
                 all, error))
        return false;
    while (q.next()) {
        if (out.size() == cap) {
            truncated = true;
            break;
        }
        out.append(q.value(0).toLongLong());
    }
    return true;
}

bool keyCounts(const Database &db, const QString &sql, const QVariantList &values,
               QList<KeyCount> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q, sql, values, error))
        return false;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return true;
}

std::optional<QString> ticketColumn(const QString &dimension) {
    static const QStringList columns{QStringLiteral("problem_type"), QStringLiteral("category"),
                                     QStringLiteral("channel"), QStringLiteral("customer_tier"),
                                     QStringLiteral("region")};
    if (!columns.contains(dimension))
        return std::nullopt;
    return QStringLiteral("t.") + dimension;
}

bool receivedIds(const Database &db, const QString &dimension, const QString &value, qint64 startMs,
                 qint64 endMs, int limit, QList<qint64> &out, bool &truncated, QString &error) {
    const auto column = ticketColumn(dimension);
    if (!column) {
        error = unknownDrill({QString(), QString(), dimension, QString(), 0, 0});
        return false;
    }
    return ticketIds(db,
                     QStringLiteral("SELECT t.id FROM tickets t WHERE t.received_at >= ? AND "
                                    "t.received_at < ? AND %1 = ?")
                         .arg(*column),
                     {startMs, endMs, value}, limit, out, truncated, error);
}

QJsonArray toJson(const QList<KeyCount> &rows, const QString &keyName) {
    QJsonArray a;
    for (const KeyCount &r : rows)
        a.append(QJsonObject{{keyName, r.key}, {QStringLiteral("count"), r.count}});
    return a;
}

QString isoUtc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace sb::reportsql
