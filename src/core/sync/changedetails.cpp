#include "sync/changedetails.h"

#include "storage/dialect.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
// The distinct ids of `entity` in `changes` that may still have a row.
QList<qint64> idsOf(const QList<Change> &changes, ChangeEntity entity) {
    QSet<qint64> seen;
    QList<qint64> ids;
    for (const Change &c : changes) {
        if (c.entity == entity && c.op != ChangeOp::Delete && !seen.contains(c.entityId)) {
            seen.insert(c.entityId);
            ids.append(c.entityId);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

bool readChangeLogRange(const Database &db, ChangeLogRange &out, QString &error) {
    out = {};
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM "
                                "change_log"),
                 {}, error))
        return false;
    if (q.next()) {
        out.first = q.value(0).toLongLong();
        out.last = q.value(1).toLongLong();
    }
    return true;
}

bool ChangeDetailsQuery::read(const QList<Change> &changes, ChangeDetails &out,
                              QString &error) const {
    out = {};
    const Dialect d = m_db.dialect();
    const QList<qint64> tickets = idsOf(changes, ChangeEntity::Ticket);
    if (!tickets.isEmpty()) {
        QSqlQuery q(m_db.db());
        if (!m_db.execForwardOnly(q,
                                  QStringLiteral("SELECT id, source, external_id FROM tickets "
                                                 "WHERE ") +
                                      dialect::idInList(d, QLatin1StringView("id")),
                                  {dialect::idListValue(d, tickets)}, error))
            return false;
        while (q.next()) {
            TicketOrigin origin;
            origin.source = q.value(1).toString();
            if (!q.value(2).isNull())
                origin.externalId = q.value(2).toString();
            out.tickets.insert(q.value(0).toLongLong(), origin);
        }
    }
    const QList<qint64> incidents = idsOf(changes, ChangeEntity::Incident);
    if (!incidents.isEmpty()) {
        QSqlQuery q(m_db.db());
        if (!m_db.execForwardOnly(q,
                                  QStringLiteral("SELECT id, grade FROM incidents WHERE ") +
                                      dialect::idInList(d, QLatin1StringView("id")),
                                  {dialect::idListValue(d, incidents)}, error))
            return false;
        while (q.next())
            out.incidents.insert(q.value(0).toLongLong(),
                                 static_cast<Grade>(std::clamp(q.value(1).toInt(), 0, 3)));
    }
    return true;
}

} // namespace sb
