#include "security/adminservice.h"
#include "security/permissions.h"

#include "security/serversession.h"
#include "security/validation.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace sb {

AdminService::AdminService(Database &db, const Clock &clock, const Session &actor,
                           SecuritySettings settings)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_settings(settings)
    , m_permissions(db)
    , m_audit(db, clock) {
}

bool AdminService::actorPermissions(PermissionSet &out, QString &error) const {
    if (m_bootstrap) {
        out = m_actor.permissions;
        return true;
    }
    if (!isPg())
        return m_permissions.effective(m_actor.staffId, m_clock.nowMs(), out, error);
    return serverPermissions(m_db, out, error); // the server decides on PostgreSQL
}

bool AdminService::require(const QString &permission, QString &error) const {
    PermissionSet p;
    if (!actorPermissions(p, error))
        return false;
    if (!p.has(permission)) {
        error = tr("%1 may not do this: it needs the permission %2.")
                    .arg(m_actor.login.isEmpty() ? tr("This user") : m_actor.login, permission);
        return false;
    }
    return true;
}

bool AdminService::audit(const QString &action, const QString &entity, qint64 id,
                         const QJsonObject &detail, QString &error) const {
    return m_audit.append(m_actor.login, action, entity, id, detail, error);
}

bool AdminService::staffJson(qint64 id, QJsonObject &out, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT employee_no, name, login, gender, phone, status, "
                                  "skill_groups, role_id, team_id, level FROM staff WHERE id = ?"),
                   {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no staff member with id %1.").arg(id);
        return false;
    }
    static const char *const names[] = {"employee_no", "name",   "login",       "gender",
                                        "phone",       "status", "skill_groups"};
    out = {};
    for (int i = 0; i < 7; ++i)
        out.insert(QLatin1StringView(names[i]), q.value(i).toString());
    out.insert(QStringLiteral("role_id"),
               q.value(7).isNull() ? QJsonValue() : q.value(7).toLongLong());
    out.insert(QStringLiteral("team_id"),
               q.value(8).isNull() ? QJsonValue() : q.value(8).toLongLong());
    out.insert(QStringLiteral("level"), q.value(9).toLongLong());
    return true;
}

QString AdminService::staffProblem(const StaffInput &in) const {
    QString p = SecurityValidation::employeeNoProblem(in.employeeNo);
    if (p.isEmpty())
        p = SecurityValidation::nameProblem(tr("The name"), in.name, 64);
    if (p.isEmpty())
        p = SecurityValidation::loginProblem(in.login);
    if (p.isEmpty() && !in.gender.isEmpty())
        p = SecurityValidation::nameProblem(tr("The gender"), in.gender, 16);
    if (p.isEmpty())
        p = SecurityValidation::phoneProblem(in.phone);
    if (p.isEmpty())
        p = SecurityValidation::statusProblem(in.status);
    if (p.isEmpty() && !in.skillGroups.isEmpty())
        p = SecurityValidation::nameProblem(tr("The skill groups"), in.skillGroups, 256);
    if (p.isEmpty() && (in.level < 1 || in.level > 99))
        p = tr("The level %1 is out of range; use 1 to 99.").arg(in.level);
    return p;
}

bool AdminService::mayAssignRole(qint64 roleId, QString &error) const {
    if (roleId <= 0)
        return true;
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT key, is_super FROM roles WHERE id = ?"), {roleId},
                   error))
        return false;
    if (!q.next()) {
        error = tr("There is no role with id %1.").arg(roleId);
        return false;
    }
    const QString key = q.value(0).toString();
    const bool super = q.value(1).toLongLong() != 0;
    PermissionSet mine;
    if (!actorPermissions(mine, error))
        return false;
    if (mine.isSuper())
        return true;
    if (super) {
        error = tr("Only the super role may give someone the role %1.").arg(key);
        return false;
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT permission_key FROM role_permissions WHERE role_id = ?"),
                   {roleId}, error))
        return false;
    while (q.next()) {
        if (!mine.has(q.value(0).toString())) {
            error = tr("You may not give someone the role %1: it holds %2, which you do not hold.")
                        .arg(key, q.value(0).toString());
            return false;
        }
    }
    return true;
}

bool AdminService::createStaff(const StaffInput &rawIn, const QString &password, qint64 &id,
                               QString &error) {
    StaffInput in = rawIn;
    in.name = in.name.trimmed();
    if (!require(perm::AdminStaff, error))
        return false;
    if (QString p = staffProblem(in); !p.isEmpty() || !(p = passwordProblem(password)).isEmpty()) {
        error = p;
        return false;
    }
    if (!mayAssignRole(in.roleId, error))
        return false;
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT employee_no, login FROM staff WHERE employee_no = ? OR login = ?"),
                   {in.employeeNo, in.login}, error))
        return false;
    if (q.next()) {
        error = q.value(0).toString() == in.employeeNo
                    ? tr("The employee number %1 is already used.").arg(in.employeeNo)
                    : tr("The login %1 is already used.").arg(in.login);
        return false;
    }
    const qint64 now = m_clock.nowMs();
    const QVariant role =
        in.roleId > 0 ? QVariant(in.roleId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant team =
        in.teamId > 0 ? QVariant(in.teamId) : QVariant(QMetaType::fromType<qint64>());
    QString hash;
    if (!isPg()) {
        PasswordHasher hasher(m_settings.hash);
        if (!hasher.hash(password, hash, error))
            return false;
    } else if (in.roleId <= 0) {
        error = tr("Choose a role: on a shared database every login belongs to a role's group.");
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            if (isPg()) {
                if (!m_db.exec(q,
                               QStringLiteral("SELECT sb_create_login(?, ?, ?, (SELECT key FROM "
                                              "roles WHERE id = ?), ?, ?)"),
                               {in.employeeNo, in.login, password, in.roleId, in.name, team},
                               err) ||
                    !q.next())
                    return false;
                id = q.value(0).toLongLong();
                q.finish();
                if (!m_db.exec(QStringLiteral("UPDATE staff SET gender = COALESCE(?, ''), phone = "
                                              "COALESCE(?, ''), level = ?, "
                                              "skill_groups = COALESCE(?, '') WHERE id = ?"),
                               {in.gender, in.phone, in.level, in.skillGroups, id}, err))
                    return false;
            } else {
                if (!insertReturningId(
                        QStringLiteral("INSERT INTO staff(employee_no, name, gender, phone, "
                                       "role_id, level, status, status_changed_at, team_id, "
                                       "skill_groups, login, password_hash, created_at) "
                                       "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, "
                                       "?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"),
                        {in.employeeNo, in.name, in.gender, in.phone, role, in.level, in.status,
                         now, team, in.skillGroups, in.login, hash, now},
                        id, err))
                    return false;
            }
            QJsonObject after;
            return staffJson(id, after, err) &&
                   audit(QStringLiteral("staff.create"), QStringLiteral("staff"), id,
                         {{QStringLiteral("after"), after}}, err);
        },
        error);
}

bool AdminService::insertReturningId(const QString &sql, const QVariantList &values, qint64 &id,
                                     QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error))
        return false;
    if (!q.next()) {
        error = tr("The database returned no id for the new row.");
        return false;
    }
    id = q.value(0).toLongLong();
    return true;
}

bool AdminService::mayManage(const QJsonObject &staff, QString &error) const {
    const qint64 roleId = staff.value(QStringLiteral("role_id")).toInteger();
    if (mayAssignRole(roleId, error))
        return true;
    error = tr("You may not change %1: their role holds permissions you do not hold.")
                .arg(staff.value(QStringLiteral("login")).toString());
    return false;
}

bool AdminService::createFirstAdministrator(Database &db, const Clock &clock,
                                            const StaffInput &rawIn, const QString &password,
                                            SecuritySettings settings, qint64 &id, QString &error) {
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT COUNT(*) FROM staff s JOIN roles r ON r.id = s.role_id "
                                "WHERE r.is_super = 1 AND s.status = 'active'"),
                 {}, error) ||
        !q.next())
        return false;
    if (q.value(0).toLongLong() > 0) {
        error = tr("There is already an administrator; ask them to create your account.");
        return false;
    }
    if (!db.exec(q, QStringLiteral("SELECT id FROM roles WHERE key = 'admin' AND is_super = 1"), {},
                 error))
        return false;
    if (!q.next()) {
        error = tr("The database has no super role 'admin'; it is not at schema version 5.");
        return false;
    }
    StaffInput in = rawIn;
    in.roleId = q.value(0).toLongLong();
    in.status = QStringLiteral("active");
    // Acts as a super session for its own checks; the audit row names the new login.
    Session bootstrap;
    bootstrap.login = in.login;
    bootstrap.permissions = PermissionSet({}, true);
    AdminService self(db, clock, bootstrap, settings);
    self.m_bootstrap = true;
    return self.createStaff(in, password, id, error);
}

bool AdminService::updateStaff(qint64 id, const StaffInput &rawIn, QString &error) {
    StaffInput in = rawIn;
    in.name = in.name.trimmed();
    if (!require(perm::AdminStaff, error))
        return false;
    if (const QString p = staffProblem(in); !p.isEmpty()) {
        error = p;
        return false;
    }
    QJsonObject before;
    if (!staffJson(id, before, error) || !mayManage(before, error))
        return false;
    const qint64 oldRole = before.value(QStringLiteral("role_id")).toInteger();
    if (in.roleId != oldRole && !mayAssignRole(in.roleId, error))
        return false;
    const QString oldLogin = before.value(QStringLiteral("login")).toString();
    const QString oldStatus = before.value(QStringLiteral("status")).toString();
    const bool statusChanged = oldStatus != in.status;
    if (isPg() && in.login != oldLogin) {
        error = tr("On a shared database a login cannot be renamed; create a new one.");
        return false;
    }
    if (isPg() && statusChanged && in.status == QLatin1StringView("active")) {
        error = tr("On a shared database a login is enabled again by the database "
                   "administrator (ALTER ROLE … LOGIN); see the administrator guide.");
        return false;
    }
    QSqlQuery q;
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT 1 FROM staff WHERE id <> ? AND (employee_no = ? OR login = ?)"),
            {id, in.employeeNo, in.login}, error))
        return false;
    if (q.next()) {
        error = tr("The employee number %1 or the login %2 belongs to someone else.")
                    .arg(in.employeeNo, in.login);
        return false;
    }
    const QVariant role =
        in.roleId > 0 ? QVariant(in.roleId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant team =
        in.teamId > 0 ? QVariant(in.teamId) : QVariant(QMetaType::fromType<qint64>());
    return m_db.transaction(
        [&](QString &err) {
            if (isPg() && statusChanged &&
                !m_db.exec(QStringLiteral("SELECT sb_disable_login(?, ?)"), {oldLogin, in.status},
                           err))
                return false;
            if (!m_db.exec(QStringLiteral("UPDATE staff SET employee_no = ?, name = ?, login = ?, "
                                          "gender = COALESCE(?, ''), phone = COALESCE(?, ''), "
                                          "status = ?, skill_groups = COALESCE(?, ''), "
                                          "role_id = ?, team_id = ?, level = ? WHERE id = ?"),
                           {in.employeeNo, in.name, in.login, in.gender, in.phone, in.status,
                            in.skillGroups, role, team, in.level, id},
                           err))
                return false;
            if (statusChanged &&
                !m_db.exec(QStringLiteral("UPDATE staff SET status_changed_at = ? WHERE id = ?"),
                           {m_clock.nowMs(), id}, err))
                return false;
            QJsonObject after;
            return staffJson(id, after, err) &&
                   audit(QStringLiteral("staff.update"), QStringLiteral("staff"), id,
                         {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}},
                         err);
        },
        error);
}

bool AdminService::setPassword(qint64 staffId, const QString &password, QString &error) {
    if (!require(perm::AdminStaff, error))
        return false;
    QJsonObject who;
    if (!staffJson(staffId, who, error) || !mayManage(who, error))
        return false;
    if (const QString p = passwordProblem(password); !p.isEmpty()) {
        error = p;
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            if (isPg()) {
                if (!m_db.exec(QStringLiteral("SELECT sb_set_password(?, ?)"),
                               {who.value(QStringLiteral("login")).toString(), password}, err))
                    return false;
            } else {
                LocalAuthenticator auth(m_db, m_clock, m_settings);
                if (!auth.setPassword(staffId, password, err))
                    return false;
            }
            return audit(QStringLiteral("staff.set_password"), QStringLiteral("staff"), staffId,
                         {{QStringLiteral("login"), who.value(QStringLiteral("login"))}}, err);
        },
        error);
}

bool AdminService::unlock(qint64 staffId, QString &error) {
    if (!require(perm::AdminStaff, error))
        return false;
    QJsonObject who;
    if (!staffJson(staffId, who, error))
        return false;
    return m_db.transaction(
        [&](QString &err) {
            return m_db.exec(QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = 0 "
                                            "WHERE id = ?"),
                             {staffId}, err) &&
                   audit(QStringLiteral("staff.unlock"), QStringLiteral("staff"), staffId,
                         {{QStringLiteral("login"), who.value(QStringLiteral("login"))}}, err);
        },
        error);
}

bool AdminService::createTeam(const QString &rawName, qint64 &id, QString &error) {
    const QString name = rawName.trimmed();
    if (!require(perm::AdminTeams, error))
        return false;
    if (const QString p = SecurityValidation::nameProblem(tr("The team name"), name, 64);
        !p.isEmpty()) {
        error = p;
        return false;
    }
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM teams WHERE name = ?"), {name}, error))
        return false;
    if (q.next()) {
        error = tr("There is already a team called %1.").arg(name);
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            if (!insertReturningId(
                    QStringLiteral("INSERT INTO teams(name, created_at) VALUES (?, ?)"),
                    {name, m_clock.nowMs()}, id, err))
                return false;
            return audit(QStringLiteral("team.create"), QStringLiteral("team"), id,
                         {{QStringLiteral("after"), QJsonObject{{QStringLiteral("name"), name}}}},
                         err);
        },
        error);
}

bool AdminService::renameTeam(qint64 id, const QString &rawName, QString &error) {
    const QString name = rawName.trimmed();
    if (!require(perm::AdminTeams, error))
        return false;
    if (const QString p = SecurityValidation::nameProblem(tr("The team name"), name, 64);
        !p.isEmpty()) {
        error = p;
        return false;
    }
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT name FROM teams WHERE id = ?"), {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no team with id %1.").arg(id);
        return false;
    }
    const QString old = q.value(0).toString();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM teams WHERE name = ? AND id <> ?"), {name, id},
                   error))
        return false;
    if (q.next()) {
        error = tr("There is already a team called %1.").arg(name);
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            return m_db.exec(QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"), {name, id},
                             err) &&
                   audit(QStringLiteral("team.rename"), QStringLiteral("team"), id,
                         {{QStringLiteral("before"), QJsonObject{{QStringLiteral("name"), old}}},
                          {QStringLiteral("after"), QJsonObject{{QStringLiteral("name"), name}}}},
                         err);
        },
        error);
}

bool AdminService::deleteTeam(qint64 id, QString &error) {
    if (!require(perm::AdminTeams, error))
        return false;
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT name FROM teams WHERE id = ?"), {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no team with id %1.").arg(id);
        return false;
    }
    const QString name = q.value(0).toString();
    return m_db.transaction(
        [&](QString &err) {
            QJsonArray members;
            if (!m_db.exec(q, QStringLiteral("SELECT id FROM staff WHERE team_id = ? ORDER BY id"),
                           {id}, err))
                return false;
            while (q.next())
                members.append(q.value(0).toLongLong());
            if (!m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE team_id = ?"),
                           {id}, err) ||
                !q.next())
                return false;
            const qint64 tickets = q.value(0).toLongLong();
            q.finish();
            // Staff and tickets stay; they just no longer belong to the team.
            if (!m_db.exec(QStringLiteral("UPDATE staff SET team_id = NULL WHERE team_id = ?"),
                           {id}, err))
                return false;
            // (On PostgreSQL the foreign key does this as the table owner.)
            if (tickets > 0 && !isPg() &&
                !m_db.exec(QStringLiteral("UPDATE tickets SET team_id = NULL WHERE team_id = ?"),
                           {id}, err))
                return false;
            return m_db.exec(QStringLiteral("DELETE FROM teams WHERE id = ?"), {id}, err) &&
                   audit(QStringLiteral("team.delete"), QStringLiteral("team"), id,
                         {{QStringLiteral("before"), QJsonObject{{QStringLiteral("name"), name}}},
                          {QStringLiteral("staff_ids"), members},
                          {QStringLiteral("tickets_detached"), tickets}},
                         err);
        },
        error);
}

} // namespace sb
