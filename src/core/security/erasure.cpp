#include "security/erasure.h"

#include "security/audittrail.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {
constexpr int kMinValue = 4;
constexpr int kMaxText = 200;
const QString kErased = QStringLiteral("[erased]");
} // namespace

PersonalDataErasure::PersonalDataErasure(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

std::optional<ErasureField> PersonalDataErasure::fieldFromKey(const QString &key) {
    if (key == QLatin1StringView("customer_id"))
        return ErasureField::CustomerId;
    if (key == QLatin1StringView("service_number"))
        return ErasureField::ServiceNumber;
    return std::nullopt;
}

QString PersonalDataErasure::fieldKey(ErasureField field) {
    return field == ErasureField::CustomerId ? QStringLiteral("customer_id")
                                             : QStringLiteral("service_number");
}

bool PersonalDataErasure::validate(const ErasureRequest &request, QString &error) {
    const QString value = request.value.trimmed();
    if (value.size() < kMinValue || value.size() > kMaxText) {
        error = tr("The %1 to erase must have %2 to %3 characters (it has %4): a shorter value "
                   "would also match inside other text.")
                    .arg(fieldKey(request.field))
                    .arg(kMinValue)
                    .arg(kMaxText)
                    .arg(value.size());
        return false;
    }
    const QString reference = request.reference.trimmed();
    if (reference.isEmpty() || reference.size() > kMaxText) {
        error = tr("Give the erasure request's reference (its case number), at most %1 "
                   "characters: the audit log records it instead of the value.")
                    .arg(kMaxText);
        return false;
    }
    return true;
}

bool PersonalDataErasure::run(const ErasureRequest &request, const QString &actor, bool dryRun,
                              qint64 &tickets, QString &error) {
    tickets = 0;
    if (!validate(request, error))
        return false;
    const QString value = request.value.trimmed();
    if (m_db.dialect() == Dialect::PostgreSQL) {
        QSqlQuery q;
        if (!m_db.exec(q, QStringLiteral("SELECT sb_erase_customer(?, ?, ?, ?)"),
                       {fieldKey(request.field), value, request.reference.trimmed(), dryRun},
                       error) ||
            !q.next())
            return false;
        tickets = q.value(0).toLongLong();
        return true;
    }
    return runLocally(request, value, actor, dryRun, tickets, error);
}

bool PersonalDataErasure::runLocally(const ErasureRequest &request, const QString &value,
                                     const QString &actor, bool dryRun, qint64 &tickets,
                                     QString &error) {
    // The column is one of two fixed names, never from input.
    const QString column = fieldKey(request.field);
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q, QStringLiteral("SELECT id FROM tickets WHERE %1 = ?").arg(column),
                           {value}, err))
                return false;
            QList<qint64> ids;
            while (q.next())
                ids.append(q.value(0).toLongLong());
            q.finish();
            tickets = ids.size();
            if (dryRun || ids.isEmpty())
                return true;
            const qint64 now = m_clock.nowMs();
            for (const qint64 id : std::as_const(ids)) {
                if (!m_db.exec(QStringLiteral("UPDATE tickets SET customer_id = '', "
                                              "service_number = '', subject = replace(subject, "
                                              "?, ?), description = replace(description, ?, ?), "
                                              "extra = replace(extra, ?, ?), version = version + "
                                              "1, updated_at = ? WHERE id = ?"),
                               {value, kErased, value, kErased, value, kErased, now, id}, err) ||
                    !m_db.exec(QStringLiteral("UPDATE ticket_events SET note = replace(note, ?, "
                                              "?), data = replace(data, ?, ?) WHERE ticket_id = "
                                              "? AND (instr(note, ?) > 0 OR instr(data, ?) > 0)"),
                               {value, kErased, value, kErased, id, value, value}, err))
                    return false;
            }
            return AuditTrail(m_db, m_clock)
                .append(actor, QStringLiteral("personal_data.erase"), QStringLiteral("customer"), 0,
                        QJsonObject{{QStringLiteral("field"), column},
                                    {QStringLiteral("reference"), request.reference.trimmed()},
                                    {QStringLiteral("tickets"), tickets}},
                        err);
        },
        error);
}

} // namespace sb
