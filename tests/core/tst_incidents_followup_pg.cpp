// Resolve, post-incident grade and knowledge-base follow-up on PostgreSQL (the cases are
// FollowUpTest's).
#include "followuptest.h"

class TestIncidentsFollowUpPg final : public FollowUpTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestIncidentsFollowUpPg)
#include "moc_followuptest.cpp"
#include "tst_incidents_followup_pg.moc"
