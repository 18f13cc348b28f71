#include "reportrunner.h"

#include "pdfrenderer.h"
#include "reportcsvwriter.h"
#include "reportjsondocument.h"
#include "reportxlsxwriter.h"
#include "workflow/calendarstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTranslator>

namespace sb {

namespace {

QJsonObject paramsOf(const ReportSchedule &s) {
    QJsonArray audience;
    for (const Audience &a : s.audience)
        audience.append(a.toJson());
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("sections"), QJsonArray::fromStringList(s.sections)},
            {QStringLiteral("period_kind"), reportPeriodKindKey(s.periodKind)},
            {QStringLiteral("formats"), QJsonArray::fromStringList(s.formats)},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("time_of_day"), s.timeOfDay.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("skip_if_empty"), s.skipIfEmpty},
            {QStringLiteral("broadcast"), s.broadcast},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("folder"), s.folder},
            {QStringLiteral("webhooks"), s.webhooks},
            {QStringLiteral("version"), s.version}};
}

QList<ReportRunOutputInfo> infosOf(const QList<ReportOutputFile> &files) {
    QList<ReportRunOutputInfo> out;
    for (const ReportOutputFile &f : files)
        out.append({f.format, f.fileName, f.sha256, qint64(f.bytes.size())});
    return out;
}

} // namespace

ReportRunner::ReportRunner(Database &db, const Clock &clock, ReportDeliverFn deliver)
    : m_db(db)
    , m_clock(clock)
    , m_deliver(std::move(deliver)) {
}

QString ReportRunner::baseName(const ReportSchedule &schedule, const ReportPeriod &period) {
    static const QRegularExpression unsafe(QStringLiteral(R"([^\p{L}\p{N}_-]+)"));
    QString name = schedule.name.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("report");
    QString at = period.at();
    at.replace(unsafe, QStringLiteral("-"));
    return name.left(80) + QLatin1Char('-') + at;
}

bool ReportRunner::translationFor(const QString &language, Translation &out, QString &error) {
    out = Translation::source();
    if (language == QLatin1StringView("en"))
        return true;
    auto it = m_translators.constFind(language);
    if (it == m_translators.cend()) {
        auto loaded = std::make_shared<QTranslator>();
        if (!loaded->load(QStringLiteral(":/i18n/signalboard_%1.qm").arg(language))) {
            error = tr("The %1 translation is not built into this program: the report cannot "
                       "be written in that language.")
                        .arg(language.left(20));
            return false;
        }
        it = m_translators.insert(language, loaded);
    }
    out = Translation::of(it->get());
    return true;
}

bool ReportRunner::render(const Report &report, const QString &format, const QString &language,
                          const Translation &translation, const QString &baseName,
                          ReportOutputFile &out, QString &error) {
    out = {};
    QJsonObject json = ReportEngine::toJson(report);
    json.insert(QStringLiteral("language"), language);
    QByteArray bytes;
    if (format == QLatin1StringView("json")) {
        bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        const ReportDocument doc = ReportJsonDocument::build(json, language, translation);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        bool written = false;
        if (format == QLatin1StringView("csv")) {
            written = ReportCsvWriter::write(doc, &buffer, ReportCsvWriter::Options{true}, error);
        } else if (format == QLatin1StringView("xlsx")) {
            written = ReportXlsxWriter::write(doc, &buffer, error);
        } else if (format == QLatin1StringView("pdf")) {
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
                error = tr("A PDF needs the fonts of a graphical application.");
            else
                written = PdfRenderer::render(doc, &buffer, error);
        } else {
            error = tr("\"%1\" is not one of pdf, csv, xlsx, json.").arg(format.left(20));
        }
        if (!written) {
            error = tr("The %1 output: %2").arg(format, error);
            return false;
        }
    }
    out.format = format;
    out.fileName = baseName + QLatin1Char('.') + format;
    out.bytes = bytes;
    out.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return true;
}

ReportDeliveryRequest ReportRunner::deliveryRequest(const ReportSchedule &schedule,
                                                    const ReportPeriod &period, qint64 runId,
                                                    const Report &report,
                                                    const QList<ReportOutputFile> &files,
                                                    const Translation &language) {
    const auto text = [&language](const char *source) {
        return language.text("sb::ReportRunner", source);
    };
    ReportDeliveryRequest r;
    r.runId = runId;
    r.subject = text(QT_TR_NOOP("%1: %2")).arg(schedule.name, period.at());
    QString summary =
        text(QT_TR_NOOP("%1, %2 to %3.")).arg(schedule.name, period.startText(), period.endText());
    if (report.volume)
        summary +=
            QLatin1Char(' ') + text(QT_TR_NOOP("Tickets received: %1.")).arg(report.volume->total);
    else if (report.archived && report.archived->rollup)
        summary += QLatin1Char(' ') +
                   text(QT_TR_NOOP("Tickets received: %1.")).arg(report.archived->tickets);
    if (report.archived)
        summary += QLatin1Char(' ') +
                   ReportEngine::archivedNote(ReportEngine::archivedJson(report), language);
    r.summary = summary;
    if (schedule.broadcast) {
        r.audience = schedule.audience;
        for (const ReportOutputFile &f : files)
            if (f.format == QLatin1StringView("pdf"))
                r.attachments.append(f);
        if (r.attachments.isEmpty())
            r.attachments = files; // no PDF asked for: the formats that are
    }
    if (!schedule.folder.trimmed().isEmpty()) {
        r.folder = schedule.folder.trimmed();
        r.folderFiles = files;
    }
    r.webhooks = schedule.webhooks;
    return r;
}

bool ReportRunner::build(const ReportSchedule &schedule, const ReportPeriod &period,
                         const Translation &language, Report &report, bool &empty,
                         QList<ReportOutputFile> &files, QString &error) {
    files.clear();
    empty = false;
    ReportEngine engine(m_db, m_clock);
    if (!engine.build({period, schedule.sections}, report, error))
        return false;
    if (schedule.skipIfEmpty) {
        VolumeFigures volume;
        if (report.volume) {
            volume = *report.volume;
        } else if (report.archived && report.archived->rollup) {
            volume.total = report.archived->tickets; // the month's roll-up
        } else if (!VolumeSection::load(m_db, period.toWindow(1), report.settings, volume, error)) {
            return false;
        }
        empty = volume.total == 0;
        if (empty)
            return true;
    }
    const QString base = baseName(schedule, period);
    for (const QString &format : schedule.formats) {
        ReportOutputFile file;
        if (!render(report, format, schedule.language, language, base, file, error))
            return false;
        files.append(file);
    }
    return true;
}

ReportRunOutcome ReportRunner::runOne(const ReportActor &actor, const ReportSchedule &schedule,
                                      const ReportPeriod &period, const ReportRunOptions &options) {
    ReportRunOutcome o;
    o.scheduleId = schedule.id;
    o.scheduleName = schedule.name;
    o.periodAt = period.at();
    Report report;
    bool empty = false;
    QList<ReportOutputFile> files;
    // The documents and the broadcast's text in the schedule's language, whatever the
    // interface's: the translation is passed down, nothing is installed.
    Translation language;
    if (!translationFor(schedule.language, language, o.error)) {
        o.state = ReportRunState::Failed;
        return o;
    }
    if (options.dryRun) {
        if (!build(schedule, period, language, report, empty, files, o.error))
            o.state = ReportRunState::Failed;
        else
            o.state = empty ? ReportRunState::Skipped : ReportRunState::Done;
        o.outputs = infosOf(files);
        return o;
    }
    ReportRunStore store(m_db, m_clock);
    QString error;
    if (!store.claim(actor, schedule, period, paramsOf(schedule), options.runner, options.leaseMs,
                     o.runId, error)) {
        o.state = ReportRunState::Failed;
        o.error = error;
        return o;
    }
    if (o.runId == 0) {
        o.state = ReportRunState::Running; // another runner holds it, or it is finished
        return o;
    }
    std::optional<ReportRun> claimed;
    if (ReportScheduleStore::run(m_db, o.runId, claimed, error) && claimed)
        o.attempt = claimed->attempt;
    const auto fail = [&](const QString &why) {
        o.state = ReportRunState::Failed;
        o.error = why;
        o.outputs.clear();
        QString ignored;
        store.finish(actor, o.runId, ReportRunState::Failed, why, report.cutoffSeq,
                     report.cutoffAtMs, 0, ignored);
        if (!ignored.isEmpty())
            o.error += QLatin1Char('\n') + ignored;
        return o;
    };
    if (!build(schedule, period, language, report, empty, files, error))
        return fail(error);
    if (empty) {
        if (!store.finish(actor, o.runId, ReportRunState::Skipped, QString(), report.cutoffSeq,
                          report.cutoffAtMs, 0, error))
            return fail(error);
        o.state = ReportRunState::Skipped;
        return o;
    }
    for (const ReportOutputFile &f : std::as_const(files))
        if (!store.addOutput(actor, o.runId, f, error))
            return fail(error);
    o.outputs = infosOf(files);
    const ReportDeliveryRequest request =
        deliveryRequest(schedule, period, o.runId, report, files, language);
    QString delivered;
    const bool wanted =
        !request.audience.isEmpty() || !request.folder.isEmpty() || request.webhooks;
    if (wanted) {
        if (!m_deliver)
            return fail(tr("No delivery is set up for this runner."));
        ReportDeliveryResult result;
        if (!m_deliver(request, result, error))
            return fail(tr("Delivery failed: %1").arg(error));
        o.messageId = result.messageId;
        delivered = result.errors.join(QLatin1Char('\n'));
    }
    if (!store.finish(actor, o.runId, ReportRunState::Done, delivered, report.cutoffSeq,
                      report.cutoffAtMs, o.messageId, error))
        return fail(error);
    o.state = ReportRunState::Done;
    o.error = delivered;
    return o;
}

bool ReportRunner::runDue(const ReportActor &actor, const ReportRunOptions &options,
                          ReportRunSummary &summary, QString &error) {
    summary = {};
    return forEachDue(
        options,
        [&](const ReportSchedule &s, const ReportPeriod &period) {
            ReportRunOutcome outcome = runOne(actor, s, period, options);
            if (outcome.state != ReportRunState::Running) // else another runner claimed it first
                summary.runs.append(outcome);
            return true;
        },
        &summary.backlog, error);
}

bool ReportRunner::hasDue(const ReportRunOptions &options, bool &due, QString &error) {
    due = false;
    return forEachDue(
        options,
        [&due](const ReportSchedule &, const ReportPeriod &) {
            due = true;
            return false; // one is enough
        },
        nullptr, error);
}

bool ReportRunner::forEachDue(
    const ReportRunOptions &options,
    const std::function<bool(const ReportSchedule &, const ReportPeriod &)> &visit,
    QList<ReportRunBacklog> *backlog, QString &error) {
    BusinessCalendar calendar;
    if (!CalendarStore(m_db).load(calendar, error))
        return false;
    QList<ReportSchedule> schedules;
    if (!ReportScheduleStore::list(m_db, schedules, error))
        return false;
    if (options.scheduleId > 0) {
        const bool known =
            std::any_of(schedules.cbegin(), schedules.cend(),
                        [&](const ReportSchedule &s) { return s.id == options.scheduleId; });
        if (!known) {
            error = tr("Report schedule #%1 does not exist.").arg(options.scheduleId);
            return false;
        }
    }
    const qint64 now = options.atMs.value_or(m_clock.nowMs());
    const int most = qMax(1, options.maxPeriods);
    for (const ReportSchedule &s : std::as_const(schedules)) {
        // A schedule named by id runs even when paused (to try it); otherwise only active ones.
        if (options.scheduleId > 0 ? s.id != options.scheduleId : !s.active)
            continue;
        const ReportPeriod due = reportScheduleDuePeriod(s, now, calendar.timeZone());
        // Failed runs are tried again among the last kRetryPeriods periods.
        ReportPeriod oldest = due;
        for (int i = 1; i < ReportRunOptions::kRetryPeriods; ++i)
            oldest = oldest.previous();
        QList<ReportRunStore::PeriodRun> runs;
        qint64 latest = 0;
        if (!ReportRunStore::periodRuns(m_db, s.id, due.kind(), oldest.startMs(), due.startMs(),
                                        runs, latest, error))
            return false;
        int left = 0;
        QString leftFirst;
        // Resumed after a pause: start again from the period due at that moment.
        const qint64 notBefore =
            s.resumedAtMs > 0
                ? reportScheduleDuePeriod(s, s.resumedAtMs, calendar.timeZone()).startMs()
                : 0;
        QList<ReportPeriod> plan = reportSchedulePlan(due, runs, latest, m_clock.nowMs(), most,
                                                      left, leftFirst, notBefore);
        if (options.dryRun && plan.isEmpty())
            plan = {due}; // a dry run shows the due period even when it is done
        if (left > 0 && backlog)
            backlog->append({s.id, s.name, left, leftFirst});
        for (const ReportPeriod &period : std::as_const(plan))
            if (!visit(s, period))
                return true;
    }
    return true;
}

} // namespace sb
