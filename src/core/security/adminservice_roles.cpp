// AdminService: roles, role permissions and temporary permissions.
#include "security/adminservice.h"
#include "security/permissions.h"

#include "security/validation.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace sb {

QString AdminService::roleProblem(const RoleInput &in) const {
    QString p = SecurityValidation::roleKeyProblem(in.key);
    if (p.isEmpty())
        p = SecurityValidation::nameProblem(tr("The role name"), in.name, 64);
    if (p.isEmpty())
        p = SecurityValidation::dbGroupProblem(in.dbGroup);
    return p;
}

bool AdminService::roleJson(qint64 id, QJsonObject &out, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT key, name, is_super, db_group FROM roles WHERE id = ?"),
                   {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no role with id %1.").arg(id);
        return false;
    }
    out = {{QStringLiteral("key"), q.value(0).toString()},
           {QStringLiteral("name"), q.value(1).toString()},
           {QStringLiteral("is_super"), q.value(2).toLongLong() != 0},
           {QStringLiteral("db_group"), q.value(3).toString()}};
    QJsonArray perms;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT permission_key FROM role_permissions WHERE role_id = ? "
                                  "ORDER BY permission_key"),
                   {id}, error))
        return false;
    while (q.next())
        perms.append(q.value(0).toString());
    out.insert(QStringLiteral("permissions"), perms);
    return true;
}

bool AdminService::createRole(const RoleInput &rawIn, qint64 &id, QString &error) {
    RoleInput in = rawIn;
    in.name = in.name.trimmed();
    if (!require(perm::AdminRoles, error))
        return false;
    if (const QString p = roleProblem(in); !p.isEmpty()) {
        error = p;
        return false;
    }
    PermissionSet mine;
    if (!actorPermissions(mine, error))
        return false;
    if (in.isSuper && !mine.isSuper()) {
        error = tr("Only the super role may create another super role.");
        return false;
    }
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM roles WHERE key = ?"), {in.key}, error))
        return false;
    if (q.next()) {
        error = tr("There is already a role with the key %1.").arg(in.key);
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            if (!insertReturningId(
                    QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) "
                                   "VALUES (?, ?, ?, COALESCE(?, ''))"),
                    {in.key, in.name, in.isSuper ? 1 : 0, in.dbGroup}, id, err))
                return false;
            QJsonObject after;
            return roleJson(id, after, err) &&
                   audit(QStringLiteral("role.create"), QStringLiteral("role"), id,
                         {{QStringLiteral("after"), after}}, err);
        },
        error);
}

bool AdminService::updateRole(qint64 id, const RoleInput &rawIn, QString &error) {
    RoleInput in = rawIn;
    in.name = in.name.trimmed();
    if (!require(perm::AdminRoles, error))
        return false;
    if (const QString p = roleProblem(in); !p.isEmpty()) {
        error = p;
        return false;
    }
    QJsonObject before;
    if (!roleJson(id, before, error))
        return false;
    PermissionSet mine;
    if (!actorPermissions(mine, error))
        return false;
    if ((in.isSuper || before.value(QStringLiteral("is_super")).toBool()) && !mine.isSuper()) {
        error = tr("Only the super role may change a super role or make a role super.");
        return false;
    }
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM roles WHERE key = ? AND id <> ?"), {in.key, id},
                   error))
        return false;
    if (q.next()) {
        error = tr("There is already a role with the key %1.").arg(in.key);
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            if (!m_db.exec(QStringLiteral("UPDATE roles SET key = ?, name = ?, is_super = ?, "
                                          "db_group = COALESCE(?, '') WHERE id = ?"),
                           {in.key, in.name, in.isSuper ? 1 : 0, in.dbGroup, id}, err))
                return false;
            QJsonObject after;
            return roleJson(id, after, err) &&
                   audit(QStringLiteral("role.update"), QStringLiteral("role"), id,
                         {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}},
                         err);
        },
        error);
}

bool AdminService::deleteRole(qint64 id, QString &error) {
    if (!require(perm::AdminRoles, error))
        return false;
    QJsonObject before;
    if (!roleJson(id, before, error))
        return false;
    PermissionSet mine;
    if (!actorPermissions(mine, error))
        return false;
    if (before.value(QStringLiteral("is_super")).toBool() && !mine.isSuper()) {
        error = tr("Only the super role may delete a super role.");
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            QJsonArray members;
            if (!m_db.exec(q, QStringLiteral("SELECT id FROM staff WHERE role_id = ? ORDER BY id"),
                           {id}, err))
                return false;
            while (q.next())
                members.append(q.value(0).toLongLong());
            // The people stay; they just have no role (and so no role permissions) any more.
            if (!m_db.exec(QStringLiteral("UPDATE staff SET role_id = NULL WHERE role_id = ?"),
                           {id}, err))
                return false;
            if (!isPg() &&
                !m_db.exec(QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {id},
                           err))
                return false;
            return m_db.exec(QStringLiteral("DELETE FROM roles WHERE id = ?"), {id}, err) &&
                   audit(
                       QStringLiteral("role.delete"), QStringLiteral("role"), id,
                       {{QStringLiteral("before"), before}, {QStringLiteral("staff_ids"), members}},
                       err);
        },
        error);
}

bool AdminService::grant(qint64 roleId, const QString &permission, QString &error) {
    if (!require(perm::AdminRoles, error))
        return false;
    QJsonObject role;
    if (!roleJson(roleId, role, error))
        return false;
    bool found = false;
    if (!m_permissions.exists(permission, found, error))
        return false;
    if (!found) {
        error = tr("There is no permission %1.").arg(permission.left(80));
        return false;
    }
    if (!require(permission, error))
        return false; // nobody hands out what they do not hold
    const QString key = role.value(QStringLiteral("key")).toString();
    return m_db.transaction(
        [&](QString &err) {
            if (isPg()) // the server checks again and writes its own audit row
                return m_db.exec(QStringLiteral("SELECT sb_grant_permission(?, ?)"),
                                 {key, permission}, err);
            return m_db.exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) "
                                            "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                             {roleId, permission}, err) &&
                   audit(
                       QStringLiteral("role.grant"), QStringLiteral("role"), roleId,
                       {{QStringLiteral("role"), key}, {QStringLiteral("permission"), permission}},
                       err);
        },
        error);
}

bool AdminService::revoke(qint64 roleId, const QString &permission, QString &error) {
    if (!require(perm::AdminRoles, error))
        return false;
    QJsonObject role;
    if (!roleJson(roleId, role, error))
        return false;
    const QString key = role.value(QStringLiteral("key")).toString();
    return m_db.transaction(
        [&](QString &err) {
            if (isPg())
                return m_db.exec(QStringLiteral("SELECT sb_revoke_permission(?, ?)"),
                                 {key, permission}, err);
            return m_db.exec(QStringLiteral("DELETE FROM role_permissions WHERE role_id = ? AND "
                                            "permission_key = ?"),
                             {roleId, permission}, err) &&
                   audit(
                       QStringLiteral("role.revoke"), QStringLiteral("role"), roleId,
                       {{QStringLiteral("role"), key}, {QStringLiteral("permission"), permission}},
                       err);
        },
        error);
}

bool AdminService::grantTemporary(qint64 staffId, const QString &permission, qint64 expiresAtMs,
                                  qint64 &id, QString &error) {
    if (!require(perm::AdminRoles, error))
        return false;
    QJsonObject who;
    if (!staffJson(staffId, who, error))
        return false;
    bool found = false;
    if (!m_permissions.exists(permission, found, error))
        return false;
    if (!found) {
        error = tr("There is no permission %1.").arg(permission.left(80));
        return false;
    }
    if (!require(permission, error))
        return false;
    PermissionSet mine;
    if (!actorPermissions(mine, error))
        return false;
    if (staffId == m_actor.staffId && !mine.isSuper()) {
        error = tr("You cannot grant yourself a permission.");
        return false;
    }
    if (expiresAtMs <= m_clock.nowMs()) {
        error = tr("A temporary permission must expire in the future.");
        return false;
    }
    const QString login = who.value(QStringLiteral("login")).toString();
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (isPg()) {
                if (!m_db.exec(q, QStringLiteral("SELECT sb_grant_temp_permission(?, ?, ?)"),
                               {login, permission, expiresAtMs}, err) ||
                    !q.next())
                    return false;
                id = q.value(0).toLongLong();
                q.finish();
                return true;
            }
            if (!insertReturningId(
                    QStringLiteral("INSERT INTO temp_permissions(staff_id, permission_key, "
                                   "granted_by, expires_at) VALUES (?, ?, ?, ?)"),
                    {staffId, permission,
                     m_actor.staffId > 0 ? QVariant(m_actor.staffId)
                                         : QVariant(QMetaType::fromType<qint64>()),
                     expiresAtMs},
                    id, err))
                return false;
            return audit(QStringLiteral("temp_permission.grant"), QStringLiteral("staff"), staffId,
                         {{QStringLiteral("login"), login},
                          {QStringLiteral("permission"), permission},
                          {QStringLiteral("expires_at"), expiresAtMs},
                          {QStringLiteral("id"), id}},
                         err);
        },
        error);
}

bool AdminService::revokeTemporary(qint64 tempId, QString &error) {
    if (!require(perm::AdminRoles, error))
        return false;
    if (isPg())
        return m_db.exec(QStringLiteral("SELECT sb_revoke_temp_permission(?)"), {tempId}, error);
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT staff_id, permission_key, expires_at FROM "
                                  "temp_permissions WHERE id = ?"),
                   {tempId}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no temporary permission with id %1.").arg(tempId);
        return false;
    }
    const qint64 staffId = q.value(0).toLongLong();
    const QJsonObject detail{{QStringLiteral("permission"), q.value(1).toString()},
                             {QStringLiteral("expires_at"), q.value(2).toLongLong()},
                             {QStringLiteral("id"), tempId}};
    return m_db.transaction(
        [&](QString &err) {
            return m_db.exec(QStringLiteral("DELETE FROM temp_permissions WHERE id = ?"), {tempId},
                             err) &&
                   audit(QStringLiteral("temp_permission.revoke"), QStringLiteral("staff"), staffId,
                         detail, err);
        },
        error);
}

} // namespace sb
