#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QString>

namespace sb {

// Appends to the append-only audit_log. Call it inside the transaction that makes the
// change, so the change and its record commit together.
class AuditTrail {
public:
    AuditTrail(const Database &db, const Clock &clock);

    // `entityId` <= 0 is stored as NULL. `detail` is stored as compact JSON.
    bool append(const QString &actor, const QString &action, const QString &entity, qint64 entityId,
                const QJsonObject &detail, QString &error) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace sb
