#pragma once
// Two workstations racing on one complaint stream (livescenario.h), as one test class for
// tst_grading_live (SQLite) and tst_grading_live_pg (PostgreSQL).
#include "databasetest.h"
#include "livescenario.h"

class GradingLiveTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void twoWorkstationsRace() {
        const sb::DatabaseUrl url = freshDatabase(QStringLiteral("grading_live"));
        QString error;
        QVERIFY2(sb::test::openMigrated(url, error), qPrintable(error));
        sb::test::raceTwoWorkstations(url);
    }
};
