#pragma once
// Backup and restore of a SQLite database while workstations keep using it, through SQLite's
// online backup API on connections of our own (never the Qt connection). Built with the SQLite
// C API only (SIGNALBOARD_SQLITE_C_API, the same system libsqlite3 Qt's plugin links);
// without it every call fails with a message saying so and available() is false.

#include <QString>

#include <functional>

namespace sb {

struct SqliteBackupOptions {
    // Backup: replace an existing target file. Restore ignores it.
    bool force = false;
    // Pages copied per sqlite3_backup_step; between steps progress is reported.
    int pagesPerStep = 4096;
    // After each step: pages copied so far and pages in all.
    std::function<void(qint64 done, qint64 total)> progress;
};

// What a backup or restore produced.
struct SqliteBackupReport {
    QString path;       // the file written: the backup, or the restored live database
    qint64 tickets = 0; // ticket rows in it (checked against the source's snapshot)
    qint64 pages = 0;   // database pages copied
    qint64 bytes = 0;   // its size
    QString keptOldAs;  // restore: where the replaced database was kept (empty: there was none)
};

class SqliteBackup {
public:
    // True when this build carries the backup (the SQLite C API is linked).
    static bool available();
    // Why it is not available (empty when it is).
    static QString unavailableReason();

    // Copies the SQLite database `from` to the file `to` as one consistent snapshot, while other
    // processes keep writing to `from` (WAL: they are never blocked). The copy is written to a
    // temporary file beside `to`, checked (PRAGMA integrity_check is "ok" and its ticket count
    // equals the source's at the snapshot), made a self-contained rollback-journal file and
    // only then renamed to `to`. An existing `to` is refused unless options.force.
    static bool backup(const QString &from, const QString &to, const SqliteBackupOptions &options,
                       SqliteBackupReport &report, QString &error);

    // Replaces the live database `live` by the backup `from`: the backup is copied beside
    // `live` and checked first; then `live` is refused while any other connection has it open
    // (a workstation, the CLI, a report run); else the old file is kept as
    // "<live>.before-restore" (which must not exist yet) and the checked copy renamed over
    // `live` in one step. A missing `live` is simply created from the backup.
    static bool restore(const QString &from, const QString &live,
                        const SqliteBackupOptions &options, SqliteBackupReport &report,
                        QString &error);

    // Opens `path` (read-only) and checks it: integrity_check "ok" and a tickets table; the
    // ticket count in `tickets`.
    static bool verify(const QString &path, qint64 &tickets, QString &error);

    // The file a restore keeps the replaced database as.
    static QString keptName(const QString &live) {
        return live + QStringLiteral(".before-restore");
    }
};

} // namespace sb
