#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace sb::demo {

// One line of a seeded ticket's timeline, as the workflow would have written it.
struct TimelineStep {
    qint64 at = 0;
    qint64 actorId = 0;
    QString action;
    QString fromState;
    QString toState;
    QString data; // compact JSON of the action's fields
};

// What a seeded ticket went through to reach `state` (docs/spec/DOMAIN.md §2: reviewed as valid,
// dispatched to the handler's team, accepted and answered, replied, revisited, closed), with
// believable gaps that all end before `nowMs`. `score` (1–5) is the revisit's score for
// revisited and closed tickets. A registered ticket has no steps.
struct TicketHistory {
    qint64 receivedAt = 0;
    qint64 nowMs = 0;
    QString state;
    qint64 reviewerId = 0;
    qint64 handlerId = 0;
    qint64 teamId = 0;
    int score = 0;
};

QList<TimelineStep> timelineFor(const TicketHistory &t, QRandomGenerator &rng);

} // namespace sb::demo
