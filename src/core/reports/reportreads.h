#pragma once

#include "reports/tickettimelines.h"
#include "storage/database.h"
#include "workflow/deadlines.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <map>
#include <memory>
#include <tuple>

namespace sb {

// The tickets received in a report window with their events, as the response and deadlines
// sections read them: every event of the actions that answer the customer ("respond", "reply":
// the first response, at any time), and the events before `asOfMs` of the deadline rules'
// actions or that move the ticket to a state.
struct WindowTimelines {
    // The actions' indexes in timelines.actions(): these two first, then the rules' anchor and
    // met_by actions.
    static constexpr int kRespond = 0;
    static constexpr int kReply = 1;

    qint64 startMs = 0;
    qint64 endMs = 0;
    // The window's end, or the data cut-off (the newest change_log row) when that is earlier.
    qint64 asOfMs = 0;
    QList<DeadlineRule> rules;
    TicketTimelines timelines; // states: every workflow state key
};

// What several sections of one report read alike, read once for the whole report: the window's
// tickets and their events serve both response and deadlines. A section loaded on its own
// makes its own.
class ReportReads {
public:
    explicit ReportReads(Database &db)
        : m_db(db) {}
    ReportReads(const ReportReads &) = delete;
    ReportReads &operator=(const ReportReads &) = delete;

    Database &db() const { return m_db; }
    // The window's timelines, read on the first call for [startMs, endMs).
    bool window(qint64 startMs, qint64 endMs, const WindowTimelines *&out, QString &error);

    // The tickets received in [startMs, endMs) per value of `dimension` (a
    // reportsql::ticketColumn key), empty values included. Volume, growth and recurring count
    // the same windows: each is read once. On PostgreSQL one statement counts every dimension
    // of a window (GROUPING SETS: one pass over its tickets); on SQLite, where each count is
    // answered from an index, one statement per dimension.
    bool received(const QString &dimension, qint64 startMs, qint64 endMs,
                  const QMap<QString, qint64> *&out, QString &error);

private:
    Database &m_db;
    std::unique_ptr<WindowTimelines> m_window;
    std::map<std::tuple<QString, qint64, qint64>, QMap<QString, qint64>> m_received;
};

} // namespace sb
