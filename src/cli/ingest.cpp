#include "commands.h"
#include "options.h"

#include "domain/complaint.h"
#include "io/jsonline.h"
#include "storage/reconnect.h"
#include "tickets/ticketstore.h"
#include "util/clock.h"

#include <QThread>

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

// Exit code when the database stayed unreachable (or locked) for the whole --reconnect-for
// time: the input was fine, running the same input again later stores exactly what is missing.
constexpr int kExitDatabaseUnavailable = 3;

QString seconds(qint64 ms) {
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1);
}

} // namespace

// Reads complaints as JSON Lines from standard input and stores them. Bad lines are
// reported (line number and reason) and skipped; every good line is stored. Lines are
// committed in batches, and at once whenever the input pauses, so a live pipe is seen by
// the workstations without delay. Lines must be UTF-8 (invalid bytes are a bad line unless
// --replace-invalid-utf8); a UTF-16/32 byte-order mark or a line longer than --max-line-bytes
// (16 MiB by default) stops the input there, after storing the good lines before it.
// When the database connection drops (a server restart) or SQLite stays locked, the batch not
// yet committed is stored again after reconnecting, with backoff, for up to --reconnect-for
// seconds (60 by default); (source, external_id) keeps that exact. Then it gives up: exit 3.
// A PostgreSQL server that cannot be reached at start is waited for the same way.
int ingest(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")},
                 {QStringLiteral("source"), QStringLiteral("batch"),
                  QStringLiteral("max-line-bytes"), QStringLiteral("reconnect-for")},
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
    qint64 reconnectForMs = 60000;
    if (opts.has(QStringLiteral("reconnect-for"))) {
        bool ok = false;
        const int secs = opts.value(QStringLiteral("reconnect-for")).toInt(&ok);
        if (!ok || secs < 0) {
            io.err << "signalboard-cli: --reconnect-for must be a number of seconds (0 or more)\n";
            return 2;
        }
        reconnectForMs = qint64(secs) * 1000;
    }
    const QString defaultSource = opts.has(QStringLiteral("source"))
                                      ? opts.value(QStringLiteral("source"))
                                      : QStringLiteral("cli");
    SystemClock clock;
    Reconnector::Policy policy;
    policy.retryForMs = reconnectForMs;
    const Reconnector::Sleep sleep = [](int ms) {
        QThread::msleep(ms);
    };
    std::unique_ptr<Database> db;
    DatabaseUrl url;
    QString urlError;
    if (DatabaseUrl::parse(opts.value(QStringLiteral("db")), url, urlError) &&
        url.dialect == Dialect::PostgreSQL) {
        // A server that is not up yet (started in the same boot, restarting) is waited for
        // as long as a dropped connection would be.
        bool gaveUp = false;
        QString error;
        db = openWithRetry(
            url, QStringLiteral("ingest"), clock, policy, sleep,
            [&io](const QString &why, DbFailure, int delayMs) {
                io.err << "signalboard-cli: cannot connect yet: " << why << "; trying again in "
                       << seconds(delayMs) << " s\n";
                io.err.flush();
            },
            error, gaveUp);
        if (!db) {
            io.err << "signalboard-cli: " << error << '\n';
            return gaveUp ? kExitDatabaseUnavailable : 1;
        }
    } else {
        db = opts.openDatabase(io, QStringLiteral("ingest"));
        if (!db)
            return 1;
    }
    if (!schemaReady(*db, io))
        return 1;

    // With buffered standard input, in_avail() below sees whether more input is already
    // waiting (batches), or the pipe is empty (commit now, so a live feed is seen at once).
    std::ios::sync_with_stdio(false);

    TicketStore store(*db);
    QList<Complaint> batch;
    qint64 lineNo = 0;
    qint64 committedThrough = 0; // every line up to this one is stored or was reported bad
    int bad = 0;
    InsertResult total;
    bool storeFailed = false;
    bool unavailable = false; // the database stayed unreachable for --reconnect-for

    Reconnector retry(*db, clock, policy, sleep);
    retry.onRetry([&](const QString &why, DbFailure kind, int delayMs) {
        io.err << "signalboard-cli: lines " << (committedThrough + 1) << "-" << lineNo
               << " not stored yet: " << why << "; "
               << (kind == DbFailure::ConnectionLost ? "the connection was lost, reconnecting"
                                                     : "the database is busy, trying again")
               << " in " << seconds(delayMs) << " s\n";
        io.err.flush();
    });
    retry.onRecovered([&](int retries, qint64 afterMs, bool reconnected) {
        io.err << "signalboard-cli: "
               << (reconnected ? "reconnected" : "the database is free again") << " after "
               << seconds(afterMs) << " s (" << retries << " retries); lines up to " << lineNo
               << " stored\n";
        io.err.flush();
    });

    const auto flush = [&] {
        if (storeFailed)
            return;
        if (batch.isEmpty()) {
            committedThrough = lineNo; // nothing good since the last commit
            return;
        }
        InsertResult r;
        QString err;
        const bool stored =
            retry.run([&](QString &e) { return store.insert(batch, clock.nowMs(), r, e); }, err);
        if (!stored) {
            io.err << "signalboard-cli: storing lines " << (committedThrough + 1) << "-" << lineNo
                   << " failed: " << err << '\n';
            if (retry.gaveUp()) {
                io.err << "signalboard-cli: gave up; every line up to " << committedThrough
                       << " is stored; run the same input again to store the rest (lines "
                          "with an external_id that is already stored are skipped)\n";
                unavailable = true;
            }
            storeFailed = true;
            return;
        }
        total.inserted += r.inserted;
        total.duplicates += r.duplicates;
        committedThrough = lineNo;
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
    if (unavailable)
        return kExitDatabaseUnavailable;
    if (storeFailed || !stop.isEmpty())
        return 1;
    return bad > 0 ? 1 : 0;
}

} // namespace sb::cli
