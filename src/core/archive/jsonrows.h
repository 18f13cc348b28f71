#pragma once
// The rows PostgreSQL sends for an archive batch (PgArchive::rowsAsJson: one JSON array of
// rows, each an array of its columns' texts or null) and how SQLite stores each column of
// them: integers as INTEGER, booleans as 1 or 0, the rest as TEXT, as the SQLite driver stores
// PgArchive::fromText's values.

#include "archive/pgarchive.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::archive {

struct JsonColumn {
    enum class Kind { Integer, Boolean, Text };
    qsizetype at = 0; // the column's index in a row of the JSON
    Kind kind = Kind::Text;
};

class JsonRows {
    Q_DECLARE_TR_FUNCTIONS(sb::archive::JsonRows)
public:
    // The kinds of `columns` (checked names) among `all`, the columns of the JSON rows in their
    // order. False when a column is not one this way reproduces (a binary or floating-point
    // one, or an unknown one): such a table is copied row by row.
    static bool columns(const QList<PgArchive::Column> &all, const QStringList &columns,
                        QList<JsonColumn> &out);

    // The select list that takes `columns` out of `value` of json_each over the rows.
    static QString selectList(const QList<JsonColumn> &columns);

    // Whether `to` takes rows through insert(): SQLite's C API on its own handle (see
    // storage/sqlitecapi.h), not turned off by SIGNALBOARD_ARCHIVE_PORTABLE=1. Otherwise the
    // rows go in through `INSERT … SELECT selectList() FROM json_each(?)`.
    static bool usable(const Database &to, QString &why);

    // Runs `insert` (an INSERT with one mark per column, in the order of `columns`) once per
    // row of `json`, binding each row's values as their kind says: the same values, of the same
    // storage classes, as the json_each statement stores, without SQLite extracting every cell
    // from the JSON text again (most of that statement's time). Only where usable().
    static bool insert(const Database &to, const QString &insert, const QList<JsonColumn> &columns,
                       const QString &json, qint64 &rows, QString &error);
};

} // namespace sb::archive
