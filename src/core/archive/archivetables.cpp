#include "archive/archivetables.h"

#include "storage/dialect.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlRecord>

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
                             const QString &where, const QVariantList &values,
                             const QString &orderBy, const QString &blankColumn, qint64 &copied,
                             QString &error) {
    QStringList shared;
    if (!sharedColumns(from, to, table, shared, error))
        return false;
    // A left-out column is never read: the target's default ('') stands in for it.
    shared.removeAll(blankColumn);
    QSqlQuery src(from.db());
    if (!from.execForwardOnly(src,
                              QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                                  .arg(selectList(shared), table, where, orderBy),
                              values, error))
        return false;
    const QSqlRecord rec = src.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < rec.count(); ++i) {
        QString quoted;
        if (!quotedColumn(rec.fieldName(i), quoted)) {
            error = tr("The table %1 has a column named \"%2\", which cannot be archived.")
                        .arg(table, rec.fieldName(i));
            return false;
        }
        columns.append(quoted);
        marks.append(QStringLiteral("?"));
    }
    const bool sqlite = to.dialect() == Dialect::SQLite;
    const QString sql =
        QStringLiteral("%1 INTO %2 (%3) VALUES (%4)%5")
            .arg(sqlite ? QStringLiteral("INSERT OR IGNORE") : QStringLiteral("INSERT"), table,
                 columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                 sqlite ? QString() : QStringLiteral(" ON CONFLICT DO NOTHING"));
    QSqlQuery ins(to.db());
    if (!ins.prepare(sql)) {
        error = to.describe(ins.lastError());
        return false;
    }
    while (src.next()) {
        for (int i = 0; i < rec.count(); ++i)
            ins.bindValue(i, src.value(i));
        if (!ins.exec()) {
            error = to.describe(ins.lastError());
            return false;
        }
        ++copied;
    }
    if (src.lastError().isValid()) {
        error = from.describe(src.lastError());
        return false;
    }
    return true;
}

bool ArchiveTables::copy(const Database &from, const Database &to, const TicketReference &t,
                         const QList<qint64> &ticketIds, qint64 &copied, QString &error) {
    QVariantList values;
    const QString where = whereTickets(from.dialect(), t, ticketIds, values);
    return copyRows(from, to, t.table, where, values, t.orderBy, QString(), copied, error);
}

bool ArchiveTables::copyContext(const Database &from, const Database &to, const QString &table,
                                QString &error) {
    if (!contextTables().contains(table)) {
        error = tr("%1 is not a table an archive copies.").arg(table);
        return false;
    }
    qint64 copied = 0;
    // A staff member's password hash stays in the live database (it is not even read).
    return copyRows(from, to, table, QString(), {}, QStringLiteral("1"),
                    table == QLatin1StringView("staff") ? QStringLiteral("password_hash")
                                                        : QString(),
                    copied, error);
}

bool ArchiveTables::count(const Database &db, const TicketReference &t,
                          const QList<qint64> &ticketIds, qint64 &out, QString &error) {
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

} // namespace sb::archive
