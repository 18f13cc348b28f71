#include "commands.h"
#include "options.h"

#include "domain/complaint.h"
#include "io/jsonline.h"
#include "tickets/ticketstore.h"
#include "util/clock.h"

#include <iostream>

namespace sb::cli {

namespace {

enum class LineRead { Line, End, TooLong, Failed };

// Reads one line (without its '\n') into `line`, holding at most `max` bytes of it: a longer
// line is not read any further (TooLong), so memory stays bounded whatever arrives.
LineRead readLine(std::istream &in, QByteArray &line, qsizetype max) {
    line.clear();
    char chunk[1 << 16];
    for (;;) {
        in.getline(chunk, sizeof chunk);
        const qsizetype got = static_cast<qsizetype>(in.gcount());
        if (in.bad())
            return LineRead::Failed;
        const bool full = in.fail() && !in.eof(); // the chunk filled up inside the line
        // Without fail/eof the '\n' was taken and counted in gcount().
        const qsizetype n = (!in.fail() && !in.eof()) ? got - 1 : got;
        if (line.size() + n > max)
            return LineRead::TooLong;
        line.append(chunk, n);
        if (!in.fail())
            return LineRead::Line; // a whole line, or the last one without '\n'
        if (!full)
            return line.isEmpty() ? LineRead::End : LineRead::Line;
        in.clear();
    }
}

} // namespace

// Reads complaints as JSON Lines from standard input and stores them. Bad lines are
// reported (line number and reason) and skipped; every good line is stored. Lines are
// committed in batches, and at once whenever the input pauses, so a live pipe is seen by
// the workstations without delay. Lines must be UTF-8 (invalid bytes are a bad line unless
// --replace-invalid-utf8); a UTF-16/32 byte-order mark or a line longer than --max-line-bytes
// (16 MiB by default) stops the input there, after storing the good lines before it.
int ingest(const QStringList &args, Io io) {
    Options opts(
        args, {QStringLiteral("db")},
        {QStringLiteral("source"), QStringLiteral("batch"), QStringLiteral("max-line-bytes")},
        {QStringLiteral("replace-invalid-utf8")});
    TextInputOptions text;
    if (!opts.ok(io) || !opts.textInput(io, QStringLiteral("max-line-bytes"), text))
        return 2;
    int batchSize = 1000;
    if (opts.has(QStringLiteral("batch"))) {
        bool ok = false;
        batchSize = opts.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || batchSize < 1) {
            io.err << "signalboard-cli: --batch must be a positive number\n";
            return 2;
        }
    }
    const QString defaultSource = opts.has(QStringLiteral("source"))
                                      ? opts.value(QStringLiteral("source"))
                                      : QStringLiteral("cli");
    auto db = opts.openDatabase(io, QStringLiteral("ingest"));
    if (!db)
        return 1;
    if (!schemaReady(*db, io))
        return 1;

    SystemClock clock;
    TicketStore store(*db);
    QList<Complaint> batch;
    qint64 lineNo = 0;
    int bad = 0;
    InsertResult total;
    bool storeFailed = false;

    const auto flush = [&] {
        if (batch.isEmpty() || storeFailed)
            return;
        InsertResult r;
        QString err;
        if (!store.insert(batch, clock.nowMs(), r, err)) {
            io.err << "signalboard-cli: storing lines up to " << lineNo << " failed: " << err
                   << '\n';
            storeFailed = true;
            return;
        }
        total.inserted += r.inserted;
        total.duplicates += r.duplicates;
        batch.clear();
    };

    QByteArray raw;
    QString stop; // why the input was not read to its end
    for (;;) {
        const LineRead got = readLine(std::cin, raw, text.maxRecordBytes);
        if (got == LineRead::End)
            break;
        ++lineNo;
        if (got == LineRead::TooLong) {
            stop = QStringLiteral("line %1: the line is longer than the limit of %2 bytes "
                                  "(--max-line-bytes); nothing after it was read")
                       .arg(lineNo)
                       .arg(text.maxRecordBytes);
            break;
        }
        if (got == LineRead::Failed) {
            stop = QStringLiteral("line %1: reading standard input failed").arg(lineNo);
            break;
        }
        if (lineNo == 1) {
            if (const QString enc = TextInput::foreignByteOrderMark(raw); !enc.isEmpty()) {
                stop = TextInput::foreignEncodingMessage(enc);
                break;
            }
            if (raw.startsWith("\xEF\xBB\xBF"))
                raw.remove(0, 3);
        }
        Complaint c;
        QString reason;
        switch (ComplaintJsonLine::parse(raw, lineNo, text.replaceInvalidUtf8, c, reason)) {
        case ComplaintJsonLine::Result::Blank:
            break;
        case ComplaintJsonLine::Result::Complaint:
            if (c.source.isEmpty())
                c.source = defaultSource;
            batch.append(std::move(c));
            break;
        case ComplaintJsonLine::Result::Bad:
            ++bad;
            io.err << reason << '\n';
            io.err.flush();
            break;
        }
        if (batch.size() >= batchSize || std::cin.rdbuf()->in_avail() <= 0)
            flush();
        if (storeFailed)
            break;
    }
    flush();
    if (!stop.isEmpty())
        io.err << "signalboard-cli: " << stop << '\n';
    io.out << "stored " << total.inserted << ", already present " << total.duplicates
           << ", rejected " << bad << " of " << lineNo << " line(s)\n";
    if (storeFailed || !stop.isEmpty())
        return 1;
    return bad > 0 ? 1 : 0;
}

} // namespace sb::cli
