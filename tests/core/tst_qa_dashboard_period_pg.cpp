// The QA dashboard's period on PostgreSQL: the shared cases, read as the installer.
#include "qadashboardperiodtest.h"

using namespace sb;

class TestQaDashboardPeriodPg final : public QaDashboardPeriodTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
};

QTEST_GUILESS_MAIN(TestQaDashboardPeriodPg)
#include "moc_qadashboardperiodtest.cpp"
#include "tst_qa_dashboard_period_pg.moc"
