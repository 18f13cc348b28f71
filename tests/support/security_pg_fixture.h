#pragma once
// Helpers shared by the tst_security_*_pg tests. PostgreSQL roles are cluster-wide: every run
// uses its own random suffix in login names and drops its logins at the end.

#include "storage/database.h"
#include "testsupport.h"

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

// The two logins the archive's guard tests act as: an archivist (a role of its own in an
// agent's database group holding exactly admin.archive, so row security shows it no ticket)
// and a supervisor (every ticket permission, not admin.archive). `tag` keeps the employee
// numbers and logins of two tests apart: "AR" gives staff AR1 and AR2, logins sb_ar_keeper and
// sb_ar_sup. Null members after a warning when a step fails.
struct ArchiveLogins {
    std::unique_ptr<Database> archivist;
    std::unique_ptr<Database> supervisor;
    QStringList logins;
};

inline ArchiveLogins archiveLogins(Database &installer, const QString &tag) {
    ArchiveLogins out;
    QString error;
    const auto run = [&](const QString &sql, const QVariantList &values = {}) {
        if (!installer.exec(sql, values, error))
            qWarning("archive logins: %s", qPrintable(error));
    };
    run(QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) VALUES ('archivist', "
                       "'Archivist', 0, 'sb_agent') ON CONFLICT (key) DO NOTHING"));
    run(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) SELECT id, "
                       "'admin.archive' FROM roles WHERE key = 'archivist' ON CONFLICT DO "
                       "NOTHING"));
    const auto person = [&](const QString &no, const QString &role) {
        QSqlQuery q;
        if (!installer.exec(q,
                            QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                           "status_changed_at, login, password_hash, created_at) "
                                           "VALUES (?, ?, (SELECT id FROM roles WHERE key = ?), "
                                           "'active', 0, ?, 'secret-hash', 0) RETURNING id"),
                            {no, no, role, QString(QStringLiteral("pending_") + no)}, error) ||
            !q.next()) {
            qWarning("archive logins: %s", qPrintable(error));
            return qint64(0);
        }
        return q.value(0).toLongLong();
    };
    const QString lower = tag.toLower();
    out.logins = {QStringLiteral("sb_%1_keeper").arg(lower),
                  QStringLiteral("sb_%1_sup").arg(lower)};
    out.archivist = pgLoginFor(installer, out.logins.at(0),
                               person(tag + QLatin1Char('1'), QStringLiteral("archivist")),
                               QStringLiteral("sb_agent"));
    out.supervisor = pgLoginFor(installer, out.logins.at(1),
                                person(tag + QLatin1Char('2'), QStringLiteral("supervisor")),
                                QStringLiteral("sb_supervisor"));
    return out;
}

} // namespace sb::test
