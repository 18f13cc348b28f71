#pragma once

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sb {

// The built-in queues: every queue is a WHERE clause; green-channel tickets head
// every queue.
enum class TicketQueue { MyWork, MyTeam, DueSoon, Overdue, GreenChannel, Appeals, Unassigned, All };

QString ticketQueueKey(TicketQueue q);
std::optional<TicketQueue> ticketQueueFromKey(const QString &key);
QList<TicketQueue> allTicketQueues();

// Columns a queue may be sorted by (all NOT NULL, so keyset paging is exact).
enum class TicketSort {
    Id,
    Received,
    Updated,
    Priority,
    State,
    Channel,
    Tier,
    ProblemType,
    Subject,
    Handler
};
QString ticketSortKey(TicketSort s);
std::optional<TicketSort> ticketSortFromKey(const QString &key);

// A user's filter on every criterion of docs/spec/DOMAIN.md; empty members do not filter. Saved as
// JSON (saved_filters.definition) and logged as JSON (query_log.filter).
struct TicketFilter {
    QString customer;    // customer id, exact
    QString channel;     // key
    QString state;       // workflow state key
    QString problemType; // key
    QString region;
    QString category;        // complaint reason / category
    qint64 receivedFrom = 0; // ms, inclusive; 0 = open
    qint64 receivedTo = 0;   // ms, exclusive; 0 = open
    qint64 receiverId = 0;   // registered_by
    qint64 handlerId = 0;
    QString serial;         // CS-yyyyMMdd-<id> or the bare id
    QString tier;           // customer tier key
    int incidentGrade = -1; // grade (0 general … 3 major) of the linked incident; -1 = any
    QString source;         // the system a ticket came from (tickets.source), exact
    QString text;           // free text: subject, description, customer id, service number
    // Exactly these tickets (a report figure's, opened from the Reports place); empty = any.
    // At most kMaxIds. Composes with every other criterion and, on PostgreSQL, with row
    // security: an id the reader may not see is simply not found. Saved filters and the query
    // log keep the list as "ids" like any other criterion.
    QList<qint64> ids;
    TicketSort sort = TicketSort::Received;
    bool descending = true;

    static constexpr int kMaxIds = 10000;

    bool isEmpty() const;
    // Whether the filter can run: false (with `error` naming the bound) with more than kMaxIds
    // ids.
    bool validate(QString &error) const;
    QJsonObject toJson() const;
    // Unknown keys are ignored; a wrong type names the key in `error`.
    static bool fromJson(const QJsonObject &o, TicketFilter &out, QString &error);
    friend bool operator==(const TicketFilter &, const TicketFilter &) = default;
};

// Who is asking: decides "my", "my team" and what may be seen at all.
struct TicketQueryContext {
    qint64 staffId = 0;
    qint64 teamId = 0;
    bool readAll = true;     // tickets.read_all: else own team, own or registered tickets only
    QStringList finalStates; // workflow final states (closed …): not "open"
};

// The key of a row in queue order, for keyset paging.
struct TicketCursor {
    int green = 0;
    QVariant sortValue;
    qint64 id = 0;
};

struct PagedSql {
    QString sql;
    QVariantList values;
    bool reversed = false; // rows come in reverse queue order: the caller flips them
};

// Builds the SQL of queue pages. Every value is bound; identifiers come from fixed tables.
// Selected columns (in order): id, received_at, received_offset, channel, customer_tier,
// problem_type, subject, state, green_channel, priority, handler_id, handler name,
// service_number, customer_id, version, kind, sort value.
class TicketQueryBuilder {
    Q_DECLARE_TR_FUNCTIONS(TicketQueryBuilder)
public:
    enum class Page { First, Last, After, Before };

    TicketQueryBuilder(Dialect dialect, TicketQueue queue, TicketFilter filter,
                       TicketQueryContext context);

    PagedSql page(Page which, const TicketCursor &cursor, int limit) const;
    // Counts matching tickets, stopping at `cap` (cap + 1 means "more than cap").
    PagedSql count(int cap) const;
    // Every matching ticket in queue order (green first, sort column, id), no LIMIT: for a
    // forward-only read of the whole view (export). `columns` is fixed SQL over `tickets t`.
    PagedSql ordered(const QString &columns) const;
    // Only the WHERE clause (with " WHERE " or empty) and its values. A filter that does not
    // validate (TicketFilter::validate) matches nothing.
    QString where(QVariantList &values) const;
    bool validate(QString &error) const { return m_filter.validate(error); }
    static constexpr int kSortColumn = 16;

private:
    QString sortExpression() const;
    // " ORDER BY …" in queue order, or its reverse (for pages read backwards).
    QString orderBy(bool reversed) const;
    Dialect m_dialect;
    TicketQueue m_queue;
    TicketFilter m_filter;
    TicketQueryContext m_context;
};

// The id in a serial number "CS-20251009-123" (or a bare "123"); 0 when it is neither.
qint64 ticketIdFromSerial(const QString &serial);

} // namespace sb
