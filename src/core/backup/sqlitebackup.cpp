#include "backup/sqlitebackup.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#if defined(SIGNALBOARD_SQLITE_C_API)
#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sb {

#if defined(SIGNALBOARD_SQLITE_C_API)

namespace {

// How long a step may keep meeting a lock (SQLITE_BUSY/LOCKED) before the copy gives up.
constexpr int kBusyWaitMs = 50;
constexpr int kBusyRounds = 1200; // 60 s

QByteArray native(const QString &path) {
    return QFile::encodeName(path);
}

// One sqlite3 connection of our own, closed on scope exit.
class Connection {
public:
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { close(); }

    bool open(const QString &path, int flags, int busyTimeoutMs, QString &error) {
        close();
        const int rc = sqlite3_open_v2(native(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            error = QStringLiteral("cannot open %1: %2")
                        .arg(path, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                        : QString::fromUtf8(sqlite3_errstr(rc)));
            close();
            return false;
        }
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, busyTimeoutMs);
        return true;
    }
    void close() {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *handle() const { return m_db; }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int code() const { return sqlite3_errcode(m_db) & 0xff; }

    bool exec(const char *sql, QString &error) {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        error = message();
        return false;
    }
    // Every row's first column of `sql` (no parameters: only fixed statements run here).
    bool column(const char *sql, QStringList &rows, QString &error) {
        rows.clear();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) {
            error = message();
            return false;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            rows.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            error = message();
            return false;
        }
        return true;
    }

private:
    sqlite3 *m_db = nullptr;
};

QString fileError(const QString &what, const QString &path) {
    return QStringLiteral("%1 %2: %3")
        .arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

bool syncPath(const QString &path, bool directory, QString &error) {
    const int fd = ::open(native(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDWR);
    if (fd < 0) {
        error = fileError(QStringLiteral("cannot open"), path);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok)
        error = fileError(QStringLiteral("cannot flush"), path);
    ::close(fd);
    return ok;
}

void removeWithSidecars(const QString &path) {
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// An empty file beside `target` (same folder, so the final rename stays on one file system),
// readable by its owner only: the database holds personal data.
bool makeTemporary(const QString &target, QString &temp, QString &error) {
    const QFileInfo fi(target);
    QTemporaryFile file(fi.absolutePath() + QStringLiteral("/.") + fi.fileName() +
                        QStringLiteral(".XXXXXX.partial"));
    file.setAutoRemove(false);
    if (!file.open()) {
        error = QStringLiteral("cannot create a temporary file in %1: %2")
                    .arg(fi.absolutePath(), file.errorString());
        return false;
    }
    temp = file.fileName();
    return true;
}

// Checks an open database: integrity_check "ok" and its ticket count.
bool check(Connection &db, const QString &path, qint64 &tickets, QString &error) {
    QStringList rows;
    if (!db.column("PRAGMA integrity_check", rows, error)) {
        error = QStringLiteral("%1 cannot be checked: %2").arg(path, error);
        return false;
    }
    if (rows != QStringList{QStringLiteral("ok")}) {
        error = QStringLiteral("%1 failed the integrity check: %2")
                    .arg(path, rows.mid(0, 5).join(QStringLiteral("; ")));
        return false;
    }
    if (!db.column("SELECT COUNT(*) FROM tickets", rows, error) || rows.size() != 1) {
        error = QStringLiteral("%1 is not a Signalboard database (no tickets table): %2")
                    .arg(path, error);
        return false;
    }
    tickets = rows.constFirst().toLongLong();
    return true;
}

// Copies `source` (which holds the read transaction that is the snapshot) into the empty file
// `temp`, `pagesPerStep` pages at a time.
bool copyPages(Connection &source, const QString &temp, const SqliteBackupOptions &options,
               SqliteBackupReport &report, QString &error) {
    {
        Connection dest;
        if (!dest.open(temp, SQLITE_OPEN_READWRITE, 0, error))
            return false;
        sqlite3_backup *b = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
        if (!b) {
            error = QStringLiteral("cannot start the copy: %1").arg(dest.message());
            return false;
        }
        int rc = SQLITE_OK;
        int busy = 0;
        const int step = options.pagesPerStep > 0 ? options.pagesPerStep : -1;
        for (;;) {
            rc = sqlite3_backup_step(b, step);
            if (rc == SQLITE_OK || rc == SQLITE_DONE) {
                busy = 0;
                const qint64 total = sqlite3_backup_pagecount(b);
                if (options.progress)
                    options.progress(total - sqlite3_backup_remaining(b), total);
                if (rc == SQLITE_DONE)
                    break;
                continue;
            }
            if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busy < kBusyRounds) {
                sqlite3_sleep(kBusyWaitMs);
                continue;
            }
            break;
        }
        report.pages = sqlite3_backup_pagecount(b);
        const int finish = sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE || finish != SQLITE_OK) {
            error = QStringLiteral("the copy failed: %1")
                        .arg(rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                 ? QStringLiteral("the database stayed locked")
                                 : dest.message());
            return false;
        }
    }
    return true;
}

// Checks the copy `temp` against `expectedTickets` and makes it a self-contained
// rollback-journal file (no -wal beside it), flushed to disk.
bool finishCopy(const QString &temp, qint64 expectedTickets, SqliteBackupReport &report,
                QString &error) {
    Connection copy;
    qint64 tickets = 0;
    if (!copy.open(temp, SQLITE_OPEN_READWRITE, 0, error) ||
        !check(copy, QStringLiteral("the copy"), tickets, error))
        return false;
    if (tickets != expectedTickets) {
        error = QStringLiteral("the copy holds %1 tickets, the source %2 at the same moment")
                    .arg(tickets)
                    .arg(expectedTickets);
        return false;
    }
    // The source's header says WAL and so does the copy's: one file is easier to keep, move
    // and open read-only. A workstation opening it later switches it back to WAL.
    QStringList mode;
    if (!copy.column("PRAGMA journal_mode=DELETE", mode, error) ||
        mode != QStringList{QStringLiteral("delete")}) {
        error = QStringLiteral("cannot finish the copy: %1").arg(error);
        return false;
    }
    copy.close();
    report.tickets = tickets;
    report.bytes = QFileInfo(temp).size();
    return syncPath(temp, false, error);
}

// Opens `from` read-only, starts the read transaction whose snapshot is copied (in WAL mode
// writers go on meanwhile; it also keeps the backup from restarting when they commit, which
// sqlite3_backup_step does when it sees the source change between steps), and copies it into
// a new temporary file beside `target`.
bool snapshotBeside(const QString &from, const QString &target, const SqliteBackupOptions &options,
                    QString &temp, SqliteBackupReport &report, QString &error) {
    Connection source;
    if (!source.open(from, SQLITE_OPEN_READONLY, 10000, error))
        return false;
    QStringList count;
    if (!source.exec("BEGIN", error) ||
        !source.column("SELECT COUNT(*) FROM tickets", count, error) || count.size() != 1) {
        error = QStringLiteral("%1 is not a usable Signalboard database: %2").arg(from, error);
        return false;
    }
    if (!makeTemporary(target, temp, error))
        return false;
    if (!copyPages(source, temp, options, report, error)) {
        removeWithSidecars(temp);
        return false;
    }
    // The snapshot is no longer needed: end it before the (long) check, so the writers' WAL
    // can be checkpointed again.
    source.close();
    if (!finishCopy(temp, count.constFirst().toLongLong(), report, error)) {
        removeWithSidecars(temp);
        return false;
    }
    return true;
}

bool sameFile(const QString &a, const QString &b) {
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

bool checkFolder(const QString &target, QString &error) {
    const QFileInfo dir(QFileInfo(target).absolutePath());
    if (!dir.isDir()) {
        error = QStringLiteral("the folder %1 does not exist").arg(dir.filePath());
        return false;
    }
    if (!dir.isWritable()) {
        error = QStringLiteral("the folder %1 is not writable").arg(dir.filePath());
        return false;
    }
    if (QFileInfo(target).isDir()) {
        error = QStringLiteral("%1 is a folder; give a file name").arg(target);
        return false;
    }
    return true;
}

bool checkSource(const QString &from, QString &error) {
    const QFileInfo fi(from);
    if (!fi.exists()) {
        error = QStringLiteral("%1 does not exist").arg(from);
        return false;
    }
    if (!fi.isFile() || !fi.isReadable()) {
        error = QStringLiteral("%1 is not a readable file").arg(from);
        return false;
    }
    return true;
}

} // namespace

bool SqliteBackup::available() {
    return true;
}

QString SqliteBackup::unavailableReason() {
    return {};
}

bool SqliteBackup::verify(const QString &path, qint64 &tickets, QString &error) {
    if (!checkSource(path, error))
        return false;
    Connection db;
    return db.open(path, SQLITE_OPEN_READONLY, 10000, error) && check(db, path, tickets, error);
}

bool SqliteBackup::backup(const QString &from, const QString &to,
                          const SqliteBackupOptions &options, SqliteBackupReport &report,
                          QString &error) {
    report = {};
    const QString target = QFileInfo(to).absoluteFilePath();
    if (!checkSource(from, error) || !checkFolder(target, error))
        return false;
    if (sameFile(from, target)) {
        error = QStringLiteral("the backup cannot be the database itself");
        return false;
    }
    if (QFileInfo::exists(target) && !options.force) {
        error = QStringLiteral("%1 already exists; nothing was written (--force replaces it)")
                    .arg(target);
        return false;
    }
    // A backup never has a -wal or -shm beside it (it is made a single file); a file that has
    // them is a database somebody may be using, and its WAL would be read into our copy.
    if (QFileInfo::exists(target + QStringLiteral("-wal")) ||
        QFileInfo::exists(target + QStringLiteral("-shm"))) {
        error = QStringLiteral("%1 has a -wal or -shm file beside it: it looks like a database in "
                               "use, not a backup; nothing was written")
                    .arg(target);
        return false;
    }
    QString temp;
    if (!snapshotBeside(from, target, options, temp, report, error))
        return false;
    // Without force the name must still be free: QFile::rename never replaces a file.
    const bool moved = options.force
                           ? std::rename(native(temp).constData(), native(target).constData()) == 0
                           : QFile::rename(temp, target);
    if (!moved) {
        error = options.force
                    ? fileError(QStringLiteral("cannot replace"), target)
                    : QStringLiteral("cannot create %1 (it appeared meanwhile?)").arg(target);
        removeWithSidecars(temp);
        return false;
    }
    report.path = target;
    return syncPath(QFileInfo(target).absolutePath(), true, error);
}

bool SqliteBackup::restore(const QString &from, const QString &live,
                           const SqliteBackupOptions &options, SqliteBackupReport &report,
                           QString &error) {
    report = {};
    const QString target = QFileInfo(live).absoluteFilePath();
    const QString kept = keptName(target);
    if (!checkSource(from, error) || !checkFolder(target, error))
        return false;
    if (sameFile(from, target)) {
        error = QStringLiteral("the backup is the live database itself");
        return false;
    }
    const bool hasLive = QFileInfo::exists(target);
    if (hasLive && QFileInfo::exists(kept)) {
        error = QStringLiteral("%1 is there from an earlier restore; move it away first (nothing "
                               "was changed)")
                    .arg(kept);
        return false;
    }
    QString temp;
    if (!snapshotBeside(from, target, options, temp, report, error)) {
        error =
            QStringLiteral("the backup %1 is not usable, nothing was changed: %2").arg(from, error);
        return false;
    }
    const auto fail = [&](const QString &why) {
        removeWithSidecars(temp);
        error = why;
        return false;
    };
    if (!hasLive) {
        if (!QFile::rename(temp, target))
            return fail(QStringLiteral("cannot create %1").arg(target));
        report.path = target;
        return syncPath(QFileInfo(target).absolutePath(), true, error);
    }

    // Is anybody using the live database? Every workstation opens it in WAL mode, and in WAL
    // mode each open connection — even an idle one — holds a shared lock on the -shm file for
    // as long as it is open. Leaving WAL mode needs that every other connection is closed: with
    // a busy timeout of 0 "PRAGMA journal_mode=DELETE" fails at once with SQLITE_BUSY
    // ("database is locked") while anybody else has the file open, and otherwise checkpoints
    // the WAL into the main file and deletes -wal and -shm (checked with sqlite 3.40). The
    // exclusive lock taken next then keeps late openers out until the new file is in place.
    // (A database somebody switched to rollback mode by hand cannot tell idle connections:
    // only one that is reading right now makes BEGIN EXCLUSIVE fail.)
    Connection current;
    if (!current.open(target, SQLITE_OPEN_READWRITE, 0, error))
        return fail(error);
    QStringList mode;
    const QString inUse = QStringLiteral(
        "%1 is in use (a workstation, the command line or a report run has it open); close "
        "every program using it and try again. Nothing was changed.");
    if (!current.column("PRAGMA journal_mode=DELETE", mode, error)) {
        return fail(current.code() == SQLITE_BUSY || current.code() == SQLITE_LOCKED
                        ? inUse.arg(target)
                        : QStringLiteral("cannot use %1: %2").arg(target, error));
    }
    if (mode != QStringList{QStringLiteral("delete")})
        return fail(QStringLiteral("cannot take %1 out of %2 mode").arg(target, mode.value(0)));
    if (!current.exec("BEGIN EXCLUSIVE", error))
        return fail(current.code() == SQLITE_BUSY ? inUse.arg(target) : error);
    // The old file under its new name first (a second link: the live name never disappears),
    // then the checked copy over the live name in one step. No -wal/-shm can be left beside it
    // (see above), so nothing of the old file is replayed into the new one.
    if (::link(native(target).constData(), native(kept).constData()) != 0)
        return fail(fileError(QStringLiteral("cannot keep the old database as"), kept));
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (std::rename(native(temp).constData(), native(target).constData()) != 0) {
        const QString why = fileError(QStringLiteral("cannot replace"), target);
        ::unlink(native(kept).constData());
        return fail(why);
    }
    current.exec("ROLLBACK", error);
    current.close();
    report.path = target;
    report.keptOldAs = kept;
    return syncPath(QFileInfo(target).absolutePath(), true, error);
}

#else // !SIGNALBOARD_SQLITE_C_API

namespace {
QString unavailable() {
    return QStringLiteral("this build has no SQLite backup (it was built without the SQLite C "
                          "API, SIGNALBOARD_SQLITE_C_API); copy the database file while no "
                          "workstation has it open");
}
} // namespace

bool SqliteBackup::available() {
    return false;
}

QString SqliteBackup::unavailableReason() {
    return unavailable();
}

bool SqliteBackup::verify(const QString &, qint64 &, QString &error) {
    error = unavailable();
    return false;
}

bool SqliteBackup::backup(const QString &, const QString &, const SqliteBackupOptions &,
                          SqliteBackupReport &report, QString &error) {
    report = {};
    error = unavailable();
    return false;
}

bool SqliteBackup::restore(const QString &, const QString &, const SqliteBackupOptions &,
                           SqliteBackupReport &report, QString &error) {
    report = {};
    error = unavailable();
    return false;
}

#endif

} // namespace sb
