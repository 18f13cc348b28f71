// The report engine on SQLite: volume, response, deadlines and qa against figures counted
// from a small fixture, and every figure's drill (ReportEngineTest's cases run on PostgreSQL
// too, in tst_report_engine_pg).
#include "reportenginetest.h"

using namespace sb;

class TestReportEngine final : public ReportEngineTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestReportEngine)
#include "moc_reportenginetest.cpp"
#include "tst_report_engine.moc"
