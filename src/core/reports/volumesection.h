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

// Tickets received in the window (tickets.received_at in [start, end)), whatever became of
// them since.
struct VolumeFigures {
    qint64 total = 0;
    QList<KeyCount> byChannel; // each by count descending, then key
    QList<KeyCount> byProblemType;
    QList<KeyCount> byCustomerTier;
    QList<KeyCount> byRegion;  // "" for tickets without a region
    QList<SeriesPoint> series; // one point per bucket of the window
    qint64 previousTotal = 0;  // the period before (window.earlier[0])
    qint64 previousStartMs = 0;
    qint64 previousEndMs = 0;
    // The same period a year earlier; empty when the data does not reach back that far (no
    // ticket received before that period's end).
    std::optional<qint64> yearEarlierTotal;
    QTimeZone zone; // the window's, for the series' times
};

// The `volume` section. Drill: measure "received" (also "total", "series", "previous_total",
// "year_earlier_total": the drill's own window says which), dimension "" or one of channel,
// problem_type, customer_tier, region with its key.
class VolumeSection {
    Q_DECLARE_TR_FUNCTIONS(sb::VolumeSection)
public:
    static constexpr auto kKey = "volume";

    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     VolumeFigures &out, QString &error);
    // The same with the report's shared reads (the windows' counts).
    static bool load(ReportReads &reads, const ReportWindow &w, const ReportSettings &s,
                     VolumeFigures &out, QString &error);
    static QJsonObject toJson(const VolumeFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb
