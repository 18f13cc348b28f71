#include "messaging/messagerows.h"

#include <QJsonDocument>

namespace sb::messaging {

QString messageColumns() {
    return QStringLiteral("m.id, m.sender_id, COALESCE(s.name, ''), m.subject, m.body, m.script, "
                          "m.priority, m.modes, m.audience, m.incident_id, m.created_at, "
                          "m.expires_at");
}

std::optional<qint64> optionalMs(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant nullableMs(const std::optional<qint64> &v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

void readMessageColumns(const QSqlQuery &q, int first, StoredMessage &out) {
    out.id = q.value(first).toLongLong();
    out.senderId = q.value(first + 1).toLongLong();
    out.senderName = q.value(first + 2).toString();
    out.subject = q.value(first + 3).toString();
    out.body = q.value(first + 4).toString();
    out.script = q.value(first + 5).toString();
    out.priority = q.value(first + 6).toInt();
    out.modes = DisplayModes::fromInt(q.value(first + 7).toInt());
    out.audience = QJsonDocument::fromJson(q.value(first + 8).toString().toUtf8()).object();
    out.incidentId = q.value(first + 9).toLongLong();
    out.createdAt = q.value(first + 10).toLongLong();
    out.expiresAt = optionalMs(q.value(first + 11));
}

} // namespace sb::messaging
