#include "tickets/ticketstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace sb {

TicketStore::TicketStore(Database &db)
    : m_db(db) {
}

QString TicketStore::serialNumber(qint64 id, qint64 receivedAtMs) {
    return QStringLiteral("CS-%1-%2")
        .arg(QDateTime::fromMSecsSinceEpoch(receivedAtMs, Qt::UTC)
                 .toString(QStringLiteral("yyyyMMdd")))
        .arg(id, 7, 10, QLatin1Char('0'));
}

bool TicketStore::insert(const QList<Complaint> &complaints, qint64 nowMs, InsertResult &result,
                         QString &error, qint64 registeredBy) {
    result = {};
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!q.prepare(QStringLiteral(
                    "INSERT INTO tickets(source, external_id, received_at, received_offset, "
                    "channel, customer_tier, problem_type, customer_id, service_number, "
                    "category, subject, description, region, extra, registered_by, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (source, external_id) DO NOTHING"))) {
                err = describeSqlError(q.lastError());
                return false;
            }
            for (const Complaint &c : complaints) {
                q.addBindValue(textValue(c.source));
                q.addBindValue(c.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(c.externalId));
                q.addBindValue(c.receivedAt.toMSecsSinceEpoch());
                q.addBindValue(c.receivedAt.offsetFromUtc());
                q.addBindValue(channelKey(c.channel));
                q.addBindValue(tierKey(c.tier));
                q.addBindValue(c.problemType);
                q.addBindValue(textValue(c.customerId));
                q.addBindValue(textValue(c.serviceNumber));
                q.addBindValue(textValue(c.category));
                q.addBindValue(textValue(c.subject));
                q.addBindValue(textValue(c.description));
                q.addBindValue(textValue(c.region));
                q.addBindValue(c.extra.isEmpty() ? QStringLiteral("{}")
                                                 : QString::fromUtf8(QJsonDocument(c.extra).toJson(
                                                       QJsonDocument::Compact)));
                q.addBindValue(registeredBy > 0 ? QVariant(registeredBy)
                                                : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(nowMs);
                if (!q.exec()) {
                    err = describeSqlError(q.lastError());
                    return false;
                }
                if (q.numRowsAffected() > 0)
                    ++result.inserted;
                else
                    ++result.duplicates;
            }
            return true;
        },
        error);
}

} // namespace sb
