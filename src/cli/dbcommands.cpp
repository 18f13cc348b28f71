#include "commands.h"
#include "options.h"

#include "backup/sqlitebackup.h"
#include "storage/migrations.h"

#include <QElapsedTimer>

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

namespace {

// The SQLite file of --db, or nothing after saying why: PostgreSQL has its own tools (exit 2).
bool sqlitePath(const Options &opts, Io io, const char *what, QString &path, int &rc) {
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::parse(opts.value(QStringLiteral("db")), url, error)) {
        io.err << "signalboard-cli: --db: " << error << '\n';
        rc = 1;
        return false;
    }
    if (url.dialect == Dialect::PostgreSQL) {
        io.err << "signalboard-cli: db " << what
               << " is for SQLite databases. For PostgreSQL use the server's own tools: "
                  "pg_dumpall --roles-only and pg_dump -Fc (restore with pg_restore), or "
                  "pg_basebackup for the whole cluster; see \"Backup and restore\" in "
                  "docs/ADMIN-GUIDE.md.\n";
        rc = 2;
        return false;
    }
    if (!SqliteBackup::available()) {
        io.err << "signalboard-cli: " << SqliteBackup::unavailableReason() << '\n';
        rc = 1;
        return false;
    }
    path = url.path;
    return true;
}

// Progress on the error stream, about every 10 %, so the output stays a short report.
SqliteBackupOptions withProgress(Io io, bool force) {
    SqliteBackupOptions o;
    o.force = force;
    o.progress = [io, shown = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 == shown / 10 && percent != 100)
            return;
        shown = percent;
        io.err << "copied " << done << " of " << total << " pages (" << percent << " %)\n";
        io.err.flush();
    };
    return o;
}

} // namespace

int dbBackup(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("to")}, {}, {QStringLiteral("force")});
    if (!opts.ok(io))
        return 2;
    QString path;
    int rc = 0;
    if (!sqlitePath(opts, io, "backup", path, rc))
        return rc;
    QElapsedTimer timer;
    timer.start();
    SqliteBackupReport report;
    QString error;
    if (!SqliteBackup::backup(path, opts.value(QStringLiteral("to")),
                              withProgress(io, opts.has(QStringLiteral("force"))), report, error)) {
        io.err << "signalboard-cli: backup failed: " << error << '\n';
        return 1;
    }
    io.out << "backup written: " << report.path << '\n'
           << "integrity check: ok\n"
           << "tickets: " << report.tickets << '\n'
           << "size: " << report.bytes << " bytes (" << report.pages << " pages) in "
           << timer.elapsed() << " ms\n";
    return 0;
}

int dbRestore(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("from")}, {});
    if (!opts.ok(io))
        return 2;
    QString path;
    int rc = 0;
    if (!sqlitePath(opts, io, "restore", path, rc))
        return rc;
    SqliteBackupReport report;
    QString error;
    if (!SqliteBackup::restore(opts.value(QStringLiteral("from")), path, withProgress(io, false),
                               report, error)) {
        io.err << "signalboard-cli: restore failed: " << error << '\n';
        return 1;
    }
    io.out << "restored " << report.path << " from " << opts.value(QStringLiteral("from")) << '\n'
           << "integrity check: ok\n"
           << "tickets: " << report.tickets << '\n';
    if (report.keptOldAs.isEmpty())
        io.out << "there was no database at " << report.path << " before\n";
    else
        io.out << "the previous database is kept as " << report.keptOldAs << '\n';
    return 0;
}

} // namespace sb::cli
