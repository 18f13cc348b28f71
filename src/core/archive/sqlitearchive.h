#pragma once

#include "archive/archivetables.h"
#include "archive/sqlitedigest.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sb::archive {

// The archive file ATTACHed to the live SQLite connection (as "sb_archive"), so that a batch's
// rows go from file to file inside SQLite (INSERT OR IGNORE … SELECT over the columns both
// sides have) instead of value by value through Qt. Identifiers come from the fixed table lists
// and the checked column names (ArchiveTables::sharedColumns); ticket ids are bound.
// SIGNALBOARD_ARCHIVE_PORTABLE=1 in the environment keeps the archive on the QtSql path.
// The live connection must have no query in progress during a run (one not read to its end,
// QSqlQuery::finish): it would hold a read snapshot of the archive file, which the run's next
// write transaction could not take, and keep the file from being detached.
// The archive is written with SQLite's default synchronous=FULL for an attached file: each
// batch's copy is on disk before the live transaction that deletes the batch begins.
class SqliteArchive {
    Q_DECLARE_TR_FUNCTIONS(SqliteArchive)
public:
    // Whether an archive run on `live` moves its rows this way (an SQLite live database).
    static bool enabled(const Database &live);
    // Drops the archive file's change-feed triggers: those AFTER triggers whose every statement
    // is an INSERT INTO change_log (named in sqlite_master, each name checked and quoted). An
    // archive has no workstations to tell, and nothing reads its change_log (the reader, the
    // archive window, restore, the manifest and erasure read the moved tables only), while the
    // triggers wrote a change_log row for every ticket and event copied in. Triggers that guard
    // rows (RAISE) stay. A migration that adds one back has it dropped at the next run.
    static bool dropChangeLogTriggers(const Database &archive, QString &error);

    SqliteArchive(const Database &live, const Database &archive);
    // Detaches the file if this object attached it.
    ~SqliteArchive();
    SqliteArchive(const SqliteArchive &) = delete;
    SqliteArchive &operator=(const SqliteArchive &) = delete;

    // Attaches the archive file to the live connection unless it is attached already (by an
    // enclosing run). Outside any transaction of the live connection.
    bool attach(QString &error);

    // Runs `work` in one transaction of the live connection that writes the archive only: its
    // write lock is the archive's, the live file is only read. Foreign keys are not enforced
    // meanwhile (they never are in an archive: an appeal may arrive before the ticket it
    // appeals). A full disk is said of the archive's disk.
    bool archiveTransaction(const std::function<bool(QString &)> &work, QString &error) const;
    // Copies the rows of `t` belonging to `ids` into the archive (or, !toArchive, back into the
    // live database); rows whose key is there already are left as they are.
    bool copy(const TicketReference &t, const QList<qint64> &ids, bool toArchive,
              QString &error) const;
    // Compares the rows of `t` belonging to `ids` on both sides: `same` when both have as many
    // and every live row has its twin in the archive (the same key, every shared column the
    // same value of the same kind, texts byte for byte). `liveRows` and `archiveRows` count them.
    bool compare(const TicketReference &t, const QList<qint64> &ids, qint64 &liveRows,
                 qint64 &archiveRows, bool &same, QString &error) const;
    // Whether the batches can be checked as they are deleted (rowSet, removeReturning): with
    // the SQLite C API on the live connection.
    bool checksWhileDeleting() const;
    // The RowSet of the archive's rows of `t` belonging to `ids`, over the columns both sides
    // have (taken right after the batch's copy is committed).
    bool rowSet(const TicketReference &t, const QList<qint64> &ids, RowSet &out,
                QString &error) const;
    // Deletes the live rows of `t` belonging to `ids`, `live` the RowSet of the rows deleted
    // (over the same columns as rowSet), to be compared before the transaction commits.
    bool removeReturning(const TicketReference &t, const QList<qint64> &ids, RowSet &live,
                         QString &error) const;
    // Deletes the archive's rows of `t` belonging to `ids`.
    bool removeFromArchive(const TicketReference &t, const QList<qint64> &ids,
                           QString &error) const;

private:
    // On the live connection; `toArchive` when the statement writes the archive.
    bool exec(const QString &sql, const QVariantList &values, QString &error,
              bool toArchive = true) const;

    const Database &m_live;
    const Database &m_archive;
    bool m_attached = false; // by this object
};

} // namespace sb::archive
