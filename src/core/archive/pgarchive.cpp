#include "archive/pgarchive.h"

#include "storage/dialect.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sb::archive {

namespace {

QString idArray(const QList<qint64> &ids) {
    return dialect::idListValue(Dialect::PostgreSQL, ids);
}

QVariant bigint(qint64 v) {
    return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}

bool idsOf(const Database &db, const QString &sql, const QVariantList &values, QList<qint64> &out,
           QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(q, sql, values, error))
        return false;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return true;
}

// A PostgreSQL array literal of `items` (bound, never spliced).
QString textArray(const QStringList &items) {
    QStringList quoted;
    for (const QString &item : items) {
        QString s = item;
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted.append(QLatin1Char('"') + s + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

bool isInteger(const QString &type) {
    return type == QLatin1StringView("int8") || type == QLatin1StringView("int4") ||
           type == QLatin1StringView("int2") || type == QLatin1StringView("oid");
}

bool isFloat(const QString &type) {
    return type == QLatin1StringView("float8") || type == QLatin1StringView("float4") ||
           type == QLatin1StringView("numeric");
}

} // namespace

QVariant PgArchive::fromText(const QJsonValue &text, const QString &type) {
    const bool null = text.isNull() || text.isUndefined();
    const QString s = text.toString();
    if (isInteger(type))
        return null ? QVariant(QMetaType::fromType<qint64>()) : QVariant(s.toLongLong());
    if (isFloat(type))
        return null ? QVariant(QMetaType::fromType<double>()) : QVariant(s.toDouble());
    if (type == QLatin1StringView("bool"))
        return null ? QVariant(QMetaType::fromType<bool>())
                    : QVariant(s == QLatin1StringView("true"));
    if (type == QLatin1StringView("bytea"))
        return null ? QVariant(QMetaType::fromType<QByteArray>())
                    : QVariant(QByteArray::fromHex(s.toLatin1()));
    return null ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QJsonValue PgArchive::toText(const QVariant &value) {
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return QJsonValue(QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex()));
    case QMetaType::Double:
    case QMetaType::Float:
        // 17 significant digits give back the same double.
        return QJsonValue(QString::number(value.toDouble(), 'g', 17));
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QJsonValue(QString::number(value.toLongLong()));
    default:
        return QJsonValue(value.toString());
    }
}

bool PgArchive::columns(const Database &db, const QString &table, QList<Column> &out,
                        QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(q, QStringLiteral("SELECT name, type FROM sb_archive_columns(?)"),
                            {table}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return true;
}

bool PgArchive::forEachRow(const Database &db, const QString &table, const QList<Column> &all,
                           const QStringList &columns, const QList<qint64> *ticketIds,
                           const std::function<bool(const QVariantList &, QString &)> &row,
                           QString &error) {
    // Where each wanted column is in the rows the function gives.
    QList<int> at;
    if (columns.isEmpty()) {
        for (int i = 0; i < all.size(); ++i)
            at.append(i);
    } else {
        for (const QString &c : columns) {
            int found = -1;
            for (int i = 0; i < all.size() && found < 0; ++i)
                if (all.at(i).name == c)
                    found = i;
            if (found < 0) {
                error = tr("The live table %1 has no readable column %2.").arg(table, c);
                return false;
            }
            at.append(found);
        }
    }
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(q, QStringLiteral("SELECT sb_archive_rows(?, ?::bigint[])"),
                            {table, ticketIds ? QVariant(idArray(*ticketIds))
                                              : QVariant(QMetaType::fromType<QString>())},
                            error))
        return false;
    QVariantList values;
    while (q.next()) {
        const QJsonArray text = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        if (text.size() != all.size()) {
            error = tr("The live table %1 gave a row of %2 values for %3 columns.")
                        .arg(table)
                        .arg(text.size())
                        .arg(all.size());
            return false;
        }
        values.clear();
        for (int i : std::as_const(at))
            values.append(fromText(text.at(i), all.at(i).type));
        if (!row(values, error))
            return false;
    }
    if (q.lastError().isValid()) {
        error = db.describe(q.lastError());
        return false;
    }
    return true;
}

bool PgArchive::rowsAsJson(const Database &db, const QString &table, const QList<qint64> *ticketIds,
                           QString &json, qint64 &rows, QString &error) {
    json.clear();
    rows = 0;
    QSqlQuery q(db.db());
    if (!db.exec(
            q,
            QStringLiteral("SELECT row_count, rows_json FROM sb_archive_rows_json(?, ?::bigint[])"),
            {table,
             ticketIds ? QVariant(idArray(*ticketIds)) : QVariant(QMetaType::fromType<QString>())},
            error))
        return false;
    if (!q.next()) {
        error = db.describe(q.lastError());
        return false;
    }
    rows = q.value(0).toLongLong();
    json = q.value(1).toString();
    return true;
}

bool PgArchive::serverDigest(const Database &db, const QString &table, const QStringList &columns,
                             const QList<qint64> &ticketIds, TableDigest &out, bool &tooLarge,
                             QString &error, qint64 maxBytes) {
    out = {};
    tooLarge = false;
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT d.rows, d.sha256 FROM sb_archive_digest(?, ?::bigint[], "
                                "?::text[], ?) d"),
                 {table, idArray(ticketIds), textArray(columns),
                  maxBytes > 0 ? QVariant(maxBytes) : QVariant(QMetaType::fromType<qint64>())},
                 error))
        return false;
    if (!q.next()) {
        error = db.describe(q.lastError());
        return false;
    }
    out.rows = q.value(0).toLongLong();
    if (q.value(1).isNull()) {
        tooLarge = true;
        return true;
    }
    out.sha256 = q.value(1).toString().toLatin1();
    return true;
}

bool PgArchive::rowDigest(const Database &db, const QString &table, const QStringList &columns,
                          const QList<qint64> &ticketIds, TableDigest &out, QString &error) {
    out = {};
    QList<Column> all;
    if (!PgArchive::columns(db, table, all, error))
        return false;
    QStringList names = columns;
    if (names.isEmpty())
        for (const Column &c : std::as_const(all))
            names.append(c.name);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray row;
    const bool ok = forEachRow(
        db, table, all, names, &ticketIds,
        [&](const QVariantList &values, QString &) {
            row.clear();
            row += 'W';
            for (int i = 0; i < values.size(); ++i) {
                ArchiveTables::encodeValue(names.at(i), row);
                ArchiveTables::encodeValue(values.at(i), row);
            }
            hash.addData(row);
            ++out.rows;
            return true;
        },
        error);
    out.sha256 = hash.result().toHex();
    return ok;
}

bool PgArchive::count(const Database &db, const QString &table, const QList<qint64> &ticketIds,
                      qint64 &out, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM sb_archive_rows(?, ?::bigint[])"),
                 {table, idArray(ticketIds)}, error))
        return false;
    out = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool PgArchive::restoreRows(const Database &db, const QString &table, const QStringList &columns,
                            const QList<QVariantList> &rows, qint64 &inserted, QString &error) {
    QJsonArray json;
    for (const QVariantList &r : rows) {
        QJsonObject o;
        for (int i = 0; i < columns.size() && i < r.size(); ++i)
            o.insert(columns.at(i), toText(r.at(i)));
        json.append(o);
    }
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT sb_archive_restore(?, ?::jsonb)"),
                 {table, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))},
                 error))
        return false;
    inserted += q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool PgArchive::candidates(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                           qint64 afterId, int limit, QList<qint64> &ids, QString &error) {
    return idsOf(db, QStringLiteral("SELECT sb_archive_candidates(?, ?, ?, ?)"),
                 {ordinaryBefore, importantBefore, afterId, limit}, ids, error);
}

bool PgArchive::lockCandidates(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                               const QList<qint64> &ids, QList<qint64> &out, QString &error) {
    return idsOf(db, QStringLiteral("SELECT sb_archive_lock_candidates(?, ?, ?::bigint[])"),
                 {ordinaryBefore, importantBefore, idArray(ids)}, out, error);
}

bool PgArchive::liveTickets(const Database &db, const QList<qint64> &ids, QList<qint64> &out,
                            QString &error) {
    return idsOf(db, QStringLiteral("SELECT sb_archive_live_tickets(?::bigint[])"), {idArray(ids)},
                 out, error);
}

bool PgArchive::deleteBatch(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                            const QList<qint64> &ids, QList<qint64> &deleted, QString &error) {
    if (!idsOf(db, QStringLiteral("SELECT sb_archive_delete(?, ?, ?::bigint[])"),
               {ordinaryBefore, importantBefore, idArray(ids)}, deleted, error))
        return false;
    std::sort(deleted.begin(), deleted.end());
    return true;
}

bool PgArchive::deleteChecked(const Database &db, qint64 ordinaryBefore, qint64 importantBefore,
                              const QList<qint64> &ids, const QHash<QString, QStringList> &columns,
                              QList<TableDigest> &deleted, QList<qint64> &moving, bool &tooLarge,
                              QString &error) {
    deleted.clear();
    moving.clear();
    tooLarge = false;
    QJsonObject named;
    for (auto c = columns.cbegin(); c != columns.cend(); ++c)
        named.insert(c.key(), QJsonArray::fromStringList(c.value()));
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(
            q,
            QStringLiteral("SELECT moved_table, moved_rows, moved_sha256, moved_ids::TEXT FROM "
                           "sb_archive_delete_checked(?, ?, ?::bigint[], ?::jsonb)"),
            {ordinaryBefore, importantBefore, idArray(ids),
             QString::fromUtf8(QJsonDocument(named).toJson(QJsonDocument::Compact))},
            error))
        return false;
    QHash<QString, TableDigest> byTable;
    while (q.next()) {
        const QString ticketIds = q.value(3).toString();
        if (!ticketIds.isEmpty()) {
            // A PostgreSQL array of bigints: {1,2,3}.
            const QStringView inner = QStringView(ticketIds).mid(1, ticketIds.size() - 2);
            for (QStringView id : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
                moving.append(id.toLongLong());
        }
        if (q.value(0).isNull()) {
            tooLarge = true;
            continue;
        }
        byTable.insert(q.value(0).toString(),
                       {q.value(1).toLongLong(), q.value(2).toString().toLatin1()});
    }
    if (q.lastError().isValid()) {
        error = db.describe(q.lastError());
        return false;
    }
    std::sort(moving.begin(), moving.end());
    if (tooLarge || moving.isEmpty())
        return true;
    for (const TicketReference &t : movedTables()) {
        if (!byTable.contains(t.table)) {
            error = tr("The server deleted no rows of %1 for this batch.").arg(t.table);
            return false;
        }
        deleted.append(byTable.value(t.table));
    }
    return true;
}

bool PgArchive::startRun(const Database &db, const QString &kind, qint64 cutoff,
                         const QString &fileName, qint64 &runId, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT sb_archive_run_start(?, ?, ?)"),
                 {kind, bigint(cutoff), textValue(fileName)}, error))
        return false;
    runId = q.next() ? q.value(0).toLongLong() : 0;
    return runId > 0;
}

bool PgArchive::finishRun(const Database &db, qint64 runId, const QString &counts,
                          const QString &failure, const QString &detail, QString &error) {
    return db.exec(QStringLiteral("SELECT sb_archive_run_finish(?, ?, ?, ?::jsonb)"),
                   {runId, counts, textValue(failure), detail}, error);
}

} // namespace sb::archive
