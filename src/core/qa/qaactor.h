#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QString>

namespace sb {

// Who acts: a staff member and their login (audit rows name the login). On PostgreSQL the
// server takes both from the connection's login and checks them; the id still picks the
// rows that are "mine".
struct QaActor {
    qint64 staffId = 0;
    QString login;
};

// Whether `actor` holds `permission` now: on PostgreSQL the login's own permissions, as the
// server's functions check them; on SQLite the staff member's effective permissions (role and
// unexpired temporary grants) at the clock's time.
bool qaActorHolds(const Database &db, const Clock &clock, const QaActor &actor,
                  const QString &permission, bool &out, QString &error);

} // namespace sb
