// What the calibration screens read besides the store, on PostgreSQL: the shared cases, each
// person through their own login (row-level security on tickets and calibration rows).
#include "qacalibrationqueriestest.h"
#include "testsupport.h"

using namespace sb;

class TestQaCalibrationQueriesPg final : public QaCalibrationQueriesTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    Database *connectionFor(Database &db, const QString &login, qint64 id,
                            const QString &group) override {
        return keep(test::pgLoginFor(db, login, id, group));
    }
};

QTEST_GUILESS_MAIN(TestQaCalibrationQueriesPg)
#include "moc_qacalibrationqueriestest.cpp"
#include "tst_qa_calibration_queries_pg.moc"
