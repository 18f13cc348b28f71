// Deadline urging and edit conflicts across two connections on one SQLite file (the cases are
// UrgeTest's).
#include "urgetest.h"

class TestWorkflowUrge final : public UrgeTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestWorkflowUrge)
#include "moc_urgetest.cpp"
#include "tst_workflow_urge.moc"
