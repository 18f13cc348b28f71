#include "tickets/ticketpageloader.h"

#include "workflow/calendarstore.h"
#include "workflow/workflow.h"

#include <QHash>
#include <QSqlQuery>

namespace sb::app {

TicketPageLoader::TicketPageLoader(DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url)) {
}

bool TicketPageLoader::ensureOpen(QString &error) {
    if (m_db)
        return true;
    m_db = Database::open(m_url, QStringLiteral("ticket-queue"), error);
    if (!m_db)
        return false;
    // Deadline rules and the calendar for the countdown; without them rows show no deadline.
    QString ignored;
    DeadlineRuleStore::load(*m_db, m_rules, ignored);
    CalendarStore(*m_db).load(m_calendar, ignored);
    Workflow wf;
    if (wf.load(*m_db, ignored))
        m_pausing = wf.pausingStateKeys(QStringLiteral("complaint"));
    return true;
}

void TicketPageLoader::load(const PageRequest &request) {
    QString error;
    QList<TicketRow> rows;
    if (!ensureOpen(error)) {
        if (request.countOnly)
            Q_EMIT counted(request.serial, -1);
        else
            Q_EMIT loaded(request.serial, rows, error);
        return;
    }
    if (request.countOnly) {
        const TicketQueryBuilder builder(m_db->dialect(), request.queue, request.filter,
                                         request.context);
        const PagedSql count = builder.count(kCountCap);
        QSqlQuery c;
        // Always answered (-1: unknown), so that the model knows the work is done.
        Q_EMIT counted(request.serial, m_db->exec(c, count.sql, count.values, error) && c.next()
                                           ? c.value(0).toLongLong()
                                           : -1);
        return;
    }
    if (!readPage(request, rows, error))
        rows.clear();
    Q_EMIT loaded(request.serial, rows, error);
}

bool TicketPageLoader::readPage(const PageRequest &request, QList<TicketRow> &rows,
                                QString &error) {
    if (!ensureOpen(error))
        return false;
    const TicketQueryBuilder builder(m_db->dialect(), request.queue, request.filter,
                                     request.context);
    const PagedSql page = builder.page(request.which, request.cursor, request.limit);
    // Prepared once per SQL text and kept (a queue's pages share a few texts; the values are
    // bound); forward-only: the rows are read once, so the driver need not keep a copy.
    auto it = m_prepared.find(page.sql);
    if (it == m_prepared.end()) {
        if (m_prepared.size() >= kPreparedCap)
            m_prepared.clear();
        QSqlQuery prepared(m_db->db());
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
    showPersonalData(rows, request.unmasked);
    return true;
}

void TicketPageLoader::showPersonalData(QList<TicketRow> &rows, bool unmasked) {
    const TicketPersonalData personal(m_db->dialect());
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
        if (!missing.isEmpty() && personal.readClear(*m_db, missing, read, error)) {
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

void TicketPageLoader::computeDeadlines(int serial, const QList<TicketRow> &rows, qint64 nowMs,
                                        const QStringList &finalStates) {
    QString error;
    QList<TicketRow> out = rows;
    if (ensureOpen(error)) // without a connection the rows come back as they were
        addDeadlines(out, nowMs, finalStates);
    Q_EMIT deadlinesReady(serial, out);
}

void TicketPageLoader::addDeadlines(QList<TicketRow> &rows, qint64 now,
                                    const QStringList &finalStates) {
    if (rows.isEmpty() || m_rules.isEmpty())
        return;
    QStringList marks;
    QVariantList ids;
    for (const TicketRow &r : rows) {
        marks.append(QStringLiteral("?"));
        ids.append(r.id);
    }
    QSqlQuery q;
    QString error;
    QHash<qint64, QList<TicketEventTimes>> events;
    if (m_db->exec(q,
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
    if (m_db->exec(q,
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

TicketPageWorker::TicketPageWorker(DatabaseUrl url, Deliver deliver)
    : m_url(std::move(url))
    , m_deliver(std::move(deliver))
    , m_thread([this] { run(); }) {
}

TicketPageWorker::~TicketPageWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void TicketPageWorker::post(const PageRequest &request) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(request);
    }
    m_wake.notify_one();
}

void TicketPageWorker::run() {
    // Created, used and destroyed on this thread (its QSqlDatabase connection too).
    TicketPageLoader loader(m_url);
    for (;;) {
        PageRequest request;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            request = std::move(m_queue.front());
            m_queue.pop_front();
        }
        QList<TicketRow> rows;
        QString error;
        if (!loader.readPage(request, rows, error))
            rows.clear();
        m_deliver(request.serial, std::move(rows), std::move(error));
    }
}

TicketPageThread::TicketPageThread(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_counter(new TicketPageLoader(url)) {
    m_countThread.setObjectName(QStringLiteral("ticket-count"));
    m_counter->moveToThread(&m_countThread);
    connect(&m_countThread, &QThread::finished, m_counter, &QObject::deleteLater);
    m_countThread.start();
}

TicketPageThread::~TicketPageThread() {
    m_countThread.quit();
    m_countThread.wait();
}

} // namespace sb::app
