// ChangeDetailsQuery on SQLite (ids bound as one JSON array): ChangeDetailsTest's cases.
#include "changedetailstest.h"

class TestChangeDetails final : public ChangeDetailsTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestChangeDetails)
#include "moc_changedetailstest.cpp"
#include "tst_change_details.moc"
