#include "commands.h"
#include "options.h"

#include "storage/migrations.h"

namespace sb::cli {

int dbMigrate(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")}, {});
    if (!opts.ok(io))
        return 2;
    auto db = opts.openDatabase(io, QStringLiteral("cli"), Options::Create::IfMissing);
    if (!db)
        return 1;
    Migrator m(*db);
    QString error;
    QStringList applied;
    if (!m.migrate(error, &applied)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    for (const QString &a : applied)
        io.out << "applied " << a << '\n';
    SchemaStatus s;
    m.status(s, error);
    io.out << "schema version " << s.current << " (up to date)\n";
    return 0;
}

// Only looks: a SQLite file that does not exist is reported, not created.
int dbStatus(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")}, {});
    if (!opts.ok(io))
        return 2;
    auto db = opts.openDatabase(io, QStringLiteral("cli"), Options::Create::MustExist);
    if (!db)
        return 1;
    Migrator m(*db);
    SchemaStatus s;
    QString error;
    if (!m.status(s, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    io.out << "database: " << db->url().toDisplayString() << '\n'
           << "schema version: " << s.current << '\n'
           << "supported by this build: " << s.supported << '\n';
    if (s.current > s.supported) {
        io.out << "state: newer than this build (read-only)\n";
        return 1;
    }
    if (!s.upToDate()) {
        io.out << "state: " << s.pending
               << " migration(s) pending; run: signalboard-cli db migrate --db URL\n";
        return 1;
    }
    io.out << "state: up to date\n";
    return 0;
}

} // namespace sb::cli
