#pragma once

#include "archive/archivetables.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace sb::archive {

// The live side of an archive run on PostgreSQL. A staff login cannot read a ticket's hidden
// columns, sees only the tickets row security shows it, and may neither delete tickets nor
// write archive_runs: every read and write of a run goes through the sb_archive_* functions of
// schema 44, which check admin.archive on the server (the installer passes that check too, so
// both use this path). Values travel as text: the functions give every column as PostgreSQL
// writes it (bytea as hex, floats exactly) and take it back the same way, and this class turns
// that text into the same QVariant the driver gives for the column's type, so that the archive
// receives, and the digest sees, exactly what a direct SELECT would give.
class PgArchive {
    Q_DECLARE_TR_FUNCTIONS(PgArchive)
public:
    struct Column {
        QString name;
        QString type; // pg_type.typname: int8, float8, bytea, text …
    };

    // The readable columns of a table an archive reads (a staff member's password hash is not
    // one), in the table's order.
    static bool columns(const Database &db, const QString &table, QList<Column> &out,
                        QString &error);
    // Calls `row` with every row of `table` in key order, the values of `columns` (all of
    // `all`, the table's columns, when empty) in that order. A moved table gives the rows of
    // `ticketIds`, a context table every row (`ticketIds` null).
    static bool forEachRow(const Database &db, const QString &table, const QList<Column> &all,
                           const QStringList &columns, const QList<qint64> *ticketIds,
                           const std::function<bool(const QVariantList &, QString &)> &row,
                           QString &error);
    // The rows of `table` as forEachRow reads them, all in one JSON text that the server builds
    // in one statement (sb_archive_rows_json): an array of the rows, each an array of every
    // readable column's text in columns()' order, in key order; `rows` counts them (`json` is
    // empty when there are none).
    static bool rowsAsJson(const Database &db, const QString &table, const QList<qint64> *ticketIds,
                           QString &json, qint64 &rows, QString &error);
    // The digest (ArchiveTables::digest) of the rows of the moved table `table` belonging to
    // `ticketIds`, over `columns` (every readable column when empty), computed by the server
    // (sb_archive_digest, schema 49) over the bytes rowDigest hashes. Binary values too large
    // for the server to digest at once (more than `maxBytes`, at most 256 MiB) leave
    // `tooLarge` true (not an error), and rowDigest digests those rows.
    static bool serverDigest(const Database &db, const QString &table, const QStringList &columns,
                             const QList<qint64> &ticketIds, TableDigest &out, bool &tooLarge,
                             QString &error, qint64 maxBytes = 0);
    // The same digest on the client, from the rows forEachRow reads.
    static bool rowDigest(const Database &db, const QString &table, const QStringList &columns,
                          const QList<qint64> &ticketIds, TableDigest &out, QString &error);
    // The number of rows of a moved table belonging to `ticketIds`.
    static bool count(const Database &db, const QString &table, const QList<qint64> &ticketIds,
                      qint64 &out, QString &error);
    // Puts `rows` (values of `columns`, as read from an archive) into a moved table; rows whose
    // key is already there are left as they are.
    static bool restoreRows(const Database &db, const QString &table, const QStringList &columns,
                            const QList<QVariantList> &rows, qint64 &inserted, QString &error);

    // Up to `limit` candidates above `afterId`, ascending.
    static bool candidates(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                           qint64 afterId, int limit, QList<qint64> &ids, QString &error);
    // Locks the tickets `ids` until the transaction ends; `out` the ones still candidates.
    static bool lockCandidates(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                               const QList<qint64> &ids, QList<qint64> &out, QString &error);
    // Which of `ids` are tickets of the live database.
    static bool liveTickets(const Database &db, const QList<qint64> &ids, QList<qint64> &out,
                            QString &error);
    // Deletes the tickets of `ids` that are still candidates, with their rows; `deleted` says
    // which.
    static bool deleteBatch(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                            const QList<qint64> &ids, QList<qint64> &deleted, QString &error);
    // Locks the tickets of `ids`, checks the rule again and deletes those still candidates with
    // their rows (children first), each moved table's rows digested over `columns` (per table,
    // in their order) as they are deleted: `deleted` the digests in the order of movedTables,
    // `moving` the
    // tickets deleted. `tooLarge` when the batch's binary values are too large for the server
    // to digest at once: then nothing is deleted and `moving` holds the tickets still
    // candidates, locked.
    static bool deleteChecked(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                              const QList<qint64> &ids, const QHash<QString, QStringList> &columns,
                              QList<TableDigest> &deleted, QList<qint64> &moving, bool &tooLarge,
                              QString &error);

    // The archive_runs row of a run, in the signed-in login's name at the server's time.
    static bool startRun(const Database &db, const QString &kind, qint64 cutoff,
                         const QString &fileName, qint64 &runId, QString &error);
    // Ends the run (failed when `failure` is not empty) and audits it with `detail` (JSON).
    static bool finishRun(const Database &db, qint64 runId, const QString &counts,
                          const QString &failure, const QString &detail, QString &error);

    // A column's text as the driver's value for its type, and back.
    static QVariant fromText(const QJsonValue &text, const QString &type);
    static QJsonValue toText(const QVariant &value);
};

} // namespace sb::archive
