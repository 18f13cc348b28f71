#include "security/audittrail.h"

#include <QJsonDocument>

namespace sb {

AuditTrail::AuditTrail(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool AuditTrail::append(const QString &actor, const QString &action, const QString &entity,
                        qint64 entityId, const QJsonObject &detail, QString &error) const {
    const QVariant id = entityId > 0 ? QVariant(entityId) : QVariant(QMetaType::fromType<qint64>());
    return m_db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id, "
                                    "detail) VALUES (?, ?, ?, ?, ?, ?)"),
                     {m_clock.nowMs(), actor, action, entity, id,
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                     error);
}

} // namespace sb
