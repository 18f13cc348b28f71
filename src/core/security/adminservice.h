#pragma once

#include "security/audittrail.h"
#include "security/authenticator.h"
#include "security/permissions.h"
#include "security/securitysettings.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sb {

struct StaffInput {
    QString employeeNo;
    QString name;
    QString login; // also the PostgreSQL role name in shared mode
    QString gender;
    QString phone;
    QString status = QStringLiteral("active");
    QString skillGroups;
    qint64 roleId = 0; // 0: none
    qint64 teamId = 0; // 0: none
    int level = 1;
};

struct RoleInput {
    QString key;
    QString name;
    QString dbGroup; // PostgreSQL group role (sb_agent …)
    bool isSuper = false;
};

// Staff, teams, roles and permission grants. Every operation checks the acting person's
// permissions as they are now (admin.staff, admin.teams, admin.roles), validates its input,
// and commits the change together with an audit_log row (actor, action, entity, detail JSON
// with before/after). Nobody hands out more than they hold: granting a permission needs that
// permission, and only the super role creates or assigns super roles.
// Deleting a role or team never deletes staff: their role_id / team_id become NULL.
// With PostgreSQL, logins and grants go through the server's audited functions
// (sb_create_login, sb_grant_permission …) because the server is the guard there.
class AdminService {
    Q_DECLARE_TR_FUNCTIONS(AdminService)
public:
    AdminService(Database &db, const Clock &clock, const Session &actor,
                 SecuritySettings settings = {});

    // The first administrator of an empty embedded database: refused as soon as any active
    // staff member holds a super role. `in.roleId` is ignored (the seeded 'admin' role is used).
    static bool createFirstAdministrator(Database &db, const Clock &clock, const StaffInput &in,
                                         const QString &password, SecuritySettings settings,
                                         qint64 &id, QString &error);

    bool createStaff(const StaffInput &in, const QString &password, qint64 &id, QString &error);
    bool updateStaff(qint64 id, const StaffInput &in, QString &error);
    bool setPassword(qint64 staffId, const QString &password, QString &error);
    bool unlock(qint64 staffId, QString &error);

    bool createTeam(const QString &name, qint64 &id, QString &error);
    bool renameTeam(qint64 id, const QString &name, QString &error);
    bool deleteTeam(qint64 id, QString &error);

    bool createRole(const RoleInput &in, qint64 &id, QString &error);
    bool updateRole(qint64 id, const RoleInput &in, QString &error);
    bool deleteRole(qint64 id, QString &error);

    bool grant(qint64 roleId, const QString &permission, QString &error);
    bool revoke(qint64 roleId, const QString &permission, QString &error);
    bool grantTemporary(qint64 staffId, const QString &permission, qint64 expiresAtMs, qint64 &id,
                        QString &error);
    bool revokeTemporary(qint64 tempId, QString &error);

private:
    // Runs an INSERT with " RETURNING id" appended and reads the new id.
    bool insertReturningId(const QString &sql, const QVariantList &values, qint64 &id,
                           QString &error) const;
    bool require(const QString &permission, QString &error) const;
    bool actorPermissions(PermissionSet &out, QString &error) const;
    QString staffProblem(const StaffInput &in) const;
    QString roleProblem(const RoleInput &in) const;
    bool mayAssignRole(qint64 roleId, QString &error) const;
    // Changing or re-passwording someone needs everything their current role holds.
    bool mayManage(const QJsonObject &staff, QString &error) const;
    bool staffJson(qint64 id, QJsonObject &out, QString &error) const;
    bool roleJson(qint64 id, QJsonObject &out, QString &error) const;
    bool audit(const QString &action, const QString &entity, qint64 id, const QJsonObject &detail,
               QString &error) const;
    bool isPg() const { return m_db.dialect() == Dialect::PostgreSQL; }

    Database &m_db;
    const Clock &m_clock;
    const Session &m_actor;
    SecuritySettings m_settings;
    PermissionService m_permissions;
    AuditTrail m_audit;
    bool m_bootstrap = false; // createFirstAdministrator only
};

} // namespace sb
