// The QA dashboard's per-day roll-ups on SQLite: the shared cases (qarollupstest.h).
#include "qarollupstest.h"

using namespace sb;

class TestQaRollups final : public QaRollupsTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *connectionFor(Database &db, const QString &, qint64, const QString &) override {
        return &db;
    }
};

QTEST_GUILESS_MAIN(TestQaRollups)
#include "moc_qarollupstest.cpp"
#include "tst_qa_rollups.moc"
