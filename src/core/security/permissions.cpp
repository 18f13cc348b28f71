#include "security/permissions.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

QStringList PermissionSet::sorted() const {
    QStringList l(m_keys.begin(), m_keys.end());
    std::sort(l.begin(), l.end());
    return l;
}

PermissionService::PermissionService(const Database &db)
    : m_db(db) {
}

bool PermissionService::expand(const QSet<QString> &granted, QSet<QString> &out,
                               QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT key, parent_key FROM permissions"), {}, error))
        return false;
    QMultiHash<QString, QString> children;
    while (q.next()) {
        if (!q.value(1).isNull())
            children.insert(q.value(1).toString(), q.value(0).toString());
    }
    out.clear();
    QStringList todo(granted.begin(), granted.end());
    while (!todo.isEmpty()) {
        const QString k = todo.takeLast();
        if (out.contains(k))
            continue; // also stops a (corrupt) cycle
        out.insert(k);
        const auto kids = children.values(k);
        for (const QString &c : kids)
            todo.append(c);
    }
    return true;
}

bool PermissionService::exists(const QString &key, bool &found, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM permissions WHERE key = ?"), {key}, error))
        return false;
    found = q.next();
    return true;
}

bool PermissionService::effective(qint64 staffId, qint64 atMs, PermissionSet &out,
                                  QString &error) const {
    out = {};
    QSqlQuery q;
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT s.status, s.role_id, COALESCE(r.is_super, 0) FROM staff s "
                           "LEFT JOIN roles r ON r.id = s.role_id WHERE s.id = ?"),
            {staffId}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no staff member with id %1.").arg(staffId);
        return false;
    }
    if (q.value(0).toString() != QLatin1StringView("active"))
        return true; // inactive: nothing
    const bool super = q.value(2).toLongLong() != 0;
    QSet<QString> granted;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT rp.permission_key FROM role_permissions rp JOIN staff s "
                                  "ON s.role_id = rp.role_id WHERE s.id = ? "
                                  "UNION SELECT permission_key FROM temp_permissions "
                                  "WHERE staff_id = ? AND expires_at > ?"),
                   {staffId, staffId, atMs}, error))
        return false;
    while (q.next())
        granted.insert(q.value(0).toString());
    QSet<QString> all;
    if (super) {
        if (!m_db.exec(q, QStringLiteral("SELECT key FROM permissions"), {}, error))
            return false;
        while (q.next())
            all.insert(q.value(0).toString());
    } else if (!expand(granted, all, error)) {
        return false;
    }
    out = PermissionSet(std::move(all), super);
    return true;
}

} // namespace sb
