#include "security/adminqueries.h"

#include <QSqlQuery>

namespace sb {

bool AdminQueries::roles(const Database &db, QList<RoleRow> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(
            q,
            QStringLiteral("SELECT r.id, r.key, r.name, r.is_super, r.db_group, "
                           "(SELECT COUNT(*) FROM staff s WHERE s.role_id = r.id) FROM roles r "
                           "ORDER BY r.key LIMIT ?"),
            {kRoleLimit}, error))
        return false;
    while (q.next()) {
        RoleRow r;
        r.id = q.value(0).toLongLong();
        r.key = q.value(1).toString();
        r.name = q.value(2).toString();
        r.isSuper = q.value(3).toInt() != 0;
        r.dbGroup = q.value(4).toString();
        r.members = q.value(5).toLongLong();
        out.append(r);
    }
    return true;
}

bool AdminQueries::rolePermissionKeys(const Database &db, qint64 roleId, QSet<QString> &out,
                                      QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT permission_key FROM role_permissions WHERE role_id = ?"),
                 {roleId}, error))
        return false;
    while (q.next())
        out.insert(q.value(0).toString());
    return true;
}

bool AdminQueries::roleIsSuper(const Database &db, qint64 roleId, bool &isSuper, QString &error) {
    isSuper = false;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT is_super FROM roles WHERE id = ?"), {roleId}, error))
        return false;
    if (q.next())
        isSuper = q.value(0).toInt() != 0;
    return true;
}

bool AdminQueries::roleExists(const Database &db, qint64 roleId, bool &exists, QString &error) {
    exists = false;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT 1 FROM roles WHERE id = ?"), {roleId}, error))
        return false;
    exists = q.next();
    return true;
}

bool AdminQueries::permissions(const Database &db, QList<PermissionEntry> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT key, parent_key, description FROM permissions ORDER BY key "
                                "LIMIT ?"),
                 {kPermissionLimit}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

bool AdminQueries::teams(const Database &db, QList<TeamRow> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT t.id, t.name, (SELECT COUNT(*) FROM staff s WHERE "
                                "s.team_id = t.id), t.created_at FROM teams t ORDER BY t.name "
                                "LIMIT ?"),
                 {kTeamLimit}, error))
        return false;
    while (q.next()) {
        TeamRow t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.members = q.value(2).toLongLong();
        t.createdAt = q.value(3).toLongLong();
        out.append(t);
    }
    return true;
}

bool AdminQueries::temporaryPermissions(const Database &db, QList<TempPermissionRow> &out,
                                        QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT tp.id, s.employee_no, s.name, tp.permission_key, "
                                "tp.expires_at, COALESCE(g.name, '') FROM temp_permissions tp "
                                "JOIN staff s ON s.id = tp.staff_id LEFT JOIN staff g ON g.id = "
                                "tp.granted_by ORDER BY tp.expires_at DESC LIMIT ?"),
                 {kTempPermissionLimit}, error))
        return false;
    while (q.next()) {
        TempPermissionRow t;
        t.id = q.value(0).toLongLong();
        t.employeeNo = q.value(1).toString();
        t.holderName = q.value(2).toString();
        t.permissionKey = q.value(3).toString();
        t.expiresAt = q.value(4).toLongLong();
        t.grantedByName = q.value(5).toString();
        out.append(t);
    }
    return true;
}

bool AdminQueries::staff(const Database &db, bool readerHoldsAdminStaff, QList<StaffRow> &out,
                         QString &error) {
    out.clear();
    // Fixed alternatives, no value: on PostgreSQL a login without admin.staff may not select
    // these columns at all.
    const bool restricted = db.dialect() == Dialect::PostgreSQL && !readerHoldsAdminStaff;
    const QString sql =
        QStringLiteral(
            "SELECT s.id, s.employee_no, s.name, s.gender, %1, COALESCE(r.key, ''), s.level, "
            "s.status, s.status_changed_at, COALESCE(t.name, ''), s.skill_groups, s.login, %2 "
            "FROM staff s LEFT JOIN roles r ON r.id = s.role_id "
            "LEFT JOIN teams t ON t.id = s.team_id ORDER BY s.employee_no LIMIT ?")
            .arg(restricted ? QStringLiteral("''") : QStringLiteral("s.phone"),
                 restricted ? QStringLiteral("0") : QStringLiteral("s.locked_until"));
    QSqlQuery q(db.db());
    if (!db.exec(q, sql, {kStaffLimit}, error))
        return false;
    while (q.next()) {
        StaffRow s;
        s.id = q.value(0).toLongLong();
        s.employeeNo = q.value(1).toString();
        s.name = q.value(2).toString();
        s.gender = q.value(3).toString();
        s.phone = q.value(4).toString();
        s.roleKey = q.value(5).toString();
        s.level = q.value(6).toInt();
        s.status = q.value(7).toString();
        s.statusChangedAt = q.value(8).toLongLong();
        s.teamName = q.value(9).toString();
        s.skillGroups = q.value(10).toString();
        s.login = q.value(11).toString();
        s.lockedUntil = q.value(12).toLongLong();
        out.append(s);
    }
    return true;
}

bool AdminQueries::staffRecord(const Database &db, qint64 staffId, std::optional<StaffRecord> &out,
                               QString &error) {
    out.reset();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT employee_no, name, login, gender, phone, role_id, level, "
                                "status, status_changed_at, team_id, skill_groups FROM staff "
                                "WHERE id = ?"),
                 {staffId}, error))
        return false;
    if (!q.next())
        return true;
    StaffRecord r;
    r.input.employeeNo = q.value(0).toString();
    r.input.name = q.value(1).toString();
    r.input.login = q.value(2).toString();
    r.input.gender = q.value(3).toString();
    r.input.phone = q.value(4).toString();
    r.input.roleId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    r.input.level = q.value(6).toInt();
    r.input.status = q.value(7).toString();
    r.statusChangedAt = q.value(8).toLongLong();
    r.input.teamId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    r.input.skillGroups = q.value(10).toString();
    out = r;
    return true;
}

bool AdminQueries::standing(const Database &db, qint64 staffId, StaffStanding &out,
                            QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT s.role_id, COALESCE(r.key, ''), COALESCE(r.name, ''), "
                                "s.status FROM staff s LEFT JOIN roles r ON r.id = s.role_id "
                                "WHERE s.id = ?"),
                 {staffId}, error))
        return false;
    out = {};
    if (q.next()) {
        out.roleId = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        out.roleKey = q.value(1).toString();
        out.roleName = q.value(2).toString();
        out.status = q.value(3).toString();
    }
    return true;
}

bool AdminQueries::workflowActionKeys(const Database &db, QStringList &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT DISTINCT key FROM workflow_actions ORDER BY key"), {},
                 error))
        return false;
    while (q.next())
        out.append(q.value(0).toString());
    return true;
}

} // namespace sb
