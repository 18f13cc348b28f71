#include "tickets/ticketregistration.h"
#include "security/permissions.h"

#include "shell/labels.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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
    const Complaint &c = r.complaint;
    const QVariant actor =
        actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>());
    const bool ok = m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(
                    q,
                    QStringLiteral(
                        "INSERT INTO tickets(kind, source, external_id, received_at, "
                        "received_offset, channel, customer_tier, problem_type, customer_id, "
                        "service_number, category, subject, description, region, state, "
                        "green_channel, registered_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {r.kind, textValue(c.source),
                     c.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(c.externalId),
                     c.receivedAt.toMSecsSinceEpoch(), c.receivedAt.offsetFromUtc(),
                     channelKey(c.channel), tierKey(c.tier), textValue(c.problemType),
                     textValue(c.customerId), textValue(c.serviceNumber), textValue(c.category),
                     textValue(c.subject), textValue(c.description), textValue(c.region),
                     initial->key, r.greenChannel ? 1 : 0, actor, nowMs},
                    err))
                return false;
            if (!q.next()) {
                err = tr("The new ticket could not be read back.");
                return false;
            }
            ticketId = q.value(0).toLongLong();
            if (!r.greenChannel)
                return true;
            const QJsonObject data{{QStringLiteral("green_channel"), true}};
            return m_db.exec(
                QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, note, "
                               "data) VALUES (?, ?, ?, ?, ?, ?)"),
                {ticketId, nowMs, actor, QStringLiteral("green_channel"),
                 tr("Registered on the green channel"),
                 QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
                err);
        },
        error);
    if (!ok)
        ticketId = 0; // rolled back
    return ok;
}

} // namespace sb::app
