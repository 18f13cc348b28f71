#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>

namespace sb {

// A person as pickers show them: name, employee number, role and team names.
struct StaffEntry {
    qint64 id = 0;
    QString name;
    QString employeeNo;
    QString login;
    QString roleName; // empty without a role
    QString teamName; // empty without a team
    bool active = true;
};

// A role or a team as pickers show it.
struct NamedEntry {
    qint64 id = 0;
    QString key; // roles only
    QString name;
};

// Who and what exists: the people, roles and teams that pickers and filters offer. Reads only
// what the signed-in login may see; every list is bounded (`limit`).
class Directory {
public:
    // ActiveOnly: status "active"; NotLeft: every status but "left" (disabled, expired too).
    enum class StaffScope { Everyone, ActiveOnly, NotLeft };
    // People by name.
    static bool staff(const Database &db, StaffScope scope, int limit, QList<StaffEntry> &out,
                      QString &error);
    enum class RoleOrder { ByKey, ByName };
    // Roles by key (or by name, then key).
    static bool roles(const Database &db, int limit, QList<NamedEntry> &out, QString &error,
                      RoleOrder order = RoleOrder::ByKey);
    // Teams by name.
    static bool teams(const Database &db, int limit, QList<NamedEntry> &out, QString &error);
    // The team of a person; 0 without one (or when the person is unknown).
    static bool teamOf(const Database &db, qint64 staffId, qint64 &teamId, QString &error);
    // The id of the person signing in as `login`; 0 when there is none.
    static bool staffIdByLogin(const Database &db, const QString &login, qint64 &staffId,
                               QString &error);
};

} // namespace sb
