#pragma once

#include "reports/reportengine.h"
#include "reports/reportschedule.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTranslator>

#include <functional>
#include <memory>

namespace sb {

// Runs the due report schedules: for each active schedule, every complete period (its build
// time passed, in the business calendar's zone) after its latest run, oldest first, at most
// ReportRunOptions::maxPeriods per pass (reportSchedulePlan), and its failed runs among the last
// ReportRunOptions::kRetryPeriods periods. For each such period it claims the run (a lease in
// the database: two runners make one run per period), builds the report with ReportEngine as
// the runner's login, skips it when asked and the period received no ticket, renders every
// format (PDF, CSV, Excel, JSON), stores the outputs with their SHA-256, delivers them through
// the injected delivery and finishes the run. A failed step marks the run failed with the
// reason and drops its outputs; the next run-due tries it again (attempt + 1). Delivery that
// reached no target fails the run; targets that failed beside others that worked are noted in
// the done run's error (a retry would repeat the broadcast).
//
// Rendering a PDF needs a QGuiApplication (fonts). Each schedule's documents and broadcast text
// are in the schedule's language ("en", "zh_CN"): the runner loads that translation
// (:/i18n/signalboard_<language>.qm, built into the GUI and the command line) and passes it to
// the document builder and the writers. It installs nothing, so a workstation's interface
// keeps its own language while it runs schedules in any language, on any thread.
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
    // `language` ("en", "zh_CN") sets numbers and fonts, `translation` the texts.
    static bool render(const Report &report, const QString &format, const QString &language,
                       const Translation &translation, const QString &baseName,
                       ReportOutputFile &out, QString &error);
    // "<schedule name>-<period>", reduced to letters, digits, '-' and '_' (no directory part).
    static QString baseName(const ReportSchedule &schedule, const ReportPeriod &period);
    // The delivery a schedule asks for, with `files` (every output) as built.
    // The subject and summary are in `language`.
    static ReportDeliveryRequest deliveryRequest(const ReportSchedule &schedule,
                                                 const ReportPeriod &period, qint64 runId,
                                                 const Report &report,
                                                 const QList<ReportOutputFile> &files,
                                                 const Translation &language);

private:
    // Calls `visit` for each period to build now under `options` (by schedule, each schedule's
    // oldest first; reportSchedulePlan) until it returns false. The periods left to the next
    // pass go to `backlog` (when given).
    bool forEachDue(const ReportRunOptions &options,
                    const std::function<bool(const ReportSchedule &, const ReportPeriod &)> &visit,
                    QList<ReportRunBacklog> *backlog, QString &error);
    ReportRunOutcome runOne(const ReportActor &actor, const ReportSchedule &schedule,
                            const ReportPeriod &period, const ReportRunOptions &options);
    bool build(const ReportSchedule &schedule, const ReportPeriod &period,
               const Translation &language, Report &report, bool &empty,
               QList<ReportOutputFile> &files, QString &error);
    // The translation of a schedule's language (loaded once per runner; English: the source).
    bool translationFor(const QString &language, Translation &out, QString &error);

    Database &m_db;
    const Clock &m_clock;
    ReportDeliverFn m_deliver;
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
};

} // namespace sb
