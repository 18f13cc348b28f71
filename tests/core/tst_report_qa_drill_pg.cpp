// The `qa` report section's drills on PostgreSQL: the same cases as on SQLite
// (reportqadrilltest.h).
#include "reportqadrilltest.h"

class TestReportQaDrillPg final : public ReportQaDrillTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestReportQaDrillPg)
#include "moc_reportqadrilltest.cpp"
#include "tst_report_qa_drill_pg.moc"
