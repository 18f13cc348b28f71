#include "tickets/ticketdetailqueries.h"

#include "tickets/ticketpersonaldata.h"

#include <QSqlQuery>

namespace sb {

namespace {
constexpr int kEventIdBatch = 500; // ids per statement in hasAnyEvent
} // namespace

TicketDetailQueries::TicketDetailQueries(Database &db)
    : m_db(db) {
}

bool TicketDetailQueries::fields(qint64 ticketId, bool clearPersonalData,
                                 std::optional<TicketDetailFields> &out, QString &error) const {
    out.reset();
    const TicketPersonalData personal(m_db.dialect());
    QSqlQuery q(m_db.db());
    if (!m_db.exec(
            q,
            QStringLiteral(
                "SELECT t.received_at, t.kind, t.state, t.channel, t.customer_tier, "
                "t.problem_type, %1, %2, t.region, t.category, "
                "t.subject, t.description, t.priority, t.green_channel, h.name, tm.name, "
                "t.department, t.support_tier, t.validity, t.satisfaction, t.appeal_of, "
                "r.name, t.version, t.received_offset, t.source FROM tickets t LEFT JOIN staff h "
                "ON h.id = t.handler_id "
                "LEFT JOIN teams tm ON tm.id = t.team_id LEFT JOIN staff r ON r.id = "
                "t.registered_by WHERE t.id = ?")
                .arg(personal.customerColumn(), personal.serviceColumn()),
            {ticketId}, error))
        return false;
    if (!q.next())
        return true;
    TicketDetailFields f;
    f.id = ticketId;
    f.receivedAt = q.value(0).toLongLong();
    f.kind = q.value(1).toString();
    f.state = q.value(2).toString();
    f.channel = q.value(3).toString();
    f.customerTier = q.value(4).toString();
    f.problemType = q.value(5).toString();
    f.hasCustomer = !q.value(6).toString().isEmpty();
    f.customerId = personal.masked(q.value(6).toString());
    f.serviceNumber = personal.masked(q.value(7).toString());
    f.region = q.value(8).toString();
    f.category = q.value(9).toString();
    f.subject = q.value(10).toString();
    f.description = q.value(11).toString();
    f.priority = q.value(12).toInt();
    f.greenChannel = q.value(13).toInt() != 0;
    f.handlerName = q.value(14).toString();
    f.teamName = q.value(15).toString();
    f.department = q.value(16).toString();
    f.supportTier = q.value(17).toInt();
    f.validity = q.value(18).toString();
    if (!q.value(19).isNull())
        f.satisfaction = q.value(19).toLongLong();
    if (!q.value(20).isNull())
        f.appealOf = q.value(20).toLongLong();
    f.registeredByName = q.value(21).toString();
    f.version = q.value(22).toLongLong();
    f.receivedOffset = q.value(23).toInt();
    f.source = q.value(24).toString();
    q.finish();
    if (clearPersonalData) {
        // Read on purpose, one ticket: on a shared server this is audited.
        QHash<qint64, TicketPersonalData::Values> clear;
        QString ignored;
        if (personal.readClear(m_db, {ticketId}, clear, ignored) && clear.contains(ticketId)) {
            f.customerId = clear.value(ticketId).customerId;
            f.serviceNumber = clear.value(ticketId).serviceNumber;
        }
    }
    out = f;
    return true;
}

bool TicketDetailQueries::timeline(qint64 ticketId, QList<TicketTimelineEntry> &out,
                                   QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(q,
                   QStringLiteral("SELECT e.at, COALESCE(s.name, ''), e.action, "
                                  "COALESCE(e.to_state, ''), e.note, e.data FROM "
                                  "ticket_events e LEFT JOIN staff s ON s.id = e.actor_id "
                                  "WHERE e.ticket_id = ? ORDER BY e.at, e.id"),
                   {ticketId}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return true;
}

bool TicketDetailQueries::incident(qint64 ticketId, std::optional<TicketIncidentLink> &out,
                                   QString &error) const {
    out.reset();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT i.id, i.grade, i.state, i.summary, "
                                  "i.known_issue_id FROM tickets t JOIN incidents i ON "
                                  "i.id = t.incident_id WHERE t.id = ?"),
                   {ticketId}, error))
        return false;
    if (q.next())
        out = TicketIncidentLink{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toLongLong()};
    return true;
}

bool TicketDetailQueries::customerHistory(qint64 ticketId, int limit,
                                          QList<TicketHistoryEntry> &out, QString &error) const {
    out.clear();
    QVariantList values;
    const QString same = TicketPersonalData(m_db.dialect()).sameCustomerAs(ticketId, values);
    values << limit;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(q,
                   QStringLiteral("SELECT t.id, t.received_at, t.state, t.subject FROM "
                                  "tickets t WHERE %1 ORDER BY t.received_at DESC LIMIT ?")
                       .arg(same),
                   values, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString()});
    return true;
}

bool TicketDetailQueries::hasAnyEvent(qint64 ticketId, const QList<qint64> &eventIds, bool &any,
                                      QString &error) const {
    any = false;
    for (qsizetype from = 0; from < eventIds.size() && !any; from += kEventIdBatch) {
        const QList<qint64> batch = eventIds.mid(from, kEventIdBatch);
        const QStringList marks(batch.size(), QStringLiteral("?"));
        QVariantList values{ticketId};
        for (const qint64 id : batch)
            values << id;
        QSqlQuery q(m_db.db());
        if (!m_db.exec(q,
                       QStringLiteral("SELECT 1 FROM ticket_events WHERE ticket_id = ? AND id "
                                      "IN (%1) LIMIT 1")
                           .arg(marks.join(u',')),
                       values, error))
            return false;
        any = q.next();
    }
    return true;
}

bool TicketDetailQueries::referenceName(Reference kind, qint64 id, QString &name,
                                        QString &error) const {
    name.clear();
    QString sql;
    switch (kind) {
    case Reference::Staff:
        sql = QStringLiteral("SELECT name FROM staff WHERE id = ?");
        break;
    case Reference::Team:
        sql = QStringLiteral("SELECT name FROM teams WHERE id = ?");
        break;
    case Reference::Article:
        sql = QStringLiteral("SELECT title FROM kb_articles WHERE id = ?");
        break;
    }
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, sql, {id}, error))
        return false;
    if (q.next())
        name = q.value(0).toString();
    return true;
}

bool TicketDetailQueries::receivedAt(qint64 ticketId, std::optional<qint64> &at,
                                     QString &error) const {
    at.reset();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT received_at FROM tickets WHERE id = ?"), {ticketId},
                   error))
        return false;
    if (q.next() && !q.value(0).isNull())
        at = q.value(0).toLongLong();
    return true;
}

} // namespace sb
