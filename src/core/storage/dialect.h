#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace sb::dialect {

// The few places SQLite and PostgreSQL differ in the statements core writes; every other
// statement is the same text on both.

// Case-insensitive LIKE: "ILIKE" on PostgreSQL; SQLite's LIKE already ignores ASCII case.
inline QString caseInsensitiveLike(Dialect d) {
    return d == Dialect::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

// Appended to a SELECT that reads rows it is about to change in the same transaction:
// " FOR UPDATE" on PostgreSQL; SQLite's write transaction already excludes other writers.
inline QString rowLock(Dialect d) {
    return d == Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString();
}

// Runs an INSERT (text without RETURNING) and gives the new row's id. Both databases
// support "RETURNING id" (SQLite since 3.35), so one statement serves both.
inline bool insertReturningId(const Database &db, const QString &insertSql,
                              const QVariantList &values, qint64 &id, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q, insertSql + QStringLiteral(" RETURNING id"), values, error))
        return false;
    id = q.next() ? q.value(0).toLongLong() : 0;
    return id > 0;
}

// A SELECT of the id the connection's last INSERT gave, for a table the writer may not read
// back (no RETURNING under row security): currval of `pgSequence` (a fixed name) on
// PostgreSQL, last_insert_rowid() on SQLite.
inline QString lastInsertedIdSql(Dialect d, QLatin1StringView pgSequence) {
    if (d == Dialect::PostgreSQL)
        return QStringLiteral("SELECT currval('%1')").arg(pgSequence);
    return QStringLiteral("SELECT last_insert_rowid()");
}

// The tickets column that tells customers apart for statements any login runs (repeat
// complaints): on PostgreSQL staff may not read customer_id, and compare customer_digest, a
// keyed digest of it the server writes (migration 033); on SQLite customer_id itself. Empty
// when the ticket names no customer.
inline QString customerKeyColumn(Dialect d) {
    return d == Dialect::PostgreSQL ? QStringLiteral("customer_digest")
                                    : QStringLiteral("customer_id");
}

// Whether the connection's login may read `table` (a fixed name) at all: PostgreSQL grants
// some tables to some groups only; SQLite has no privileges.
inline bool maySelect(const Database &db, QLatin1StringView table, bool &out, QString &error) {
    out = true;
    if (db.dialect() != Dialect::PostgreSQL)
        return true;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT has_table_privilege(?, 'SELECT')"), {QString(table)},
                 error))
        return false;
    out = q.next() && q.value(0).toBool();
    return true;
}

// The member `key` of the JSON object stored as text in `column`, as SQL text (NULL when the
// member is absent): json_extract on SQLite, ->> on PostgreSQL. `column` and `key` are fixed
// names of the statement (letters, digits, '_' and '.'), never input.
inline QString jsonMember(Dialect d, QLatin1StringView column, QLatin1StringView key) {
    Q_ASSERT(std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }));
    if (d == Dialect::PostgreSQL)
        return QStringLiteral("((%1)::jsonb ->> '%2')").arg(column, key);
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

// `column` (a fixed name) is one of the ids of a list bound as ONE value (idListValue), so a
// statement's text does not depend on the list's length: a JSON array read by json_each on
// SQLite, a bigint[] on PostgreSQL (which an index on the column serves).
inline QString idInList(Dialect d, QLatin1StringView column) {
    if (d == Dialect::PostgreSQL)
        return QStringLiteral("%1 = ANY(?::bigint[])").arg(column);
    return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
}

// The value bound for idInList: "[1,2,3]" on SQLite, "{1,2,3}" on PostgreSQL.
inline QString idListValue(Dialect d, const QList<qint64> &ids) {
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    const QString list = parts.join(QLatin1Char(','));
    if (d == Dialect::PostgreSQL)
        return QLatin1Char('{') + list + QLatin1Char('}');
    return QLatin1Char('[') + list + QLatin1Char(']');
}

// A LIKE pattern that matches `s` literally anywhere, for "contains" filters where % and _
// typed by a person mean themselves: lower-cased (compare it with LOWER(column)) and escaped
// with '!', so the statement reads `LOWER(column) LIKE ? ESCAPE '!'` on both databases.
inline QString containsPattern(const QString &s) {
    QString out;
    for (const QChar c : s.toLower()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('!'))
            out += QLatin1Char('!');
        out += c;
    }
    return QLatin1Char('%') + out + QLatin1Char('%');
}

} // namespace sb::dialect
