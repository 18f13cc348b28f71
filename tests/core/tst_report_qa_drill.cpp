// The `qa` report section's drills on SQLite: every QA figure opens exactly the tickets of
// the reviews it counts (reportqadrilltest.h).
#include "reportqadrilltest.h"

class TestReportQaDrill final : public ReportQaDrillTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestReportQaDrill)
#include "moc_reportqadrilltest.cpp"
#include "tst_report_qa_drill.moc"
