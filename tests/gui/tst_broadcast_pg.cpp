// Broadcasts GUI on PostgreSQL: compose → pop-up on another workstation (its own
// connection and LISTEN/NOTIFY change feed) → receipt visible to the sender, live.
#include "broadcast_station.h"
#include "storage/migrations.h"
#include "testsupport.h"

using namespace sb;

class TestBroadcastPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_broadcast_pg"));
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest)");
    }

    void composeToPopupToReceipt() {
        const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("sb_broadcast_gui"));
        QString e;
        auto db = test::openMigrated(url, e);
        QVERIFY2(db, qPrintable(e));
        const test::Seed s = test::seedPeople(*db);
        test::scenarioComposePopupReceipt(url, *db, s);
    }
};

QTEST_MAIN(TestBroadcastPg)
#include "tst_broadcast_pg.moc"
