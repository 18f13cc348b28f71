#pragma once

#include "archive/archivetables.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sb::archive {

class RunColumns;

// A batch the copy has committed to the archive: its tickets, and the digests of their rows
// there (ArchiveTables::digest, in movedTables' order, each over `columns`, the columns of the
// table that both sides have), read back from the archive on the copy's thread right after the
// commit. Empty digests: they were not taken.
struct CopiedBatch {
    QList<qint64> ids;
    QList<QStringList> columns;
    QList<TableDigest> digests;
};

// Copies the rows of the tickets `ids` from `live` into `archive` in one archive transaction,
// first removing what an earlier, stopped run left of them (the live rows are the truth while
// the tickets are still there) unless `leftovers` is false. Both connections are the caller's
// thread's. `columns`, when given, holds the columns of this pair of connections once read.
bool copyTickets(const Database &live, const Database &archive, const QList<qint64> &ids,
                 QString &error, RunColumns *columns = nullptr, bool leftovers = true);

// The copy of an archive run's batches, on a thread of its own with connections of its own to
// the live database and to the archive file, running ahead of the run's checks and deletes:
// while the server locks, checks and deletes one batch, the next are read and written into the
// archive (on a live PostgreSQL server, where copying and deleting otherwise take turns), and
// the archive's side of each batch's check is read back there too. Each batch is committed to
// the archive before next() hands it over, so the order the run relies on holds: written to the
// archive, checked, then deleted. The run has dropped the archive's copies of live tickets
// before it starts (Archiver::dropLiveCopies): none is removed again. It copies as far ahead as
// it can: while the run waits for its month roll-ups, the copy has the other processor core,
// and afterwards it stays ahead of the deletes, the slower of the two. A batch handed over is
// the caller's to check and delete; a stopped or failed copy leaves the batches it copied in
// the archive, where the next run drops the copies of the tickets still live, as for any
// stopped run.
class CopyAhead {
    Q_DECLARE_TR_FUNCTIONS(sb::archive::CopyAhead)
public:
    CopyAhead() = default;
    // Stops the copy after the batch it is writing and waits for it.
    ~CopyAhead() { stop(); }
    CopyAhead(const CopyAhead &) = delete;
    CopyAhead &operator=(const CopyAhead &) = delete;

    // Starts copying `batches`, in order, from `live` into the archive file `archive`; after
    // the last, it builds the archive's deferred indexes (DeferredIndexes::build).
    void start(const DatabaseUrl &live, const DatabaseUrl &archive, QList<QList<qint64>> batches);
    // Waits for the next batch copied (no tickets after the last). False when the copy failed
    // (`error` says why); the batches handed over before it are unaffected.
    bool next(CopiedBatch &batch, QString &error);
    // Whether every batch is in the archive (the copy is over and did not fail).
    bool allCopied();
    // Asks the copy to stop after the batch it is writing, and waits for it.
    void stop();

private:
    void copyAll(const DatabaseUrl &live, const DatabaseUrl &archive,
                 const QList<QList<qint64>> &batches);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready;  // a batch copied, or the copy over
    std::deque<CopiedBatch> m_copied; // committed, not yet handed over
    bool m_done = false;              // no batch will be added
    QString m_error;                  // why the copy stopped early
    std::atomic<bool> m_stop{false};
};

} // namespace sb::archive
