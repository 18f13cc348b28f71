// Report sections on PostgreSQL (JSON event data through ->>): ReportSectionsTest's cases.
#include "reportsectionstest.h"

class TestReportSectionsPg final : public ReportSectionsTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestReportSectionsPg)
#include "moc_reportsectionstest.cpp"
#include "tst_report_sections_pg.moc"
