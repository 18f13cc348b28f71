#pragma once

#include "archive/archiver.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sb {

// One row of archive_runs: an archive or restore run, as Archiver recorded it.
struct ArchiveRun {
    qint64 id = 0;
    QString kind; // "archive" or "restore"
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt; // none while running (or when the run was interrupted)
    QString actor;
    std::optional<qint64> cutoff; // the operator's "before" (archive runs only)
    QString fileName;
    QString state; // "running", "done" or "failed"
    QString message;
    QList<ArchiveTableCount> counts; // rows per table, in the order the run recorded them
    bool countsReadable = true;      // false when the stored counts were not a JSON object

    // The rows of the tickets table (0 when not recorded).
    qint64 tickets() const;
};

// The record of archive and restore runs, for Administration → Archive.
class ArchiveRuns {
    Q_DECLARE_TR_FUNCTIONS(ArchiveRuns)
public:
    explicit ArchiveRuns(const Database &db);

    // The newest `limit` runs, newest first (by start time, then id).
    bool newest(int limit, QList<ArchiveRun> &out, QString &error) const;

    // The number of tickets in the archive file `file`, read without changing it. Fails with a
    // sentence naming the file when it does not exist or is not a Signalboard archive (an
    // SQLite database with tickets and an archive_manifest table).
    static bool ticketsInFile(const QString &file, qint64 &tickets, QString &error);

private:
    const Database &m_db;
};

} // namespace sb
