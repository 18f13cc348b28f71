// Scheduled reports on SQLite: schedules, the due period, one run per period, immutable runs
// and outputs, skip-if-empty, retries and the lease (ReportRunTest's cases run on PostgreSQL
// too, in tst_report_runs_pg). Here the runner is a manager on the database file; without
// reports.schedule a staff member is refused.
#include "reportruntest.h"

using namespace sb;

class TestReportRuns final : public ReportRunTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *runnerDatabase(qint64, const QString &) override { return m_db.get(); }

private Q_SLOTS:
    void withoutThePermissionNothingIsScheduledOrRun() {
        const qint64 agent =
            insertId(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                    "status_changed_at, login, created_at) VALUES ('RR2', 'Agent', "
                                    "(SELECT id FROM roles WHERE key = 'agent'), 'active', 0, "
                                    "'rr_agent', 0)"),
                     {});
        const ReportActor agentActor{agent, QStringLiteral("rr_agent")};
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(runcases::at(2026, 12, 7, 8)));
        ReportScheduleStore store(*m_db, clock);
        ReportSchedule out;
        QString e;
        QVERIFY(!store.save(agentActor, weekly(QStringLiteral("Mine")), 0, out, e));
        QVERIFY2(e.contains(QLatin1StringView("reports.schedule")), qPrintable(e));
        const ReportSchedule s = saved(weekly(QStringLiteral("Theirs")));
        runcases::Recorder rec;
        ReportRunner runner(*m_db, clock, rec.fn());
        ReportRunSummary summary;
        ReportRunOptions options;
        QVERIFY2(runner.runDue(agentActor, options, summary, e), qPrintable(e));
        QCOMPARE(summary.runs.size(), 1);
        QVERIFY(summary.runs.first().state == ReportRunState::Failed);
        QVERIFY2(summary.runs.first().error.contains(QLatin1StringView("reports.schedule")),
                 qPrintable(summary.runs.first().error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 0);
        QCOMPARE(rec.requests.size(), 0);
        Q_UNUSED(s);
    }
};

QTEST_MAIN(TestReportRuns)
#include "moc_reportruntest.cpp"
#include "tst_report_runs.moc"
