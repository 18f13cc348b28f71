// Knowledge base on PostgreSQL (tsvector, 'simple' configuration, GIN index): KbTest's cases.
#include "kbtest.h"

class TestKbPg final : public KbTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestKbPg)
#include "moc_kbtest.cpp"
#include "tst_kb_pg.moc"
