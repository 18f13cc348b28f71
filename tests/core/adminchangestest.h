#pragma once
// Migration 009: administration writes reach the change feed (adminchangescases.h), as one
// test class for tst_admin_changes (SQLite) and tst_admin_changes_pg (PostgreSQL).
#include "adminchangescases.h"
#include "databasetest.h"
#include "testsupport.h"

class AdminChangesTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void adminWritesAreLogged() {
        QString e;
        auto db = sb::test::openMigrated(freshDatabase(QStringLiteral("sb_admin_changes")), e);
        QVERIFY2(db, qPrintable(e));
        sb::test::adminWritesAreLogged(*db);
    }
};
