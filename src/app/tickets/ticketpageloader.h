#pragma once

#include "storage/database.h"
#include "tickets/ticketquery.h"
#include "workflow/businesscalendar.h"
#include "workflow/deadlines.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>

namespace sb::app {

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
    bool countOnly = false; // the count thread: no page, just the capped count
    qint64 nowMs = 0;       // from the workspace clock, for deadlines
};

// Runs queue queries on its own thread with its own connection; results come back as queued
// signals. Only the page asked for is read (keyset paging), plus a capped count.
class TicketPageLoader : public QObject {
    Q_OBJECT
public:
    explicit TicketPageLoader(DatabaseUrl url, QObject *parent = nullptr);
    static constexpr int kCountCap = 10000;

public Q_SLOTS:
    void load(const sb::app::PageRequest &request);
    // Fills in the rows' next deadlines (for the countdown) and emits deadlinesReady.
    void computeDeadlines(int serial, const QList<sb::app::TicketRow> &rows, qint64 nowMs,
                          const QStringList &finalStates);

Q_SIGNALS:
    void loaded(int serial, const QList<sb::app::TicketRow> &rows, const QString &error);
    void counted(int serial, qint64 count);
    // The same rows with their deadlines, computed after the page was handed over.
    void deadlinesReady(int serial, const QList<sb::app::TicketRow> &rows);

private:
    bool ensureOpen(QString &error);
    void addDeadlines(QList<TicketRow> &rows, qint64 now, const QStringList &finalStates);
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    QList<DeadlineRule> m_rules;
    BusinessCalendar m_calendar;
    QSet<QString> m_pausing;
};

// Owns the loaders' threads: one for pages, one for the work that follows a page (deadlines
// for the countdown, the capped count), so that it never holds up the next page.
class TicketPageThread : public QObject {
    Q_OBJECT
public:
    explicit TicketPageThread(const DatabaseUrl &url, QObject *parent = nullptr);
    ~TicketPageThread() override;
    TicketPageLoader *loader() const { return m_loader; }
    TicketPageLoader *counter() const { return m_counter; }

private:
    QThread m_thread;
    QThread m_countThread;
    TicketPageLoader *m_loader;
    TicketPageLoader *m_counter;
};

} // namespace sb::app
