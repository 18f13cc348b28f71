#include "reports/satisfactionsection.h"

#include "storage/dialect.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace sb {

namespace {

// The tickets whose latest revisit in [?, ?) it is, with that score (columns ticket_id,
// score); binds start, end, start, end.
QString scoredSql(Dialect d) {
    return QStringLiteral(
               "SELECT e.ticket_id AS ticket_id, CAST(%1 AS INTEGER) AS score FROM ticket_events "
               "e JOIN tickets t ON t.id = e.ticket_id WHERE e.action = 'revisit' AND e.at >= ? "
               "AND e.at < ? AND NOT EXISTS (SELECT 1 FROM ticket_events l WHERE l.ticket_id = "
               "e.ticket_id AND l.action = 'revisit' AND l.at >= ? AND l.at < ? AND (l.at > e.at "
               "OR (l.at = e.at AND l.id > e.id)))")
        .arg(dialect::jsonMember(d, QLatin1StringView("e.data"), QLatin1StringView("score")));
}

QVariantList window(qint64 start, qint64 end) {
    return {start, end, start, end};
}

// The scores 1..5 of the revisits in [start, end): the reason of the latest
// close_unsatisfied step beside each (columns ticket_id, score, reason).
QString reasonsSql(Dialect d) {
    return QStringLiteral("SELECT s.ticket_id AS ticket_id, COALESCE(TRIM((SELECT %1 FROM "
                          "ticket_events c WHERE c.ticket_id = s.ticket_id AND c.action = "
                          "'close_unsatisfied' ORDER BY c.at DESC, c.id DESC LIMIT 1)), '') AS "
                          "reason FROM (%2) s WHERE s.score BETWEEN 1 AND 2")
        .arg(dialect::jsonMember(d, QLatin1StringView("c.data"), QLatin1StringView("reason")),
             scoredSql(d));
}

bool loadPoint(Database &db, qint64 start, qint64 end, SatisfactionPoint &p,
               std::array<qint64, 5> *levels, QString &error) {
    p = {start, end, 0, std::nullopt};
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT s.score, COUNT(*) FROM (") + scoredSql(db.dialect()) +
                     QStringLiteral(") s WHERE s.score BETWEEN 1 AND 5 GROUP BY s.score"),
                 window(start, end), error))
        return false;
    qint64 sum = 0;
    while (q.next()) {
        const int score = q.value(0).toInt();
        const qint64 n = q.value(1).toLongLong();
        if (levels)
            (*levels)[score - 1] = n;
        p.responses += n;
        sum += n * score;
    }
    if (p.responses > 0)
        p.mean = double(sum) / double(p.responses);
    return true;
}

} // namespace

bool SatisfactionSection::load(Database &db, const ReportWindow &w, const ReportSettings &s,
                               SatisfactionFigures &out, QString &error) {
    out = {};
    SatisfactionPoint total;
    if (!loadPoint(db, w.startMs, w.endMs, total, &out.byLevel, error))
        return false;
    out.responses = total.responses;
    out.mean = total.mean;
    out.low = out.byLevel[0] + out.byLevel[1];
    for (const ReportWindow &b : w.buckets) {
        SatisfactionPoint p;
        if (!loadPoint(db, b.startMs, b.endMs, p, nullptr, error))
            return false;
        out.trend.append(p);
    }
    QVariantList values = window(w.startMs, w.endMs);
    values.append(qMax(1, s.topLimit));
    return reportsql::keyCounts(
        db,
        QStringLiteral("SELECT r.reason, COUNT(*) FROM (") + reasonsSql(db.dialect()) +
            QStringLiteral(") r GROUP BY r.reason ORDER BY 2 DESC, r.reason LIMIT ?"),
        values, out.lowReasons, error);
}

QJsonObject SatisfactionSection::toJson(const SatisfactionFigures &f) {
    QJsonObject levels;
    for (int i = 0; i < 5; ++i)
        levels.insert(QString::number(i + 1), f.byLevel[size_t(i)]);
    QJsonArray trend;
    for (const SatisfactionPoint &p : f.trend)
        trend.append(
            QJsonObject{{QStringLiteral("start"), reportsql::isoUtc(p.startMs)},
                        {QStringLiteral("end"), reportsql::isoUtc(p.endMs)},
                        {QStringLiteral("responses"), p.responses},
                        {QStringLiteral("mean"), p.mean ? QJsonValue(*p.mean) : QJsonValue()}});
    return {{QStringLiteral("responses"), f.responses},
            {QStringLiteral("mean"), f.mean ? QJsonValue(*f.mean) : QJsonValue()},
            {QStringLiteral("by_level"), levels},
            {QStringLiteral("low"), f.low},
            {QStringLiteral("trend"), trend},
            {QStringLiteral("low_score_reasons"),
             reportsql::toJson(f.lowReasons, QStringLiteral("reason"))}};
}

bool SatisfactionSection::ticketIds(Database &db, const ReportDrill &d, int limit,
                                    QList<qint64> &out, bool &truncated, QString &error) {
    const Dialect dialect = db.dialect();
    const QVariantList w = window(d.startMs, d.endMs);
    if (d.measure == QLatin1StringView("responses"))
        return reportsql::ticketIds(db,
                                    QStringLiteral("SELECT s.ticket_id AS id FROM (") +
                                        scoredSql(dialect) +
                                        QStringLiteral(") s WHERE s.score BETWEEN 1 AND 5"),
                                    w, limit, out, truncated, error);
    if (d.measure == QLatin1StringView("low"))
        return reportsql::ticketIds(db,
                                    QStringLiteral("SELECT s.ticket_id AS id FROM (") +
                                        scoredSql(dialect) +
                                        QStringLiteral(") s WHERE s.score BETWEEN 1 AND 2"),
                                    w, limit, out, truncated, error);
    if (d.measure == QLatin1StringView("level") && d.dimension == QLatin1StringView("score")) {
        QVariantList values = w;
        values.append(d.value.toInt());
        return reportsql::ticketIds(db,
                                    QStringLiteral("SELECT s.ticket_id AS id FROM (") +
                                        scoredSql(dialect) +
                                        QStringLiteral(") s WHERE s.score = ?"),
                                    values, limit, out, truncated, error);
    }
    if (d.measure == QLatin1StringView("low_reason") &&
        d.dimension == QLatin1StringView("reason")) {
        QVariantList values = w;
        values.append(textValue(d.value));
        return reportsql::ticketIds(db,
                                    QStringLiteral("SELECT r.ticket_id AS id FROM (") +
                                        reasonsSql(dialect) +
                                        QStringLiteral(") r WHERE r.reason = ?"),
                                    values, limit, out, truncated, error);
    }
    out.clear();
    truncated = false;
    error = reportsql::unknownDrill(d);
    return false;
}

} // namespace sb
