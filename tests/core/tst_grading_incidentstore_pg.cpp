// IncidentStore on PostgreSQL: three connections race to open the same incidents; exactly
// one incident per problem type results, with the highest grade and one "opened" event (the
// case is IncidentStoreTest's).
#include "incidentstoretest.h"

class TestIncidentStorePg final : public IncidentStoreTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestIncidentStorePg)
#include "moc_incidentstoretest.cpp"
#include "tst_grading_incidentstore_pg.moc"
