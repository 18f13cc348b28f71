#include "archive/archivetables.h"

#include "archive/jsonrows.h"
#include "archive/pgarchive.h"
#include "archive/pgrows.h"
#include "archive/runcolumns.h"
#include "archive/sqlitedigest.h"
#include "storage/dialect.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>
#include <vector>

namespace sb::archive {

namespace {

QString whereTickets(Dialect d, const TicketReference &t, const QList<qint64> &ids,
                     QVariantList &values) {
    if (ids.isEmpty())
        return QString();
    values.append(dialect::idListValue(d, ids));
    return QStringLiteral(" WHERE ") +
           dialect::idInList(d, QLatin1StringView(t.ticketColumn.toLatin1()));
}

// A column name as the source database reported it, quoted for the INSERT; anything but
// lower-case letters, digits and '_' is refused (column names are never spliced unchecked).
bool quotedColumn(const QString &name, QString &out) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!plain.match(name).hasMatch())
        return false;
    out = QLatin1Char('"') + name + QLatin1Char('"');
    return true;
}

bool columnsOf(const Database &db, const QString &table, QStringList &out, QString &error) {
    out.clear();
    if (db.dialect() == Dialect::PostgreSQL) {
        // A staff login may not read every column: the server names them (PgArchive).
        QList<PgArchive::Column> columns;
        if (!PgArchive::columns(db, table, columns, error))
            return false;
        for (const PgArchive::Column &c : std::as_const(columns))
            out.append(c.name);
        return true;
    }
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table), {}, error))
        return false;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        out.append(rec.fieldName(i));
    return true;
}

QString selectList(const QStringList &columns) {
    if (columns.isEmpty())
        return QStringLiteral("*");
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

bool ArchiveTables::sharedColumns(const Database &a, const Database &b, const QString &table,
                                  QStringList &out, QString &error) {
    QStringList inA;
    QStringList inB;
    if (!columnsOf(a, table, inA, error) || !columnsOf(b, table, inB, error))
        return false;
    out.clear();
    for (const QString &c : std::as_const(inA)) {
        QString quoted;
        if (!quotedColumn(c, quoted)) {
            error = tr("The table %1 has a column named \"%2\", which cannot be archived.")
                        .arg(table, c);
            return false;
        }
        if (inB.contains(c))
            out.append(c);
    }
    return true;
}

const QList<TicketReference> &movedTables() {
    static const QList<TicketReference> list{
        {QStringLiteral("tickets"), QStringLiteral("id"), QStringLiteral("id")},
        {QStringLiteral("ticket_events"), QStringLiteral("ticket_id"), QStringLiteral("id")},
        {QStringLiteral("attachments"), QStringLiteral("ticket_id"), QStringLiteral("id")},
        {QStringLiteral("deadline_urges"), QStringLiteral("ticket_id"),
         QStringLiteral("ticket_id, milestone, kind")},
        {QStringLiteral("ticket_kb_links"), QStringLiteral("ticket_id"),
         QStringLiteral("ticket_id, article_id")},
        {QStringLiteral("kb_usage"), QStringLiteral("ticket_id"), QStringLiteral("id")},
    };
    return list;
}

const QList<TicketReference> &keepingTables() {
    static const QList<TicketReference> list{
        {QStringLiteral("qa_sample_tickets"), QStringLiteral("ticket_id"), QStringLiteral("id")},
        {QStringLiteral("qa_reviews"), QStringLiteral("ticket_id"), QStringLiteral("id")},
        {QStringLiteral("qa_scores"), QStringLiteral("ticket_id"), QStringLiteral("id")},
        {QStringLiteral("qa_calibration_tickets"), QStringLiteral("ticket_id"),
         QStringLiteral("session_id, ticket_id")},
        {QStringLiteral("qa_calibration_scores"), QStringLiteral("ticket_id"),
         QStringLiteral("id")},
    };
    return list;
}

QList<QString> contextTables() {
    // In reference order: staff name roles and teams, incidents name staff and articles.
    return {QStringLiteral("roles"), QStringLiteral("teams"), QStringLiteral("staff"),
            QStringLiteral("kb_articles"), QStringLiteral("incidents")};
}

void ArchiveTables::encodeValue(const QVariant &v, QByteArray &out) {
    if (v.isNull()) {
        out += 'N';
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        out += 'B' + QByteArray::number(b.size()) + ':' + b;
        return;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        out += 'I' + QByteArray::number(v.toLongLong()) + ';';
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out += 'R' + QByteArray::number(v.toDouble(), 'g', 17) + ';';
        return;
    default: {
        const QByteArray t = v.toString().toUtf8();
        out += 'T' + QByteArray::number(t.size()) + ':' + t;
        return;
    }
    }
}

bool ArchiveTables::digest(const Database &db, const TicketReference &t,
                           const QList<qint64> &ticketIds, TableDigest &out, QString &error,
                           const QStringList &columns) {
    out = {};
    if (db.dialect() == Dialect::PostgreSQL) {
        // The live side on PostgreSQL: the server digests the rows where they are
        // (sb_archive_digest), over the bytes the client would hash for the values a direct
        // SELECT gives; rows whose binary values are too large for it at once are digested
        // here, read row by row.
        bool tooLarge = false;
        if (!PgArchive::serverDigest(db, t.table, columns, ticketIds, out, tooLarge, error))
            return false;
        return !tooLarge || PgArchive::rowDigest(db, t.table, columns, ticketIds, out, error);
    }
    QString why;
    if (SqliteDigest::usable(db, why)) {
        QStringList names = columns;
        if (names.isEmpty() && !columnsOf(db, t.table, names, error))
            return false;
        for (const QString &c : std::as_const(names)) {
            QString quoted;
            if (!quotedColumn(c, quoted)) {
                error = tr("The table %1 has a column named \"%2\", which cannot be archived.")
                            .arg(t.table, c);
                return false;
            }
        }
        QVariantList values;
        QString where;
        if (!ticketIds.isEmpty()) {
            values.append(dialect::idListValue(db.dialect(), ticketIds));
            where = dialect::idInList(db.dialect(), QLatin1StringView(t.ticketColumn.toLatin1()));
        }
        return SqliteDigest::digest(db, t.table, names, where, values, t.orderBy, out, error);
    }
    return digestValues(db, t, ticketIds, out, error, columns);
}

bool ArchiveTables::digestValues(const Database &db, const TicketReference &t,
                                 const QList<qint64> &ticketIds, TableDigest &out, QString &error,
                                 const QStringList &columns) {
    out = {};
    QVariantList values;
    const QString where = whereTickets(db.dialect(), t, ticketIds, values);
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(q,
                            QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                                .arg(selectList(columns), t.table, where, t.orderBy),
                            values, error))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray row;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        row.clear();
        row += 'W';
        for (int i = 0; i < rec.count(); ++i) {
            encodeValue(rec.fieldName(i), row);
            encodeValue(q.value(i), row);
        }
        hash.addData(row);
        ++out.rows;
    }
    if (q.lastError().isValid()) {
        error = db.describe(q.lastError());
        return false;
    }
    out.sha256 = hash.result().toHex();
    return true;
}

bool ArchiveTables::copyRows(const Database &from, const Database &to, const QString &table,
                             const TicketReference *t, const QList<qint64> &ticketIds,
                             const QString &blankColumn, qint64 &copied, QString &error,
                             RunColumns *runColumns) {
    QStringList shared;
    if (runColumns ? !runColumns->shared(from, to, table, shared, error)
                   : !sharedColumns(from, to, table, shared, error))
        return false;
    // A left-out column is never read: the target's default ('') stands in for it.
    shared.removeAll(blankColumn);
    if (to.dialect() == Dialect::PostgreSQL) {
        // A restore: the server writes the rows (sb_archive_restore), a table at a time.
        if (!t) {
            error = tr("%1 is not restored from an archive.").arg(table);
            return false;
        }
        QVariantList values;
        const QString where = whereTickets(from.dialect(), *t, ticketIds, values);
        QList<QVariantList> rows;
        QSqlQuery src(from.db());
        if (!from.execForwardOnly(src,
                                  QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                                      .arg(selectList(shared), table, where, t->orderBy),
                                  values, error))
            return false;
        while (src.next()) {
            QVariantList row;
            for (int i = 0; i < shared.size(); ++i)
                row.append(src.value(i));
            rows.append(row);
        }
        if (src.lastError().isValid()) {
            error = from.describe(src.lastError());
            return false;
        }
        copied += rows.size();
        qint64 inserted = 0;
        return rows.isEmpty() || PgArchive::restoreRows(to, table, shared, rows, inserted, error);
    }
    // Into an archive (SQLite): a row whose key is there already is left as it is.
    QStringList columns;
    QStringList marks;
    for (const QString &c : std::as_const(shared)) {
        QString quoted;
        if (!quotedColumn(c, quoted)) {
            error = tr("The table %1 has a column named \"%2\", which cannot be archived.")
                        .arg(table, c);
            return false;
        }
        columns.append(quoted);
        marks.append(QStringLiteral("?"));
    }
    const QString insertSql =
        QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    QSqlQuery ins(to.db());
    if (!ins.prepare(insertSql)) {
        error = to.describe(ins.lastError());
        return false;
    }
    const auto insert = [&](const QVariantList &row, QString &e) {
        for (int i = 0; i < row.size(); ++i)
            ins.bindValue(i, row.at(i));
        if (!ins.exec()) {
            e = to.describe(ins.lastError());
            return false;
        }
        ++copied;
        return true;
    };
    if (from.dialect() == Dialect::PostgreSQL) {
        QList<PgArchive::Column> all;
        if (runColumns ? !runColumns->server(from, table, all, error)
                       : !PgArchive::columns(from, table, all, error))
            return false;
        QList<JsonColumn> kinds;
        if (!JsonRows::columns(all, shared, kinds))
            return PgArchive::forEachRow(from, table, all, shared, t ? &ticketIds : nullptr, insert,
                                         error);
        QString why;
        if (PgRows::usable(from, to, why)) {
            qint64 read = 0;
            const bool ok = PgRows::copy(from, to, table, all.size(), t ? &ticketIds : nullptr,
                                         insertSql, kinds, read, error);
            copied += read;
            return ok;
        }
        // The whole batch in one JSON text: bound row by row through SQLite's C API, or
        // inserted by one statement inside SQLite.
        QString json;
        qint64 rows = 0;
        if (!PgArchive::rowsAsJson(from, table, t ? &ticketIds : nullptr, json, rows, error))
            return false;
        copied += rows;
        if (rows == 0)
            return true;
        if (JsonRows::usable(to, why)) {
            qint64 inserted = 0;
            return JsonRows::insert(to, insertSql, kinds, json, inserted, error);
        }
        return to.exec(
            QStringLiteral("INSERT OR IGNORE INTO %1 (%2) SELECT %3 FROM json_each(?) "
                           "ORDER BY key")
                .arg(table, columns.join(QStringLiteral(", ")), JsonRows::selectList(kinds)),
            {json}, error);
    }
    QVariantList values;
    const QString where = t ? whereTickets(from.dialect(), *t, ticketIds, values) : QString();
    QSqlQuery src(from.db());
    if (!from.execForwardOnly(
            src,
            QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                .arg(selectList(shared), table, where, t ? t->orderBy : QStringLiteral("1")),
            values, error))
        return false;
    QVariantList row;
    while (src.next()) {
        row.clear();
        for (int i = 0; i < shared.size(); ++i)
            row.append(src.value(i));
        if (!insert(row, error))
            return false;
    }
    if (src.lastError().isValid()) {
        error = from.describe(src.lastError());
        return false;
    }
    return true;
}

bool ArchiveTables::copy(const Database &from, const Database &to, const TicketReference &t,
                         const QList<qint64> &ticketIds, qint64 &copied, QString &error,
                         RunColumns *columns) {
    return copyRows(from, to, t.table, &t, ticketIds, QString(), copied, error, columns);
}

bool ArchiveTables::copyContext(const Database &from, const Database &to, const QString &table,
                                QString &error) {
    if (!contextTables().contains(table)) {
        error = tr("%1 is not a table an archive copies.").arg(table);
        return false;
    }
    qint64 copied = 0;
    // A staff member's password hash stays in the live database (it is not even read).
    return copyRows(from, to, table, nullptr, {},
                    table == QLatin1StringView("staff") ? QStringLiteral("password_hash")
                                                        : QString(),
                    copied, error);
}

bool ArchiveTables::count(const Database &db, const TicketReference &t,
                          const QList<qint64> &ticketIds, qint64 &out, QString &error) {
    if (db.dialect() == Dialect::PostgreSQL)
        return PgArchive::count(db, t.table, ticketIds, out, error);
    QVariantList values;
    const QString where = whereTickets(db.dialect(), t, ticketIds, values);
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(t.table, where), values, error))
        return false;
    out = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool ArchiveTables::remove(const Database &db, const TicketReference &t,
                           const QList<qint64> &ticketIds, QString &error) {
    if (ticketIds.isEmpty())
        return true;
    QVariantList values;
    const QString where = whereTickets(db.dialect(), t, ticketIds, values);
    return db.exec(QStringLiteral("DELETE FROM %1%2").arg(t.table, where), values, error);
}

void ManifestAhead::start(const DatabaseUrl &archive) {
    m_thread = std::thread([this, archive] {
        // The two large tables (the tickets and their timelines) on threads of their own, the
        // others on this one: each table's digest is one pass over it.
        const QList<TicketReference> &tables = movedTables();
        // Each thread writes its own elements (a std::vector: no shared detach).
        std::vector<TableDigest> digests(size_t(tables.size()));
        std::vector<char> done(size_t(tables.size()), 0);
        const auto digest = [&](qsizetype from, qsizetype to, const QString &name) {
            QString e;
            // Opened, used and closed on its thread (a QtSql connection stays on its thread).
            auto db = Database::open(archive, name, e);
            for (qsizetype i = from; db && i < to; ++i)
                done[size_t(i)] =
                    ArchiveTables::digest(*db, tables.at(i), {}, digests[size_t(i)], e);
        };
        std::thread tickets(digest, 0, 1, QStringLiteral("archive-manifest-tickets"));
        std::thread events(digest, 1, 2, QStringLiteral("archive-manifest-events"));
        digest(2, tables.size(), QStringLiteral("archive-manifest"));
        tickets.join();
        events.join();
        m_ok = std::all_of(done.cbegin(), done.cend(), [](char ok) { return ok != 0; });
        if (m_ok)
            m_digests = QList<TableDigest>(digests.cbegin(), digests.cend());
    });
}

} // namespace sb::archive
