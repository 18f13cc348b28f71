#pragma once

#include "storage/database.h"
#include "tickets/ticketpersonaldata.h"
#include "tickets/ticketquery.h"
#include "workflow/businesscalendar.h"
#include "workflow/deadlines.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlQuery>

namespace sb {

// One queue row as the view shows it, with its next deadline (if any).
struct TicketRow {
    qint64 id = 0;
    qint64 receivedAt = 0;
    int offset = 0;
    QString channel, tier, problemType, subject, state;
    bool green = false;
    int priority = 0;
    qint64 handlerId = 0;
    QString handlerName, serviceNumber, customerId, kind;
    qint64 version = 0;
    QVariant sortValue;
    bool hasDeadline = false;
    MilestoneDeadline deadline; // the earliest milestone not yet met
    QList<TimeSpan> pauses;
};

struct PageRequest {
    int serial = 0;
    TicketQueue queue = TicketQueue::All;
    TicketFilter filter;
    TicketQueryContext context;
    TicketQueryBuilder::Page which = TicketQueryBuilder::Page::First;
    TicketCursor cursor;
    int limit = 100;
    bool wantCount = false;
    qint64 nowMs = 0;      // from the workspace clock, for deadlines
    bool unmasked = false; // the viewer holds personal_data.view: clear personal data
};

// Reads queue pages for one connection: only the page asked for (keyset paging), a capped
// count, and the next deadline of each row for the countdown. Keeps its prepared statements
// and the deadline rules for the connection it was last used with; not thread-safe: use it
// from one thread at a time (the workstation's background worker).
class TicketPageReader {
public:
    static constexpr int kCountCap = 10000;

    // The page asked for, rows built (false with `error` on failure).
    bool readPage(Database &db, const PageRequest &request, QList<TicketRow> &rows, QString &error);
    // The number of tickets the request matches, up to kCountCap + 1; -1 when unknown.
    qint64 count(Database &db, const PageRequest &request);
    // Fills in the rows' next deadlines (rows in a final state get none).
    void addDeadlines(Database &db, QList<TicketRow> &rows, qint64 nowMs,
                      const QStringList &finalStates);

private:
    void use(Database &db);
    // Personal data as the viewer may see it: masked, or clear (read once per ticket version).
    void showPersonalData(Database &db, QList<TicketRow> &rows, bool unmasked);
    static constexpr qsizetype kPreparedCap = 16;
    const Database *m_db = nullptr; // the connection the caches below belong to
    quint64 m_generation = 0;
    QHash<QString, QSqlQuery> m_prepared; // page statements by SQL text
    QList<DeadlineRule> m_rules;
    BusinessCalendar m_calendar;
    QSet<QString> m_pausing;
    struct ClearValues {
        qint64 version = 0;
        TicketPersonalData::Values values;
    };
    QHash<qint64, ClearValues> m_clear; // by ticket id; capped
};

} // namespace sb
