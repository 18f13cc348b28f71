// signalboard-cli watch on PostgreSQL (LISTEN/NOTIFY, the password from PGPASSWORD):
// WatchCliTest's cases.
#include "watchclitest.h"

class TestCliWatchPg final : public WatchCliTest {
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

QTEST_GUILESS_MAIN(TestCliWatchPg)
#include "moc_watchclitest.cpp"
#include "tst_cli_watch_pg.moc"
