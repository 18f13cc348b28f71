#include "reports/incidentssection.h"

#include "domain/types.h"
#include "reports/sectionsql.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace sb {

namespace {

// Incidents open at some time in [?, ?): binds end, start.
const QString kOverlaps =
    QStringLiteral("i.opened_at < ? AND (i.closed_at IS NULL OR i.closed_at >= ?)");

QString gradeName(int grade) {
    return gradeKey(Grade(qBound(0, grade, 3)));
}

} // namespace

bool IncidentsSection::load(Database &db, const ReportWindow &w, const ReportSettings &,
                            IncidentsFigures &out, QString &error) {
    out = {};
    for (int g = 0; g <= 3; ++g)
        out.byGrade.insert(g, {});
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral("SELECT i.id, i.problem_type, i.grade, i.opened_at, i.closed_at, "
                                "i.owner_id, COALESCE(s.name, ''), i.post_grade, (SELECT "
                                "COUNT(*) FROM tickets t WHERE t.incident_id = i.id) FROM "
                                "incidents i LEFT JOIN staff s ON s.id = i.owner_id WHERE ") +
                     kOverlaps + QStringLiteral(" ORDER BY i.grade DESC, i.opened_at, i.id"),
                 {w.endMs, w.startMs}, error))
        return false;
    while (q.next()) {
        IncidentRow r;
        r.id = q.value(0).toLongLong();
        r.problemType = q.value(1).toString();
        r.grade = qBound(0, q.value(2).toInt(), 3);
        r.openedAt = q.value(3).toLongLong();
        r.closedAt = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        r.durationMs = (r.closedAt > 0 ? r.closedAt : w.endMs) - r.openedAt;
        r.ownerId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        r.ownerName = q.value(6).toString();
        if (!q.value(7).isNull())
            r.postGrade = q.value(7).toInt();
        r.complaints = q.value(8).toLongLong();
        IncidentGradeTotals &t = out.byGrade[r.grade];
        t.incidents++;
        t.complaints += r.complaints;
        t.durationMs += r.durationMs;
        out.incidents.append(r);
    }
    return true;
}

QJsonObject IncidentsSection::toJson(const IncidentsFigures &f) {
    QJsonObject byGrade;
    for (auto it = f.byGrade.cbegin(); it != f.byGrade.cend(); ++it)
        byGrade.insert(gradeName(it.key()),
                       QJsonObject{{QStringLiteral("incidents"), it->incidents},
                                   {QStringLiteral("complaints"), it->complaints},
                                   {QStringLiteral("duration_ms"), it->durationMs}});
    QJsonArray list;
    for (const IncidentRow &r : f.incidents)
        list.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("problem_type"), r.problemType},
            {QStringLiteral("grade"), gradeName(r.grade)},
            {QStringLiteral("opened_at"), reportsql::isoUtc(r.openedAt)},
            {QStringLiteral("closed_at"),
             r.closedAt > 0 ? QJsonValue(reportsql::isoUtc(r.closedAt)) : QJsonValue()},
            {QStringLiteral("duration_ms"), r.durationMs},
            {QStringLiteral("complaints"), r.complaints},
            {QStringLiteral("owner_id"), r.ownerId > 0 ? QJsonValue(r.ownerId) : QJsonValue()},
            {QStringLiteral("owner"), r.ownerName},
            {QStringLiteral("post_grade"),
             r.postGrade ? QJsonValue(gradeName(*r.postGrade)) : QJsonValue()}});
    return {{QStringLiteral("total"), qint64(f.incidents.size())},
            {QStringLiteral("by_grade"), byGrade},
            {QStringLiteral("incidents"), list}};
}

bool IncidentsSection::ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                                 bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    if (d.measure != QLatin1StringView("complaints")) {
        error = reportsql::unknownDrill(d);
        return false;
    }
    const QString base = QStringLiteral("SELECT t.id AS id FROM tickets t JOIN incidents i ON "
                                        "i.id = t.incident_id WHERE ");
    if (d.dimension == QLatin1StringView("incident"))
        return reportsql::ticketIds(db, base + QStringLiteral("i.id = ?"), {d.value.toLongLong()},
                                    limit, out, truncated, error);
    if (d.dimension == QLatin1StringView("grade")) {
        const auto grade = gradeFromKey(d.value);
        if (!grade) {
            error = reportsql::unknownDrill(d);
            return false;
        }
        return reportsql::ticketIds(db, base + kOverlaps + QStringLiteral(" AND i.grade = ?"),
                                    {d.endMs, d.startMs, int(*grade)}, limit, out, truncated,
                                    error);
    }
    if (d.dimension.isEmpty())
        return reportsql::ticketIds(db, base + kOverlaps, {d.endMs, d.startMs}, limit, out,
                                    truncated, error);
    error = reportsql::unknownDrill(d);
    return false;
}

} // namespace sb
