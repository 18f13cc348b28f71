#pragma once

#include "security/adminservice.h"
#include "storage/database.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace sb {

// A role as the administration lists it, with how many people hold it.
struct RoleRow {
    qint64 id = 0;
    QString key;
    QString name;
    bool isSuper = false;
    QString dbGroup; // PostgreSQL group role; empty for none
    qint64 members = 0;
};

// One entry of the permission tree (table permissions).
struct PermissionEntry {
    QString key;
    QString parentKey; // empty at the top of the tree
    QString description;
};

// A team with how many people belong to it.
struct TeamRow {
    qint64 id = 0;
    QString name;
    qint64 members = 0;
    qint64 createdAt = 0; // ms since the epoch
};

// A temporary permission: who holds what until when, and who granted it.
struct TempPermissionRow {
    qint64 id = 0;
    QString employeeNo;
    QString holderName;
    QString permissionKey;
    qint64 expiresAt = 0;  // ms since the epoch; expired grants stay listed
    QString grantedByName; // empty when unknown
};

// A person as the staff list shows them. The phone comes as stored: the list masks it.
struct StaffRow {
    qint64 id = 0;
    QString employeeNo;
    QString name;
    QString gender;
    QString phone; // empty where the reader may not read it (see AdminQueries::staff)
    QString roleKey;
    int level = 1;
    QString status;
    qint64 statusChangedAt = 0;
    QString teamName;
    QString skillGroups;
    QString login;
    qint64 lockedUntil = 0; // 0 where the reader may not read it
};

// One person's stored record, as the editor loads it (roleId / teamId 0: none).
struct StaffRecord {
    StaffInput input;
    qint64 statusChangedAt = 0;
};

// A person's role and account status, as the permission gate follows them.
struct StaffStanding {
    qint64 roleId = 0; // 0: no role
    QString roleKey;
    QString roleName;
    QString status; // empty when the person no longer exists
};

// What the administration screens read: roles, the permission tree, teams, temporary
// permissions, staff. Changes go through AdminService. Every list is bounded.
class AdminQueries {
public:
    static constexpr int kRoleLimit = 1000;
    static constexpr int kPermissionLimit = 10000;
    static constexpr int kTeamLimit = 2000;
    static constexpr int kTempPermissionLimit = 2000;
    static constexpr int kStaffLimit = 5000;

    // Roles by key, with their member counts.
    static bool roles(const Database &db, QList<RoleRow> &out, QString &error);
    // The permission keys granted to the role directly (not expanded through the tree).
    static bool rolePermissionKeys(const Database &db, qint64 roleId, QSet<QString> &out,
                                   QString &error);
    // Whether the role is a super role; false when there is no such role.
    static bool roleIsSuper(const Database &db, qint64 roleId, bool &isSuper, QString &error);
    static bool roleExists(const Database &db, qint64 roleId, bool &exists, QString &error);

    // The permission tree by key.
    static bool permissions(const Database &db, QList<PermissionEntry> &out, QString &error);

    // Teams by name, with their member counts.
    static bool teams(const Database &db, QList<TeamRow> &out, QString &error);

    // Temporary permissions, latest expiry first.
    static bool temporaryPermissions(const Database &db, QList<TempPermissionRow> &out,
                                     QString &error);

    // Everyone by employee number. On PostgreSQL only holders of admin.staff may read phone
    // numbers and lock state (the server's column privileges): for other readers there those
    // columns are not read at all (phone empty, lockedUntil 0).
    static bool staff(const Database &db, bool readerHoldsAdminStaff, QList<StaffRow> &out,
                      QString &error);
    // One person's record; `out` empty when there is no such person.
    static bool staffRecord(const Database &db, qint64 staffId, std::optional<StaffRecord> &out,
                            QString &error);
    // One person's role and status; all empty when there is no such person.
    static bool standing(const Database &db, qint64 staffId, StaffStanding &out, QString &error);

    // The keys of the workflow actions (every flow), sorted, without repeats: what a deadline
    // can count from or be met by.
    static bool workflowActionKeys(const Database &db, QStringList &out, QString &error);
};

} // namespace sb
