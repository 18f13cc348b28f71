#pragma once
// The volume cases that run on both databases (volumecases.h), each checked against a direct
// SQL count on the same data: one test class for tst_volume (SQLite) and tst_volume_pg
// (PostgreSQL).
#include "databasetest.h"
#include "volumecases.h"

class VolumeTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    // A migrated fresh database; null (after a warning that says why) when that fails.
    std::unique_ptr<sb::Database> migrated(const QString &name) {
        QString e;
        auto db = sb::test::openMigrated(freshDatabase(name), e);
        if (!db)
            qWarning("%s", qPrintable(e));
        return db;
    }

private Q_SLOTS:
    void liveIncrementsEqualRebuild() {
        auto db = migrated(QStringLiteral("volume_live"));
        QVERIFY(db);
        sb::volumecases::liveIncrementsEqualRebuild(*db);
    }
    void activeRuleSetFromDatabase() {
        auto db = migrated(QStringLiteral("volume_rules"));
        QVERIFY(db);
        sb::volumecases::activeRuleSetFromDatabase(*db);
    }
    void trendsAgainstYesterdayAndLastWeek() {
        auto db = migrated(QStringLiteral("volume_trends"));
        QVERIFY(db);
        sb::volumecases::trendsAgainstYesterdayAndLastWeek(*db);
    }
    void channelBreakdownAndMarkers() {
        auto db = migrated(QStringLiteral("volume_channels"));
        QVERIFY(db);
        sb::volumecases::channelBreakdownAndMarkers(*db);
    }
};
