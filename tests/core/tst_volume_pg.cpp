// Volume core on PostgreSQL: the SQL of the buckets (integer arithmetic and CASE on
// bound values), the live fetch by id, trends, channel breakdowns and incident markers agree
// with direct counts there too (VolumeTest's cases, and the buckets of one width).
#include "volumetest.h"

using namespace sb;

class TestVolumePg final : public VolumeTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

private Q_SLOTS:
    void bucketsMatchSqlCounts() {
        auto db = migrated(QStringLiteral("volume_buckets"));
        QVERIFY(db);
        volumecases::bucketsMatchSqlCounts(*db, 60000);
    }
};

QTEST_GUILESS_MAIN(TestVolumePg)
#include "moc_volumetest.cpp"
#include "tst_volume_pg.moc"
