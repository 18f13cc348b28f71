#include "archive/jsonrows.h"

#if defined(SIGNALBOARD_SQLITE_C_API)
#include "archive/sqlitearchive.h"
#include "storage/sqlitecapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <sqlite3.h>
#endif

namespace sb::archive {

bool JsonRows::columns(const QList<PgArchive::Column> &all, const QStringList &columns,
                       QList<JsonColumn> &out) {
    out.clear();
    for (const QString &c : columns) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < all.size() && at < 0; ++i)
            if (all.at(i).name == c)
                at = i;
        if (at < 0)
            return false;
        const QString &type = all.at(at).type;
        JsonColumn column{at, JsonColumn::Kind::Text};
        if (type == QLatin1StringView("int8") || type == QLatin1StringView("int4") ||
            type == QLatin1StringView("int2") || type == QLatin1StringView("oid"))
            column.kind = JsonColumn::Kind::Integer;
        else if (type == QLatin1StringView("bool"))
            column.kind = JsonColumn::Kind::Boolean;
        else if (type == QLatin1StringView("bytea") || type == QLatin1StringView("float4") ||
                 type == QLatin1StringView("float8") || type == QLatin1StringView("numeric"))
            return false;
        out.append(column);
    }
    return true;
}

QString JsonRows::selectList(const QList<JsonColumn> &columns) {
    QStringList values;
    for (const JsonColumn &c : columns) {
        const QString value = QStringLiteral("json_extract(value, '$[%1]')").arg(c.at);
        switch (c.kind) {
        case JsonColumn::Kind::Integer:
            values.append(QStringLiteral("CAST(%1 AS INTEGER)").arg(value));
            break;
        case JsonColumn::Kind::Boolean:
            values.append(QStringLiteral("CAST(%1 = 'true' AS INTEGER)").arg(value));
            break;
        case JsonColumn::Kind::Text:
            values.append(value);
            break;
        }
    }
    return values.join(QStringLiteral(", "));
}

#if defined(SIGNALBOARD_SQLITE_C_API)

bool JsonRows::usable(const Database &to, QString &why) {
    if (!SqliteArchive::enabled(to)) {
        why = QStringLiteral("not SQLite, or SIGNALBOARD_ARCHIVE_PORTABLE=1");
        return false;
    }
    return sqliteCApiHandle(to, why) != nullptr;
}

bool JsonRows::insert(const Database &to, const QString &insert, const QList<JsonColumn> &columns,
                      const QString &json, qint64 &rows, QString &error) {
    rows = 0;
    QString why;
    sqlite3 *handle = sqliteCApiHandle(to, why);
    if (!handle) {
        error = why;
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isArray()) {
        error = tr("The server's rows are not a JSON array (%1 at byte %2).")
                    .arg(parse.errorString())
                    .arg(parse.offset);
        return false;
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = insert.toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return false;
    }
    const auto failed = [&](const QString &message) {
        error = message;
        sqlite3_finalize(stmt);
        return false;
    };
    const QJsonArray all = doc.array();
    for (qsizetype r = 0; r < all.size(); ++r) {
        if (!all.at(r).isArray())
            return failed(tr("The server's row %1 is not a JSON array.").arg(r + 1));
        const QJsonArray row = all.at(r).toArray();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const JsonColumn &c = columns.at(i);
            const int mark = int(i) + 1;
            // A missing value is NULL, as json_extract gives it.
            const QJsonValue v = c.at < row.size() ? row.at(c.at) : QJsonValue();
            int rc = SQLITE_OK;
            if (v.isNull()) {
                rc = sqlite3_bind_null(stmt, mark);
            } else if (!v.isString()) {
                return failed(
                    tr("The server's row %1 has no text in column %2.").arg(r + 1).arg(c.at + 1));
            } else if (c.kind == JsonColumn::Kind::Integer) {
                bool ok = false;
                const qint64 n = v.toString().toLongLong(&ok);
                if (!ok)
                    return failed(tr("The server's row %1 has \"%2\" for an integer in column %3.")
                                      .arg(r + 1)
                                      .arg(v.toString().left(40))
                                      .arg(c.at + 1));
                rc = sqlite3_bind_int64(stmt, mark, n);
            } else if (c.kind == JsonColumn::Kind::Boolean) {
                rc = sqlite3_bind_int(stmt, mark, v.toString() == QLatin1StringView("true"));
            } else {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text64(stmt, mark, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            if (rc != SQLITE_OK)
                return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_reset(stmt);
        ++rows;
    }
    sqlite3_finalize(stmt);
    return true;
}

#else

bool JsonRows::usable(const Database &, QString &why) {
    why = QStringLiteral("built without the SQLite C API");
    return false;
}

bool JsonRows::insert(const Database &, const QString &, const QList<JsonColumn> &, const QString &,
                      qint64 &rows, QString &error) {
    rows = 0;
    error = QStringLiteral("built without the SQLite C API");
    return false;
}

#endif

} // namespace sb::archive
