#pragma once

#include "grading/engine.h"

#include <QCoreApplication>
#include <QString>

namespace sb {

class Database;

// Writes incident events from the engine into the shared database so that every
// workstation may run the engine on the same complaints and the database still holds one
// incident per problem type (unique index incidents_one_open) whose grade only rises:
//  - opened/regraded: insert the open incident if there is none (ON CONFLICT ... DO
//    NOTHING on the partial unique index), then raise its grade with
//    UPDATE ... SET grade = ? WHERE ... AND grade < ? — a late or repeated write of a lower
//    grade changes nothing; incidents.rule_set_version is the version of the rule set that
//    gave the current grade (set on insert and on every raise);
//  - closed: resolve the open incident if it opened no later than the event;
//  - an incident_events row is appended only by the writer that actually created, raised or
//    closed the incident, so repeating an event is a no-op.
// Each apply() is one transaction. Portable SQL for SQLite (>= 3.35) and PostgreSQL.
class IncidentStore {
    Q_DECLARE_TR_FUNCTIONS(sb::IncidentStore)

public:
    struct Result {
        qint64 incidentId = 0; // 0 when a close found nothing open
        bool created = false;
        bool raised = false;
        bool closed = false;
    };

    IncidentStore(Database &db, const RuleSet &rules)
        : m_db(db)
        , m_rules(rules) {}

    // A person opening an incident by hand (grading with no open incident): the incident's
    // trigger is "manual" and its "opened" event carries the person.
    void setManualActor(qint64 actorId) { m_manualActor = actorId; }

    bool apply(const IncidentEvent &event, Result &result, QString &error);
    // The same inside a transaction the caller already holds on this connection.
    bool applyInTransaction(const IncidentEvent &event, Result &result, QString &error);

private:
    bool upsert(const IncidentEvent &e, Result &r, QString &error);
    bool close(const IncidentEvent &e, Result &r, QString &error);
    bool appendEvent(qint64 incidentId, const IncidentEvent &e, const QString &kind, int fromGrade,
                     QString &error);

    Database &m_db;
    const RuleSet &m_rules;
    qint64 m_manualActor = 0;
};

} // namespace sb
