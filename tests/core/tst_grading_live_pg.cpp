// The live engine on PostgreSQL: two workstations (own feed, own engine, own connections)
// race on the same complaint stream and open each incident exactly once.
#include "livescenario.h"

using namespace sb;
using namespace sb::test;

class TestGradingLivePg : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoWorkstationsRace() {
        const DatabaseUrl url = freshPgDatabase(QStringLiteral("grading_live"));
        QString error;
        QVERIFY2(openMigrated(url, error), qPrintable(error));
        raceTwoWorkstations(url);
    }
};

QTEST_GUILESS_MAIN(TestGradingLivePg)
#include "tst_grading_live_pg.moc"
