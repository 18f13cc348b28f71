#include "tickets/ticketpages.h"

#include "workflow/calendarstore.h"
#include "workflow/workflow.h"

#include <QHash>
#include <QSqlQuery>

namespace sb {

void TicketPageReader::use(Database &db) {
    if (m_db == &db && m_generation == db.generation())
        return;
    // Another connection (or the same one reopened): its statements and what was read
    // through it start again.
    m_prepared.clear();
    m_clear.clear();
    m_db = &db;
    m_generation = db.generation();
    // Deadline rules and the calendar for the countdown; without them rows show no deadline.
    QString ignored;
    m_rules.clear();
    DeadlineRuleStore::load(db, m_rules, ignored);
    m_calendar = BusinessCalendar();
    CalendarStore(db).load(m_calendar, ignored);
    Workflow wf;
    m_pausing.clear();
    if (wf.load(db, ignored))
        m_pausing = wf.pausingStateKeys(QStringLiteral("complaint"));
}

qint64 TicketPageReader::count(Database &db, const PageRequest &request) {
    use(db);
    QString error;
    if (!request.filter.validate(error))
        return -1;
    const TicketQueryBuilder builder(db.dialect(), request.queue, request.filter, request.context);
    const PagedSql count = builder.count(kCountCap);
    QSqlQuery c(db.db());
    return db.exec(c, count.sql, count.values, error) && c.next() ? c.value(0).toLongLong() : -1;
}

bool TicketPageReader::readPage(Database &db, const PageRequest &request, QList<TicketRow> &rows,
                                QString &error) {
    use(db);
    if (!request.filter.validate(error))
        return false;
    const TicketQueryBuilder builder(db.dialect(), request.queue, request.filter, request.context);
    const PagedSql page = builder.page(request.which, request.cursor, request.limit);
    // Prepared once per SQL text and kept (a queue's pages share a few texts; the values are
    // bound); forward-only: the rows are read once, so the driver need not keep a copy.
    auto it = m_prepared.find(page.sql);
    if (it == m_prepared.end()) {
        if (m_prepared.size() >= kPreparedCap)
            m_prepared.clear();
        QSqlQuery prepared(db.db());
        prepared.setForwardOnly(true);
        if (!prepared.prepare(page.sql)) {
            error = describeSqlError(prepared.lastError());
            return false;
        }
        it = m_prepared.insert(page.sql, prepared);
    }
    QSqlQuery &q = it.value();
    for (int i = 0; i < page.values.size(); ++i)
        q.bindValue(i, page.values.at(i));
    if (!q.exec()) {
        error = describeSqlError(q.lastError());
        m_prepared.erase(it);
        return false;
    }
    rows.reserve(request.limit);
    while (q.next()) {
        TicketRow &r = rows.emplace_back();
        r.id = q.value(0).toLongLong();
        r.receivedAt = q.value(1).toLongLong();
        r.offset = q.value(2).toInt();
        r.channel = q.value(3).toString();
        r.tier = q.value(4).toString();
        r.problemType = q.value(5).toString();
        r.subject = q.value(6).toString();
        r.state = q.value(7).toString();
        r.green = q.value(8).toInt() != 0;
        r.priority = q.value(9).toInt();
        r.handlerId = q.value(10).toLongLong();
        r.handlerName = q.value(11).toString();
        r.serviceNumber = q.value(12).toString();
        r.customerId = q.value(13).toString();
        r.version = q.value(14).toLongLong();
        r.kind = q.value(15).toString();
        r.sortValue = q.value(TicketQueryBuilder::kSortColumn);
    }
    q.finish(); // SQLite: ends the statement's read snapshot
    if (page.reversed)
        std::reverse(rows.begin(), rows.end());
    showPersonalData(db, rows, request.unmasked);
    return true;
}

void TicketPageReader::showPersonalData(Database &db, QList<TicketRow> &rows, bool unmasked) {
    const TicketPersonalData personal(db.dialect());
    if (unmasked) {
        // On a shared server every read of clear values is audited: read each ticket's once
        // per version, not on every refresh of the queue.
        QList<qint64> missing;
        for (const TicketRow &r : rows) {
            const auto it = m_clear.constFind(r.id);
            if (it == m_clear.cend() || it->version != r.version)
                missing << r.id;
        }
        QHash<qint64, TicketPersonalData::Values> read;
        QString error;
        if (!missing.isEmpty() && personal.readClear(db, missing, read, error)) {
            if (m_clear.size() > 20000)
                m_clear.clear();
            for (const TicketRow &r : rows) {
                if (read.contains(r.id))
                    m_clear.insert(r.id, {r.version, read.value(r.id)});
            }
        }
    }
    for (TicketRow &r : rows) {
        const auto it = unmasked ? m_clear.constFind(r.id) : m_clear.cend();
        if (it != m_clear.cend() && it->version == r.version) {
            r.serviceNumber = it->values.serviceNumber;
            r.customerId = it->values.customerId;
        } else {
            // Without the permission (or when the server refused): masked.
            r.serviceNumber = personal.masked(r.serviceNumber);
            r.customerId = personal.masked(r.customerId);
        }
    }
}

void TicketPageReader::addDeadlines(Database &db, QList<TicketRow> &rows, qint64 now,
                                    const QStringList &finalStates) {
    use(db);
    if (rows.isEmpty() || m_rules.isEmpty())
        return;
    QStringList marks;
    QVariantList ids;
    for (const TicketRow &r : rows) {
        marks.append(QStringLiteral("?"));
        ids.append(r.id);
    }
    QSqlQuery q(db.db());
    QString error;
    QHash<qint64, QList<TicketEventTimes>> events;
    if (db.exec(q,
                QStringLiteral("SELECT ticket_id, at, action, COALESCE(to_state, '') FROM "
                               "ticket_events WHERE ticket_id IN (%1) ORDER BY ticket_id, at, "
                               "id")
                    .arg(marks.join(QLatin1String(", "))),
                ids, error)) {
        while (q.next())
            events[q.value(0).toLongLong()].append(
                {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    }
    QHash<qint64, QString> categories;
    if (db.exec(q,
                QStringLiteral("SELECT id, category FROM tickets WHERE id IN (%1)")
                    .arg(marks.join(QLatin1String(", "))),
                ids, error)) {
        while (q.next())
            categories.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    for (TicketRow &r : rows) {
        if (finalStates.contains(r.state))
            continue;
        DeadlineSubject s;
        s.kind = r.kind;
        s.channel = r.channel;
        s.category = categories.value(r.id);
        s.tier = r.tier;
        s.receivedAt = r.receivedAt;
        applyEvents(s, events.value(r.id), m_pausing, now);
        const QList<MilestoneDeadline> all = sb::computeDeadlines(m_rules, s, m_calendar);
        for (const MilestoneDeadline &d : all) {
            if (d.metAt)
                continue;
            r.hasDeadline = true;
            r.deadline = d;
            r.pauses = s.pauses;
            break;
        }
    }
}

} // namespace sb
