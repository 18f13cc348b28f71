// The report engine on PostgreSQL: the same fixture and figures as on SQLite (integer
// division of the series slots, the first-close subquery, the open-at-cut-off candidates).
#include "reportenginetest.h"

using namespace sb;

class TestReportEnginePg final : public ReportEngineTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
};

QTEST_GUILESS_MAIN(TestReportEnginePg)
#include "moc_reportenginetest.cpp"
#include "tst_report_engine_pg.moc"
