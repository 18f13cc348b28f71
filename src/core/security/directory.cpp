#include "security/directory.h"

#include <QSqlQuery>

namespace sb {

bool Directory::staff(const Database &db, StaffScope scope, int limit, QList<StaffEntry> &out,
                      QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    QString where;
    switch (scope) {
    case StaffScope::Everyone:
        break;
    case StaffScope::ActiveOnly:
        where = QStringLiteral("WHERE s.status = 'active' ");
        break;
    case StaffScope::NotLeft:
        where = QStringLiteral("WHERE s.status <> 'left' ");
        break;
    }
    const QString sql =
        QStringLiteral("SELECT s.id, s.name, s.employee_no, s.login, COALESCE(r.name, ''), "
                       "COALESCE(t.name, ''), s.status FROM staff s "
                       "LEFT JOIN roles r ON r.id = s.role_id "
                       "LEFT JOIN teams t ON t.id = s.team_id ") +
        where + QStringLiteral("ORDER BY s.name, s.id LIMIT ?");
    if (!db.exec(q, sql, {limit}, error))
        return false;
    while (q.next()) {
        StaffEntry e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.employeeNo = q.value(2).toString();
        e.login = q.value(3).toString();
        e.roleName = q.value(4).toString();
        e.teamName = q.value(5).toString();
        e.active = q.value(6).toString() == QLatin1String("active");
        out.append(e);
    }
    return true;
}

bool Directory::roles(const Database &db, int limit, QList<NamedEntry> &out, QString &error,
                      RoleOrder order) {
    out.clear();
    QSqlQuery q(db.db());
    const QString orderBy =
        order == RoleOrder::ByName ? QStringLiteral("name, key") : QStringLiteral("key");
    if (!db.exec(q,
                 QStringLiteral("SELECT id, key, name FROM roles ORDER BY ") + orderBy +
                     QStringLiteral(" LIMIT ?"),
                 {limit}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

bool Directory::teams(const Database &db, int limit, QList<NamedEntry> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT id, name FROM teams ORDER BY name, id LIMIT ?"), {limit},
                 error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), QString(), q.value(1).toString()});
    return true;
}

bool Directory::teamOf(const Database &db, qint64 staffId, qint64 &teamId, QString &error) {
    teamId = 0;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT team_id FROM staff WHERE id = ?"), {staffId}, error))
        return false;
    if (q.next())
        teamId = q.value(0).toLongLong();
    return true;
}

bool Directory::staffIdByLogin(const Database &db, const QString &login, qint64 &staffId,
                               QString &error) {
    staffId = 0;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT id FROM staff WHERE login = ?"), {login}, error))
        return false;
    if (q.next())
        staffId = q.value(0).toLongLong();
    return true;
}

} // namespace sb
