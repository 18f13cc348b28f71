#include "storage/sqlitecapi.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

namespace sb {

sqlite3 *sqliteCApiHandle(const Database &db, QString &why) {
    const QVariant h = db.db().driver()->handle();
    if (qstrcmp(h.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(h.constData())) {
        why = QStringLiteral("the driver gives no sqlite3 handle (%1)")
                  .arg(QLatin1StringView(h.typeName()));
        return nullptr;
    }
    // Asked through Qt, answered by the SQLite copy that owns the handle. A different version
    // (or build) is a different copy of SQLite.
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !q.next()) {
        why = describeSqlError(q.lastError());
        return nullptr;
    }
    const QStringList parts = q.value(0).toString().split(QLatin1Char('.'));
    const int theirs =
        parts.value(0).toInt() * 1000000 + parts.value(1).toInt() * 1000 + parts.value(2).toInt();
    const QByteArray theirSource = q.value(1).toString().toUtf8();
    if (theirs != sqlite3_libversion_number() || theirSource != sqlite3_sourceid()) {
        why = QStringLiteral("the connection runs SQLite %1, we link %2")
                  .arg(q.value(0).toString(), QLatin1StringView(sqlite3_libversion()));
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(h.constData());
}

} // namespace sb
