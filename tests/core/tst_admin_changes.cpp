// Migration 009 on SQLite: administration writes reach the change feed (the cases are
// AdminChangesTest's).
#include "adminchangestest.h"

class TestAdminChanges final : public AdminChangesTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_MAIN(TestAdminChanges)
#include "moc_adminchangestest.cpp"
#include "tst_admin_changes.moc"
