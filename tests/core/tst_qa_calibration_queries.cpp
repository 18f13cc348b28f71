// What the calibration screens read besides the store, on SQLite: the shared cases.
#include "qacalibrationqueriestest.h"

using namespace sb;

class TestQaCalibrationQueries final : public QaCalibrationQueriesTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *connectionFor(Database &db, const QString &, qint64, const QString &) override {
        return &db;
    }
};

QTEST_GUILESS_MAIN(TestQaCalibrationQueries)
#include "moc_qacalibrationqueriestest.cpp"
#include "tst_qa_calibration_queries.moc"
