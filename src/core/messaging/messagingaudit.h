#pragma once

#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb::messaging {

// Appends one audit_log row on the caller's connection (inside the caller's transaction).
inline bool appendAudit(Database &db, qint64 at, const QString &actor, const QString &action,
                        const QString &entity, qint64 entityId, const QJsonObject &detail,
                        QString &error) {
    return db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id, "
                                  "detail) VALUES (?, ?, ?, ?, ?, ?)"),
                   {at, actor, action, entity, entityId,
                    QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                   error);
}

// The audit actor for a staff id: their login, or "system" for 0 / unknown.
inline QString actorFor(Database &db, qint64 staffId) {
    if (staffId <= 0)
        return QStringLiteral("system");
    QSqlQuery q;
    QString error;
    if (db.exec(q, QStringLiteral("SELECT login FROM staff WHERE id = ?"), {staffId}, error) &&
        q.next())
        return q.value(0).toString();
    return QStringLiteral("staff#%1").arg(staffId);
}

} // namespace sb::messaging
