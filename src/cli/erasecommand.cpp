// signalboard-cli erase: an erasure request for a customer's personal data.
#include "commands.h"
#include "options.h"

#include "security/erasure.h"
#include "util/clock.h"

#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

namespace sb::cli {

namespace {
// The value from --value, or from the first line of standard input with "--value -" (so the
// personal data stays out of the shell's history and the process list).
bool readValue(const Options &opts, Io io, QString &value) {
    value = opts.value(QStringLiteral("value"));
    if (value != QLatin1StringView("-"))
        return true;
    std::string line;
    if (!std::getline(std::cin, line)) {
        io.err << "signalboard-cli: --value -: standard input is empty\n";
        return false;
    }
    value = QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
    return true;
}

// Erases in one database; prints and returns the exit code (0 or 1).
int eraseIn(Database &db, const ErasureRequest &request, bool dryRun, const QString &where, Io io) {
    SystemClock clock;
    PersonalDataErasure erasure(db, clock);
    qint64 tickets = 0;
    QString error;
    if (!erasure.run(request, QStringLiteral("signalboard-cli"), dryRun, tickets, error)) {
        io.err << "signalboard-cli: " << where << ": " << error << '\n';
        return 1;
    }
    io.out << where << ": " << tickets
           << (dryRun ? " ticket(s) would be anonymised\n" : " ticket(s) anonymised\n");
    return 0;
}
} // namespace

// Anonymises the tickets of the customer whose customer id or service number is the value, in
// the live database and (--archive) in an archive file. On PostgreSQL the server checks that the
// URL's login holds personal_data.erase; on SQLite the CLI runs as the system, like every
// SQLite command. --dry-run counts and changes nothing.
int erase(const QStringList &args, Io io) {
    Options opts(args,
                 {QStringLiteral("db"), QStringLiteral("field"), QStringLiteral("value"),
                  QStringLiteral("reference")},
                 {QStringLiteral("archive")}, {QStringLiteral("dry-run")});
    if (!opts.ok(io))
        return 2;
    const auto field = PersonalDataErasure::fieldFromKey(opts.value(QStringLiteral("field")));
    if (!field) {
        io.err << "signalboard-cli: --field must be customer_id or service_number\n";
        return 2;
    }
    ErasureRequest request;
    request.field = *field;
    request.reference = opts.value(QStringLiteral("reference"));
    if (!readValue(opts, io, request.value))
        return 2;
    QString error;
    if (!PersonalDataErasure::validate(request, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 2;
    }
    const bool dryRun = opts.has(QStringLiteral("dry-run"));
    auto db = opts.openDatabase(io, QStringLiteral("erase"));
    if (!db || !schemaReady(*db, io))
        return 1;
    if (eraseIn(*db, request, dryRun, db->url().toDisplayString(), io) != 0)
        return 1;
    if (!opts.has(QStringLiteral("archive")))
        return 0;
    const QString archive = opts.value(QStringLiteral("archive"));
    if (!QFileInfo(archive).isFile()) {
        io.err << "signalboard-cli: --archive: " << archive << " is not a file\n";
        return 1;
    }
    QString openError;
    auto file = Database::open(DatabaseUrl::sqlite(QFileInfo(archive).absoluteFilePath()),
                               QStringLiteral("erase-archive"), openError);
    if (!file) {
        io.err << "signalboard-cli: --archive: " << openError << '\n';
        return 1;
    }
    return eraseIn(*file, request, dryRun, archive, io);
}

} // namespace sb::cli
