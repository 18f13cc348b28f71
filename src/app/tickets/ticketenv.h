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
    // The workstation's time zone: every time the ticket screens show or read (the date
    // filters) is in it, as in every other place and the charts' axes, so one ticket's time
    // reads the same everywhere. Deadlines still count in the business calendar's own zone.
    QTimeZone zone = QTimeZone::systemTimeZone();

    bool has(const QString &permission) const { return Workflow::holds(permissions, permission); }
    // Loads the workflow and the user's team; `error` says what failed.
    bool init(const Workspace &workspace, QString &error);
};

} // namespace sb::app
