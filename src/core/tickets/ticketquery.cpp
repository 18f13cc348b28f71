#include "tickets/ticketquery.h"

#include "storage/dialect.h"
#include "tickets/ticketpersonaldata.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

struct QueueName {
    TicketQueue queue;
    const char *key;
};
constexpr QueueName kQueues[] = {
    {TicketQueue::MyWork, "mine"},           {TicketQueue::MyTeam, "team"},
    {TicketQueue::DueSoon, "due_soon"},      {TicketQueue::Overdue, "overdue"},
    {TicketQueue::GreenChannel, "green"},    {TicketQueue::Appeals, "appeals"},
    {TicketQueue::Unassigned, "unassigned"}, {TicketQueue::All, "all"}};

struct SortName {
    TicketSort sort;
    const char *key;
    const char *expression; // fixed SQL, never user text
};
constexpr SortName kSorts[] = {{TicketSort::Id, "id", "t.id"},
                               {TicketSort::Received, "received", "t.received_at"},
                               {TicketSort::Updated, "updated", "t.updated_at"},
                               {TicketSort::Priority, "priority", "t.priority"},
                               {TicketSort::State, "state", "t.state"},
                               {TicketSort::Channel, "channel", "t.channel"},
                               {TicketSort::Tier, "tier", "t.customer_tier"},
                               {TicketSort::ProblemType, "problem_type", "t.problem_type"},
                               {TicketSort::Subject, "subject", "t.subject"},
                               {TicketSort::Handler, "handler", "COALESCE(t.handler_id, 0)"}};

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString placeholders(qsizetype n) {
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

} // namespace

QString ticketQueueKey(TicketQueue q) {
    for (const QueueName &n : kQueues)
        if (n.queue == q)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<TicketQueue> ticketQueueFromKey(const QString &key) {
    for (const QueueName &n : kQueues)
        if (key == QLatin1String(n.key))
            return n.queue;
    return std::nullopt;
}

QList<TicketQueue> allTicketQueues() {
    QList<TicketQueue> out;
    for (const QueueName &n : kQueues)
        out.append(n.queue);
    return out;
}

QString ticketSortKey(TicketSort s) {
    for (const SortName &n : kSorts)
        if (n.sort == s)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<TicketSort> ticketSortFromKey(const QString &key) {
    for (const SortName &n : kSorts)
        if (key == QLatin1String(n.key))
            return n.sort;
    return std::nullopt;
}

qint64 ticketIdFromSerial(const QString &serial) {
    static const QRegularExpression re(QStringLiteral("^\\s*(?:CS-\\d{8}-)?(\\d{1,18})\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(serial);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool TicketFilter::isEmpty() const {
    TicketFilter blank;
    blank.sort = sort;
    blank.descending = descending;
    return *this == blank;
}

bool TicketFilter::validate(QString &error) const {
    if (ids.size() <= kMaxIds)
        return true;
    error = TicketQueryBuilder::tr("A selection holds at most %L1 tickets; this one has %L2.")
                .arg(kMaxIds)
                .arg(ids.size());
    return false;
}

QJsonObject TicketFilter::toJson() const {
    QJsonObject o;
    auto putText = [&o](const char *k, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(k), v);
    };
    auto putNumber = [&o](const char *k, qint64 v) {
        if (v != 0)
            o.insert(QLatin1String(k), double(v));
    };
    putText("customer", customer);
    putText("channel", channel);
    putText("state", state);
    putText("problem_type", problemType);
    putText("region", region);
    putText("category", category);
    putNumber("received_from", receivedFrom);
    putNumber("received_to", receivedTo);
    putNumber("receiver_id", receiverId);
    putNumber("handler_id", handlerId);
    putText("serial", serial);
    putText("tier", tier);
    putText("source", source);
    if (incidentGrade >= 0)
        o.insert(QStringLiteral("incident_grade"), incidentGrade);
    putText("text", text);
    if (!ids.isEmpty()) {
        QJsonArray list;
        for (qint64 id : ids)
            list.append(double(id));
        o.insert(QStringLiteral("ids"), list);
    }
    o.insert(QStringLiteral("sort"), ticketSortKey(sort));
    o.insert(QStringLiteral("descending"), descending);
    return o;
}

bool TicketFilter::fromJson(const QJsonObject &o, TicketFilter &out, QString &error) {
    TicketFilter f;
    bool ok = true;
    auto text = [&](const char *k, QString &target) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            error =
                TicketQueryBuilder::tr("Filter field \"%1\" must be text.").arg(QLatin1String(k));
            ok = false;
            return;
        }
        target = v.toString();
    };
    auto number = [&](const char *k, auto &target) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble()) {
            error = TicketQueryBuilder::tr("Filter field \"%1\" must be a number.")
                        .arg(QLatin1String(k));
            ok = false;
            return;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(v.toDouble());
    };
    text("customer", f.customer);
    text("channel", f.channel);
    text("state", f.state);
    text("problem_type", f.problemType);
    text("region", f.region);
    text("category", f.category);
    number("received_from", f.receivedFrom);
    number("received_to", f.receivedTo);
    number("receiver_id", f.receiverId);
    number("handler_id", f.handlerId);
    text("serial", f.serial);
    text("tier", f.tier);
    text("source", f.source);
    number("incident_grade", f.incidentGrade);
    text("text", f.text);
    const QJsonValue ids = o.value(QStringLiteral("ids"));
    if (ok && !ids.isUndefined() && !ids.isNull()) {
        const QJsonArray list = ids.toArray();
        const bool allIds =
            ids.isArray() && std::all_of(list.begin(), list.end(), [](const QJsonValue &v) {
                const double d = v.toDouble(); // a whole number a double holds exactly
                return v.isDouble() && d >= 1 && d <= 9007199254740992.0 && d == double(qint64(d));
            });
        if (!allIds) {
            error =
                TicketQueryBuilder::tr("Filter field \"ids\" must be a list of ticket numbers.");
            return false;
        }
        for (const QJsonValue &v : list)
            f.ids.append(qint64(v.toDouble()));
        if (!f.validate(error))
            return false;
    }
    QString sortKey;
    text("sort", sortKey);
    if (!ok)
        return false;
    if (!sortKey.isEmpty()) {
        const auto s = ticketSortFromKey(sortKey);
        if (!s) {
            error = TicketQueryBuilder::tr("Filter field \"sort\": unknown column \"%1\".")
                        .arg(sortKey);
            return false;
        }
        f.sort = *s;
    }
    f.descending = o.value(QStringLiteral("descending")).toBool(true);
    out = f;
    return true;
}

TicketQueryBuilder::TicketQueryBuilder(Dialect dialect, TicketQueue queue, TicketFilter filter,
                                       TicketQueryContext context)
    : m_dialect(dialect)
    , m_queue(queue)
    , m_filter(std::move(filter))
    , m_context(std::move(context)) {
}

QString TicketQueryBuilder::sortExpression() const {
    for (const SortName &n : kSorts)
        if (n.sort == m_filter.sort)
            return QString::fromLatin1(n.expression);
    return QStringLiteral("t.received_at");
}

QString TicketQueryBuilder::where(QVariantList &values) const {
    QStringList clauses;
    const QString open =
        m_context.finalStates.isEmpty()
            ? QString()
            : QStringLiteral("t.state NOT IN (%1)").arg(placeholders(m_context.finalStates.size()));
    auto addOpen = [&] {
        if (open.isEmpty())
            return;
        clauses.append(open);
        for (const QString &s : m_context.finalStates)
            values.append(s);
    };
    switch (m_queue) {
    case TicketQueue::MyWork:
        clauses.append(QStringLiteral("t.handler_id = ?"));
        values.append(m_context.staffId);
        addOpen();
        break;
    case TicketQueue::MyTeam:
        clauses.append(QStringLiteral("t.team_id = ?"));
        values.append(m_context.teamId);
        addOpen();
        break;
    case TicketQueue::DueSoon:
        addOpen();
        clauses.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM deadline_urges u WHERE u.ticket_id = t.id AND u.kind = "
            "'warning') AND NOT EXISTS (SELECT 1 FROM deadline_urges u WHERE u.ticket_id = t.id "
            "AND u.kind = 'overdue')"));
        break;
    case TicketQueue::Overdue:
        addOpen();
        clauses.append(QStringLiteral("EXISTS (SELECT 1 FROM deadline_urges u WHERE u.ticket_id "
                                      "= t.id AND u.kind = 'overdue')"));
        break;
    case TicketQueue::GreenChannel:
        clauses.append(QStringLiteral("t.green_channel = 1"));
        break;
    case TicketQueue::Appeals:
        clauses.append(QStringLiteral("t.appeal_of IS NOT NULL"));
        break;
    case TicketQueue::Unassigned:
        clauses.append(QStringLiteral("t.handler_id IS NULL"));
        addOpen();
        break;
    case TicketQueue::All:
        break;
    }
    if (!m_context.readAll) {
        clauses.append(
            QStringLiteral("(t.team_id = ? OR t.handler_id = ? OR t.registered_by = ?)"));
        values << m_context.teamId << m_context.staffId << m_context.staffId;
    }
    const TicketFilter &f = m_filter;
    auto equals = [&](const char *column, const QString &v) {
        if (v.isEmpty())
            return;
        clauses.append(QLatin1String(column) + QLatin1String(" = ?"));
        values.append(v);
    };
    const TicketPersonalData personal(m_dialect);
    if (!f.customer.trimmed().isEmpty())
        clauses.append(personal.matchesCustomer(f.customer.trimmed(), values));
    equals("t.channel", f.channel);
    equals("t.state", f.state);
    equals("t.problem_type", f.problemType);
    equals("t.region", f.region.trimmed());
    equals("t.category", f.category.trimmed());
    equals("t.customer_tier", f.tier);
    equals("t.source", f.source.trimmed());
    if (f.receivedFrom > 0) {
        clauses.append(QStringLiteral("t.received_at >= ?"));
        values.append(f.receivedFrom);
    }
    if (f.receivedTo > 0) {
        clauses.append(QStringLiteral("t.received_at < ?"));
        values.append(f.receivedTo);
    }
    if (f.receiverId > 0) {
        clauses.append(QStringLiteral("t.registered_by = ?"));
        values.append(f.receiverId);
    }
    if (f.handlerId > 0) {
        clauses.append(QStringLiteral("t.handler_id = ?"));
        values.append(f.handlerId);
    }
    if (!f.serial.trimmed().isEmpty()) {
        clauses.append(QStringLiteral("t.id = ?"));
        values.append(ticketIdFromSerial(f.serial)); // 0 matches nothing
    }
    if (f.incidentGrade >= 0) {
        clauses.append(QStringLiteral("t.incident_id IN (SELECT i.id FROM incidents i WHERE "
                                      "i.grade = ?)"));
        values.append(f.incidentGrade);
    }
    if (!f.ids.isEmpty()) {
        // One bound value for the whole list, however long: the statement text stays the same.
        QString ignored;
        if (f.validate(ignored)) {
            clauses.append(dialect::idInList(m_dialect, QLatin1String("t.id")));
            values.append(dialect::idListValue(m_dialect, f.ids));
        } else {
            clauses.append(QStringLiteral("1 = 0"));
        }
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString like = dialect::caseInsensitiveLike(m_dialect);
        values << likePattern(text) << likePattern(text);
        clauses.append(QStringLiteral("(t.subject %1 ? ESCAPE '\\' OR t.description %1 ? ESCAPE "
                                      "'\\' OR %2)")
                           .arg(like, personal.matchesNumber(text, values)));
    }
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
}

QString TicketQueryBuilder::orderBy(bool reversed) const {
    // Queue order: green first, then the sort column and id in the chosen direction.
    const bool descending = m_filter.descending != reversed;
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString greenDir = reversed ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY t.green_channel %1, %2 %3, t.id %3")
        .arg(greenDir, sortExpression(), dir);
}

PagedSql TicketQueryBuilder::page(Page which, const TicketCursor &cursor, int limit) const {
    PagedSql out;
    QString w = where(out.values);
    const bool reversed = which == Page::Last || which == Page::Before;
    const bool descending = m_filter.descending != reversed;
    const QString key = sortExpression();
    const TicketPersonalData personal(m_dialect);
    if (which == Page::After || which == Page::Before) {
        // Next rows in the (possibly reversed) order: green decreases in queue order.
        const QString greenStep = reversed ? QStringLiteral(">") : QStringLiteral("<");
        const QString keyStep = descending ? QStringLiteral("<") : QStringLiteral(">");
        const QString cond = QStringLiteral("(t.green_channel %1 ? OR (t.green_channel = ? AND "
                                            "(%2 %3 ? OR (%2 = ? AND t.id %3 ?))))")
                                 .arg(greenStep, key, keyStep);
        w += (w.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + cond;
        out.values << cursor.green << cursor.green << cursor.sortValue << cursor.sortValue
                   << cursor.id;
    }
    out.sql =
        QStringLiteral(
            "SELECT t.id, t.received_at, t.received_offset, t.channel, t.customer_tier, "
            "t.problem_type, t.subject, t.state, t.green_channel, t.priority, t.handler_id, "
            "s.name, %1, %2, t.version, t.kind, %3 "
            "FROM tickets t LEFT JOIN staff s ON s.id = t.handler_id%4%5 LIMIT %6")
            .arg(personal.serviceColumn(), personal.customerColumn(), key, w, orderBy(reversed))
            .arg(qMax(1, limit));
    out.reversed = reversed;
    return out;
}

PagedSql TicketQueryBuilder::ordered(const QString &columns) const {
    PagedSql out;
    const QString w = where(out.values);
    out.sql = QStringLiteral("SELECT %1 FROM tickets t%2%3").arg(columns, w, orderBy(false));
    return out;
}

PagedSql TicketQueryBuilder::count(int cap) const {
    PagedSql out;
    const QString w = where(out.values);
    out.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM tickets t%1 LIMIT %2) c")
                  .arg(w)
                  .arg(qMax(1, cap) + 1);
    return out;
}

} // namespace sb
