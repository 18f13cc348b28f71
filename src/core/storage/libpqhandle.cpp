#include "storage/libpqhandle.h"

#include <QSqlDriver>

#include <libpq-fe.h>

namespace sb {

pg_conn *libpqHandle(const Database &db, QString &why) {
    const QVariant h = db.db().driver()->handle();
    if (qstrcmp(h.typeName(), "PGconn*") != 0 && qstrcmp(h.typeName(), "pg_conn*") != 0) {
        why = QStringLiteral("the PostgreSQL driver gives no libpq connection (%1)")
                  .arg(QLatin1StringView(h.typeName()));
        return nullptr;
    }
    PGconn *conn = *static_cast<PGconn *const *>(h.constData());
    if (!conn)
        why = QStringLiteral("no PostgreSQL connection");
    return conn;
}

} // namespace sb
