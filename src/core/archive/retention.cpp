#include "archive/retention.h"

#include "archive/archivetables.h"
#include "archive/pgarchive.h"
#include "storage/dialect.h"
#include "storage/settingsstore.h"

namespace sb {

bool RetentionRules::load(const Database &db, RetentionRules &out, QString &error) {
    const SettingsStore settings(db);
    qint64 ordinary = 0;
    qint64 important = 0;
    if (!settings.integer(ordinaryKey(), 3, 1, 1200, ordinary, error) ||
        !settings.integer(importantKey(), 6, 1, 1200, important, error))
        return false;
    out.ordinaryMonths = int(ordinary);
    out.importantMonths = int(important);
    return true;
}

RetentionCutoff RetentionCutoff::at(const RetentionRules &rules, const QDateTime &now,
                                    qint64 beforeMs) {
    const QDateTime utc = now.toUTC();
    RetentionCutoff c;
    c.ordinaryBefore = std::min(utc.addMonths(-rules.ordinaryMonths).toMSecsSinceEpoch(), beforeMs);
    c.importantBefore =
        std::min(utc.addMonths(-rules.importantMonths).toMSecsSinceEpoch(), beforeMs);
    return c;
}

RetentionQuery::RetentionQuery(const Database &db, RetentionCutoff cutoff)
    : m_db(db)
    , m_cutoff(cutoff) {
}

QString RetentionQuery::candidateSql(const QString &extra) const {
    QString keptByQa;
    for (const archive::TicketReference &r : archive::keepingTables())
        keptByQa += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 k WHERE k.%2 = t.id)")
                        .arg(r.table, r.ticketColumn);
    return QStringLiteral(
               "SELECT t.id FROM tickets t WHERE %1"
               " AND EXISTS (SELECT 1 FROM workflow_states w WHERE w.flow = t.kind"
               " AND w.key = t.state AND w.is_final <> 0)"
               " AND COALESCE((SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = t.id"
               " AND e.to_state = t.state), t.updated_at) < CASE WHEN t.green_channel <> 0"
               " OR t.appeal_count > 0 OR t.appeal_of IS NOT NULL OR t.customer_tier = 'vip'"
               " OR t.incident_id IS NOT NULL THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) END"
               " AND NOT EXISTS (SELECT 1 FROM tickets a WHERE a.appeal_of = t.id)"
               " AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = t.incident_id"
               " AND i.state = 'open')"
               " AND NOT EXISTS (SELECT 1 FROM report_supervision_items s"
               " WHERE s.status <> 'closed' AND ((s.dimension = 'problem_type'"
               " AND s.key = t.problem_type) OR (s.dimension = 'category' AND s.key = t.category))"
               " AND t.received_at >= s.period_start AND t.received_at < s.period_end)"
               "%2 ORDER BY t.id")
        .arg(extra, keptByQa);
}

bool RetentionQuery::nextBatch(qint64 afterId, int limit, QList<qint64> &ids,
                               QString &error) const {
    ids.clear();
    // On PostgreSQL the server chooses (sb_archive_candidates, the same rule): row security
    // would hide tickets from a staff login.
    if (m_db.dialect() == Dialect::PostgreSQL)
        return archive::PgArchive::candidates(m_db, m_cutoff.ordinaryBefore,
                                              m_cutoff.importantBefore, afterId, limit, ids, error);
    QSqlQuery q(m_db.db());
    if (!m_db.execForwardOnly(
            q, candidateSql(QStringLiteral("t.id > ?")) + QStringLiteral(" LIMIT ?"),
            {afterId, m_cutoff.importantBefore, m_cutoff.ordinaryBefore, limit}, error))
        return false;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return true;
}

bool RetentionQuery::stillCandidates(const QList<qint64> &ids, QList<qint64> &out,
                                     QString &error) const {
    out.clear();
    // On PostgreSQL the tickets are also locked until the transaction ends.
    if (m_db.dialect() == Dialect::PostgreSQL)
        return archive::PgArchive::lockCandidates(m_db, m_cutoff.ordinaryBefore,
                                                  m_cutoff.importantBefore, ids, out, error);
    QSqlQuery q(m_db.db());
    if (!m_db.execForwardOnly(
            q, candidateSql(dialect::idInList(m_db.dialect(), QLatin1StringView("t.id"))),
            {dialect::idListValue(m_db.dialect(), ids), m_cutoff.importantBefore,
             m_cutoff.ordinaryBefore},
            error))
        return false;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return true;
}

} // namespace sb
