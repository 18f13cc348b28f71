#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sb::archive {

class RunColumns;

// Copies the rows of the tickets `ids` from `live` into `archive` in one archive transaction,
// first removing what an earlier, stopped run left of them (the live rows are the truth while
// the tickets are still there) unless `leftovers` is false. Both connections are the caller's
// thread's. `columns`, when given, holds the columns of this pair of connections once read.
bool copyTickets(const Database &live, const Database &archive, const QList<qint64> &ids,
                 QString &error, RunColumns *columns = nullptr, bool leftovers = true);

// The copy of an archive run's batches, on a thread of its own with connections of its own to
// the live database and to the archive file, running ahead of the run's checks and deletes:
// while the server locks, checks and deletes one batch, the next are read and written into the
// archive (on a live PostgreSQL server, where copying and deleting otherwise take turns). Each
// batch is committed to the archive before next() hands it over, so the order the run relies on
// holds: written to the archive, checked, then deleted. The run has dropped the archive's
// copies of live tickets before it starts (Archiver::dropLiveCopies): none is removed again. It
// runs at most kAhead batches ahead of the caller, which keeps the machine for the checks and
// deletes. A batch handed over is the caller's to check and delete; a stopped or failed copy leaves
// the batches it copied in the archive, where the next run drops the copies of the tickets still
// live, as for any stopped run.
class CopyAhead {
    Q_DECLARE_TR_FUNCTIONS(sb::archive::CopyAhead)
public:
    // How many batches it copies ahead of the one next() last handed over.
    static constexpr qsizetype kAhead = 2;

    CopyAhead() = default;
    // Stops the copy after the batch it is writing and waits for it.
    ~CopyAhead() { stop(); }
    CopyAhead(const CopyAhead &) = delete;
    CopyAhead &operator=(const CopyAhead &) = delete;

    // Starts copying `batches`, in order, from `live` into the archive file `archive`.
    void start(const DatabaseUrl &live, const DatabaseUrl &archive, QList<QList<qint64>> batches);
    // Waits for the next batch copied: its tickets, or none after the last. False when the copy
    // failed (`error` says why); the batches handed over before it are unaffected.
    bool next(QList<qint64> &ids, QString &error);
    // Asks the copy to stop after the batch it is writing, and waits for it.
    void stop();

private:
    void copyAll(const DatabaseUrl &live, const DatabaseUrl &archive,
                 const QList<QList<qint64>> &batches);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready;    // a batch copied, or the copy over
    std::condition_variable m_room;     // a batch handed over, or asked to stop
    std::deque<QList<qint64>> m_copied; // committed, not yet handed over
    bool m_done = false;                // no batch will be added
    QString m_error;                    // why the copy stopped early
    std::atomic<bool> m_stop{false};
};

} // namespace sb::archive
