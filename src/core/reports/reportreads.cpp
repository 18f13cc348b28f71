#include "reports/reportreads.h"

#include "reports/reportfigures.h"
#include "reports/sectionsql.h"

#include <QSqlQuery>

#include <algorithm>
#include <array>

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

bool ReportReads::received(const QString &dimension, qint64 startMs, qint64 endMs,
                           const QMap<QString, qint64> *&out, QString &error) {
    static const QStringList all{QStringLiteral("channel"), QStringLiteral("problem_type"),
                                 QStringLiteral("customer_tier"), QStringLiteral("region"),
                                 QStringLiteral("category")};
    const auto found = m_received.find({dimension, startMs, endMs});
    if (found != m_received.end()) {
        out = &found->second;
        return true;
    }
    const auto column = reportsql::ticketColumn(dimension);
    if (!column || !all.contains(dimension)) {
        error = reportsql::unknownDrill({QString(), QString(), dimension, QString(), 0, 0});
        return false;
    }
    QSqlQuery q(m_db.db());
    if (m_db.dialect() == Dialect::PostgreSQL) {
        // GROUPING(all five) tells the set of a row: the bit of its own column is clear.
        QStringList columns;
        QStringList sets;
        for (const QString &d : all) {
            columns.append(*reportsql::ticketColumn(d));
            sets.append(QLatin1Char('(') + columns.last() + QLatin1Char(')'));
        }
        const QString list = columns.join(QStringLiteral(", "));
        if (!m_db.execForwardOnly(q,
                                  QStringLiteral("SELECT GROUPING(") + list +
                                      QStringLiteral("), ") + list +
                                      QStringLiteral(", COUNT(*) FROM tickets t WHERE "
                                                     "t.received_at >= ? AND t.received_at < ? "
                                                     "GROUP BY GROUPING SETS (") +
                                      sets.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                  {startMs, endMs}, error))
            return false;
        std::array<QMap<QString, qint64>, 5> counts;
        const qsizetype n = all.size();
        while (q.next()) {
            const int grouping = q.value(0).toInt();
            for (qsizetype i = 0; i < n; ++i) {
                if ((grouping >> (n - 1 - i)) & 1)
                    continue;
                counts[size_t(i)].insert(q.value(int(i) + 1).toString(),
                                         q.value(int(n) + 1).toLongLong());
                break;
            }
        }
        for (qsizetype i = 0; i < n; ++i)
            m_received[{all.at(i), startMs, endMs}] = counts[size_t(i)];
    } else {
        if (!m_db.execForwardOnly(q,
                                  QStringLiteral("SELECT %1, COUNT(*) FROM tickets t WHERE "
                                                 "t.received_at >= ? AND t.received_at < ? "
                                                 "GROUP BY %1")
                                      .arg(*column),
                                  {startMs, endMs}, error))
            return false;
        QMap<QString, qint64> counts;
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
        m_received[{dimension, startMs, endMs}] = counts;
    }
    out = &m_received.at({dimension, startMs, endMs});
    return true;
}

} // namespace sb
