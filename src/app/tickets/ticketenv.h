#pragma once

#include "shell/workspace.h"
#include "tickets/ticketquery.h"
#include "workflow/workflow.h"

namespace sb::app {

// What the ticket screens share: the workspace, the lifecycle rules, and the signed-in
// user's permissions in the form the workflow checks them.
struct TicketEnv {
    Workspace ws;
    Workflow workflow;
    WorkflowPermissions permissions; // "*" for the super role
    TicketQueryContext queryContext;
    bool unmasked = false; // personal_data.view

    bool has(const QString &permission) const { return Workflow::holds(permissions, permission); }
    // Loads the workflow and the user's team; `error` says what failed.
    bool init(const Workspace &workspace, QString &error);
};

} // namespace sb::app
