#pragma once

#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "reports/sectionsql.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sb {

struct EscalationFigures {
    qint64 received = 0;              // tickets received in the window
    qint64 tier2 = 0;                 // of them, escalated to tier 2 or higher
    qint64 tier3 = 0;                 // of them, escalated to tier 3
    std::optional<double> tier2Share; // tier2 / received (0..1); empty without tickets
    std::optional<double> tier3Share;
    // Why: the reasons given at the "escalate" steps of the received tickets, as given
    // (trimmed), with the number of tickets escalated for each, most frequent first.
    QList<reportsql::KeyCount> reasons;
    qint64 appeals = 0;                // appeal tickets (appeal_of set) received in the window
    std::optional<double> appealRate;  // appeals / received
    qint64 repeats = 0;                // received complaints that are repeats
    std::optional<double> repeatShare; // repeats / received
    int repeatDays = 7;
};

// Section "escalation", over the tickets received in the window:
// - a ticket reached tier 2 when it had an "escalate" step, is at tier 2 or higher now, or
//   was dispatched to it (dispatch field support_tier); tier 3 when it is at tier 3 now or
//   was dispatched to tier 3 (escalations only add tiers, so a ticket at tier 3 got there);
// - appeals: appeal tickets received in the window;
// - repeats: complaints (not appeals) of a customer (customer id given) whose earlier
//   complaint of the same problem type was received at most repeatDays × 24 h before.
// Drills: "received", "tier2", "tier3", "appeals", "repeats"; "reason" by dimension "reason".
// A repeat drill needs the report's repeat days: "repeats" reads its value as the number of
// days ("" = 7).
class EscalationSection {
    Q_DECLARE_TR_FUNCTIONS(sb::EscalationSection)
public:
    static constexpr auto kKey = "escalation";
    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     EscalationFigures &out, QString &error);
    static QJsonObject toJson(const EscalationFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb
