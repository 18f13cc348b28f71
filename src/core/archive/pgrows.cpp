#include "archive/pgrows.h"

#include "storage/dialect.h"
#include "storage/libpqhandle.h"

#if defined(SIGNALBOARD_SQLITE_C_API)
#include "storage/sqlitecapi.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>
#include <cstring>
#include <memory>
#endif

namespace sb::archive {

#if defined(SIGNALBOARD_SQLITE_C_API)

namespace {

struct ResultFree {
    void operator()(PGresult *r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;

struct StatementFree {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFree>;

} // namespace

bool PgRows::usable(const Database &from, const Database &to, QString &why) {
    return from.dialect() == Dialect::PostgreSQL && libpqHandle(from, why) != nullptr &&
           JsonRows::usable(to, why);
}

bool PgRows::copy(const Database &from, const Database &to, const QString &table,
                  qsizetype columnCount, const QList<qint64> *ticketIds, const QString &insert,
                  const QList<JsonColumn> &columns, qint64 &rows, QString &error) {
    rows = 0;
    PGconn *conn = libpqHandle(from, error);
    if (!conn)
        return false;
    sqlite3 *handle = sqliteCApiHandle(to, error);
    if (!handle)
        return false;
    if (columnCount <= 0) {
        error = tr("The table %1 has no column to archive.").arg(table);
        return false;
    }
    // The result's columns as the server gives them: every one text (it refuses another list).
    QByteArray sql = "SELECT * FROM sb_archive_rows_text($1, $2::bigint[]) AS r(";
    for (qsizetype i = 0; i < columnCount; ++i) {
        if (i > 0)
            sql += ", ";
        sql += 'c' + QByteArray::number(i) + " TEXT";
    }
    sql += ')';
    const QByteArray name = table.toUtf8();
    const QByteArray ids =
        ticketIds ? dialect::idListValue(Dialect::PostgreSQL, *ticketIds).toUtf8() : QByteArray();
    const char *values[2] = {name.constData(), ticketIds ? ids.constData() : nullptr};
    const Result result(
        PQexecParams(conn, sql.constData(), 2, nullptr, values, nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        error = from.describeText(QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed());
        return false;
    }
    if (PQnfields(result.get()) != columnCount) {
        error = tr("The server gave %1 columns of the table %2, not %3.")
                    .arg(PQnfields(result.get()))
                    .arg(table)
                    .arg(columnCount);
        return false;
    }
    const int count = PQntuples(result.get());
    if (count == 0)
        return true;
    const QByteArray insertSql = insert.toUtf8();
    sqlite3_stmt *raw = nullptr;
    const int prepared =
        sqlite3_prepare_v2(handle, insertSql.constData(), int(insertSql.size()), &raw, nullptr);
    const Statement stmt(raw);
    if (prepared != SQLITE_OK) {
        error = to.describeText(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    }
    PGresult *res = result.get();
    for (int r = 0; r < count; ++r) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const JsonColumn &c = columns.at(i);
            const int mark = int(i) + 1;
            const int at = int(c.at);
            int rc = SQLITE_OK;
            if (at >= columnCount || PQgetisnull(res, r, at)) {
                rc = sqlite3_bind_null(stmt.get(), mark);
            } else {
                const char *text = PQgetvalue(res, r, at);
                const int length = PQgetlength(res, r, at);
                if (c.kind == JsonColumn::Kind::Integer) {
                    qint64 n = 0;
                    const auto [end, ec] = std::from_chars(text, text + length, n);
                    if (ec != std::errc() || end != text + length || length == 0) {
                        error = tr("The server's row %1 of the table %2 has \"%3\" for an integer "
                                   "in column %4.")
                                    .arg(r + 1)
                                    .arg(table)
                                    .arg(QString::fromUtf8(text, qMin(length, 40)))
                                    .arg(at + 1);
                        return false;
                    }
                    rc = sqlite3_bind_int64(stmt.get(), mark, n);
                } else if (c.kind == JsonColumn::Kind::Boolean) {
                    rc = sqlite3_bind_int(stmt.get(), mark, std::strcmp(text, "true") == 0);
                } else {
                    // libpq keeps the value until the result is freed, after the last step.
                    rc = sqlite3_bind_text64(stmt.get(), mark, text, sqlite3_uint64(length),
                                             SQLITE_STATIC, SQLITE_UTF8);
                }
            }
            if (rc != SQLITE_OK) {
                error = to.describeText(QString::fromUtf8(sqlite3_errmsg(handle)));
                return false;
            }
        }
        if (sqlite3_step(stmt.get()) != SQLITE_DONE) {
            error = to.describeText(QString::fromUtf8(sqlite3_errmsg(handle)));
            return false;
        }
        sqlite3_reset(stmt.get());
        ++rows;
    }
    return true;
}

#else

bool PgRows::usable(const Database &, const Database &, QString &why) {
    why = QStringLiteral("built without the SQLite C API");
    return false;
}

bool PgRows::copy(const Database &, const Database &, const QString &, qsizetype,
                  const QList<qint64> *, const QString &, const QList<JsonColumn> &, qint64 &rows,
                  QString &error) {
    rows = 0;
    error = QStringLiteral("built without the SQLite C API");
    return false;
}

#endif

} // namespace sb::archive
