#pragma once

#include "storage/database.h"
#include "util/clock.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace sb {

enum class BulkKind { Dispatch, Reassign, Urge, Priority, Close };

struct BulkTarget {
    qint64 id = 0;
    qint64 version = 0; // the version the user saw: a ticket changed since is refused
};

struct BulkResult {
    qint64 ticketId = 0;
    bool ok = false;
    QString message; // why it was refused, or what was done
};

// Applies one action to many tickets, each in its own transaction, and says per ticket what
// succeeded and what was refused and why. Dispatch, urge and close go through the workflow
// (state, permission, fields); reassign and priority through TicketEdits. On PostgreSQL the
// server checks every one again (sb_workflow_apply, sb_ticket_edit), whatever this class let by.
class BulkActions {
    Q_DECLARE_TR_FUNCTIONS(BulkActions)
public:
    // `displayZone`: times in messages ("changed by … at …"), the workstation's zone.
    BulkActions(Database &db, const Workflow &workflow, const Clock &clock,
                QTimeZone displayZone = QTimeZone::systemTimeZone());

    // `fields`: the action's fields (dispatch, urge), {"handler_id": n} for reassign,
    // {"priority": n} for priority; `note` goes on every event.
    QList<BulkResult> run(BulkKind kind, const QList<BulkTarget> &targets, qint64 actorId,
                          const WorkflowPermissions &permissions, const QJsonObject &fields,
                          const QString &note);

    // The permission a kind needs besides tickets.bulk.
    static QString permissionFor(BulkKind kind);

private:
    BulkResult one(BulkKind kind, const BulkTarget &target, qint64 actorId,
                   const WorkflowPermissions &permissions, const QJsonObject &fields,
                   const QString &note);
    Database &m_db;
    const Workflow &m_workflow;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace sb
