// Delivering a report on SQLite (ReportDeliveryTest's cases, which tst_report_delivery_pg runs
// on PostgreSQL): broadcast with the PDF attached, folder, webhooks.
#include "reportdeliverytest.h"

#include <QTest>

using namespace sb;

class TestReportDelivery final : public ReportDeliveryTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void init() {
        QVERIFY(sqliteFolderIsValid());
        openSeeded();
    }
};

QTEST_GUILESS_MAIN(TestReportDelivery)
#include "moc_reportdeliverytest.cpp"
#include "tst_report_delivery.moc"
