#include "incidents/alertacks.h"

#include "security/permissions.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb {

IncidentAlertAcks::IncidentAlertAcks(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool IncidentAlertAcks::acknowledge(qint64 staffId, qint64 incidentId, Grade grade,
                                    QString &error) {
    const int g = static_cast<int>(grade);
    if (m_db.dialect() == Dialect::PostgreSQL) {
        QSqlQuery q(m_db.db());
        return m_db.exec(q, QStringLiteral("SELECT sb_ack_incident_alert(?, ?)"), {incidentId, g},
                         error);
    }
    PermissionSet held;
    if (!PermissionService(m_db).effective(staffId, m_clock.nowMs(), held, error))
        return false;
    if (!held.has(perm::IncidentsConfirm)) {
        error = tr("Refused: acknowledging an alert needs the permission \"%1\".")
                    .arg(perm::IncidentsConfirm);
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q, QStringLiteral("SELECT state, grade FROM incidents WHERE id = ?"),
                           {incidentId}, err))
                return false;
            if (!q.next()) {
                err = tr("Incident #%1 does not exist.").arg(incidentId);
                return false;
            }
            if (q.value(0).toString() != QLatin1StringView("open")) {
                err = tr("Incident #%1 is resolved.").arg(incidentId);
                return false;
            }
            if (q.value(1).toInt() != g) {
                err = tr("Incident #%1 has another grade now.").arg(incidentId);
                return false;
            }
            return m_db.exec(q,
                             QStringLiteral("INSERT INTO incident_alert_acks(incident_id, grade, "
                                            "acked_by, acked_at) VALUES (?, ?, ?, ?) "
                                            "ON CONFLICT (incident_id, grade) DO NOTHING"),
                             {incidentId, g, staffId, m_clock.nowMs()}, err);
        },
        error);
}

bool IncidentAlertAcks::openAlerts(const Database &db, QList<OpenIncidentAlert> &out,
                                   QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral(
                     "SELECT i.id, i.problem_type, i.class, i.grade, i.opened_at, "
                     "COALESCE((SELECT MAX(e.at) FROM incident_events e WHERE e.incident_id = "
                     "i.id), i.opened_at) AS latest, a.acked_by, s.name, a.acked_at "
                     "FROM incidents i LEFT JOIN incident_alert_acks a ON a.incident_id = i.id "
                     "AND a.grade = i.grade LEFT JOIN staff s ON s.id = a.acked_by "
                     "WHERE i.state = 'open' "
                     "ORDER BY CASE WHEN a.acked_at IS NULL THEN 0 ELSE 1 END, i.grade DESC, "
                     "latest DESC, i.id DESC"),
                 {}, error))
        return false;
    while (q.next()) {
        OpenIncidentAlert a;
        a.incidentId = q.value(0).toLongLong();
        a.problemType = q.value(1).toString();
        a.problemClass = q.value(2).toString();
        a.grade = static_cast<Grade>(std::clamp(q.value(3).toInt(), 0, 3));
        a.openedAtMs = q.value(4).toLongLong();
        a.atMs = q.value(5).toLongLong();
        if (!q.value(8).isNull())
            a.ack = IncidentAlertAck{q.value(6).toLongLong(), q.value(7).toString(),
                                     q.value(8).toLongLong()};
        out.append(a);
    }
    return true;
}

} // namespace sb
