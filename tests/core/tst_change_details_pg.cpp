// ChangeDetailsQuery on PostgreSQL (ids bound as one bigint[]): ChangeDetailsTest's cases.
#include "changedetailstest.h"

class TestChangeDetailsPg final : public ChangeDetailsTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestChangeDetailsPg)
#include "moc_changedetailstest.cpp"
#include "tst_change_details_pg.moc"
