#pragma once

#include "reports/reportfigures.h"
#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace sb {

class ReportReads;

// First response of the tickets received in the window, per channel. The first response is
// the ticket's first "respond" or "reply" event (what meets the first_response deadline), at
// any time up to the data cut-off; its time counts from received_at, on the wall clock and
// in the business calendar's working time (waiting for the customer is not taken out).
struct FirstResponseRow {
    QString channel;
    qint64 received = 0;  // tickets received in the window
    qint64 responded = 0; // of them, those with a first response
    DurationStats wall;
    DurationStats working;
};

// Handling time per problem type, registration (received_at) to the FIRST close: the tickets
// whose first move to "closed" falls in the window (a ticket closed, reopened and closed
// again counts once, with its first close, in the period of that close).
struct HandlingRow {
    QString problemType;
    DurationStats wall;
    DurationStats working;
};

struct ResponseFigures {
    QList<FirstResponseRow> firstResponse; // by tickets received, descending, then channel
    FirstResponseRow allChannels;          // channel ""
    QList<HandlingRow> handling;           // by tickets closed, descending, then type
    HandlingRow allTypes;                  // problem type ""
};

// The `response` section. Drill: measure "received" or "responded" (dimension "" or
// "channel"), "closed" (dimension "" or "problem_type").
class ResponseSection {
    Q_DECLARE_TR_FUNCTIONS(sb::ResponseSection)
public:
    static constexpr auto kKey = "response";

    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     ResponseFigures &out, QString &error);
    // The same, with the window's tickets from `reads` (shared with the deadlines section).
    static bool load(ReportReads &reads, const ReportWindow &w, const ReportSettings &s,
                     ResponseFigures &out, QString &error);
    // {"unit": "seconds", "first_response": {"all": {...}, "by_channel": {"phone": {"received",
    // "responded", "wall": {count, mean, median, p90}, "working": {...}}}}, "handling":
    // {"all": {...}, "by_problem_type": {"login_failure": {"closed", "wall", "working"}}}}
    static QJsonObject toJson(const ResponseFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb
