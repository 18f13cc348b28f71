#pragma once

#include "archive/retention.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sb {

namespace archive {
struct RowSet;
class RunColumns;
struct TableDigest;
struct CopiedBatch;
} // namespace archive

struct ArchiveTableCount {
    QString table;
    qint64 rows = 0;
};

struct ArchiveReport {
    qint64 runId = 0; // the archive_runs row of the live database (0 for a dry run)
    qint64 tickets = 0;
    int batches = 0;
    QList<ArchiveTableCount> counts; // one per moved table, in archivetables' order
    QStringList rollups;             // the months whose report roll-up the run took ("2026-01")
};

// Moves tickets past retention, with everything that belongs to them, from the live database into
// an archive file (a SQLite database in the product's schema plus an archive_manifest table), and
// puts them back. Each batch is copied into the archive and committed there, both sides are
// digested and compared, and only then is the batch deleted from the live database, in one
// transaction (the change feed's triggers tell the other workstations); on SQLite the live side is
// compared as that transaction deletes it, a difference rolling it back. A run stopped at any point
// loses nothing: rows still in the live database are copied again over their earlier copy, and rows
// already deleted are in the archive. Each run is a row of archive_runs and an audit_log entry. On
// SQLite the rows go file to file and are compared inside SQLite, the archive attached to the live
// connection (SqliteArchive). On PostgreSQL the live side is read and written only through the
// server's sb_archive_* functions (PgArchive), so that a login holding admin.archive can run it;
// the server records that login as the run's actor (the `actor` given here is ignored there).
class Archiver {
    Q_DECLARE_TR_FUNCTIONS(Archiver)
public:
    Archiver(const Database &live, const Clock &clock);

    void setBatchSize(int tickets) { m_batchSize = std::max(1, tickets); }

    // What a run would move now: the rows per table. Changes nothing.
    bool preview(const RetentionCutoff &cutoff, ArchiveReport &out, QString &error) const;
    // Archives every candidate into `file` (created when missing, added to otherwise).
    bool archive(const RetentionCutoff &cutoff, qint64 beforeMs, const QString &file,
                 const QString &actor, ArchiveReport &out, QString &error) const;
    // Puts every ticket of `file` back into the live database, byte for byte; tickets already
    // back are left as they are (the rerun of a restore changes nothing). Fails, changing
    // nothing of the batch, when a live row with the same key differs from the archive's.
    bool restore(const QString &file, const QString &actor, ArchiveReport &out,
                 QString &error) const;

    // The two halves of a batch, for the tests that stop a run between them: the copy into
    // the archive (committed there), then the check of both sides and the delete.
    bool copyBatch(const Database &archive, const QList<qint64> &ids, QString &error) const;
    bool verifyAndDelete(const Database &archive, const RetentionCutoff &cutoff,
                         const QList<qint64> &ids, ArchiveReport &out, QString &error) const;

    // Opens an archive file, creating and migrating it when `create` (the product's schema and
    // archive_manifest). Foreign keys are not enforced in an archive: a ticket's appeal may
    // reach it before the ticket it appeals.
    static std::unique_ptr<Database> openArchive(const QString &file, bool create, QString &error);

private:
    // verifyAndDelete; with `archived` (the RowSets of the batch's archive rows, in
    // movedTables' order, taken when it was copied), a batch whose every ticket is still a
    // candidate is compared as it is deleted (SqliteArchive::removeReturning); with `copied`
    // (on PostgreSQL, the digests the copy took of them), the server's digests are compared
    // with those. `columns` holds the run's columns once read.
    bool verifyAndDelete(const Database &archive, const RetentionCutoff &cutoff,
                         const QList<qint64> &ids, ArchiveReport &out, QString &error,
                         const QList<archive::RowSet> *archived, const archive::CopiedBatch *copied,
                         archive::RunColumns &columns) const;
    bool startRun(const QString &kind, qint64 cutoff, const QString &file, const QString &actor,
                  qint64 &runId, QString &error) const;
    // Records the end of a run (done, or failed with `why` when !ok) and audits it; returns
    // whether the run as a whole succeeded, `error` saying why not.
    bool finishRun(qint64 runId, const QString &kind, const QString &actor,
                   const ArchiveReport &report, bool ok, const QString &why, QString &error) const;
    // Removes from `archive` the tickets that are in the live database (a copy left by a run
    // stopped before its delete, or tickets restored since): the live rows are the truth.
    bool dropLiveCopies(const Database &archive, QString &error) const;
    // `digests`, when given, are those of the moved tables as the archive is now (in
    // movedTables' order), computed ahead; otherwise they are computed here.
    bool writeManifest(const Database &archive, qint64 runId, const RetentionCutoff &cutoff,
                       qint64 beforeMs, QString &error,
                       const QList<archive::TableDigest> *digests = nullptr) const;

    const Database &m_live;
    const Clock &m_clock;
    int m_batchSize = 2000;
    // On SQLite, whether the batches are deleted without SQLite's foreign-key work
    // (SqliteLiveDelete::keysSettled): -1 until known, asked again by each run.
    mutable int m_keysSettled = -1;
};

} // namespace sb
