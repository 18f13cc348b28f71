#include "tickets/ticketpersonaldata.h"

#include "security/masking.h"

#include <QSqlQuery>

namespace sb {

namespace {
bool isPg(Dialect d) {
    return d == Dialect::PostgreSQL;
}

// A PostgreSQL array literal of ids, bound as one text value.
QString idArray(const QList<qint64> &ids) {
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return QStringLiteral("{") + numbers.join(QLatin1Char(',')) + QStringLiteral("}");
}
} // namespace

QString TicketPersonalData::customerColumn() const {
    return isPg(m_dialect) ? QStringLiteral("t.customer_id_masked")
                           : QStringLiteral("t.customer_id");
}

QString TicketPersonalData::serviceColumn() const {
    return isPg(m_dialect) ? QStringLiteral("t.service_number_masked")
                           : QStringLiteral("t.service_number");
}

QString TicketPersonalData::masked(const QString &read) const {
    // The server masked it already (sb_mask_personal, the same rule as maskServiceNumber).
    return isPg(m_dialect) ? read : maskServiceNumber(read);
}

QString TicketPersonalData::matchesNumber(const QString &value, QVariantList &values) const {
    if (isPg(m_dialect)) {
        values << value;
        return QStringLiteral("t.id IN (SELECT sb_tickets_with_personal(?, 'any'))");
    }
    values << value << value;
    return QStringLiteral("(t.customer_id = ? OR t.service_number = ?)");
}

QString TicketPersonalData::matchesCustomer(const QString &value, QVariantList &values) const {
    values << value;
    return isPg(m_dialect) ? QStringLiteral("t.id IN (SELECT sb_tickets_with_personal(?, "
                                            "'customer'))")
                           : QStringLiteral("t.customer_id = ?");
}

QString TicketPersonalData::sameCustomerAs(qint64 ticketId, QVariantList &values) const {
    if (isPg(m_dialect)) {
        values << ticketId;
        return QStringLiteral("t.id IN (SELECT sb_same_customer(?))");
    }
    values << ticketId << ticketId;
    return QStringLiteral("t.customer_id <> '' AND t.customer_id = (SELECT o.customer_id FROM "
                          "tickets o WHERE o.id = ?) AND t.id <> ?");
}

bool TicketPersonalData::readClear(Database &db, const QList<qint64> &ids,
                                   QHash<qint64, Values> &out, QString &error) const {
    out.clear();
    if (ids.isEmpty())
        return true;
    if (ids.size() > kBatch) {
        error = tr("Personal data is read for at most %1 tickets at a time.").arg(kBatch);
        return false;
    }
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    bool ok = false;
    if (isPg(m_dialect)) {
        ok = db.exec(q,
                     QStringLiteral("SELECT ticket_id, customer_id, service_number FROM "
                                    "sb_personal_data(CAST(? AS BIGINT[]))"),
                     {idArray(ids)}, error);
    } else {
        QStringList marks;
        QVariantList values;
        for (const qint64 id : ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        ok = db.exec(q,
                     QStringLiteral("SELECT id, customer_id, service_number FROM tickets WHERE "
                                    "id IN (%1)")
                         .arg(marks.join(QLatin1String(", "))),
                     values, error);
    }
    if (!ok)
        return false;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    return true;
}

} // namespace sb
