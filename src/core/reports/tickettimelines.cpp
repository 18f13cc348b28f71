#include "reports/tickettimelines.h"

#include "storage/dialect.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

// Up to this many keys a code is found by comparing; past it through a hash.
constexpr qsizetype kComparedKeys = 16;

// "CASE <value> WHEN ? THEN 0 WHEN ? THEN 1 … ELSE <other> END", the keys bound.
QString codeOf(const QString &value, const QStringList &keys, int other, QVariantList &values) {
    if (keys.isEmpty())
        return QString::number(other);
    QString sql = QStringLiteral("CASE ") + value;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        sql += QStringLiteral(" WHEN ? THEN ") + QString::number(i);
        values.append(keys.at(i));
    }
    return sql + QStringLiteral(" ELSE ") + QString::number(other) + QStringLiteral(" END");
}

QString marks(qsizetype n) {
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(QStringLiteral("?"));
    return m.join(QStringLiteral(", "));
}

} // namespace

int KeyCodes::code(const QString &key) {
    if (m_codes.isEmpty()) {
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            if (m_keys.at(i) == key)
                return int(i);
        m_keys.append(key);
        if (m_keys.size() > kComparedKeys)
            for (qsizetype i = 0; i < m_keys.size(); ++i)
                m_codes.insert(m_keys.at(i), int(i));
        return int(m_keys.size() - 1);
    }
    const auto it = m_codes.constFind(key);
    if (it != m_codes.cend())
        return *it;
    const int c = int(m_keys.size());
    m_keys.append(key);
    m_codes.insert(key, c);
    return c;
}

bool TicketTimelines::read(Database &db, const Query &query, QString &error) {
    m_tickets.clear();
    m_events.clear();
    m_keys = {};
    m_actions = query.actions;
    m_states = query.states;
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(q,
                            QStringLiteral("SELECT t.id, t.kind, t.channel, t.category, "
                                           "t.customer_tier, t.received_at FROM tickets t WHERE ") +
                                query.where,
                            query.values, error))
        return false;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        TimelineTicket t;
        t.id = q.value(0).toLongLong();
        t.kind = m_keys.code(q.value(1).toString());
        t.channel = m_keys.code(q.value(2).toString());
        t.category = m_keys.code(q.value(3).toString());
        t.tier = m_keys.code(q.value(4).toString());
        t.receivedAt = q.value(5).toLongLong();
        index.insert(t.id, m_tickets.size());
        m_tickets.append(t);
    }
    if (m_tickets.isEmpty())
        return true;

    // The events in the database's order (no sort there), then grouped by ticket here.
    // The bound values in the order of their marks: each part is made in its own statement
    // (the operands of one expression would be evaluated in no set order).
    QVariantList values;
    const QString action =
        codeOf(QStringLiteral("e.action"), m_actions, TimelineEvent::kOtherAction, values);
    const QString state =
        codeOf(QStringLiteral("e.to_state"), m_states, TimelineEvent::kOtherState, values);
    QString sql = QStringLiteral("SELECT e.ticket_id, e.id, e.at, ") + action +
                  QStringLiteral(", CASE WHEN e.to_state IS NULL OR e.to_state = '' THEN ") +
                  QString::number(TimelineEvent::kNoState) + QStringLiteral(" ELSE ") + state;
    if (query.eventsByIds) {
        QList<qint64> ids;
        ids.reserve(m_tickets.size());
        for (const TimelineTicket &t : std::as_const(m_tickets))
            ids.append(t.id);
        sql += QStringLiteral(" END FROM ticket_events e WHERE ") +
               dialect::idInList(db.dialect(), QLatin1StringView("e.ticket_id"));
        values.append(dialect::idListValue(db.dialect(), ids));
    } else {
        sql += QStringLiteral(" END FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                              "WHERE ") +
               query.where;
        values += query.values;
    }
    // Events of other actions that keep the state change nothing the timelines tell.
    if (m_actions.isEmpty()) {
        sql += QStringLiteral(" AND e.to_state <> ''");
    } else {
        sql += QStringLiteral(" AND (e.action IN (") + marks(m_actions.size()) +
               QStringLiteral(") OR e.to_state <> '')");
        for (const QString &a : std::as_const(m_actions))
            values.append(a);
    }
    if (!query.eventWhere.isEmpty()) {
        sql += QStringLiteral(" AND (") + query.eventWhere + QLatin1Char(')');
        values += query.eventValues;
    }
    if (!db.execForwardOnly(q, sql, values, error))
        return false;
    struct Row {
        qsizetype ticket = 0;
        TimelineEvent event;
    };
    QList<Row> rows;
    QList<qsizetype> counts(m_tickets.size() + 1, 0);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        rows.append(Row{*it,
                        {q.value(2).toLongLong(), q.value(1).toLongLong(), q.value(3).toInt(),
                         q.value(4).toInt()}});
        ++counts[*it + 1];
    }
    for (qsizetype i = 0; i < m_tickets.size(); ++i) {
        counts[i + 1] += counts[i];
        m_tickets[i].firstEvent = counts[i];
        m_tickets[i].eventCount = counts[i + 1] - counts[i];
    }
    m_events.resize(rows.size());
    for (const Row &r : std::as_const(rows))
        m_events[counts[r.ticket]++] = r.event;
    for (const TimelineTicket &t : std::as_const(m_tickets)) {
        const auto begin = m_events.begin() + t.firstEvent;
        std::sort(begin, begin + t.eventCount, [](const TimelineEvent &a, const TimelineEvent &b) {
            return a.at != b.at ? a.at < b.at : a.id < b.id;
        });
    }
    return true;
}

} // namespace sb
