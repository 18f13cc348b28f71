// TicketWorkflow on PostgreSQL, through the server function sb_workflow_apply (the cases are
// TransitionsTest's).
#include "transitionstest.h"

class TestWorkflowTransitionsPg final : public TransitionsTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowTransitionsPg)
#include "moc_transitionstest.cpp"
#include "tst_workflow_transitions_pg.moc"
