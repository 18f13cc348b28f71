#pragma once

#include "messaging/message.h"
#include "reports/reportdelivery.h"
#include "reports/reportperiod.h"
#include "reports/supervisionstore.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>
#include <optional>

namespace sb {

// Report schedules (定期通报): a manager names a report (sections, period kind, formats,
// language), when it is built (the local time of day in the business calendar's zone) and where
// it goes (a broadcast to an audience, a folder, the chat webhooks). A runner builds each
// complete period of a schedule once: the run and its outputs are stored for good. Periods
// missed while no runner ran (a server off over a weekend) are built on the next pass, oldest
// first, at most ReportRunOptions::maxPeriods of a schedule per pass.

// One schedule (table report_schedules).
struct ReportSchedule {
    qint64 id = 0; // 0: not stored yet
    QString name;
    QStringList sections; // section keys (ReportEngine::sectionKeys()); empty: every section
    ReportPeriodKind periodKind = ReportPeriodKind::Week; // Hour, Day, Week or Month
    QList<Audience> audience;                // the broadcast's recipients (their union)
    QStringList formats;                     // "pdf", "csv", "xlsx", "json"; at least one
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    // When the period's report is built, local time in the calendar's zone: for Hour only the
    // minute counts (minutes past the hour); for Day, Week and Month the time on the day after
    // the period ends (Week: on `weekday`, Month: on `dayOfMonth`, clamped to the month's
    // length).
    QTime timeOfDay = QTime(7, 0);
    int weekday = 1;          // Week: 1 (Monday) … 7 (Sunday)
    int dayOfMonth = 1;       // Month: 1 … 28
    bool skipIfEmpty = false; // no received tickets in the period: the run is skipped
    bool broadcast = true;    // send a broadcast to `audience` with the PDF attached
    QString folder;           // write every output there; empty: none
    bool webhooks = false;    // post the summary to the chat webhooks
    bool active = true;
    qint64 version = 0; // raised on every change
    qint64 updatedBy = 0;
    qint64 updatedAtMs = 0;
    // When a save last turned a paused schedule back on (0: never). The periods that fell due
    // while it was paused are not built: it starts again from the period due at that moment.
    qint64 resumedAtMs = 0;
};

enum class ReportRunState { Running, Done, Failed, Skipped };
// "running", "done", "failed", "skipped" (report_runs.state).
QString reportRunStateKey(ReportRunState state);
std::optional<ReportRunState> reportRunStateFromKey(const QString &key);

// What a run stored of one output (its bytes through ReportScheduleStore::output).
struct ReportRunOutputInfo {
    QString format;
    QString fileName;
    QString sha256;
    qint64 size = 0;
};

// One run of a schedule for one period (table report_runs); never changes once done.
struct ReportRun {
    qint64 id = 0;
    qint64 scheduleId = 0; // 0: an ad hoc run
    QString scheduleName;
    ReportPeriodKind periodKind = ReportPeriodKind::Week;
    QString periodAt; // ReportPeriod::at(): "2026-W49"
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString zone;       // IANA id of the calendar's zone
    QJsonObject params; // the schedule as the run used it (sections, formats, language, …)
    ReportRunState state = ReportRunState::Running;
    QString error; // failed: why; done with delivery errors: what was not delivered
    qint64 cutoffSeq = 0;
    qint64 cutoffAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0; // 0: running
    qint64 leaseUntilMs = 0; // running: another runner takes it over after this
    QString runner;          // who ran it: "host/login" or the CLI's name
    qint64 messageId = 0;    // the broadcast delivered (0: none)
    int attempt = 1;
    QList<ReportRunOutputInfo> outputs;
};

struct ReportRunFilter {
    qint64 scheduleId = 0; // 0: every schedule (and ad hoc runs)
    qint64 fromMs = 0;     // period start >= fromMs (0: no bound)
    qint64 toMs = 0;       // period start < toMs (0: no bound)
    std::optional<ReportRunState> state;
    int limit = 200; // newest first
};

// Schedules and runs, the same rules on both databases. Writing a schedule needs
// reports.schedule; reading runs and outputs needs reports.read. A save names the version it
// was made on (a changed schedule is refused). Every write is audited (report.schedule.save,
// .remove) and reaches the change feed (ChangeEntity::ReportSchedule, ReportRun). On PostgreSQL
// every write goes through the server's functions (resources/sql/postgresql/
// 036_report_schedules.sql), which check the login.
class ReportScheduleStore {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportScheduleStore)
public:
    ReportScheduleStore(Database &db, const Clock &clock);

    // Every schedule, by name.
    static bool list(const Database &db, QList<ReportSchedule> &out, QString &error);
    static bool load(const Database &db, qint64 id, std::optional<ReportSchedule> &out,
                     QString &error);

    // Inserts (id 0, expectedVersion 0) or updates a schedule; `out` is the stored one. Each
    // field is validated (issues()); the error names the field.
    bool save(const ReportActor &actor, const ReportSchedule &schedule, qint64 expectedVersion,
              ReportSchedule &out, QString &error);
    // Removes a schedule; its runs stay (scheduleId kept, the name in scheduleName).
    bool remove(const ReportActor &actor, qint64 id, qint64 expectedVersion, QString &error);

    // What a schedule lacks or gets wrong, one line per field naming it; empty when valid.
    static QStringList issues(const ReportSchedule &schedule);

    // Runs matching `filter`, newest period first, with their outputs' infos.
    static bool runs(const Database &db, const ReportRunFilter &filter, QList<ReportRun> &out,
                     QString &error);
    static bool run(const Database &db, qint64 runId, std::optional<ReportRun> &out,
                    QString &error);
    // The stored bytes of a run's output; false with `error` when the run has no such output.
    static bool output(const Database &db, qint64 runId, const QString &format,
                       ReportOutputFile &out, QString &error);

    static constexpr qsizetype kMaxName = 200;
    static constexpr qsizetype kMaxFolder = 1000;

private:
    bool writeLocally(const ReportActor &actor, const std::function<bool(QString &)> &work,
                      QString &error);

    Database &m_db;
    const Clock &m_clock;
};

// The claims and writes of runners (the core part of ReportRunner): one run per schedule,
// period kind and period start. Needs reports.schedule: on SQLite checked here for a staff
// actor (staffId 0 is the system: the command line on a database file it may write); on
// PostgreSQL by the server's functions, as the runner's login.
class ReportRunStore {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportRunStore)
public:
    ReportRunStore(Database &db, const Clock &clock);

    // Claims `period` of `schedule`: a new run, or one left by a runner (running past its
    // lease, or failed: attempt + 1, its outputs dropped). `runId` 0 when another runner holds
    // it or it is finished (done or skipped).
    bool claim(const ReportActor &actor, const ReportSchedule &schedule, const ReportPeriod &period,
               const QJsonObject &params, const QString &runner, qint64 leaseMs, qint64 &runId,
               QString &error);
    // Stores one output of a running run; the SHA-256 is checked against the bytes.
    bool addOutput(const ReportActor &actor, qint64 runId, const ReportOutputFile &file,
                   QString &error);
    // Finishes a running run: Done, Skipped or Failed (its outputs dropped).
    bool finish(const ReportActor &actor, qint64 runId, ReportRunState state,
                const QString &runError, qint64 cutoffSeq, qint64 cutoffAtMs, qint64 messageId,
                QString &error);
    // The run of a schedule's period, if there is one.
    static bool find(const Database &db, qint64 scheduleId, const ReportPeriod &period,
                     std::optional<ReportRun> &out, QString &error);

    // What a runner needs to know of a period's run to plan a pass.
    struct PeriodRun {
        qint64 startMs = 0;
        ReportRunState state = ReportRunState::Running;
        qint64 leaseUntilMs = 0;
    };
    // The start of `scheduleId`'s latest run of `kind` starting at or before toMs
    // (`latestStartMs`, 0: none) and its runs starting from fromMs (or that latest one, when
    // older) to toMs, oldest first.
    static bool periodRuns(const Database &db, qint64 scheduleId, ReportPeriodKind kind,
                           qint64 fromMs, qint64 toMs, QList<PeriodRun> &out, qint64 &latestStartMs,
                           QString &error);

private:
    bool writeLocally(const ReportActor &actor, const std::function<bool(QString &)> &work,
                      QString &error);

    Database &m_db;
    const Clock &m_clock;
};

// How the runner delivers a finished run (ReportDelivery::deliver's shape); injected so the
// runner can be tested and so the GUI and CLI choose the delivery.
using ReportDeliverFn = std::function<bool(const ReportDeliveryRequest &request,
                                           ReportDeliveryResult &result, QString &error)>;

struct ReportRunOptions {
    // Dry run: compute what is due as if the time were `atMs` and build it, but store and
    // deliver nothing.
    bool dryRun = false;
    std::optional<qint64> atMs; // "now" for choosing the due period (default: the Clock)
    qint64 scheduleId = 0;      // 0: every active schedule; else only this one, even paused
    QString runner;             // stored in report_runs.runner
    qint64 leaseMs = 15 * 60 * 1000;
    // The most periods of one schedule a pass builds (missed ones oldest first); the rest are
    // in ReportRunSummary::backlog and left to the next pass.
    int maxPeriods = kMaxPeriodsPerPass;
    static constexpr int kMaxPeriodsPerPass = 60;
    // A failed run is tried again on each pass while its period is among the last this many.
    static constexpr int kRetryPeriods = 60;
};

// One line of what run-due did.
struct ReportRunOutcome {
    qint64 scheduleId = 0;
    QString scheduleName;
    QString periodAt;
    qint64 runId = 0; // 0: dry run
    ReportRunState state = ReportRunState::Done;
    QString error;
    qint64 messageId = 0;
    int attempt = 1;
    QList<ReportRunOutputInfo> outputs;
    QJsonObject toJson() const; // {"schedule", "name", "period", "run", "state", …}
};

// Periods of a schedule due but left to the next pass (more than maxPeriods were due).
struct ReportRunBacklog {
    qint64 scheduleId = 0;
    QString scheduleName;
    int periods = 0; // how many were left
    QString firstAt; // the oldest of them (ReportPeriod::at())
};

struct ReportRunSummary {
    QList<ReportRunOutcome> runs;
    QList<ReportRunBacklog> backlog;
    bool anyFailed() const;
};

// The due period of a schedule at `nowMs`: the latest complete period whose build time
// (timeOfDay, weekday, dayOfMonth) has passed in `zone`. Pure: no database.
ReportPeriod reportScheduleDuePeriod(const ReportSchedule &schedule, qint64 nowMs,
                                     const QTimeZone &zone);

// The periods a pass builds for a schedule whose due period is `due`, oldest first, given its
// runs (ReportRunStore::periodRuns over the last ReportRunOptions::kRetryPeriods periods) and
// the start of its latest run: every period after its latest run up to `due` (only `due` when
// it never ran), and each of those runs that failed or was left running past its lease (a
// crashed runner). At most `maxPeriods`; `left` says how many more there were and `leftFirst`
// the oldest of those. No period starting before `notBeforeMs` is built or tried again (a
// resumed schedule: the start of the period that was due when it was resumed; 0: none). Pure:
// no database.
QList<ReportPeriod> reportSchedulePlan(const ReportPeriod &due,
                                       const QList<ReportRunStore::PeriodRun> &runs,
                                       qint64 latestStartMs, qint64 nowMs, int maxPeriods,
                                       int &left, QString &leftFirst, qint64 notBeforeMs = 0);

// The runner itself (building, rendering, storing, delivering) is sb::ReportRunner in
// src/render/reportrunner.h: rendering needs Qt Gui, which core never links.

} // namespace sb
