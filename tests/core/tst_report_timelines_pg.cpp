// The response and deadlines sections against the per-ticket code, on PostgreSQL (the actions
// and states mapped to numbers by the server): ReportTimelinesTest's cases.
#include "reporttimelinestest.h"

class TestReportTimelinesPg final : public ReportTimelinesTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestReportTimelinesPg)
#include "moc_reporttimelinestest.cpp"
#include "tst_report_timelines_pg.moc"
