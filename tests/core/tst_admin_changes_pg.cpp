// Migration 009 on PostgreSQL: administration writes reach the change feed (the cases are
// AdminChangesTest's).
#include "adminchangestest.h"

class TestAdminChangesPg final : public AdminChangesTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }

private Q_SLOTS:
    void initTestCase() {
        if (sb::test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    }
};

QTEST_MAIN(TestAdminChangesPg)
#include "moc_adminchangestest.cpp"
#include "tst_admin_changes_pg.moc"
