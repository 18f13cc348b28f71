#pragma once
// Scheduled reports on a small fixture: one test class for tst_report_runs (SQLite) and
// tst_report_runs_pg (PostgreSQL). A weekly schedule of the ISO week 2026-W49 (Asia/Shanghai,
// the default calendar), built on the Monday after at 07:00, delivered through a recording
// delivery callback.
#include "databasetest.h"
#include "testsupport.h"

#include "reportrunner.h"
#include "reports/reportschedule.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace sb::runcases {

inline QTimeZone shanghai() {
    return QTimeZone("Asia/Shanghai");
}
inline qint64 at(int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), shanghai()).toMSecsSinceEpoch();
}

// What the runner asked the delivery to do.
struct Recorder {
    QList<ReportDeliveryRequest> requests;
    bool fail = false;
    QStringList partial; // targets that failed beside others that worked
    ReportDeliverFn fn() {
        return
            [this](const ReportDeliveryRequest &r, ReportDeliveryResult &result, QString &error) {
                requests.append(r);
                if (fail) {
                    error = QStringLiteral("the message server is down");
                    return false;
                }
                result.messageId = 4242;
                result.errors = partial;
                return true;
            };
    }
};

} // namespace sb::runcases

class ReportRunTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    // The database the fixture is written to (the installer's on PostgreSQL).
    std::unique_ptr<sb::Database> m_db;
    // The manager who schedules and runs (their own login on PostgreSQL).
    sb::Database *m_runnerDb = nullptr;
    sb::ReportActor m_actor;
    qint64 m_roleId = 0;

    // The twin's hook: the runner's database and actor for staff member `staffId`.
    virtual sb::Database *runnerDatabase(qint64 staffId, const QString &login) = 0;

    qint64 insertId(const QString &sql, const QVariantList &values) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, e) || !q.next())
            qFatal("seed: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    qint64 count(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q, sql, values, e) || !q.next())
            qFatal("count: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    void ticket(qint64 receivedAt, const char *channel) {
        insertId(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                "problem_type, region, state, updated_at) VALUES (?, ?, "
                                "'normal', 'billing', '', 'registered', ?)"),
                 {receivedAt, QString::fromLatin1(channel), receivedAt});
    }

    sb::ReportSchedule weekly(const QString &name) const {
        sb::ReportSchedule s;
        s.name = name;
        s.sections = {QStringLiteral("volume")};
        s.periodKind = sb::ReportPeriodKind::Week;
        s.audience = {sb::Audience::role(m_roleId)};
        s.formats = {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json")};
        s.timeOfDay = QTime(7, 0);
        s.weekday = 1;
        s.folder = QStringLiteral("/srv/reports");
        return s;
    }
    sb::ReportSchedule saved(const sb::ReportSchedule &s, qint64 atMs = 0) {
        sb::ManualClock clock(
            QDateTime::fromMSecsSinceEpoch(atMs > 0 ? atMs : sb::runcases::at(2026, 12, 1, 9)));
        sb::ReportScheduleStore store(*m_runnerDb, clock);
        sb::ReportSchedule out;
        QString e;
        if (!store.save(m_actor, s, s.id > 0 ? s.version : 0, out, e))
            qFatal("save: %s", qPrintable(e));
        return out;
    }
    bool runDue(qint64 nowMs, sb::runcases::Recorder &rec, sb::ReportRunSummary &summary,
                sb::ReportRunOptions options = {}) {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(nowMs));
        sb::ReportRunner runner(*m_runnerDb, clock, rec.fn());
        QString e;
        options.runner = QStringLiteral("test");
        const bool ok = runner.runDue(m_actor, options, summary, e);
        if (!ok)
            qWarning("runDue: %s", qPrintable(e));
        return ok;
    }

    // Whether the runner would run anything at `nowMs` (reading only).
    bool hasDue(qint64 nowMs) {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(nowMs));
        sb::ReportRunner runner(*m_runnerDb, clock, {});
        bool due = false;
        QString e;
        if (!runner.hasDue({}, due, e))
            qWarning("hasDue: %s", qPrintable(e));
        return due;
    }

private Q_SLOTS:
    void init() {
        using namespace sb;
        QString e;
        m_db = test::openMigrated(freshDatabase(QStringLiteral("report_runs")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_roleId = count(QStringLiteral("SELECT id FROM roles WHERE key = 'manager'"));
        const qint64 boss = insertId(
            QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                           "status_changed_at, login, created_at) VALUES ('RR1', 'Boss', ?, "
                           "'active', 0, 'rr_boss', 0)"),
            {m_roleId});
        m_runnerDb = runnerDatabase(boss, QStringLiteral("rr_boss"));
        QVERIFY(m_runnerDb);
        m_actor = {boss, QStringLiteral("rr_boss")};
        // Week 2026-W49 (Mon 2026-11-30 to Sun 2026-12-06): three tickets, one just outside.
        ticket(runcases::at(2026, 11, 30, 0), "phone");
        ticket(runcases::at(2026, 12, 2, 10), "email");
        ticket(runcases::at(2026, 12, 6, 23, 59), "phone");
        ticket(runcases::at(2026, 12, 7, 0), "phone");
    }

    // The schedule's fields are checked, each error naming its field; a save names the
    // version it was made on.
    void schedulesAreValidated() {
        using namespace sb;
        ManualClock clock;
        ReportScheduleStore store(*m_runnerDb, clock);
        ReportSchedule bad = weekly(QString());
        bad.formats = {QStringLiteral("docx")};
        bad.language = QStringLiteral("fr");
        bad.dayOfMonth = 31;
        bad.sections = {QStringLiteral("weather")};
        ReportSchedule out;
        QString e;
        QVERIFY(!store.save(m_actor, bad, 0, out, e));
        for (const char *field : {"name:", "formats:", "language:", "day of month:", "sections:"})
            QVERIFY2(e.contains(QLatin1StringView(field)), qPrintable(e));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_schedules")), 0);

        const ReportSchedule first = saved(weekly(QStringLiteral("Weekly")));
        QCOMPARE(first.version, 1);
        QCOMPARE(first.audience.size(), 1);
        QCOMPARE(first.audience.first().ids, QList<qint64>{m_roleId});
        QCOMPARE(first.formats, weekly(QString()).formats);
        ReportSchedule changed = first;
        changed.timeOfDay = QTime(8, 30);
        QVERIFY2(store.save(m_actor, changed, 1, out, e), qPrintable(e));
        QCOMPARE(out.version, 2);
        QCOMPARE(out.timeOfDay, QTime(8, 30));
        QVERIFY(!store.save(m_actor, changed, 1, out, e)); // made on version 1: refused
        QVERIFY2(e.contains(QLatin1StringView("changed meanwhile")), qPrintable(e));
        QVERIFY(!store.remove(m_actor, first.id, 1, e));
        QVERIFY2(store.remove(m_actor, first.id, 2, e), qPrintable(e));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_schedules")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE "
                                      "'report.schedule.%'")),
                 3);
    }

    // run-due twice at the same moment: one run, one delivery; the outputs read back are the
    // bytes delivered, and their SHA-256 is the stored one.
    void runDueTwiceMakesOneRun() {
        using namespace sb;
        const ReportSchedule s = saved(weekly(QStringLiteral("Weekly volume")));
        runcases::Recorder rec;
        ReportRunSummary first, second;
        const qint64 now = runcases::at(2026, 12, 7, 7, 30);
        QVERIFY(hasDue(now));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 0); // only read
        QVERIFY(runDue(now, rec, first));
        QCOMPARE(first.runs.size(), 1);
        const ReportRunOutcome &o = first.runs.first();
        QVERIFY2(o.state == ReportRunState::Done, qPrintable(o.error));
        QCOMPARE(o.periodAt, QStringLiteral("2026-W49"));
        QCOMPARE(o.messageId, 4242);
        QVERIFY(!hasDue(now));
        QVERIFY(runDue(now, rec, second));
        QCOMPARE(second.runs.size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 1);
        QCOMPARE(rec.requests.size(), 1);

        // The delivery: the audience, the PDF attached, every file to the folder.
        const ReportDeliveryRequest &r = rec.requests.first();
        QCOMPARE(r.runId, o.runId);
        QCOMPARE(r.audience.size(), 1);
        QCOMPARE(r.audience.first().ids, QList<qint64>{m_roleId});
        QCOMPARE(r.attachments.size(), 1);
        QCOMPARE(r.attachments.first().format, QStringLiteral("pdf"));
        QVERIFY(r.attachments.first().bytes.startsWith("%PDF"));
        QCOMPARE(r.folder, QStringLiteral("/srv/reports"));
        QCOMPARE(r.folderFiles.size(), 3);
        QVERIFY2(r.summary.contains(QLatin1StringView("Tickets received: 3")),
                 qPrintable(r.summary));

        std::optional<ReportRun> run;
        QString e;
        QVERIFY2(ReportScheduleStore::run(*m_runnerDb, o.runId, run, e), qPrintable(e));
        QVERIFY(run);
        QVERIFY(run->state == ReportRunState::Done);
        QCOMPARE(run->messageId, 4242);
        QCOMPARE(run->attempt, 1);
        QCOMPARE(run->periodAt, QStringLiteral("2026-W49"));
        QCOMPARE(run->startMs, runcases::at(2026, 11, 30, 0));
        QCOMPARE(run->endMs, runcases::at(2026, 12, 7, 0));
        QVERIFY(run->cutoffSeq > 0);
        QCOMPARE(run->params.value(QStringLiteral("name")).toString(), s.name);
        QCOMPARE(run->outputs.size(), 3);
        for (const ReportOutputFile &delivered : r.folderFiles) {
            ReportOutputFile stored;
            QVERIFY2(ReportScheduleStore::output(*m_runnerDb, o.runId, delivered.format, stored, e),
                     qPrintable(e));
            QCOMPARE(stored.bytes, delivered.bytes);
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(stored.bytes, QCryptographicHash::Sha256).toHex());
            QCOMPARE(stored.sha256, sha);
            QCOMPARE(stored.fileName, QStringLiteral("Weekly-volume-2026-W49.") + delivered.format);
        }
        ReportOutputFile json;
        QVERIFY(ReportScheduleStore::output(*m_runnerDb, o.runId, QStringLiteral("json"), json, e));
        QVERIFY2(json.bytes.contains("\"total\": 3"), json.bytes.constData());
        // The machine form keeps the stable keys; the CSV shows labels and keeps the key.
        QVERIFY(json.bytes.contains("\"by_channel\"") && json.bytes.contains("\"phone\""));
        QVERIFY(!json.bytes.contains("By channel"));
        ReportOutputFile csv;
        QVERIFY(ReportScheduleStore::output(*m_runnerDb, o.runId, QStringLiteral("csv"), csv, e));
        QVERIFY2(csv.bytes.contains("section,key,Figure,Value\r\n") &&
                     csv.bytes.contains("volume,total,Total,3\r\n"),
                 csv.bytes.constData());
        QVERIFY2(csv.bytes.contains("volume,email,Email,1\r\nvolume,phone,Phone,2\r\n"),
                 csv.bytes.constData());
        QVERIFY(csv.bytes.contains("By channel") && !csv.bytes.contains("by_channel"));
    }

    // Skip if empty: a period without received tickets is skipped, nothing delivered.
    void skipIfEmpty() {
        using namespace sb;
        ReportSchedule s = weekly(QStringLiteral("Quiet weeks"));
        s.skipIfEmpty = true;
        saved(s);
        runcases::Recorder rec;
        ReportRunSummary summary;
        QVERIFY(runDue(runcases::at(2026, 11, 30, 8), rec, summary)); // due: 2026-W48, empty
        QCOMPARE(summary.runs.size(), 1);
        QVERIFY(summary.runs.first().state == ReportRunState::Skipped);
        QCOMPARE(summary.runs.first().periodAt, QStringLiteral("2026-W48"));
        QCOMPARE(rec.requests.size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_run_outputs")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs WHERE state = "
                                      "'skipped'")),
                 1);
        // The next week had tickets: built.
        QVERIFY(runDue(runcases::at(2026, 12, 7, 8), rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        QVERIFY(summary.runs.first().state == ReportRunState::Done);
        QCOMPARE(rec.requests.size(), 1);
    }

    // A runner down for three days (the server off): the next pass builds each missed day,
    // oldest first, each with its own period and cut-off; a second pass at the same moment adds
    // nothing. A failed day is tried again next pass; at most maxPeriods per pass, the rest
    // left to the next one.
    void missedPeriodsAreEachBuilt() {
        using namespace sb;
        ReportSchedule daily = weekly(QStringLiteral("Daily"));
        daily.periodKind = ReportPeriodKind::Day;
        daily.formats = {QStringLiteral("json")};
        const ReportSchedule s = saved(daily);
        ticket(runcases::at(2026, 12, 4, 9), "email");
        ticket(runcases::at(2026, 12, 4, 11), "chat");
        runcases::Recorder rec;
        ReportRunSummary summary;
        QVERIFY(runDue(runcases::at(2026, 12, 3, 7, 30), rec, summary));
        QCOMPARE(summary.runs.size(), 1); // a schedule that never ran: the due day only
        QCOMPARE(summary.runs.first().periodAt, QStringLiteral("2026-12-02"));
        // Down until Sunday 08:00: 12-03, 12-04 and 12-05 were missed.
        const qint64 back = runcases::at(2026, 12, 6, 8);
        QVERIFY(runDue(back, rec, summary));
        QCOMPARE(summary.runs.size(), 3);
        const QStringList days{QStringLiteral("2026-12-03"), QStringLiteral("2026-12-04"),
                               QStringLiteral("2026-12-05")};
        for (int i = 0; i < 3; ++i) {
            const ReportRunOutcome &o = summary.runs.at(i);
            QVERIFY2(o.state == ReportRunState::Done, qPrintable(o.error));
            QCOMPARE(o.periodAt, days.at(i));
            std::optional<ReportRun> run;
            QString e;
            QVERIFY2(ReportScheduleStore::run(*m_runnerDb, o.runId, run, e), qPrintable(e));
            QVERIFY(run);
            QCOMPARE(run->startMs, runcases::at(2026, 12, 3 + i, 0));
            QCOMPARE(run->endMs, runcases::at(2026, 12, 4 + i, 0));
            QVERIFY(run->cutoffSeq > 0);
            ReportOutputFile json;
            QVERIFY(
                ReportScheduleStore::output(*m_runnerDb, o.runId, QStringLiteral("json"), json, e));
            // Each day its own figures: the two tickets of 12-04 in its run only.
            QVERIFY2(json.bytes.contains(i == 1 ? "\"total\": 2" : "\"total\": 0"),
                     json.bytes.constData());
        }
        QCOMPARE(rec.requests.size(), 4);
        QVERIFY(rec.requests.at(1).subject.endsWith(QLatin1StringView("2026-12-03")));
        ReportRunSummary again;
        QVERIFY(runDue(back, rec, again)); // the same moment: one run per period
        QCOMPARE(again.runs.size(), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM report_runs WHERE schedule_id = ?"), {s.id}),
            4);

        // Down again until Thursday: four days missed, at most two per pass, and the first
        // pass's delivery fails.
        ReportRunOptions two;
        two.maxPeriods = 2;
        rec.fail = true;
        QVERIFY(runDue(runcases::at(2026, 12, 10, 8), rec, summary, two));
        QCOMPARE(summary.runs.size(), 2);
        QVERIFY(summary.anyFailed());
        QCOMPARE(summary.runs.at(0).periodAt, QStringLiteral("2026-12-06"));
        QCOMPARE(summary.runs.at(1).periodAt, QStringLiteral("2026-12-07"));
        QCOMPARE(summary.backlog.size(), 1);
        QCOMPARE(summary.backlog.first().periods, 2);
        QCOMPARE(summary.backlog.first().firstAt, QStringLiteral("2026-12-08"));
        rec.fail = false;
        QVERIFY(runDue(runcases::at(2026, 12, 10, 8, 5), rec, summary, two));
        QCOMPARE(summary.runs.size(), 2); // the failed ones first, tried again
        QCOMPARE(summary.runs.at(0).periodAt, QStringLiteral("2026-12-06"));
        QCOMPARE(summary.runs.at(0).attempt, 2);
        QVERIFY(summary.runs.at(0).state == ReportRunState::Done);
        QCOMPARE(summary.runs.at(1).periodAt, QStringLiteral("2026-12-07"));
        QVERIFY(runDue(runcases::at(2026, 12, 10, 8, 10), rec, summary, two));
        QCOMPARE(summary.runs.size(), 2);
        QCOMPARE(summary.runs.at(0).periodAt, QStringLiteral("2026-12-08"));
        QCOMPARE(summary.runs.at(1).periodAt, QStringLiteral("2026-12-09"));
        QVERIFY(summary.backlog.isEmpty());
        QVERIFY(!hasDue(runcases::at(2026, 12, 10, 8, 15)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs WHERE state = 'done'")), 8);
    }

    // A paused schedule builds nothing; resumed, it starts again from the period due at that
    // moment (stamped by the server on PostgreSQL), without the periods that fell due while it
    // was paused.
    void resumedScheduleSkipsThePausedPeriods() {
        using namespace sb;
        const qint64 day = 24 * 3600 * 1000;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 10 * day;
        ReportSchedule daily = weekly(QStringLiteral("Daily, paused"));
        daily.periodKind = ReportPeriodKind::Day;
        daily.formats = {QStringLiteral("json")};
        ReportSchedule s = saved(daily, start - day);
        QCOMPARE(s.resumedAtMs, 0);
        runcases::Recorder rec;
        ReportRunSummary summary;
        QVERIFY(runDue(start, rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        s.active = false;
        s = saved(s, start + 3600 * 1000);
        QCOMPARE(s.resumedAtMs, 0);
        QVERIFY(runDue(start + 2 * day, rec, summary));
        QCOMPARE(summary.runs.size(), 0); // paused
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        s.active = true;
        s = saved(s, before);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(s.resumedAtMs >= before - 5000 && s.resumedAtMs <= after + 5000,
                 qPrintable(QString::number(s.resumedAtMs - before)));
        // A day after resuming: the day due at the resume and the one after, not the nine
        // days since the last run.
        QVERIFY(runDue(s.resumedAtMs + day + 60000, rec, summary));
        const ReportPeriod resumedDue =
            reportScheduleDuePeriod(s, s.resumedAtMs, runcases::shanghai());
        QCOMPARE(summary.runs.size(), 2);
        QCOMPARE(summary.runs.at(0).periodAt, resumedDue.at());
        QCOMPARE(summary.runs.at(1).periodAt,
                 ReportPeriod::containing(ReportPeriodKind::Day, resumedDue.endMs(),
                                          runcases::shanghai())
                     .at());
        // Saving it again, still active, keeps the moment it was resumed.
        const qint64 resumed = s.resumedAtMs;
        s.name = QStringLiteral("Daily, renamed");
        s = saved(s, s.resumedAtMs + 2 * day);
        QCOMPARE(s.resumedAtMs, resumed);
    }

    // A failed delivery fails the run and drops its outputs; the next run-due tries again.
    void failedRunIsRetried() {
        using namespace sb;
        saved(weekly(QStringLiteral("Flaky")));
        runcases::Recorder rec;
        rec.fail = true;
        ReportRunSummary summary;
        const qint64 now = runcases::at(2026, 12, 7, 9);
        QVERIFY(runDue(now, rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        QVERIFY(summary.anyFailed());
        QVERIFY2(summary.runs.first().error.contains(QLatin1StringView("message server is down")),
                 qPrintable(summary.runs.first().error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs WHERE state = 'failed' "
                                      "AND error LIKE '%message server%'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_run_outputs")), 0);
        // The archive's filters: by state, schedule and period start.
        QList<ReportRun> runs;
        QString e;
        ReportRunFilter filter;
        filter.state = ReportRunState::Failed;
        QVERIFY2(ReportScheduleStore::runs(*m_runnerDb, filter, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().attempt, 1);
        filter.state = ReportRunState::Done;
        QVERIFY2(ReportScheduleStore::runs(*m_runnerDb, filter, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 0);
        filter = {};
        filter.scheduleId = 999999; // no such schedule
        QVERIFY2(ReportScheduleStore::runs(*m_runnerDb, filter, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 0);
        filter = {};
        filter.fromMs = runcases::at(2026, 11, 30, 0);
        filter.toMs = runcases::at(2026, 11, 30, 0) + 1;
        QVERIFY2(ReportScheduleStore::runs(*m_runnerDb, filter, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 1);
        filter.fromMs = filter.toMs;
        QVERIFY2(ReportScheduleStore::runs(*m_runnerDb, filter, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 0);
        rec.fail = false;
        QVERIFY(runDue(now + 60000, rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        QVERIFY(summary.runs.first().state == ReportRunState::Done);
        QCOMPARE(summary.runs.first().attempt, 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 1);
        QCOMPARE(count(QStringLiteral("SELECT attempt FROM report_runs")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_run_outputs")), 3);
        QCOMPARE(rec.requests.size(), 2);
    }

    // A delivery that reached the audience but not every target: the run is done (a retry
    // would send the broadcast again) and says what was not delivered.
    void partialDeliveryIsDoneWithItsErrors() {
        using namespace sb;
        saved(weekly(QStringLiteral("Partly")));
        runcases::Recorder rec;
        rec.partial = {QStringLiteral("folder /srv/reports: permission denied")};
        ReportRunSummary summary;
        QVERIFY(runDue(runcases::at(2026, 12, 7, 8), rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        QVERIFY(summary.runs.first().state == ReportRunState::Done);
        QVERIFY(!summary.anyFailed());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs WHERE state = 'done' AND "
                                      "message_id = 4242 AND error LIKE '%permission denied%'")),
                 1);
        QVERIFY(runDue(runcases::at(2026, 12, 7, 9), rec, summary));
        QCOMPARE(summary.runs.size(), 0);
        QCOMPARE(rec.requests.size(), 1);
    }

    // A crashed runner's run is taken over once its lease has passed, not before.
    void leaseIsTakenOverWhenItPasses() {
        using namespace sb;
        const ReportSchedule s = saved(weekly(QStringLiteral("Leased")));
        ReportPeriod week;
        QString e;
        QVERIFY(ReportPeriod::parse(ReportPeriodKind::Week, QStringLiteral("2026-W49"),
                                    runcases::shanghai(), week, e));
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(runcases::at(2026, 12, 7, 8)));
        ReportRunStore store(*m_runnerDb, clock);
        qint64 runId = 0;
        QVERIFY2(store.claim(m_actor, s, week, {}, QStringLiteral("crashed"), 3600000, runId, e),
                 qPrintable(e));
        QVERIFY(runId > 0);
        qint64 again = -1;
        QVERIFY2(store.claim(m_actor, s, week, {}, QStringLiteral("other"), 3600000, again, e),
                 qPrintable(e));
        QCOMPARE(again, 0); // held
        runcases::Recorder rec;
        ReportRunSummary summary;
        QVERIFY(runDue(runcases::at(2026, 12, 7, 8, 5), rec, summary));
        QCOMPARE(summary.runs.size(), 0);
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE report_runs SET lease_until = 1 WHERE id = ?"),
                            {runId}, e),
                 qPrintable(e));
        QVERIFY(runDue(runcases::at(2026, 12, 7, 9), rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        QCOMPARE(summary.runs.first().runId, runId);
        QCOMPARE(summary.runs.first().attempt, 2);
        QVERIFY(summary.runs.first().state == ReportRunState::Done);
    }

    // A done run and its outputs never change, whoever writes (the owner too).
    void doneRunsAreImmutable() {
        using namespace sb;
        saved(weekly(QStringLiteral("Kept")));
        runcases::Recorder rec;
        ReportRunSummary summary;
        QVERIFY(runDue(runcases::at(2026, 12, 7, 8), rec, summary));
        QCOMPARE(summary.runs.size(), 1);
        QString e;
        QVERIFY(!m_db->exec(QStringLiteral("UPDATE report_runs SET error = 'edited'"), {}, e));
        QVERIFY2(e.contains(QLatin1StringView("never changes")), qPrintable(e));
        QVERIFY(!m_db->exec(QStringLiteral("UPDATE report_run_outputs SET bytes = ?"),
                            {QByteArray("forged")}, e));
        QVERIFY2(e.contains(QLatin1StringView("never changes")), qPrintable(e));
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM report_run_outputs"), {}, e));
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM report_runs"), {}, e));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_run_outputs")), 3);
    }

    // The due period ("as if now"): the build time must have passed; across a month end and
    // into ISO week 53. A dry run stores and delivers nothing.
    void duePeriodAcrossMonthEndAndWeek53() {
        using namespace sb;
        ReportSchedule monthly = weekly(QStringLiteral("Monthly"));
        monthly.periodKind = ReportPeriodKind::Month;
        monthly.dayOfMonth = 1;
        const QTimeZone z = runcases::shanghai();
        QCOMPARE(reportScheduleDuePeriod(monthly, runcases::at(2026, 3, 1, 6, 59), z).at(),
                 QStringLiteral("2026-01"));
        QCOMPARE(reportScheduleDuePeriod(monthly, runcases::at(2026, 3, 1, 7), z).at(),
                 QStringLiteral("2026-02"));
        monthly.dayOfMonth = 3;
        QCOMPARE(reportScheduleDuePeriod(monthly, runcases::at(2027, 1, 2, 23), z).at(),
                 QStringLiteral("2026-11"));
        QCOMPARE(reportScheduleDuePeriod(monthly, runcases::at(2027, 1, 3, 8), z).at(),
                 QStringLiteral("2026-12"));
        ReportSchedule w = weekly(QStringLiteral("Week 53"));
        QCOMPARE(reportScheduleDuePeriod(w, runcases::at(2027, 1, 4, 6), z).at(),
                 QStringLiteral("2026-W52"));
        QCOMPARE(reportScheduleDuePeriod(w, runcases::at(2027, 1, 4, 7), z).at(),
                 QStringLiteral("2026-W53"));
        w.weekday = 7; // built on the Sunday after
        QCOMPARE(reportScheduleDuePeriod(w, runcases::at(2027, 1, 9, 12), z).at(),
                 QStringLiteral("2026-W52"));
        QCOMPARE(reportScheduleDuePeriod(w, runcases::at(2027, 1, 10, 7), z).at(),
                 QStringLiteral("2026-W53"));
        ReportSchedule hourly = weekly(QStringLiteral("Hourly"));
        hourly.periodKind = ReportPeriodKind::Hour;
        hourly.timeOfDay = QTime(0, 10);
        QCOMPARE(reportScheduleDuePeriod(hourly, runcases::at(2026, 12, 7, 9, 5), z).at(),
                 QStringLiteral("2026-12-07T07"));
        QCOMPARE(reportScheduleDuePeriod(hourly, runcases::at(2026, 12, 7, 9, 10), z).at(),
                 QStringLiteral("2026-12-07T08"));

        saved(w);
        runcases::Recorder rec;
        ReportRunSummary summary;
        ReportRunOptions dry;
        dry.dryRun = true;
        dry.atMs = runcases::at(2027, 1, 10, 8);
        QVERIFY(runDue(runcases::at(2026, 12, 7, 8), rec, summary, dry));
        QCOMPARE(summary.runs.size(), 1);
        QCOMPARE(summary.runs.first().periodAt, QStringLiteral("2026-W53"));
        QCOMPARE(summary.runs.first().runId, 0);
        QCOMPARE(summary.runs.first().outputs.size(), 3);
        QCOMPARE(summary.runs.first().outputs.first().sha256.size(), 64);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 0);
        QCOMPARE(rec.requests.size(), 0);
    }
};
