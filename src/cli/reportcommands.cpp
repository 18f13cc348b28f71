#include "commands.h"
#include "options.h"

#include "pdfrenderer.h"
#include "reportcsvwriter.h"
#include "reportjsondocument.h"
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
    const QString format = opts.has(QStringLiteral("format")) ? opts.value(QStringLiteral("format"))
                                                              : QStringLiteral("json");
    const bool binary = format == QLatin1StringView("pdf") || format == QLatin1StringView("xlsx");
    if (format != QLatin1StringView("json") && format != QLatin1StringView("csv") && !binary) {
        io.err << "signalboard-cli: --format \"" << format.left(40)
               << "\" is not one of json, csv, pdf, xlsx\n";
        return 2;
    }
    const QString lang = opts.has(QStringLiteral("lang")) ? opts.value(QStringLiteral("lang"))
                                                          : QStringLiteral("en");
    if (lang != QLatin1StringView("en") && lang != QLatin1StringView("zh_CN")) {
        io.err << "signalboard-cli: --lang \"" << lang.left(40) << "\" is not one of en, zh_CN\n";
        return 2;
    }
    if (binary && opts.value(QStringLiteral("output")) == QLatin1StringView("-")) {
        io.err << "signalboard-cli: --format " << format << " needs --output FILE\n";
        return 2;
    }
    const bool isRange = opts.has(QStringLiteral("from")) || opts.has(QStringLiteral("to"));
    std::optional<ReportPeriodKind> kind;
    if (opts.has(QStringLiteral("period"))) {
        kind = reportPeriodKindFromKey(opts.value(QStringLiteral("period")));
        if (!kind) {
            io.err << "signalboard-cli: --period \""
                   << opts.value(QStringLiteral("period")).left(40)
                   << "\" is not one of hour, day, week, month, range\n";
            return 2;
        }
    } else if (isRange) {
        kind = ReportPeriodKind::Range;
    } else {
        io.err << "signalboard-cli: give --period hour|day|week|month, or --from and --to\n"
               << kUsage;
        return 2;
    }
    if (*kind == ReportPeriodKind::Range) {
        if (!opts.has(QStringLiteral("from")) || !opts.has(QStringLiteral("to")) ||
            opts.has(QStringLiteral("at"))) {
            io.err << "signalboard-cli: a range needs --from and --to (and no --at)\n";
            return 2;
        }
    } else if (isRange) {
        io.err << "signalboard-cli: --from and --to give a range; they do not go with --period "
               << reportPeriodKindKey(*kind) << '\n';
        return 2;
    }
    QStringList sections;
    if (opts.has(QStringLiteral("sections"))) {
        sections =
            opts.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : std::as_const(sections)) {
            if (!ReportEngine::sectionKeys().contains(s.trimmed())) {
                io.err << "signalboard-cli: --sections: \"" << s.left(40) << "\" is not one of "
                       << ReportEngine::sectionKeys().join(QStringLiteral(", ")) << '\n';
                return 2;
            }
        }
        for (QString &s : sections)
            s = s.trimmed();
    }

    auto db = opts.openDatabase(io, QStringLiteral("report"));
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
    if (*kind == ReportPeriodKind::Range) {
        if (!ReportPeriod::range(opts.value(QStringLiteral("from")),
                                 opts.value(QStringLiteral("to")), zone, period, error)) {
            io.err << "signalboard-cli: --from/--to: " << error << '\n';
            return 2;
        }
    } else if (opts.has(QStringLiteral("at"))) {
        if (!ReportPeriod::parse(*kind, opts.value(QStringLiteral("at")), zone, period, error)) {
            io.err << "signalboard-cli: --at: " << error << '\n';
            return 2;
        }
    } else {
        period = ReportPeriod::lastComplete(*kind, clock.nowMs(), zone);
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
