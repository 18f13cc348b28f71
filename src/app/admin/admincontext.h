#pragma once

#include "admin/permissiongate.h"
#include "security/adminservice.h"

#include <QString>
#include <functional>

class QWidget;

namespace sb::app {

// What every administration tab shares: the connection, the clock, the live permission gate
// (whose session is the acting person for AdminService) and a way to confirm deletions.
struct AdminContext {
    Database &db;
    const Clock &clock;
    PermissionGate &gate;
    bool canWrite = true;
    QString readOnlyReason;
    // Asks "really?" (a message box; tests replace it).
    std::function<bool(QWidget *parent, const QString &question)> confirm;

    bool isPg() const { return db.dialect() == Dialect::PostgreSQL; }
    // A service acting as the signed-in person; every call checks their current rights.
    AdminService service() const;
};

} // namespace sb::app
