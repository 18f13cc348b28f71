// Report sections on SQLite: ReportSectionsTest's cases.
#include "reportsectionstest.h"

class TestReportSections final : public ReportSectionsTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    // On SQLite the store checks the permission (on PostgreSQL the server: see the _pg twin).
    void supervisionNeedsThePermission() {
        sb::test::report::supervisionNeedsThePermission(
            freshDatabase(QStringLiteral("rep_supervise")));
    }
};

QTEST_GUILESS_MAIN(TestReportSections)
#include "moc_reportsectionstest.cpp"
#include "tst_report_sections.moc"
