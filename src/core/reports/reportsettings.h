#pragma once

#include <QtGlobal>

namespace sb {

// The settings report sections read (settings keys reports.repeat_days,
// reports.growth_min_volume, reports.recurring_threshold, reports.recurring_periods).
struct ReportSettings {
    int repeatDays = 7;
    qint64 growthMinVolume = 20;
    double recurringThreshold = 50;
    int recurringPeriods = 3;
    int topLimit = 20;
};

} // namespace sb
