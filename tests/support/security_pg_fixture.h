#pragma once
// Helpers shared by the tst_security_*_pg tests. PostgreSQL roles are cluster-wide: every run
// uses its own random suffix in login names and drops its logins at the end.

#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <memory>

namespace sb::test {

inline quint32 uniqueSuffix() {
    return QRandomGenerator::global()->bounded(100000u, 999999u);
}

inline std::unique_ptr<Database> connectAs(const DatabaseUrl &url, const QString &login,
                                           const QString &password, QString &error) {
    DatabaseUrl u = url;
    u.user = login;
    u.password = password;
    return Database::open(u, QStringLiteral("as-") + login, error);
}

inline qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q;
    QString error;
    if (!db.exec(q, sql, values, error) || !q.next()) {
        qWarning("scalar failed: %s (%s)", qPrintable(error), qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

// Ends the logins' sessions and drops their roles (the names are quoted by the server).
inline void dropLogins(Database &admin, const QStringList &logins) {
    QString error;
    for (const QString &login : logins) {
        QSqlQuery q;
        if (!admin.exec(q, QStringLiteral("SELECT format('DROP ROLE IF EXISTS %I', ?::text)"),
                        {login}, error) ||
            !q.next())
            continue;
        const QString stmt = q.value(0).toString();
        q.finish();
        admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                  "usename = ?"),
                   {login}, error);
        if (!admin.exec(stmt, {}, error))
            qWarning("could not drop role %s: %s", qPrintable(login), qPrintable(error));
    }
}

} // namespace sb::test
