// Volume core on SQLite: per-minute buckets, sliding series, live increments,
// thresholds, trends and channel breakdowns, each checked against a direct SQL count on the
// same data (VolumeTest's cases run on PostgreSQL too, in tst_volume_pg).
#include "volumetest.h"

#include <QTemporaryDir>

using namespace sb;
using namespace sb::volumecases;

class TestVolume final : public VolumeTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void bucketsMatchSqlCounts_data() {
        QTest::addColumn<qint64>("bucketMs");
        QTest::newRow("1 min") << kMin;
        QTest::newRow("7 min") << 7 * kMin;
    }

    void bucketsMatchSqlCounts() {
        QFETCH(qint64, bucketMs);
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        volumecases::bucketsMatchSqlCounts(*db, bucketMs);
    }

    void slidingSeriesMatchSql() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        volumecases::slidingSeriesMatchSql(*db);
    }

    void thresholdsFollowRuleSet() {
        const RuleSet rules = RuleSet::defaults();
        const int mixup = RuleSet::typeIndex(QStringView(u"account_mixup"));
        QVERIFY(mixup >= 0);
        const QList<VolumeThreshold> normal = volumeThresholds(rules, mixup, GradingTier::Normal);
        // burst 1 in 30 min; urgent from 1, major from 4 (">3") in 60 min
        QCOMPARE(normal.size(), 3);
        QCOMPARE(normal.at(0).count, 1);
        QCOMPARE(normal.at(0).windowMs, 30 * kMin);
        QVERIFY(!normal.at(0).grade);
        QCOMPARE(normal.at(1).count, 1);
        QCOMPARE(*normal.at(1).grade, Grade::Urgent);
        QCOMPARE(normal.at(2).count, 4);
        QCOMPARE(*normal.at(2).grade, Grade::Major);
        QCOMPARE(crossedThreshold(normal, 60 * kMin, 3)->grade, Grade::Urgent);
        QVERIFY(!crossedThreshold(normal, 30 * kMin, 0));
        // Every type: one line per non-blank cell plus the burst line.
        for (int t = 0; t < rules.typeCount(); ++t) {
            for (const GradingTier tier : {GradingTier::Normal, GradingTier::Vip}) {
                int cells = 0;
                for (const GradeCell &c : rules.cells(t, tier))
                    cells += c.range.lo >= 1;
                QCOMPARE(volumeThresholds(rules, t, tier).size(), cells + 1);
            }
        }
        // Closeness: nothing yet 0; half-way to the burst 0.5; past it more than 1.
        const int login = RuleSet::typeIndex(QStringView(u"login_failure"));
        const int burst = rules.burstThreshold(login, GradingTier::Normal);
        QCOMPARE(thresholdCloseness(rules, login, GradingTier::Normal, 0, 0), 0.0);
        QVERIFY(thresholdCloseness(rules, login, GradingTier::Normal, burst, burst) > 1.0);
        QVERIFY(thresholdCloseness(rules, login, GradingTier::Normal, burst - 1, burst - 1) <
                thresholdCloseness(rules, login, GradingTier::Normal, burst, burst));
        // Past every line: further past comes first, still below one more line reached.
        const double past = thresholdCloseness(rules, login, GradingTier::Normal, 500, 500);
        const double farPast = thresholdCloseness(rules, login, GradingTier::Normal, 900, 900);
        QVERIFY(past < farPast);
        QVERIFY(farPast < volumeThresholds(rules, login, GradingTier::Normal).size() + 1);
    }
};

QTEST_MAIN(TestVolume)
#include "moc_volumetest.cpp"
#include "tst_volume.moc"
