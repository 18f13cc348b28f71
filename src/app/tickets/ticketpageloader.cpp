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
        Q_EMIT loaded(request.serial, rows, error);
        return;
    }
    const TicketQueryBuilder builder(m_db->dialect(), request.queue, request.filter,
                                     request.context);
    if (request.countOnly) {
        const PagedSql count = builder.count(kCountCap);
        QSqlQuery c;
        if (m_db->exec(c, count.sql, count.values, error) && c.next())
            Q_EMIT counted(request.serial, c.value(0).toLongLong());
        return;
    }
    const PagedSql page = builder.page(request.which, request.cursor, request.limit);
    QSqlQuery q;
    if (!m_db->exec(q, page.sql, page.values, error)) {
        Q_EMIT loaded(request.serial, rows, error);
        return;
    }
    while (q.next()) {
        TicketRow r;
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
        rows.append(r);
    }
    if (page.reversed)
        std::reverse(rows.begin(), rows.end());
    Q_EMIT loaded(request.serial, rows, QString());
}

void TicketPageLoader::computeDeadlines(int serial, const QList<TicketRow> &rows, qint64 nowMs,
                                        const QStringList &finalStates) {
    QString error;
    if (!ensureOpen(error))
        return;
    QList<TicketRow> out = rows;
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

TicketPageThread::TicketPageThread(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_loader(new TicketPageLoader(url))
    , m_counter(new TicketPageLoader(url)) {
    m_thread.setObjectName(QStringLiteral("ticket-queue"));
    m_countThread.setObjectName(QStringLiteral("ticket-count"));
    m_loader->moveToThread(&m_thread);
    m_counter->moveToThread(&m_countThread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(&m_countThread, &QThread::finished, m_counter, &QObject::deleteLater);
    m_thread.start();
    m_countThread.start();
}

TicketPageThread::~TicketPageThread() {
    m_thread.quit();
    m_countThread.quit();
    m_thread.wait();
    m_countThread.wait();
}

} // namespace sb::app
