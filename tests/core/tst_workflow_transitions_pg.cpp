// TicketWorkflow on PostgreSQL, through the server function sb_workflow_apply (scenarios in
// transitionstest.h).
#include "transitionstest.h"

sb::DatabaseUrl transitionsDatabaseUrl(const QTemporaryDir &) {
    return sb::test::freshPgDatabase(QStringLiteral("sb_wf_transitions"));
}

QTEST_GUILESS_MAIN(TestWorkflowTransitions)
#include "moc_transitionstest.cpp"
