// TicketWorkflow on SQLite (the cases are TransitionsTest's).
#include "transitionstest.h"

class TestWorkflowTransitions final : public TransitionsTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestWorkflowTransitions)
#include "moc_transitionstest.cpp"
#include "tst_workflow_transitions.moc"
