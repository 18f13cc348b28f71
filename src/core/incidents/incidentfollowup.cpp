#include "incidents/incidentfollowup.h"

#include "messaging/messagingaudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

IncidentFollowUp::IncidentFollowUp(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool IncidentFollowUp::addEvent(qint64 incidentId, qint64 at, const QString &event,
                                const QVariant &grade, qint64 actorId, const QString &note,
                                const QJsonObject &data, QString &error) {
    return m_db.exec(
        QStringLiteral("INSERT INTO incident_events (incident_id, at, event, grade, actor_id, "
                       "note, data) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {incidentId, at, event, grade,
         actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()), textValue(note),
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
        error);
}

bool IncidentFollowUp::audit(qint64 at, qint64 actorId, const QString &action, qint64 incidentId,
                             const QJsonObject &detail, QString &error) {
    return messaging::appendAudit(m_db, at, messaging::actorFor(m_db, actorId), action,
                                  QStringLiteral("incident"), incidentId, detail, error);
}

bool IncidentFollowUp::resolve(qint64 incidentId, const QString &summary, qint64 actorId,
                               QString &error) {
    const QString text = summary.trimmed();
    if (text.isEmpty()) {
        error = tr("Resolve: write a summary of what happened and how it was fixed.");
        return false;
    }
    const qint64 now = m_clock.nowMs();
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("UPDATE incidents SET state = 'resolved', closed_at = ?, "
                                          "summary = ?, version = version + 1 WHERE id = ? AND "
                                          "state = 'open'"),
                           {now, text, incidentId}, err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("Resolve: incident %1 does not exist or is already resolved.")
                          .arg(incidentId);
                return false;
            }
            if (!m_db.exec(q, QStringLiteral("SELECT grade FROM incidents WHERE id = ?"),
                           {incidentId}, err) ||
                !q.next())
                return false;
            const int grade = q.value(0).toInt();
            return addEvent(incidentId, now, QStringLiteral("resolved"), grade, actorId, text, {},
                            err) &&
                   audit(now, actorId, QStringLiteral("incident.resolve"), incidentId, {}, err);
        },
        error);
}

bool IncidentFollowUp::postGrade(qint64 incidentId, const PostIncidentFacts &f,
                                 const PostGradeTable &table, qint64 actorId, Grade &result,
                                 QString &error) {
    if (f.outageMinutes < 0 || f.complaints < 0 || f.lossMoney < 0 || f.usersAffected < 0) {
        error = tr("Post-incident grade: outage, complaints, loss and users cannot be negative.");
        return false;
    }
    QStringList decidedBy;
    const Grade g = table.grade(f, &decidedBy);
    const qint64 now = m_clock.nowMs();
    const bool ok = m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q, QStringLiteral("SELECT state FROM incidents WHERE id = ?"),
                           {incidentId}, err))
                return false;
            if (!q.next()) {
                err =
                    tr("Post-incident grade: there is no incident with the id %1.").arg(incidentId);
                return false;
            }
            if (q.value(0).toString() != QLatin1StringView("resolved")) {
                err = tr("Post-incident grade: incident %1 is still open; resolve it first.")
                          .arg(incidentId);
                return false;
            }
            if (!m_db.exec(QStringLiteral("UPDATE incidents SET post_grade = ?, version = "
                                          "version + 1 WHERE id = ?"),
                           {static_cast<int>(g), incidentId}, err))
                return false;
            const QJsonObject data{
                {QStringLiteral("outage_minutes"), f.outageMinutes},
                {QStringLiteral("complaints"), f.complaints},
                {QStringLiteral("loss_money"), f.lossMoney},
                {QStringLiteral("users_affected"), f.usersAffected},
                {QStringLiteral("decided_by"), QJsonArray::fromStringList(decidedBy)},
                {QStringLiteral("table"), QJsonDocument::fromJson(table.toJson()).object()}};
            return addEvent(incidentId, now, QStringLiteral("post_graded"), static_cast<int>(g),
                            actorId, decidedBy.join(QStringLiteral(", ")), data, err) &&
                   audit(now, actorId, QStringLiteral("incident.post_grade"), incidentId, data,
                         err);
        },
        error);
    if (ok)
        result = g;
    return ok;
}

bool IncidentFollowUp::saveKnowledge(qint64 incidentId, const QString &title, const QString &body,
                                     qint64 actorId, qint64 &entryId, QString &error) {
    if (title.trimmed().isEmpty()) {
        error = tr("Knowledge base: the entry needs a title.");
        return false;
    }
    const qint64 now = m_clock.nowMs();
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("SELECT COALESCE(known_issue_id, 0) FROM incidents "
                                          "WHERE id = ?"),
                           {incidentId}, err))
                return false;
            if (!q.next()) {
                err = tr("Knowledge base: there is no incident with the id %1.").arg(incidentId);
                return false;
            }
            entryId = q.value(0).toLongLong();
            QString event;
            if (entryId > 0) {
                if (!m_db.exec(QStringLiteral("UPDATE kb_articles SET title = ?, body = ?, "
                                              "updated_at = ? WHERE id = ?"),
                               {title.trimmed(), textValue(body), now, entryId}, err))
                    return false;
                event = QStringLiteral("kb_updated");
            } else {
                if (!m_db.exec(q,
                               QStringLiteral("INSERT INTO kb_articles (kind, title, body, "
                                              "created_at, updated_at) VALUES ('known_issue', ?, "
                                              "?, ?, ?) RETURNING id"),
                               {title.trimmed(), textValue(body), now, now}, err) ||
                    !q.next())
                    return false;
                entryId = q.value(0).toLongLong();
                if (!m_db.exec(QStringLiteral("UPDATE incidents SET known_issue_id = ?, version = "
                                              "version + 1 WHERE id = ?"),
                               {entryId, incidentId}, err))
                    return false;
                event = QStringLiteral("kb_created");
            }
            const QJsonObject data{{QStringLiteral("kb_id"), entryId}};
            return addEvent(incidentId, now, event, QVariant(QMetaType::fromType<int>()), actorId,
                            title.trimmed(), data, err) &&
                   audit(now, actorId, QStringLiteral("incident.") + event, incidentId, data, err);
        },
        error);
}

} // namespace sb
