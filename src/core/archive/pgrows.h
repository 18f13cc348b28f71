#pragma once
// An archive batch's rows of one table copied from PostgreSQL into the SQLite archive with no
// text between them: the server gives them as a plain result (sb_archive_rows_text, schema 53:
// one text per readable column, as sb_archive_rows_json writes them), libpq keeps it as it came,
// and SQLite's C API binds each value where libpq holds it. The same values, of the same storage
// classes, as JsonRows::insert stores from the JSON text (see jsonrows.h).

#include "archive/jsonrows.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb::archive {

class PgRows {
    Q_DECLARE_TR_FUNCTIONS(sb::archive::PgRows)
public:
    // Whether rows go from `from` to `to` this way: `from` gives its libpq connection and `to`
    // takes rows through SQLite's C API (JsonRows::usable).
    static bool usable(const Database &from, const Database &to, QString &why);

    // Reads the rows of `table` (those of `ticketIds` for a moved table, every row of a context
    // table when null) in key order, each with its `columnCount` readable columns, and runs
    // `insert` (one mark per column of `columns`, in their order) once per row. `rows` counts
    // the rows read. Only where usable().
    static bool copy(const Database &from, const Database &to, const QString &table,
                     qsizetype columnCount, const QList<qint64> *ticketIds, const QString &insert,
                     const QList<JsonColumn> &columns, qint64 &rows, QString &error);
};

} // namespace sb::archive
