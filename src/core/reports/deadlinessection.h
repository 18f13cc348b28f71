#pragma once

#include "reports/reportfigures.h"
#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sb {

class ReportReads;

// Deadline compliance per milestone, as it stood at `asOfMs`: the window's end, or the data
// cut-off (the newest change_log row) when that is earlier. The deadlines are the product's
// own (deadline_rules, the business calendar, pauses while waiting for the customer),
// computed from each ticket's events before `asOfMs`:
//  - met / breached / pending: the milestones of the tickets received in the window; met on
//    time, met late or due by `asOfMs` and not met, not due yet;
//  - openBreached: tickets received before `asOfMs`, open at `asOfMs` (their state then, from
//    the event history, is not final) with a milestone due by then and not met.
struct MilestoneCompliance {
    QString milestone; // "" for all milestones together
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0;
    qint64 openBreached = 0; // open tickets with this milestone breached
    // met / (met + breached), in percent; empty when nothing was decided.
    std::optional<double> compliancePercent() const;
};

struct DeadlinesFigures {
    qint64 asOfMs = 0;
    QList<MilestoneCompliance> milestones; // by milestone key
    MilestoneCompliance all;               // sums over the milestones
    qint64 openBreachedTickets = 0;        // each ticket once
    QTimeZone zone;
};

// The `deadlines` section. Drill: measure "met", "breached", "pending" (tickets received in
// the window with such a milestone) or "open_breached"; dimension "" or "milestone".
class DeadlinesSection {
    Q_DECLARE_TR_FUNCTIONS(sb::DeadlinesSection)
public:
    static constexpr auto kKey = "deadlines";

    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     DeadlinesFigures &out, QString &error);
    // The same, with the window's tickets from `reads` (shared with the response section).
    static bool load(ReportReads &reads, const ReportWindow &w, const ReportSettings &s,
                     DeadlinesFigures &out, QString &error);
    // {"as_of", "compliance", "met", "breached", "pending", "open_breached",
    //  "by_milestone": {"first_response": {"met", "breached", "pending", "open_breached",
    //  "compliance"}}}; compliance in percent, null when nothing was decided.
    static QJsonObject toJson(const DeadlinesFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb
