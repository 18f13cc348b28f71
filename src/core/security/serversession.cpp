#include "security/serversession.h"

#include <QSqlQuery>

namespace sb {

bool serverPermissions(const Database &db, PermissionSet &out, QString &error) {
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT key, sb_has_permission(key) FROM permissions "
                                "UNION ALL SELECT '', sb_is_super()"),
                 {}, error))
        return false;
    QSet<QString> keys;
    bool super = false;
    while (q.next()) {
        if (q.value(0).toString().isEmpty())
            super = q.value(1).toBool();
        else if (q.value(1).toBool())
            keys.insert(q.value(0).toString());
    }
    out = PermissionSet(std::move(keys), super);
    return true;
}

bool loadServerSession(const Database &db, const Clock &clock, Session &out, QString &error) {
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT s.id, s.employee_no, s.login, s.name, COALESCE(r.key, ''), "
                                "s.status FROM staff s LEFT JOIN roles r ON r.id = s.role_id "
                                "WHERE s.login = session_user"),
                 {}, error))
        return false;
    if (!q.next()) {
        error = LocalAuthenticator::tr("The database login %1 is not a Signalboard staff member.")
                    .arg(db.url().user);
        return false;
    }
    if (q.value(5).toString() != QLatin1StringView("active")) {
        error = LocalAuthenticator::tr("This account is not active (status: %1). Ask an "
                                       "administrator.")
                    .arg(q.value(5).toString().left(40));
        return false;
    }
    out = {};
    out.staffId = q.value(0).toLongLong();
    out.employeeNo = q.value(1).toString();
    out.login = q.value(2).toString();
    out.name = q.value(3).toString();
    out.roleKey = q.value(4).toString();
    out.loggedInAt = clock.nowMs();
    q.finish();
    return serverPermissions(db, out.permissions, error);
}

} // namespace sb
