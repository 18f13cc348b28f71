#pragma once

#include "shell/workspace.h"
#include "tickets/ticketpages.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <QTimer>
#include <memory>

namespace sb::app {

// One page of a ticket queue. Pages are read by keyset (TicketPageReader) on the workstation's
// background worker; the model holds only the rows shown. The "Remaining" column counts down every
// second.
class TicketPageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Serial,
        Received,
        Remaining,
        Channel,
        Tier,
        ProblemType,
        Subject,
        State,
        Priority,
        Handler,
        ServiceNumber,
        ColumnCount
    };
    enum Role { TicketIdRole = Qt::UserRole + 1, VersionRole, StateKeyRole, DeadlineStateRole };

    // Times are shown in `zone` (the workstation's).
    TicketPageModel(const Workspace &ws, TicketQueryContext context, bool unmasked, QTimeZone zone,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    ~TicketPageModel() override;

    void setQuery(TicketQueue queue, const TicketFilter &filter);
    TicketQueue queue() const { return m_queue; }
    const TicketFilter &filter() const { return m_filter; }
    void firstPage();
    void nextPage();
    void previousPage();
    void lastPage();
    void refresh(); // the page shown, read again (live updates)
    void applyChanges(const QList<sb::Change> &changes);

    const QList<TicketRow> &rows() const { return m_rows; }
    const TicketRow *row(int r) const;
    bool isLoading() const { return m_pending != 0; }
    // Deadlines or a count for a page shown are still being worked out.
    bool hasBackgroundWork() const { return m_background != 0; }
    qint64 count() const { return m_count; } // -1 while unknown
    bool onFirstPage() const { return m_atFirst; }
    bool onLastPage() const { return m_atLast; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int n) { m_pageSize = n; }
    QString lastError() const { return m_error; }
    static TicketSort sortForColumn(int column);

Q_SIGNALS:
    void pageLoaded();
    void countChanged(qint64 count);

private:
    void request(TicketQueryBuilder::Page which, const TicketCursor &cursor, bool wantCount);
    void post(const PageRequest &r);
    void onLoaded(int serial, const QList<TicketRow> &rows, const QString &error);
    void onCounted(int serial, qint64 count);
    void onDeadlines(int serial, const QList<TicketRow> &rows);
    void tick();
    TicketCursor cursorOf(const TicketRow &r) const;

    Workspace m_ws;
    TicketQueryContext m_context;
    bool m_unmasked;
    QTimeZone m_zone;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    // Used only in the worker's jobs (one at a time); released there when the model goes.
    std::shared_ptr<TicketPageReader> m_reader;
    BusinessCalendar m_calendar;
    QTimer m_countdown;
    TicketQueue m_queue = TicketQueue::All;
    TicketFilter m_filter;
    QList<TicketRow> m_rows;
    PageRequest m_last; // the request that produced the page shown
    int m_serial = 0;
    int m_pending = 0;
    int m_background = 0; // deadline and count requests not yet answered
    int m_countSerial = 0;
    int m_shownSerial = 0;      // the request whose rows are shown
    PageRequest m_countRequest; // a count waiting for its page (when m_countWaiting)
    bool m_countWaiting = false;
    bool m_refreshAgain = false;
    qint64 m_count = -1;
    bool m_atFirst = true;
    bool m_atLast = true;
    int m_pageSize = 100;
    QString m_error;
};

} // namespace sb::app
