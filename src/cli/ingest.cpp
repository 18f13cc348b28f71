#include "commands.h"
#include "options.h"

#include "domain/complaint.h"
#include "storage/migrations.h"
#include "storage/ticketstore.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <iostream>
#include <string>

namespace sb::cli {

// Reads complaints as JSON Lines from standard input and stores them. Bad lines are
// reported (line number and reason) and skipped; every good line is stored. Lines are
// committed in batches, and at once whenever the input pauses, so a live pipe is seen by
// the workstations without delay.
int ingest(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")}, {QStringLiteral("source"), QStringLiteral("batch")});
    if (!opts.ok(io))
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
    SchemaStatus status;
    QString error;
    Migrator migrator(*db);
    if (!migrator.status(status, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    if (!status.canWrite()) {
        io.err << "signalboard-cli: " << Migrator::tooNewMessage(status) << '\n';
        return 1;
    }
    if (!status.upToDate()) {
        io.err << "signalboard-cli: the database is at schema version " << status.current
               << " and needs " << status.supported
               << "; run: signalboard-cli db migrate --db URL\n";
        return 1;
    }

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

    std::string raw;
    while (std::getline(std::cin, raw)) {
        ++lineNo;
        const QByteArray bytes = QByteArray::fromStdString(raw).trimmed();
        if (!bytes.isEmpty()) {
            QJsonParseError perr;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
            QString reason;
            Complaint c;
            if (perr.error != QJsonParseError::NoError)
                reason = QStringLiteral("not valid JSON (%1 at column %2)")
                             .arg(perr.errorString())
                             .arg(perr.offset + 1);
            else if (!doc.isObject())
                reason = QStringLiteral("not a JSON object");
            else if (complaintFromJson(doc.object(), c, reason)) {
                if (c.source.isEmpty())
                    c.source = defaultSource;
                batch.append(std::move(c));
            }
            if (!reason.isEmpty()) {
                ++bad;
                io.err << "line " << lineNo << ": " << reason << '\n';
                io.err.flush();
            }
        }
        if (batch.size() >= batchSize || std::cin.rdbuf()->in_avail() <= 0)
            flush();
        if (storeFailed)
            break;
    }
    flush();
    io.out << "stored " << total.inserted << ", already present " << total.duplicates
           << ", rejected " << bad << " of " << lineNo << " line(s)\n";
    if (storeFailed)
        return 1;
    return bad > 0 ? 1 : 0;
}

} // namespace sb::cli
