// Report sections on SQLite: ReportSectionsTest's cases.
#include "reportsectionstest.h"

class TestReportSections final : public ReportSectionsTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestReportSections)
#include "moc_reportsectionstest.cpp"
#include "tst_report_sections.moc"
