#include "commands.h"
#include "options.h"

#include "pdfrenderer.h"
#include "qa/dashboard.h"
#include "qa/qasamplestore.h"
#include "qaweekdocument.h"
#include "reportxlsxwriter.h"
#include "util/clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTranslator>

namespace sb::cli {

namespace {

constexpr auto kUsage =
    "usage: signalboard-cli qa sample --db URL --date YYYY-MM-DD [--rate R] "
    "[--by channel|problem_type|handler_id|team_id|none] [--seed N]\n"
    "       signalboard-cli qa summary --db URL --week YYYY-Www|--date YYYY-MM-DD "
    "--format csv|pdf|xlsx [--lang en|zh_CN] --output FILE\n";

// The day's sample (抽检) as JSON Lines, drawing and storing it first when it is not stored.
int sample(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("date")},
                 {QStringLiteral("rate"), QStringLiteral("by"), QStringLiteral("seed")});
    if (!opts.ok(io)) {
        io.err << kUsage;
        return 2;
    }
    QaDrawRequest request;
    const QString date = opts.value(QStringLiteral("date"));
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    request.day = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
    if (!dateRe.match(date).hasMatch() || !request.day.isValid()) {
        io.err << "signalboard-cli: --date \"" << date.left(40)
               << "\" is not a date YYYY-MM-DD, e.g. 2026-03-29\n";
        return 2;
    }
    if (opts.has(QStringLiteral("rate"))) {
        QString error;
        const QString rate = opts.value(QStringLiteral("rate"));
        if (!QaRate::parse(rate, error)) {
            io.err << "signalboard-cli: --rate: " << error << '\n';
            return 2;
        }
        request.rate = rate;
    }
    if (opts.has(QStringLiteral("by"))) {
        const QString by = opts.value(QStringLiteral("by"));
        request.stratifyBy = qaStratifyByFromKey(by);
        if (!request.stratifyBy) {
            io.err << "signalboard-cli: --by \"" << by.left(40) << "\" is not one of "
                   << qaStratifyByKeys().join(QStringLiteral(", ")) << '\n';
            return 2;
        }
    }
    if (opts.has(QStringLiteral("seed"))) {
        const QString seed = opts.value(QStringLiteral("seed"));
        bool ok = false;
        const quint64 value = seed.toULongLong(&ok);
        if (!ok || value > QaSampling::kMaxSeed || seed.startsWith(QLatin1Char('+'))) {
            io.err << "signalboard-cli: --seed \"" << seed.left(40)
                   << "\" is not a whole number from 0 to " << QaSampling::kMaxSeed << '\n';
            return 2;
        }
        request.seed = value;
    }
    request.actor = QStringLiteral("signalboard-cli");
    auto db = opts.openDatabase(io, QStringLiteral("qa-sample"));
    if (!db || !schemaReady(*db, io))
        return 1;
    SystemClock clock;
    QaSampleStore store(*db, clock);
    QaDrawResult result;
    QString error;
    if (!store.draw(request, result, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    const QaSampleDay &s = result.sample;
    if (result.seedIgnored)
        io.err << "signalboard-cli: note: the sample of " << date << " was drawn already with seed "
               << s.seed << "; --seed " << *request.seed << " was ignored\n";
    if (result.settingsIgnored)
        io.err << "signalboard-cli: note: the sample of " << date << " was drawn already with rate "
               << s.rate << " by " << qaStratifyByKey(s.stratifyBy)
               << "; --rate and --by were ignored\n";
    for (const QaSampledTicket &t : s.inSample()) {
        const QJsonObject line{
            {QStringLiteral("ticket_id"), t.ticketId},
            {QStringLiteral("serial"), t.serial},
            {QStringLiteral("stratum"), t.stratum},
            {QStringLiteral("assignee"),
             t.assigneeLogin.isEmpty() ? QJsonValue() : QJsonValue(t.assigneeLogin)},
            {QStringLiteral("second_assignee"),
             t.secondAssigneeLogin.isEmpty() ? QJsonValue() : QJsonValue(t.secondAssigneeLogin)},
            {QStringLiteral("rank"), t.position},
        };
        io.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    return 0;
}

// The team-meeting summary of a week (质检例会汇总) as CSV (the dashboard's export), PDF or
// Excel. The PDF needs fonts: main() starts a QGuiApplication on the offscreen platform for
// any command given "--format pdf".
int summary(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("output")},
                 {QStringLiteral("week"), QStringLiteral("date"), QStringLiteral("lang")});
    if (!opts.ok(io)) {
        io.err << kUsage;
        return 2;
    }
    QDate day;
    if (opts.has(QStringLiteral("week")) == opts.has(QStringLiteral("date"))) {
        io.err << "signalboard-cli: give either --week YYYY-Www or --date YYYY-MM-DD\n" << kUsage;
        return 2;
    }
    if (opts.has(QStringLiteral("week"))) {
        const QString week = opts.value(QStringLiteral("week"));
        static const QRegularExpression weekRe(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
        const QRegularExpressionMatch m = weekRe.match(week);
        // ISO week 1 holds 4 January; its Monday starts the count.
        const QDate jan4 = m.hasMatch() ? QDate(m.captured(1).toInt(), 1, 4) : QDate();
        const int number = m.captured(2).toInt();
        day = jan4.isValid() ? QaDashboardQueries::weekStart(jan4).addDays(7 * (number - 1))
                             : QDate();
        if (!day.isValid() || number < 1 || QaWeekDocument::isoWeek(day) != week) {
            io.err << "signalboard-cli: --week \"" << week.left(40)
                   << "\" is not an ISO week YYYY-Www of that year, e.g. 2026-W13\n";
            return 2;
        }
    } else {
        const QString date = opts.value(QStringLiteral("date"));
        static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        day = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
        if (!dateRe.match(date).hasMatch() || !day.isValid()) {
            io.err << "signalboard-cli: --date \"" << date.left(40)
                   << "\" is not a date YYYY-MM-DD, e.g. 2026-03-29\n";
            return 2;
        }
    }
    const QString format = opts.value(QStringLiteral("format"));
    if (format != QLatin1StringView("csv") && format != QLatin1StringView("pdf") &&
        format != QLatin1StringView("xlsx")) {
        io.err << "signalboard-cli: --format \"" << format.left(40)
               << "\" is not one of csv, pdf, xlsx\n";
        return 2;
    }
    const QString lang = opts.has(QStringLiteral("lang")) ? opts.value(QStringLiteral("lang"))
                                                          : QStringLiteral("en");
    if (lang != QLatin1StringView("en") && lang != QLatin1StringView("zh_CN")) {
        io.err << "signalboard-cli: --lang \"" << lang.left(40) << "\" is not one of en, zh_CN\n";
        return 2;
    }
    const QString output = opts.value(QStringLiteral("output"));
    // The document's texts come through tr(): Chinese needs the translation loaded.
    QTranslator translator;
    if (!loadTranslation(lang, translator, io))
        return 1;
    auto db = opts.openDatabase(io, QStringLiteral("qa-summary"));
    if (!db || !schemaReady(*db, io))
        return 1;
    SystemClock clock;
    QString error;
    bool written = false;
    if (format == QLatin1StringView("csv")) {
        written = QaDashboardQueries::exportWeekSummary(*db, clock, day, output, error);
    } else {
        QaWeekSummary week;
        const QDateTime readAt = QDateTime::fromMSecsSinceEpoch(clock.nowMs());
        if (QaDashboardQueries::weekSummary(*db, clock, day, week, error)) {
            const ReportDocument doc = QaWeekDocument::build(week, lang, readAt);
            written = format == QLatin1StringView("pdf")
                          ? PdfRenderer::renderToFile(doc, output, error)
                          : ReportXlsxWriter::writeToFile(doc, output, error);
        }
    }
    if (!written) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace

// qa sample | summary: the quality-assurance side for scripts and cron.
int qa(const QStringList &args, Io io) {
    if (args.value(0) == QLatin1StringView("sample"))
        return sample(args.mid(1), io);
    if (args.value(0) == QLatin1StringView("summary"))
        return summary(args.mid(1), io);
    io.err << kUsage;
    return 2;
}

} // namespace sb::cli
