#include "tickets/bulkactions.h"
#include "security/permissions.h"

#include "tickets/ticketedits.h"
#include "workflow/ticketworkflow.h"

namespace sb {

BulkActions::BulkActions(Database &db, const Workflow &workflow, const Clock &clock,
                         QTimeZone displayZone)
    : m_db(db)
    , m_workflow(workflow)
    , m_clock(clock)
    , m_zone(std::move(displayZone)) {
}

QString BulkActions::permissionFor(BulkKind kind) {
    switch (kind) {
    case BulkKind::Dispatch:
        return perm::TicketsDispatch;
    case BulkKind::Reassign:
        return TicketEdits::permissionFor(TicketEdits::Edit::Reassign);
    case BulkKind::Urge:
        return perm::TicketsUrge;
    case BulkKind::Priority:
        return TicketEdits::permissionFor(TicketEdits::Edit::Priority);
    case BulkKind::Close:
        return perm::TicketsClose;
    }
    return perm::TicketsBulk;
}

QList<BulkResult> BulkActions::run(BulkKind kind, const QList<BulkTarget> &targets, qint64 actorId,
                                   const WorkflowPermissions &permissions,
                                   const QJsonObject &fields, const QString &note) {
    QList<BulkResult> out;
    out.reserve(targets.size());
    for (const BulkTarget &t : targets)
        out.append(one(kind, t, actorId, permissions, fields, note));
    return out;
}

BulkResult BulkActions::one(BulkKind kind, const BulkTarget &target, qint64 actorId,
                            const WorkflowPermissions &permissions, const QJsonObject &fields,
                            const QString &note) {
    BulkResult r;
    r.ticketId = target.id;
    QString error;
    if (!Workflow::holds(permissions, perm::TicketsBulk)) {
        r.message = tr("Refused: bulk actions need the permission tickets.bulk.");
        return r;
    }
    if (kind == BulkKind::Reassign || kind == BulkKind::Priority) {
        const QString needed = permissionFor(kind);
        if (!Workflow::holds(permissions, needed)) {
            r.message = tr("Refused: needs the permission %1.").arg(needed);
            return r;
        }
        TicketEdits edits(m_db, m_clock);
        TicketWorkflow names(m_db, m_workflow, m_clock, m_zone);
        const bool ok =
            kind == BulkKind::Reassign
                ? edits.reassign(target.id, target.version, actorId,
                                 qint64(fields.value(QStringLiteral("handler_id")).toDouble()),
                                 error, note)
                : edits.setPriority(target.id, target.version, actorId,
                                    fields.value(QStringLiteral("priority")).toInt(), error, note);
        r.ok = ok;
        if (!ok && edits.failure() == TicketEdits::Failure::Conflict)
            error = names.conflictMessage(target.id);
        r.message = ok ? tr("Done.") : error;
        return r;
    }
    TicketWorkflow flow(m_db, m_workflow, m_clock, m_zone);
    TicketSnapshot snap;
    if (!flow.load(target.id, snap, error)) {
        r.message = error;
        return r;
    }
    ActionRequest request;
    request.note = note;
    request.fields = fields;
    switch (kind) {
    case BulkKind::Dispatch:
        request.action = QStringLiteral("dispatch");
        break;
    case BulkKind::Urge:
        request.action = QStringLiteral("urge");
        break;
    case BulkKind::Close: {
        // The closing step of the ticket's state: close, close_satisfied …
        const QList<WorkflowAction> actions =
            m_workflow.allowedActions(snap.kind, snap.state, {QStringLiteral("*")});
        for (const WorkflowAction &a : actions) {
            if (a.key == QLatin1String("close") || a.key.startsWith(QLatin1String("close_"))) {
                request.action = a.key;
                break;
            }
        }
        request.fields = {};
        if (request.action.isEmpty()) {
            r.message = tr("Refused: a ticket in state \"%1\" cannot be closed.").arg(snap.state);
            return r;
        }
        break;
    }
    default:
        break;
    }
    ActionOutcome outcome;
    r.ok = flow.apply(target.id, target.version, actorId, permissions, request, outcome, error);
    r.message = r.ok ? tr("Done.") : error;
    return r;
}

} // namespace sb
