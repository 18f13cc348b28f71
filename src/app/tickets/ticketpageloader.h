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
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

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
    bool unmasked = false;  // the viewer holds personal_data.view: clear personal data
};

// Runs queue queries on its own thread with its own connection; results come back as queued
// signals. Only the page asked for is read (keyset paging), plus a capped count.
class TicketPageLoader : public QObject {
    Q_OBJECT
public:
    explicit TicketPageLoader(DatabaseUrl url, QObject *parent = nullptr);
    static constexpr int kCountCap = 10000;

    // The page asked for, rows built (false with `error` on failure). On this loader's thread.
    bool readPage(const PageRequest &request, QList<TicketRow> &rows, QString &error);

public Q_SLOTS:
    // A page (emits loaded) or, with countOnly, the capped count (emits counted).
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
    // Personal data as the viewer may see it: masked, or clear (read once per ticket version).
    void showPersonalData(QList<TicketRow> &rows, bool unmasked);
    static constexpr qsizetype kPreparedCap = 16;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    QHash<QString, QSqlQuery> m_prepared; // page statements by SQL text (before m_db goes)
    QList<DeadlineRule> m_rules;
    BusinessCalendar m_calendar;
    QSet<QString> m_pausing;
    struct ClearValues {
        qint64 version = 0;
        TicketPersonalData::Values values;
    };
    QHash<qint64, ClearValues> m_clear; // by ticket id; capped
};

// The page path: a thread of its own, woken directly (mutex + condition variable) when a
// request is posted — no event loop, no queued call with a copy of the request — that builds
// the rows once and hands them to `deliver` (moved, never copied), which the model turns into
// one queued call on the GUI thread. Requests are answered in order.
class TicketPageWorker {
public:
    using Deliver = std::function<void(int serial, QList<TicketRow> &&rows, QString &&error)>;
    TicketPageWorker(DatabaseUrl url, Deliver deliver);
    ~TicketPageWorker();
    TicketPageWorker(const TicketPageWorker &) = delete;
    TicketPageWorker &operator=(const TicketPageWorker &) = delete;

    void post(const PageRequest &request);

private:
    void run();
    DatabaseUrl m_url;
    Deliver m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<PageRequest> m_queue;
    bool m_stop = false;
    std::thread m_thread;
};

// Owns the thread for the work that follows a page (deadlines for the countdown, the capped
// count), so that it never holds up the next page.
class TicketPageThread : public QObject {
    Q_OBJECT
public:
    explicit TicketPageThread(const DatabaseUrl &url, QObject *parent = nullptr);
    ~TicketPageThread() override;
    TicketPageLoader *counter() const { return m_counter; }

private:
    QThread m_countThread;
    TicketPageLoader *m_counter;
};

} // namespace sb::app
