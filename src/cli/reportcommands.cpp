#include "commands.h"
#include "options.h"

#include "pdfrenderer.h"
#include "reportcsvwriter.h"
#include "reportjsondocument.h"
#include "reports/reportarguments.h"
#include "reports/reportengine.h"
#include "reportxlsxwriter.h"
#include "util/clock.h"
#include "workflow/calendarstore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTranslator>

namespace sb::cli {

namespace {

constexpr auto kUsage =
    "usage: signalboard-cli report --db URL --period hour|day|week|month [--at AT] "
    "[--from T --to T] --format json|csv|pdf|xlsx [--lang en|zh_CN] [--bom] --output FILE|- "
    "[--sections a,b]\n"
    "  --output -: standard output (json and csv only); --bom: a UTF-8 BOM first (csv)\n"
    "  --at: YYYY-MM-DDTHH (hour), YYYY-MM-DD (day), YYYY-Www (ISO week), YYYY-MM (month);\n"
    "        default: the last complete period. --from/--to (dates or local date-times)\n"
    "        give a range instead (--period range or no --period).\n";

} // namespace

// report: one report as its machine form, for scripts and cron.
int report(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("output")},
                 {QStringLiteral("period"), QStringLiteral("at"), QStringLiteral("from"),
                  QStringLiteral("to"), QStringLiteral("format"), QStringLiteral("lang"),
                  QStringLiteral("sections")},
                 {QStringLiteral("bom")});
    if (!opts.ok(io)) {
        io.err << kUsage;
        return 2;
    }
    QHash<QString, QString> given;
    for (const char *name : {"output", "period", "at", "from", "to", "format", "lang", "sections"})
        if (opts.has(QLatin1StringView(name)))
            given.insert(QLatin1StringView(name), opts.value(QLatin1StringView(name)));
    QString argError;
    bool usage = false;
    const auto checked = ReportArguments::parse(given, opts.has(QStringLiteral("bom")),
                                                ReportEngine::sectionKeys(), argError, usage);
    if (!checked) {
        io.err << "signalboard-cli: " << argError << '\n';
        if (usage)
            io.err << kUsage;
        return 2;
    }
    const QString &format = checked->format;
    const QString &lang = checked->lang;
    const ReportPeriodKind kind = checked->kind;
    const QStringList &sections = checked->sections;

    auto db = opts.openForReading(io, QStringLiteral("report"));
    if (!db || !schemaReady(*db, io))
        return 1;
    QString error;
    BusinessCalendar calendar;
    if (!CalendarStore(*db).load(calendar, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    const QTimeZone zone = calendar.timeZone();
    SystemClock clock;
    ReportPeriod period;
    if (kind == ReportPeriodKind::Range) {
        if (!ReportPeriod::range(opts.value(QStringLiteral("from")),
                                 opts.value(QStringLiteral("to")), zone, period, error)) {
            io.err << "signalboard-cli: --from/--to: " << error << '\n';
            return 2;
        }
    } else if (opts.has(QStringLiteral("at"))) {
        if (!ReportPeriod::parse(kind, opts.value(QStringLiteral("at")), zone, period, error)) {
            io.err << "signalboard-cli: --at: " << error << '\n';
            return 2;
        }
    } else {
        period = ReportPeriod::lastComplete(kind, clock.nowMs(), zone);
    }

    ReportEngine engine(*db, clock);
    Report built;
    if (!engine.build({period, sections}, built, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    QJsonObject json = ReportEngine::toJson(built);
    json.insert(QStringLiteral("language"), lang);
    const QString output = opts.value(QStringLiteral("output"));
    if (format != QLatin1StringView("json")) {
        // The document's headings come through tr(): Chinese needs the translation.
        QTranslator translator;
        if (!loadTranslation(lang, translator, io))
            return 1;
        const ReportDocument doc = ReportJsonDocument::build(json, lang);
        const ReportCsvWriter::Options csv{opts.has(QStringLiteral("bom"))};
        bool written = false;
        if (format == QLatin1StringView("csv") && output == QLatin1StringView("-")) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            written = ReportCsvWriter::write(doc, &buffer, csv, error);
            io.out << QString::fromUtf8(buffer.data());
            return written ? 0 : 1;
        }
        if (format == QLatin1StringView("csv"))
            written = ReportCsvWriter::writeToFile(doc, output, csv, error);
        else if (format == QLatin1StringView("pdf"))
            written = PdfRenderer::renderToFile(doc, output, error);
        else
            written = ReportXlsxWriter::writeToFile(doc, output, error);
        if (!written) {
            io.err << "signalboard-cli: " << error << '\n';
            return 1;
        }
        io.err << "signalboard-cli: report " << reportPeriodKindKey(period.kind()) << ' '
               << period.at() << " written to " << output << '\n';
        return 0;
    }
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (output == QLatin1StringView("-")) {
        io.out << QString::fromUtf8(bytes);
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << "signalboard-cli: cannot write " << output << ": " << file.errorString() << '\n';
        return 1;
    }
    io.err << "signalboard-cli: report " << reportPeriodKindKey(period.kind()) << ' ' << period.at()
           << " written to " << output << '\n';
    return 0;
}

} // namespace sb::cli
