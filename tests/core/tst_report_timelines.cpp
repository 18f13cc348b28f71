// The response and deadlines sections against the per-ticket code, on SQLite:
// ReportTimelinesTest's cases.
#include "reporttimelinestest.h"

class TestReportTimelines final : public ReportTimelinesTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestReportTimelines)
#include "moc_reporttimelinestest.cpp"
#include "tst_report_timelines.moc"
