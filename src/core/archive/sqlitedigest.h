#pragma once

#include "archive/archivetables.h"
#include "storage/database.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sb::archive {

// A TableDigest computed inside SQLite: the aggregate function sb_archive_digest, registered on
// the connection's own sqlite3 handle, hashes each row as ArchiveTables::encodeValue does the
// QVariant the Qt SQLite driver gives for it (integer, real, text, blob, NULL), so the bytes,
// and the SHA-256, are the same as ArchiveTables::digestValues' — without a QVariant per value.
// Only with the SQLite C API (SIGNALBOARD_SQLITE_C_API) on a connection whose SQLite is the one
// we link; SIGNALBOARD_ARCHIVE_PORTABLE=1 in the environment turns it off (the tests run the
// archive both ways).
// A set of rows as one value whatever their order: their number and the sum (mod 2^128) of
// every row's BLAKE2b-128 hash, each row encoded as for a TableDigest ('W', then every column's
// name and value, tagged). Two sets are the same rows (the same columns holding the same values
// of the same kinds, texts byte for byte) when their RowSets are equal. It lets a batch be
// compared while it is deleted (the rows SQLite returns come in no stated order).
struct RowSet {
    qint64 rows = 0;
    QByteArray sum; // hex
    bool operator==(const RowSet &o) const { return rows == o.rows && sum == o.sum; }
};

class SqliteDigest {
public:
    // Whether `db` digests inside SQLite (registering the function on first use); false with
    // `why` otherwise.
    static bool usable(const Database &db, QString &why);
    // The digest of `columns` (plain names, checked by the caller) of the rows of `table` (a
    // fixed or quoted name, schema-qualified or not) that `where` (a condition on `values`, or
    // empty) selects, in `orderBy` order. Needs usable(db).
    static bool digest(const Database &db, const QString &table, const QStringList &columns,
                       const QString &where, const QVariantList &values, const QString &orderBy,
                       TableDigest &out, QString &error);
    // The RowSet of `columns` of the rows of `table` that `where` selects. Needs usable(db).
    static bool rowSet(const Database &db, const QString &table, const QStringList &columns,
                       const QString &where, const QVariantList &values, RowSet &out,
                       QString &error);
    // Deletes the rows of `table` that `where` (a condition on the one text `value`) selects,
    // in one statement, `out` the RowSet of `columns` of the rows deleted. Needs usable(db).
    static bool removeReturning(const Database &db, const QString &table,
                                const QStringList &columns, const QString &where,
                                const QString &value, RowSet &out, QString &error);
};

} // namespace sb::archive
