#pragma once

#include "incidents/postgradetable.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

namespace sb {

// What happens to an incident after grading (docs/spec/DOMAIN.md §3): resolve with a summary, give
// the post-incident grade, keep the knowledge-base entry up to date. Each call is one transaction
// that also appends the incident_events row (resolved, post_graded, kb_updated / kb_created)
// with the actor, and an audit_log row.
class IncidentFollowUp {
    Q_DECLARE_TR_FUNCTIONS(sb::IncidentFollowUp)
public:
    IncidentFollowUp(Database &db, const Clock &clock);

    // state 'resolved', closed_at now, summary. Fails when already resolved or the summary is
    // empty.
    bool resolve(qint64 incidentId, const QString &summary, qint64 actorId, QString &error);

    // Grades a resolved incident from the facts against `table`; stores incidents.post_grade
    // and an event with the facts and the measures that decided. Giving it again replaces it.
    bool postGrade(qint64 incidentId, const PostIncidentFacts &facts, const PostGradeTable &table,
                   qint64 actorId, Grade &result, QString &error);

    // Updates the body (and title) of the incident's linked knowledge-base entry, or, when it
    // has none, creates a known-issue entry and links it. `entryId` gets the entry's id.
    bool saveKnowledge(qint64 incidentId, const QString &title, const QString &body, qint64 actorId,
                       qint64 &entryId, QString &error);

private:
    bool addEvent(qint64 incidentId, qint64 at, const QString &event, const QVariant &grade,
                  qint64 actorId, const QString &note, const QJsonObject &data, QString &error);
    bool audit(qint64 at, qint64 actorId, const QString &action, qint64 incidentId,
               const QJsonObject &detail, QString &error);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb
