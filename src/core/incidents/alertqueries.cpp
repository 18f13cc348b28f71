#include "incidents/alertqueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
// Ids per statement: far below the bound-parameter limits of SQLite and PostgreSQL.
constexpr qsizetype kChunk = 500;

QString placeholders(qsizetype n) {
    QString marks;
    for (qsizetype i = 0; i < n; ++i)
        marks += i ? QStringLiteral(",?") : QStringLiteral("?");
    return marks;
}

QVariantList values(const QList<qint64> &ids, qsizetype from, qsizetype n) {
    QVariantList out;
    out.reserve(n);
    for (qsizetype i = from; i < from + n; ++i)
        out.append(ids.at(i));
    return out;
}

Grade toGrade(const QVariant &v) {
    return static_cast<Grade>(std::clamp(v.toInt(), 0, 3));
}
} // namespace

IncidentAlertQueries::IncidentAlertQueries(const Database &db)
    : m_db(db) {
}

bool IncidentAlertQueries::openGrades(QHash<qint64, Grade> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT id, grade FROM incidents WHERE state = 'open'"), {},
                   error))
        return false;
    while (q.next())
        out.insert(q.value(0).toLongLong(), toGrade(q.value(1)));
    return true;
}

bool IncidentAlertQueries::touched(const QList<qint64> &incidentIds, const QList<qint64> &eventIds,
                                   QList<IncidentAlertState> &out, QString &error) const {
    out.clear();
    QList<qint64> ids = incidentIds;
    QSqlQuery q(m_db.db());
    for (qsizetype from = 0; from < eventIds.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, eventIds.size() - from);
        if (!m_db.exec(q,
                       QStringLiteral("SELECT DISTINCT incident_id FROM incident_events "
                                      "WHERE id IN (") +
                           placeholders(n) + QLatin1Char(')'),
                       values(eventIds, from, n), error))
            return false;
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Sorted ids in ascending chunks keep the rows in id order across statements.
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - from);
        if (!m_db.exec(q,
                       QStringLiteral("SELECT i.id, i.problem_type, i.class, i.state, i.grade, "
                                      "i.opened_at, (SELECT e.data FROM incident_events e WHERE "
                                      "e.incident_id = i.id ORDER BY e.id DESC LIMIT 1), "
                                      "(SELECT e.at FROM incident_events e WHERE e.incident_id = "
                                      "i.id ORDER BY e.id DESC LIMIT 1) FROM incidents i WHERE "
                                      "i.id IN (") +
                           placeholders(n) + QStringLiteral(") ORDER BY i.id"),
                       values(ids, from, n), error))
            return false;
        while (q.next()) {
            IncidentAlertState s;
            s.id = q.value(0).toLongLong();
            s.problemType = q.value(1).toString();
            s.problemClass = q.value(2).toString();
            s.open = q.value(3).toString() == QLatin1StringView("open");
            s.grade = toGrade(q.value(4));
            s.atMs = q.value(7).isNull() ? q.value(5).toLongLong() : q.value(7).toLongLong();
            const QJsonObject counts = QJsonDocument::fromJson(q.value(6).toString().toUtf8())
                                           .object()
                                           .value(QStringLiteral("counts"))
                                           .toObject();
            s.counts.normal30 = counts.value(QStringLiteral("normal_30m")).toInt();
            s.counts.vip30 = counts.value(QStringLiteral("vip_30m")).toInt();
            s.counts.normal60 = counts.value(QStringLiteral("normal_60m")).toInt();
            s.counts.vip60 = counts.value(QStringLiteral("vip_60m")).toInt();
            out.append(s);
        }
    }
    return true;
}

} // namespace sb
