#include "tickets/ticketstores.h"

#include "storage/dialect.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

namespace {
QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QVariant staffOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

bool SavedFilterStore::list(Database &db, qint64 staffId, QList<SavedFilter> &out, QString &error) {
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT id, name, definition FROM saved_filters WHERE staff_id = "
                                "? ORDER BY name"),
                 {staffId}, error))
        return false;
    out.clear();
    while (q.next()) {
        SavedFilter f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        const QJsonObject def = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        f.queue = def.value(QStringLiteral("queue")).toString(QStringLiteral("all"));
        QString why;
        if (!TicketFilter::fromJson(def.value(QStringLiteral("filter")).toObject(), f.filter,
                                    why)) {
            error = tr("Saved filter \"%1\": %2").arg(f.name, why);
            return false;
        }
        out.append(f);
    }
    return true;
}

bool SavedFilterStore::save(Database &db, qint64 staffId, SavedFilter &filter, QString &error) {
    const QString name = filter.name.trimmed();
    if (name.isEmpty()) {
        error = tr("A saved filter needs a name.");
        return false;
    }
    QJsonObject def;
    def.insert(QStringLiteral("queue"), filter.queue);
    def.insert(QStringLiteral("filter"), filter.filter.toJson());
    return db.transaction(
        [&](QString &err) {
            if (!db.exec(
                    QStringLiteral("DELETE FROM saved_filters WHERE staff_id = ? AND name = ?"),
                    {staffId, name}, err))
                return false;
            QSqlQuery q;
            if (!db.exec(q,
                         QStringLiteral("INSERT INTO saved_filters(staff_id, name, definition) "
                                        "VALUES (?, ?, ?) RETURNING id"),
                         {staffId, name, compact(def)}, err))
                return false;
            if (q.next())
                filter.id = q.value(0).toLongLong();
            filter.name = name;
            return true;
        },
        error);
}

bool SavedFilterStore::remove(Database &db, qint64 staffId, qint64 id, QString &error) {
    return db.exec(QStringLiteral("DELETE FROM saved_filters WHERE id = ? AND staff_id = ?"),
                   {id, staffId}, error);
}

bool QueryLog::record(Database &db, qint64 nowMs, qint64 staffId, const QString &queue,
                      const TicketFilter &filter, QString &error, const QString &purpose) {
    QJsonObject logged = filter.toJson();
    if (!purpose.isEmpty())
        logged.insert(QStringLiteral("purpose"), purpose);
    return db.exec(
        QStringLiteral("INSERT INTO query_log(at, staff_id, queue, filter) VALUES (?, ?, ?, ?)"),
        {nowMs, staffOrNull(staffId), queue, compact(logged)}, error);
}

bool QueryLog::recordSearch(Database &db, qint64 nowMs, qint64 staffId, const QString &queue,
                            const TicketFilter &filter, qint64 &id, QString &error) {
    id = 0;
    return db.transaction(
        [&](QString &err) {
            if (!record(db, nowMs, staffId, queue, filter, err))
                return false;
            // Staff logins on PostgreSQL may not read the log back (no RETURNING): the
            // session's own sequence value names the row.
            QSqlQuery q(db.db());
            if (!db.exec(
                    q,
                    dialect::lastInsertedIdSql(db.dialect(), QLatin1StringView("query_log_id_seq")),
                    {}, err))
                return false;
            id = q.next() ? q.value(0).toLongLong() : 0;
            return true;
        },
        error);
}

bool QueryLog::setResults(Database &db, qint64 id, qint64 staffId, qint64 results, QString &error) {
    if (id <= 0 || results < 0)
        return true;
    if (db.dialect() == Dialect::PostgreSQL)
        return db.exec(QStringLiteral("SELECT sb_query_log_results(?, ?)"), {id, results}, error);
    return db.exec(
        QStringLiteral(
            "UPDATE query_log SET results = ? WHERE id = ? AND COALESCE(staff_id, 0) = ? "
            "AND results IS NULL"),
        {results, id, staffId}, error);
}

} // namespace sb
