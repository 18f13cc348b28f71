#pragma once

#include "storage/database.h"
#include "util/clock.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace sb {

struct ActionOutcome {
    qint64 ticketId = 0;
    QString fromState;
    QString toState;
    qint64 version = 0;        // the ticket's version after the action
    qint64 eventId = 0;        // the ticket_events row written
    qint64 appealTicketId = 0; // the new appeal, for the "appeal" effect
};

// Applies workflow actions to stored tickets. Each action is ONE transaction: the ticket row
// is updated only if its state and version are still the ones the user saw (optimistic
// concurrency), and a ticket_events row records actor, time, from/to state, note and the
// fields as JSON. Time comes from the Clock.
class TicketWorkflow {
    Q_DECLARE_TR_FUNCTIONS(TicketWorkflow)
public:
    enum class Failure { None, NotFound, Refused, Conflict, Database };

    // `displayZone` is used for times in messages ("changed by … at 2025-10-09 14:03:00").
    TicketWorkflow(Database &db, const Workflow &workflow, const Clock &clock,
                   QTimeZone displayZone = QTimeZone::systemTimeZone());

    bool load(qint64 ticketId, TicketSnapshot &out, QString &error);

    // `expectedVersion` is the tickets.version the user's form was filled from. On failure
    // `error` says why and failure() tells the kind; nothing is written.
    bool apply(qint64 ticketId, qint64 expectedVersion, qint64 actorId,
               const WorkflowPermissions &permissions, const ActionRequest &request,
               ActionOutcome &outcome, QString &error);

    Failure failure() const { return m_failure; }

    // The sentence for a ticket changed by someone else: names the actor and time of its
    // latest event.
    QString conflictMessage(qint64 ticketId);

private:
    bool applyOnServer(QSqlQuery &q, const TicketSnapshot &before, qint64 actorId,
                       const WorkflowAction &action, const ActionRequest &request,
                       ActionOutcome &outcome, QString &error);
    bool applyInTransaction(const TicketSnapshot &before, qint64 actorId,
                            const WorkflowAction &action, const ActionRequest &request,
                            ActionOutcome &outcome, QString &error);

    Database &m_db;
    const Workflow &m_workflow;
    const Clock &m_clock;
    QTimeZone m_zone;
    Failure m_failure = Failure::None;
};

} // namespace sb
