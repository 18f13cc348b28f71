// Migration 009 on PostgreSQL: administration writes reach the change feed.
#include "adminchangescases.h"
#include "testsupport.h"

using namespace sb;

class TestAdminChangesPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void adminWritesAreLogged() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
        QString e;
        auto db = test::openMigrated(test::freshPgDatabase(QStringLiteral("sb_admin_changes")), e);
        QVERIFY2(db, qPrintable(e));
        test::adminWritesAreLogged(*db);
    }
};

QTEST_MAIN(TestAdminChangesPg)
#include "tst_admin_changes_pg.moc"
