#pragma once

#include "domain/complaint.h"
#include "storage/database.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb::app {

// The kinds of ticket (tickets.kind; each kind is a flow of the workflow tables).
inline QString complaintKind() {
    return QStringLiteral("complaint");
}
inline QString suggestionKind() {
    return QStringLiteral("suggestion");
}

// Suggestions (建议) have their own types (docs/spec/DOMAIN.md §2): corporate image, tariffs,
// business rules, business development, other. Stored in tickets.problem_type with the prefix
// "suggestion_"; grading and incidents only look at complaints.
struct SuggestionType {
    QString key;
    QString label;
};
QList<SuggestionType> suggestionTypes();
// The label of a problem type of a ticket of `kind` (suggestion types included).
QString ticketTypeLabel(const QString &kind, const QString &key);
QString kindLabel(const QString &kind);

struct Registration {
    Complaint complaint;
    QString kind = complaintKind();
    bool greenChannel = false; // heads every queue; needs tickets.green_channel
};

// Checks a registration (kind, permissions, the flow's initial state) and has core write the
// new ticket in that state, in ONE transaction (sb::registerTicket); a green channel ticket
// also gets a "green_channel" timeline event naming who put it there.
class TicketRegistrar {
    Q_DECLARE_TR_FUNCTIONS(sb::app::TicketRegistrar)
public:
    TicketRegistrar(Database &db, const Workflow &workflow);
    // `permissions` as the workflow checks them; on failure `error` says what and nothing is
    // written.
    bool registerTicket(const Registration &r, const WorkflowPermissions &permissions,
                        qint64 actorId, qint64 nowMs, qint64 &ticketId, QString &error);

private:
    Database &m_db;
    const Workflow &m_workflow;
};

} // namespace sb::app
