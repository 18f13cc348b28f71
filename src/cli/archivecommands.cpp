#include "commands.h"
#include "options.h"

#include "archive/archiver.h"
#include "util/clock.h"
#include "workflow/calendarstore.h"

#include <QDate>

namespace sb::cli {

namespace {

constexpr auto kUsage =
    "usage: signalboard-cli archive --db URL --before YYYY-MM-DD --to FILE.sbarchive "
    "[--dry-run] [--batch N] [--actor NAME]\n"
    "       signalboard-cli archive restore --db URL --from FILE.sbarchive [--batch N] "
    "[--actor NAME]\n"
    "  Moves closed tickets past retention (retention.ordinary_months, default 3;\n"
    "  retention.important_months, default 6) and closed before --before (the start of that\n"
    "  day in the business calendar's time zone) into the archive file, with their timeline,\n"
    "  attachments and knowledge-base links; restore puts them back.\n";

void printCounts(const ArchiveReport &r, Io io) {
    for (const ArchiveTableCount &c : r.counts)
        io.out << "  " << c.table << ": " << c.rows << '\n';
}

bool batchOption(const Options &opts, Archiver &archiver, Io io) {
    if (!opts.has(QStringLiteral("batch")))
        return true;
    bool ok = false;
    const int n = opts.value(QStringLiteral("batch")).toInt(&ok);
    if (!ok || n < 1 || n > 100000) {
        io.err << "signalboard-cli: --batch must be a number of tickets from 1 to 100000\n";
        return false;
    }
    archiver.setBatchSize(n);
    return true;
}

QString actorOf(const Options &opts) {
    return opts.has(QStringLiteral("actor")) ? opts.value(QStringLiteral("actor"))
                                             : QStringLiteral("signalboard-cli");
}

int restore(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("from")},
                 {QStringLiteral("batch"), QStringLiteral("actor")});
    if (!opts.ok(io)) {
        io.err << kUsage;
        return 2;
    }
    auto db = opts.openDatabase(io, QStringLiteral("archive"));
    if (!db || !schemaReady(*db, io))
        return 1;
    SystemClock clock;
    Archiver archiver(*db, clock);
    if (!batchOption(opts, archiver, io))
        return 2;
    ArchiveReport report;
    QString error;
    if (!archiver.restore(opts.value(QStringLiteral("from")), actorOf(opts), report, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    io.out << "restored " << report.tickets << " tickets in " << report.batches << " batches (run "
           << report.runId << "):\n";
    printCounts(report, io);
    return 0;
}

} // namespace

// archive: moves tickets past retention into an archive file; `archive restore` brings them back.
int archive(const QStringList &args, Io io) {
    if (!args.isEmpty() && args.first() == QLatin1StringView("restore"))
        return restore(args.mid(1), io);
    Options opts(args, {QStringLiteral("db"), QStringLiteral("before")},
                 {QStringLiteral("to"), QStringLiteral("batch"), QStringLiteral("actor")},
                 {QStringLiteral("dry-run")});
    if (!opts.ok(io)) {
        io.err << kUsage;
        return 2;
    }
    const bool dryRun = opts.has(QStringLiteral("dry-run"));
    if (!dryRun && !opts.has(QStringLiteral("to"))) {
        io.err << "signalboard-cli: missing required option --to (or give --dry-run)\n" << kUsage;
        return 2;
    }
    const QDate before = QDate::fromString(opts.value(QStringLiteral("before")), Qt::ISODate);
    if (!before.isValid()) {
        io.err << "signalboard-cli: --before must be a date YYYY-MM-DD\n";
        return 2;
    }
    auto db = opts.openDatabase(io, QStringLiteral("archive"));
    if (!db || !schemaReady(*db, io))
        return 1;
    QString error;
    BusinessCalendar calendar;
    RetentionRules rules;
    if (!CalendarStore(*db).load(calendar, error) || !RetentionRules::load(*db, rules, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    const qint64 beforeMs = before.startOfDay(calendar.timeZone()).toMSecsSinceEpoch();
    SystemClock clock;
    const RetentionCutoff cutoff = RetentionCutoff::at(rules, clock.now(), beforeMs);
    Archiver archiver(*db, clock);
    if (!batchOption(opts, archiver, io))
        return 2;
    ArchiveReport report;
    if (dryRun) {
        if (!archiver.preview(cutoff, report, error)) {
            io.err << "signalboard-cli: " << error << '\n';
            return 1;
        }
        io.out << "dry run: " << report.tickets << " tickets would move (nothing was changed):\n";
        printCounts(report, io);
        return 0;
    }
    if (!archiver.archive(cutoff, beforeMs, opts.value(QStringLiteral("to")), actorOf(opts), report,
                          error)) {
        io.err << "signalboard-cli: " << error << '\n'
               << "signalboard-cli: the batches before this one are archived; the tickets "
                  "still in the database are safe to archive again\n";
        return 1;
    }
    io.out << "archived " << report.tickets << " tickets in " << report.batches << " batches (run "
           << report.runId << ") to " << opts.value(QStringLiteral("to")) << ":\n";
    printCounts(report, io);
    if (!report.rollups.isEmpty())
        io.out << "report roll-ups taken: " << report.rollups.join(QStringLiteral(", ")) << '\n';
    return 0;
}

} // namespace sb::cli
