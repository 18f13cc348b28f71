#include "commands.h"
#include "options.h"

#include "reportrunner.h"
#include "reports/reportdelivery.h"
#include "reports/reportschedule.h"
#include "util/clock.h"
#include "workflow/calendarstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace sb::cli {

namespace {

constexpr auto kRunDueUsage =
    "usage: signalboard-cli report run-due --db URL [--at ISO-TIME] [--dry-run] [--schedule ID]\n"
    "  builds, stores and delivers every due scheduled report (one JSON line per run);\n"
    "  --at: as if it were that time (local in the calendar's zone unless an offset is given);\n"
    "  --dry-run: build and render only, store and deliver nothing (--at implies it);\n"
    "  --schedule ID: only that schedule, also when it is paused.\n"
    "  Periods missed while nothing ran are built too, oldest first, at most 60 per schedule\n"
    "  and run; the rest are said on stderr and built by the next run-due.\n"
    "  Exit 0 when every run is done or skipped, 1 when one failed.\n";

} // namespace

// report run-due: the scheduled reports that are due, for cron or the systemd timer.
int reportRunDue(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")}, {QStringLiteral("at"), QStringLiteral("schedule")},
                 {QStringLiteral("dry-run")});
    if (!opts.ok(io)) {
        io.err << kRunDueUsage;
        return 2;
    }
    ReportRunOptions options;
    if (opts.has(QStringLiteral("schedule"))) {
        bool ok = false;
        options.scheduleId = opts.value(QStringLiteral("schedule")).toLongLong(&ok);
        if (!ok || options.scheduleId <= 0) {
            io.err << "signalboard-cli: --schedule takes a schedule id\n";
            return 2;
        }
    }
    auto db = opts.openDatabase(io, QStringLiteral("report-run-due"));
    if (!db || !schemaReady(*db, io))
        return 1;
    QString error;
    if (opts.has(QStringLiteral("at"))) {
        BusinessCalendar calendar;
        if (!CalendarStore(*db).load(calendar, error)) {
            io.err << "signalboard-cli: " << error << '\n';
            return 1;
        }
        const QString text = opts.value(QStringLiteral("at"));
        QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid() && at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), calendar.timeZone());
        if (!at.isValid()) {
            io.err << "signalboard-cli: --at \"" << text.left(40)
                   << "\" is not an ISO date-time (2026-12-07T08:00, offset optional)\n";
            return 2;
        }
        options.atMs = at.toMSecsSinceEpoch();
        options.dryRun = true; // "as if now": nothing stored, nothing delivered
    }
    options.dryRun = options.dryRun || opts.has(QStringLiteral("dry-run"));
    options.runner = QStringLiteral("cli@") + QSysInfo::machineHostName();
    // Each schedule's documents are in its language: the runner passes that translation to the
    // documents (the same way as on a workstation); nothing is installed here.

    SystemClock clock;
    ReportRunner runner(
        *db, clock,
        [&](const ReportDeliveryRequest &request, ReportDeliveryResult &result, QString &err) {
            return ReportDelivery(*db, clock).deliver(request, result, err);
        });
    ReportRunSummary summary;
    // On SQLite the program runs as the system; on PostgreSQL as the URL's login, which must
    // hold reports.schedule (the server checks it).
    if (!runner.runDue(ReportActor{}, options, summary, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    for (const ReportRunOutcome &run : std::as_const(summary.runs)) {
        QJsonObject line = run.toJson();
        if (options.dryRun)
            line.insert(QStringLiteral("dry_run"), true);
        io.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    for (const ReportRunBacklog &b : std::as_const(summary.backlog))
        io.err << "signalboard-cli: schedule #" << b.scheduleId << " \"" << b.scheduleName
               << "\": " << b.periods << " more missed period(s) from " << b.firstAt
               << " are left to the next run-due (at most " << options.maxPeriods
               << " per schedule and run)\n";
    return summary.anyFailed() ? 1 : 0;
}

// report schedules: the schedules, one JSON line each.
int reportSchedules(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")}, {});
    if (!opts.ok(io)) {
        io.err << "usage: signalboard-cli report schedules --db URL\n";
        return 2;
    }
    auto db = opts.openDatabase(io, QStringLiteral("report-schedules"));
    if (!db || !schemaReady(*db, io))
        return 1;
    QList<ReportSchedule> schedules;
    QString error;
    if (!ReportScheduleStore::list(*db, schedules, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    for (const ReportSchedule &s : std::as_const(schedules)) {
        QJsonArray audience;
        for (const Audience &a : s.audience)
            audience.append(a.toJson());
        const QJsonObject line{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("period"), reportPeriodKindKey(s.periodKind)},
            {QStringLiteral("sections"), QJsonArray::fromStringList(s.sections)},
            {QStringLiteral("formats"), QJsonArray::fromStringList(s.formats)},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("time_of_day"), s.timeOfDay.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("weekday"), s.weekday},
            {QStringLiteral("day_of_month"), s.dayOfMonth},
            {QStringLiteral("skip_if_empty"), s.skipIfEmpty},
            {QStringLiteral("broadcast"), s.broadcast},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("folder"), s.folder},
            {QStringLiteral("webhooks"), s.webhooks},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("version"), s.version}};
        io.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    return 0;
}

} // namespace sb::cli
