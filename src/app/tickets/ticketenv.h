#pragma once

#include "shell/workspace.h"
#include "tickets/ticketquery.h"
#include "workflow/workflow.h"

#include <QTimeZone>

namespace sb::app {

// What the ticket screens share: the workspace, the lifecycle rules, and the signed-in
// user's permissions in the form the workflow checks them.
struct TicketEnv {
    Workspace ws;
    Workflow workflow;
    WorkflowPermissions permissions; // "*" for the super role
    TicketQueryContext queryContext;
    bool unmasked = false; // personal_data.view
    // The business calendar's time zone (setting workflow.calendar): every time the ticket
    // screens show or read is in it. Read once, when the place is built.
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));

    bool has(const QString &permission) const { return Workflow::holds(permissions, permission); }
    // Loads the workflow, the calendar's time zone and the user's team; `error` says what failed.
    bool init(const Workspace &workspace, QString &error);
};

} // namespace sb::app
