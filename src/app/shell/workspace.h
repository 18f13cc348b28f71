#pragma once

#include "security/authenticator.h"
#include "shell/navigator.h"
#include "storage/database.h"
#include "storage/dbworker.h"
#include "sync/changefeed.h"
#include "util/clock.h"

#include <QObject>
#include <QString>
#include <memory>

namespace sb::app {

// Who is signed in on this workstation.
struct UserContext {
    qint64 staffId = 0;
    QString login;
    QString name;
    QString roleKey;
};

// What every feature place is given: the GUI thread's connection (short queries only), the
// workstation's background worker (one thread and connection for work that must not block
// the screen), the signed-in user, the clock, and whether this workstation may write.
struct Workspace {
    Database *db = nullptr;
    DbWorker *background = nullptr; // null in some tests: a feature then brings its own
    Session user;                   // who is signed in, with their effective permissions
    const Clock *clock = nullptr;
    bool canWrite = true;
    QString readOnlyReason;
    Navigator *navigator = nullptr; // moves between places; null: no navigation
};

// A feature's place in the main window. It is told what changed in the shared database and
// refreshes just that; it never reloads everything on a timer.
class Place {
public:
    virtual ~Place() = default;
    virtual void applyChanges(const QList<sb::Change> &changes) = 0;
};

} // namespace sb::app
