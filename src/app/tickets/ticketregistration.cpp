#include "tickets/ticketregistration.h"
#include "security/permissions.h"

#include "domain/labels.h"
#include "tickets/registerticket.h"

namespace sb::app {

QList<SuggestionType> suggestionTypes() {
    return {
        {QStringLiteral("suggestion_corporate_image"), TicketRegistrar::tr("Corporate image")},
        {QStringLiteral("suggestion_tariffs"), TicketRegistrar::tr("Tariffs")},
        {QStringLiteral("suggestion_business_rules"), TicketRegistrar::tr("Business rules")},
        {QStringLiteral("suggestion_business_development"),
         TicketRegistrar::tr("Business development")},
        {QStringLiteral("suggestion_other"), TicketRegistrar::tr("Other suggestion")},
    };
}

QString ticketTypeLabel(const QString &kind, const QString &key) {
    if (kind == suggestionKind()) {
        for (const SuggestionType &t : suggestionTypes())
            if (t.key == key)
                return t.label;
    }
    return Labels::problemType(key);
}

QString kindLabel(const QString &kind) {
    if (kind == suggestionKind())
        return TicketRegistrar::tr("Suggestion");
    if (kind == complaintKind())
        return TicketRegistrar::tr("Complaint");
    return kind;
}

TicketRegistrar::TicketRegistrar(Database &db, const Workflow &workflow)
    : m_db(db)
    , m_workflow(workflow) {
}

bool TicketRegistrar::registerTicket(const Registration &r, const WorkflowPermissions &permissions,
                                     qint64 actorId, qint64 nowMs, qint64 &ticketId,
                                     QString &error) {
    ticketId = 0;
    if (r.kind != complaintKind() && r.kind != suggestionKind()) {
        error = tr("Kind: \"%1\" is neither complaint nor suggestion.").arg(r.kind);
        return false;
    }
    if (!Workflow::holds(permissions, perm::TicketsRegister)) {
        error = tr("Registering needs the permission tickets.register.");
        return false;
    }
    if (r.greenChannel && !Workflow::holds(permissions, perm::TicketsGreenChannel)) {
        error = tr("Green channel: needs the permission tickets.green_channel.");
        return false;
    }
    const auto initial = m_workflow.initialState(r.kind, QStringLiteral("new"));
    if (!initial) {
        error = tr("The workflow has no initial state for new tickets of kind %1.").arg(r.kind);
        return false;
    }
    TicketRegistration registration;
    registration.complaint = r.complaint;
    registration.kind = r.kind;
    registration.state = initial->key;
    registration.greenChannel = r.greenChannel;
    registration.greenChannelNote = tr("Registered on the green channel");
    registration.actorId = actorId;
    registration.nowMs = nowMs;
    return sb::registerTicket(m_db, registration, ticketId, error);
}

} // namespace sb::app
