// Volume core on PostgreSQL: the SQL of the buckets (integer arithmetic and CASE on
// bound values), the live fetch by id, trends, channel breakdowns and incident markers agree
// with direct counts there too.
#include "volumecases.h"

using namespace sb;

class TestVolumePg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> fresh(const char *name) {
        const DatabaseUrl url = test::freshPgDatabase(QString::fromLatin1(name));
        QString e;
        auto db = test::openMigrated(url, e);
        if (!db)
            qWarning("%s", qPrintable(e));
        return db;
    }

private Q_SLOTS:
    void bucketsMatchSqlCounts() {
        auto db = fresh("volume_buckets");
        QVERIFY(db);
        volumecases::bucketsMatchSqlCounts(*db, 60000);
    }
    void liveIncrementsEqualRebuild() {
        auto db = fresh("volume_live");
        QVERIFY(db);
        volumecases::liveIncrementsEqualRebuild(*db);
    }
    void activeRuleSetFromDatabase() {
        auto db = fresh("volume_rules");
        QVERIFY(db);
        volumecases::activeRuleSetFromDatabase(*db);
    }
    void trendsAgainstYesterdayAndLastWeek() {
        auto db = fresh("volume_trends");
        QVERIFY(db);
        volumecases::trendsAgainstYesterdayAndLastWeek(*db);
    }
    void channelBreakdownAndMarkers() {
        auto db = fresh("volume_channels");
        QVERIFY(db);
        volumecases::channelBreakdownAndMarkers(*db);
    }
};

QTEST_GUILESS_MAIN(TestVolumePg)
#include "tst_volume_pg.moc"
