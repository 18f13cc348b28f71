#pragma once

#include "archive/archiver.h"
#include "archive/retention.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <limits>

namespace sb::archive {

struct CopiedBatch;
class RunColumns;
class SqliteArchive;

// The report of a run, table by table (ArchiveReport::counts, in movedTables' order).
void addCount(ArchiveReport &report, const QString &table, qint64 rows);
void startCounts(ArchiveReport &report);
QString countsJson(const ArchiveReport &report);
// The message of a batch whose rows of `table` differ on the two sides.
QString differ(const QString &table, qint64 liveRows, qint64 archiveRows);
// Compares the digests of `ids`' rows in every moved table on both sides; the first table
// that differs is named in `error`. `report` gets the row counts.
bool sameOnBothSides(const Database &a, const Database &b, const QList<qint64> &ids,
                     ArchiveReport *report, QString &error);
// On PostgreSQL: locks the tickets `ids`, checks the rule again, and deletes those still
// candidates with their rows on the server (PgArchive::deleteChecked), each table's rows
// digested as they are deleted and compared with the digest of their copies in `archive` (those
// `copied` holds when it has them for the same tickets and columns, else read here); the
// first table that differs is named in `error` (the caller's transaction then rolls the delete
// back), over the columns both sides have (`columns`, read once per run). `moving` gets the
// tickets deleted, `report` the row counts. `checked` is false, with
// nothing deleted and `moving` the tickets still candidates (locked), when their binary values
// are too large for the server to digest at once: the caller checks them with
// sameOnBothSides.
bool deleteCheckedOnServer(const Database &live, const Database &archive,
                           const RetentionCutoff &cutoff, const QList<qint64> &ids,
                           RunColumns &columns, const CopiedBatch *copied, QList<qint64> &moving,
                           ArchiveReport &report, bool &checked, QString &error);
// The same check inside SQLite, the archive attached to the live connection.
bool sameInSqlite(const SqliteArchive &attached, const QList<qint64> &ids, ArchiveReport *report,
                  QString &error);

// The candidates of a run, batch by batch, ascending. They are all chosen at once, in one pass
// over the tickets (the rule reads each ticket's timeline; on PostgreSQL the server chooses):
// batch by batch, the tickets that stay were read again by every batch's choice, and all of
// them once more by the last one, which finds none.
class Batches {
public:
    Batches(const Database &live, const RetentionCutoff &cutoff, int size)
        : m_query(live, cutoff)
        , m_size(size) {}

    bool start(QString &error) {
        return m_query.nextBatch(0, std::numeric_limits<int>::max(), m_all, error);
    }
    // The next batch (empty after the last).
    bool next(QList<qint64> &ids, QString &) {
        ids = m_all.mid(m_next, m_size);
        m_next += ids.size();
        return true;
    }
    // Every candidate.
    const QList<qint64> *all() const { return &m_all; }

private:
    RetentionQuery m_query;
    int m_size;
    QList<qint64> m_all;
    qsizetype m_next = 0;
};

} // namespace sb::archive
