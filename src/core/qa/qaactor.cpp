#include "qa/qaactor.h"

#include "security/permissions.h"

#include <QSqlQuery>

namespace sb {

bool qaActorHolds(const Database &db, const Clock &clock, const QaActor &actor,
                  const QString &permission, bool &out, QString &error) {
    if (db.dialect() == Dialect::PostgreSQL) {
        QSqlQuery q(db.db());
        if (!db.exec(q, QStringLiteral("SELECT sb_has_permission(?)"), {permission}, error))
            return false;
        out = q.next() && q.value(0).toBool();
        return true;
    }
    PermissionSet held;
    if (!PermissionService(db).effective(actor.staffId, clock.nowMs(), held, error))
        return false;
    out = held.has(permission);
    return true;
}

} // namespace sb
