#include "reports/reportreads.h"

#include "reports/reportfigures.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb {

bool ReportReads::window(qint64 startMs, qint64 endMs, const WindowTimelines *&out,
                         QString &error) {
    if (m_window && m_window->startMs == startMs && m_window->endMs == endMs) {
        out = m_window.get();
        return true;
    }
    auto w = std::make_unique<WindowTimelines>();
    w->startMs = startMs;
    w->endMs = endMs;
    qint64 seq = 0;
    qint64 cutoff = 0;
    if (!ReportFigures::dataCutoff(m_db, seq, cutoff, error) ||
        !DeadlineRuleStore::load(m_db, w->rules, error))
        return false;
    w->asOfMs = cutoff > 0 ? std::min(endMs, std::max(cutoff, startMs)) : endMs;
    TicketTimelines::Query query;
    query.actions = {QStringLiteral("respond"), QStringLiteral("reply")};
    for (const DeadlineRule &r : std::as_const(w->rules)) {
        if (!r.anchorAction.isEmpty() && !query.actions.contains(r.anchorAction))
            query.actions.append(r.anchorAction);
        for (const QString &a : r.metBy)
            if (!query.actions.contains(a))
                query.actions.append(a);
    }
    QSqlQuery q(m_db.db());
    if (!m_db.execForwardOnly(
            q, QStringLiteral("SELECT DISTINCT key FROM workflow_states ORDER BY key"), {}, error))
        return false;
    while (q.next())
        query.states.append(q.value(0).toString());
    query.where = QStringLiteral("t.received_at >= ? AND t.received_at < ?");
    query.values = {startMs, endMs};
    query.eventWhere = QStringLiteral("e.at < ? OR e.action IN ('respond', 'reply')");
    query.eventValues = {w->asOfMs};
    if (!w->timelines.read(m_db, query, error))
        return false;
    m_window = std::move(w);
    out = m_window.get();
    return true;
}

} // namespace sb
