#pragma once

#include "storage/database.h"
#include "workflow/businesscalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

enum class DeadlineClock { Wall, Working };
enum class DeadlineUnit { Second, Minute, Hour, Day };

// One row of deadline_rules. Matching fields hold a key or "*" for any value.
struct DeadlineRule {
    qint64 id = 0;
    QString ticketKind = QStringLiteral("*");
    QString channel = QStringLiteral("*");
    QString category = QStringLiteral("*");
    QString tier = QStringLiteral("*");
    QString milestone;
    qint64 duration = 0;
    DeadlineUnit unit = DeadlineUnit::Hour;
    // Working + Day = working days; Working + other units = working time; Wall = every hour.
    DeadlineClock clock = DeadlineClock::Wall;
    qint64 warnLeadSeconds = 0; // in the rule's clock
    QString anchorAction;       // empty: counts from received_at
    QStringList metBy;          // the first event of one of these actions meets the milestone
    bool enabled = true;

    // Number of non-wildcard matching fields.
    int specificity() const;
    // Tie-break weight among equally specific rules: channel > category > tier > kind.
    int weight() const;
    qint64 durationMs() const;
};

// What the deadline of a ticket depends on.
struct DeadlineSubject {
    QString kind = QStringLiteral("complaint");
    QString channel;
    QString category;
    QString tier;
    qint64 receivedAt = 0;
    QHash<QString, qint64> firstActionAt; // action key → time of its first event
    QList<TimeSpan> pauses;               // time waiting for the customer
};

struct MilestoneDeadline {
    QString milestone;
    qint64 ruleId = 0;
    DeadlineClock clock = DeadlineClock::Wall;
    qint64 anchorAt = 0;
    qint64 dueAt = 0;
    qint64 warnLeadMs = 0;
    std::optional<qint64> metAt;
};

enum class DeadlineState { Ok, Warning, Overdue, Met, MetLate };

struct DeadlineStatus {
    DeadlineState state = DeadlineState::Ok;
    // Time left in the rule's clock (working time for working rules, pauses excluded);
    // negative by the time past the deadline when overdue; 0 when met.
    qint64 remainingMs = 0;
};

QString deadlineStateKey(DeadlineState s); // ok, warning, overdue, met, met_late

// For each milestone, the most specific enabled rule that matches `subject` (a disabled rule
// that is the most specific switches the milestone off).
QList<DeadlineRule> applicableRules(const QList<DeadlineRule> &rules,
                                    const DeadlineSubject &subject);

// A ticket's deadlines: one per applicable milestone whose anchor has happened, sorted by
// due time. Milestones the calendar cannot place (no working time at all) are left out.
QList<MilestoneDeadline> computeDeadlines(const QList<DeadlineRule> &rules,
                                          const DeadlineSubject &subject,
                                          const BusinessCalendar &calendar);
// The same for rules already chosen by applicableRules() for this subject (one per
// milestone): for code that computes many tickets of few kinds and keeps the choice.
QList<MilestoneDeadline> deadlinesOfRules(const QList<DeadlineRule> &chosen,
                                          const DeadlineSubject &subject,
                                          const BusinessCalendar &calendar);

DeadlineStatus deadlineStatus(const MilestoneDeadline &deadline, qint64 now,
                              const BusinessCalendar &calendar, const QList<TimeSpan> &pauses);

// One ticket_events row as far as deadlines care.
struct TicketEventTimes {
    qint64 at = 0;
    QString action;
    QString toState;
};

// Fills firstActionAt and pauses from a ticket's events (in time order): time spent in a
// state of `pausingStates` is a pause; a pause still open runs until `now`.
void applyEvents(DeadlineSubject &subject, const QList<TicketEventTimes> &events,
                 const QSet<QString> &pausingStates, qint64 now);

class DeadlineRuleStore {
    Q_DECLARE_TR_FUNCTIONS(DeadlineRuleStore)
public:
    static bool load(Database &db, QList<DeadlineRule> &out, QString &error);
    // Inserts (id 0; `rule.id` is set) or updates a rule, with an audit_log row, in one
    // transaction. Refuses a rule whose fields are not valid, naming the field.
    static bool save(Database &db, DeadlineRule &rule, const QString &actor, qint64 nowMs,
                     QString &error);
    static bool remove(Database &db, qint64 id, const QString &actor, qint64 nowMs, QString &error);
    static bool validate(const DeadlineRule &rule, QString &error);
};

} // namespace sb
