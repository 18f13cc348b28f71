// Scheduled reports on PostgreSQL: ReportRunTest's cases as a manager's own login, two
// runners at once on two connections, and the server guard as real logins (no direct writes;
// the functions check reports.schedule; a done run's outputs never change, for the owner too).
#include "reportruntest.h"

#include <QThread>

#include <atomic>

using namespace sb;

class TestReportRunsPg final : public ReportRunTest {
    Q_OBJECT

    std::unique_ptr<Database> m_login;

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    Database *runnerDatabase(qint64 staffId, const QString &login) override {
        m_login = test::pgLoginFor(*m_db, login, staffId, QStringLiteral("sb_manager"));
        return m_login.get();
    }

    // Two runners at the same moment, each on its own connection, `at`: every run of both.
    struct Raced {
        ReportRunSummary summary;
        runcases::Recorder rec;
        QString error;
    };
    bool raceTwoRunners(qint64 at, Raced (&results)[2]) {
        const DatabaseUrl url = m_runnerDb->url();
        std::atomic_int ready{0};
        const auto work = [&](Raced &r, const QString &name) {
            QString e;
            auto db = Database::open(url, name, e);
            if (!db) {
                r.error = e;
                return;
            }
            ManualClock clock(QDateTime::fromMSecsSinceEpoch(at));
            ReportRunner runner(*db, clock, r.rec.fn());
            ReportRunOptions options;
            options.runner = name;
            ++ready;
            while (ready.load() < 2)
                QThread::yieldCurrentThread();
            if (!runner.runDue(m_actor, options, r.summary, e))
                r.error = e;
        };
        QThread *a = QThread::create(work, std::ref(results[0]), QStringLiteral("runner-a"));
        QThread *b = QThread::create(work, std::ref(results[1]), QStringLiteral("runner-b"));
        a->start();
        b->start();
        const bool done = a->wait(120000) && b->wait(120000);
        delete a;
        delete b;
        return done && results[0].error.isEmpty() && results[1].error.isEmpty();
    }

private Q_SLOTS:
    void cleanup() { m_login.reset(); }

    // Three missed days, two runners at the same moment: still one run per day.
    void twoRunnersCatchUpOnePerPeriod() {
        ReportSchedule daily = weekly(QStringLiteral("Daily raced"));
        daily.periodKind = ReportPeriodKind::Day;
        daily.formats = {QStringLiteral("json")};
        saved(daily);
        runcases::Recorder rec;
        ReportRunSummary first;
        QVERIFY(runDue(runcases::at(2026, 12, 3, 7, 30), rec, first)); // 2026-12-02
        QCOMPARE(first.runs.size(), 1);
        Raced results[2];
        QVERIFY2(raceTwoRunners(runcases::at(2026, 12, 6, 8), results),
                 qPrintable(results[0].error + results[1].error));
        QCOMPARE(results[0].summary.runs.size() + results[1].summary.runs.size(), 3);
        QCOMPARE(results[0].rec.requests.size() + results[1].rec.requests.size(), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs WHERE state = 'done'")), 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT period_start) FROM report_runs")), 4);
    }

    // Two runners at the same moment, each on its own connection: one run, one delivery.
    void twoRunnersAtOnceMakeOneRun() {
        ReportSchedule s = weekly(QStringLiteral("Raced"));
        s.formats = {QStringLiteral("json"), QStringLiteral("csv")};
        saved(s);
        Raced results[2];
        QVERIFY2(raceTwoRunners(runcases::at(2026, 12, 7, 8), results),
                 qPrintable(results[0].error + results[1].error));
        QCOMPARE(results[0].summary.runs.size() + results[1].summary.runs.size(), 1);
        QCOMPARE(results[0].rec.requests.size() + results[1].rec.requests.size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs WHERE state = 'done'")), 1);
    }

    // No login writes the tables; the functions need reports.schedule; a manager cannot alter
    // a done run or its outputs.
    void serverGuardsSchedulesAndRuns() {
        const ReportSchedule s = saved(weekly(QStringLiteral("Guarded")));
        runcases::Recorder rec;
        ReportRunSummary summary;
        QVERIFY(runDue(runcases::at(2026, 12, 7, 8), rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        const qint64 runId = summary.runs.first().runId;
        const qint64 agent =
            insertId(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                    "status_changed_at, login, created_at) VALUES ('RR3', 'Agent', "
                                    "(SELECT id FROM roles WHERE key = 'agent'), 'active', 0, "
                                    "'rr_agent', 0)"),
                     {});
        auto agentDb =
            test::pgLoginFor(*m_db, QStringLiteral("rr_agent"), agent, QStringLiteral("sb_agent"));
        QVERIFY(agentDb);
        const QString kNeedsSchedule = QStringLiteral("needs the permission \"reports.schedule\"");
        const QString denied = QStringLiteral("permission denied");
        QVERIFY(test::refusedAs(*agentDb,
                                QStringLiteral("INSERT INTO report_schedules(name, period_kind, "
                                               "updated_at) VALUES ('x', 'day', 0)"),
                                {}, denied));
        QVERIFY(test::refusedAs(*agentDb,
                                QStringLiteral("SELECT sb_report_schedule_save(0, 0, 'x', '[]', "
                                               "'day', '[]', '[\"pdf\"]', 'en', '07:00', 1, 1, "
                                               "false, false, '/tmp', false, true)"),
                                {}, kNeedsSchedule));
        QVERIFY(test::refusedAs(*agentDb,
                                QStringLiteral("INSERT INTO report_runs(schedule_id, period_kind, "
                                               "period_at, period_start, period_end, zone, "
                                               "started_at, lease_until) VALUES (?, 'day', 'x', "
                                               "0, 1, 'UTC', 0, 0)"),
                                {s.id}, denied));
        QVERIFY(test::refusedAs(*agentDb,
                                QStringLiteral("SELECT sb_report_run_claim(?, 'day', 'x', 0, 1, "
                                               "'UTC', '{}', 'r', 60000)"),
                                {s.id}, kNeedsSchedule));
        QVERIFY(test::refusedAs(*agentDb, QStringLiteral("UPDATE report_run_outputs SET bytes = ?"),
                                {QByteArray("forged")}, denied));
        // The manager holds reports.schedule, but no table privilege and no function alters a
        // finished run.
        QVERIFY(test::refusedAs(*m_runnerDb,
                                QStringLiteral("UPDATE report_run_outputs SET bytes = ? WHERE "
                                               "run_id = ?"),
                                {QByteArray("forged"), runId}, denied));
        QVERIFY(test::refusedAs(*m_runnerDb,
                                QStringLiteral("SELECT sb_report_run_finish(?, 'failed', 'x', 0, "
                                               "0, 0)"),
                                {runId}, QStringLiteral("is not running")));
        QVERIFY(test::refusedAs(*m_runnerDb,
                                QStringLiteral("SELECT sb_report_run_output(?, 'xlsx', 'x.xlsx', "
                                               "encode(sha256('x'::bytea), 'hex'), 'x'::bytea)"),
                                {runId}, QStringLiteral("running report run only")));
        // The owner (the installer) is held by the triggers.
        QVERIFY(test::refusedAs(*m_db,
                                QStringLiteral("UPDATE report_run_outputs SET bytes = ? WHERE "
                                               "run_id = ?"),
                                {QByteArray("forged"), runId}, QStringLiteral("never changes")));
        QVERIFY(test::refusedAs(*m_db, QStringLiteral("UPDATE report_runs SET error = 'x'"), {},
                                QStringLiteral("never changes")));
        // The agent reads no runs (no reports.read); the manager reads them.
        QSqlQuery q(agentDb->db());
        QString e;
        QVERIFY2(agentDb->exec(q, QStringLiteral("SELECT COUNT(*) FROM report_runs"), {}, e) &&
                     q.next(),
                 qPrintable(e));
        QCOMPARE(q.value(0).toLongLong(), 0);
        QList<ReportRun> runs;
        QVERIFY2(ReportScheduleStore::runs(*m_runnerDb, {}, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 1);
    }
};

QTEST_MAIN(TestReportRunsPg)
#include "moc_reportruntest.cpp"
#include "tst_report_runs_pg.moc"
