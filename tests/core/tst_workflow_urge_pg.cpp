// Deadline urging and edit conflicts across two connections on PostgreSQL (the cases are
// UrgeTest's), and what the server itself refuses.
#include "urgetest.h"

class TestWorkflowUrgePg final : public UrgeTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }

private Q_SLOTS:
    void serverGuardsActions() {
        sb::test::serverGuardsActions(freshDatabase(QStringLiteral("sb_wf_guard")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowUrgePg)
#include "moc_urgetest.cpp"
#include "tst_workflow_urge_pg.moc"
