#pragma once

#include "reports/reportengine.h"
#include "reports/reportschedule.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sb {

// Runs the due report schedules: for each active schedule whose latest complete period (its
// build time passed, in the business calendar's zone) has no finished run, it claims the run
// (a lease in the database: two runners make one run), builds the report with ReportEngine as
// the runner's login, skips it when asked and the period received no ticket, renders every
// format (PDF, CSV, Excel, JSON), stores the outputs with their SHA-256, delivers them through
// the injected delivery and finishes the run. A failed step marks the run failed with the
// reason and drops its outputs; the next run-due tries it again (attempt + 1). Delivery that
// reached no target fails the run; targets that failed beside others that worked are noted in
// the done run's error (a retry would repeat the broadcast).
//
// Rendering a PDF needs a QGuiApplication (fonts); the text of headings comes through tr(),
// so the process's installed translation decides their language.
class ReportRunner {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportRunner)
public:
    ReportRunner(Database &db, const Clock &clock, ReportDeliverFn deliver);

    // Handles every due schedule (or options.scheduleId). False only when the schedules could
    // not be read at all; each run's failure is in `summary`.
    bool runDue(const ReportActor &actor, const ReportRunOptions &options,
                ReportRunSummary &summary, QString &error);

    // Whether runDue with `options` would run a schedule now (`due`), reading only: nothing
    // is claimed or written. A workstation checks this on its background connection before it
    // opens one for the run. False only when the schedules could not be read.
    bool hasDue(const ReportRunOptions &options, bool &due, QString &error);

    // One output of a built report, named `<base>.<format>`.
    static bool render(const Report &report, const QString &format, const QString &language,
                       const QString &baseName, ReportOutputFile &out, QString &error);
    // "<schedule name>-<period>", reduced to letters, digits, '-' and '_' (no directory part).
    static QString baseName(const ReportSchedule &schedule, const ReportPeriod &period);
    // The delivery a schedule asks for, with `files` (every output) as built.
    static ReportDeliveryRequest deliveryRequest(const ReportSchedule &schedule,
                                                 const ReportPeriod &period, qint64 runId,
                                                 const Report &report,
                                                 const QList<ReportOutputFile> &files);

private:
    // Calls `visit` for each schedule due now under `options`, in order, until it returns false.
    bool forEachDue(const ReportRunOptions &options,
                    const std::function<bool(const ReportSchedule &, const ReportPeriod &)> &visit,
                    QString &error);
    ReportRunOutcome runOne(const ReportActor &actor, const ReportSchedule &schedule,
                            const ReportPeriod &period, const ReportRunOptions &options);
    bool build(const ReportSchedule &schedule, const ReportPeriod &period, Report &report,
               bool &empty, QList<ReportOutputFile> &files, QString &error);

    Database &m_db;
    const Clock &m_clock;
    ReportDeliverFn m_deliver;
};

} // namespace sb
