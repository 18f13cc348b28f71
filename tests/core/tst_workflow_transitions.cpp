// TicketWorkflow on SQLite (scenarios in transitionstest.h).
#include "transitionstest.h"

sb::DatabaseUrl transitionsDatabaseUrl(const QTemporaryDir &dir) {
    return sb::test::sqliteIn(dir);
}

QTEST_GUILESS_MAIN(TestWorkflowTransitions)
#include "moc_transitionstest.cpp"
