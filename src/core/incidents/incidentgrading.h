#pragma once

#include "grading/engine.h"
#include "grading/ruleset.h"
#include "messaging/message.h"
#include "messaging/messagestore.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb {

// What a person decided in the grading wizard (docs/spec/DOMAIN.md §3: confirm → initial grade →
// owner → announce).
struct GradingDecision {
    qint64 incidentId = 0;   // 0: the open incident of problemType, created when none is open
    int expectedVersion = 0; // > 0: refuse when the incident changed since it was read
    QString problemType;

    QString confirmation;    // confirmation::Known, Confirmed or Deferred
    qint64 knownIssueId = 0; // required for Known

    WindowCounts counts;              // the evidence the grade was given on
    double affectedShare = -1;        // 0..1; negative when not known
    Grade ruleGrade = Grade::General; // what the rules give (table grade, never below current)
    Grade grade = Grade::General;     // what the person chose
    QString overrideReason;           // required when grade != ruleGrade
    qint64 ownerId = 0;               // must hold ownerRoleKey(grade)

    bool announce = true;
    QString subject;
    QString notice;
    QString script; // answer script (口径)
    Audience audience = Audience::everyone();
    QList<qint64> webhookTargetIds; // empty: no webhook
};

struct GradingOutcome {
    qint64 incidentId = 0;
    bool created = false;
    qint64 messageId = 0;
    SendReport report;
    QStringList events; // incident_events written, in order
    // Set on failure when the incident changed since it was read (expectedVersion): read it
    // again, let the person look, and apply again.
    bool conflict = false;
};

// Stores a grading decision: the incident (created through IncidentStore when none is open),
// its grade, owner, override reason, confirmation and known issue, one incident_events row per
// step (opened, known_issue/confirmed/deferred, graded/overridden, handed_over, announced)
// and the announcement through MessageStore (message, recipients, webhook outbox), all in one
// transaction: on any failure nothing is stored.
class IncidentGrading {
    Q_DECLARE_TR_FUNCTIONS(sb::IncidentGrading)
public:
    IncidentGrading(Database &db, const Clock &clock, const RuleSet &rules);

    // Checks the decision without the database; `error` names the field.
    static bool validate(const GradingDecision &d, QString &error);
    bool apply(const GradingDecision &d, qint64 actorId, GradingOutcome &out, QString &error);

private:
    bool applyInTransaction(const GradingDecision &d, qint64 actorId, qint64 now,
                            GradingOutcome &out, QString &error);
    bool findOrCreate(const GradingDecision &d, qint64 actorId, qint64 now, GradingOutcome &out,
                      int &grade, qint64 &ownerId, int &version, QString &error);
    bool checkOwner(const GradingDecision &d, QString &ownerName, QString &error) const;
    bool addEvent(qint64 incidentId, qint64 at, const QString &event, const QVariant &fromGrade,
                  const QVariant &grade, qint64 actorId, const QString &note,
                  const QJsonObject &data, QString &error);

    Database &m_db;
    const Clock &m_clock;
    const RuleSet &m_rules;
};

} // namespace sb
