// The report engine on SQLite: volume, response, deadlines and qa against figures counted
// from a small fixture, and every figure's drill (ReportEngineTest's cases run on PostgreSQL
// too, in tst_report_engine_pg).
#include "reportenginetest.h"

#include "storage/settingsstore.h"

using namespace sb;

class TestReportEngine final : public ReportEngineTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    // reports.* come seeded by migration 034 with the documented defaults; a stored value is
    // read, a value out of range names the key.
    void settingsFromTheVersionedSettings() {
        ReportSettings s;
        QString e;
        QVERIFY2(ReportSettingsStore::load(*m_db, s, e), qPrintable(e));
        QCOMPARE(s.repeatDays, 7);
        QCOMPARE(s.growthMinVolume, 20);
        QCOMPARE(s.recurringThreshold, 50.0);
        QCOMPARE(s.recurringPeriods, 3);
        QSqlQuery q(m_db->db());
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE "
                                          "'reports.%' AND changed_by = 'migration 034'"),
                           {}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        SettingsStore store(*m_db);
        QVERIFY2(store.set(QStringLiteral("reports.recurring_threshold"), QStringLiteral("12.5"),
                           QStringLiteral("admin"), 1, e),
                 qPrintable(e));
        QVERIFY2(store.set(QStringLiteral("reports.recurring_periods"), QStringLiteral("5"),
                           QStringLiteral("admin"), 1, e),
                 qPrintable(e));
        QVERIFY2(ReportSettingsStore::load(*m_db, s, e), qPrintable(e));
        QCOMPARE(s.recurringThreshold, 12.5);
        QCOMPARE(s.recurringPeriods, 5);
        // The engine reads that many earlier periods for the sections that compare.
        ManualClock clock;
        ReportEngine engine(*m_db, clock);
        Report r;
        QVERIFY2(engine.build({m_report.period, {QStringLiteral("volume")}}, r, e), qPrintable(e));
        QCOMPARE(r.settings.recurringPeriods, 5);
        QVERIFY(!ReportSettingsStore::thresholdProblem(QStringLiteral("0")).isEmpty());
        QVERIFY(!ReportSettingsStore::thresholdProblem(QStringLiteral("many")).isEmpty());
        QVERIFY2(store.set(QStringLiteral("reports.repeat_days"), QStringLiteral("400"),
                           QStringLiteral("admin"), 2, e),
                 qPrintable(e));
        QVERIFY(!ReportSettingsStore::load(*m_db, s, e));
        QVERIFY2(e.contains(QStringLiteral("reports.repeat_days")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestReportEngine)
#include "moc_reportenginetest.cpp"
#include "tst_report_engine.moc"
