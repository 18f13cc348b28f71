#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

namespace sb {

// The numbers report sections read, from the versioned settings reports.* (seeded by
// migration 034); a key never set reads as the default below.
struct ReportSettings {
    int repeatDays = 7;             // reports.repeat_days
    qint64 growthMinVolume = 20;    // reports.growth_min_volume
    double recurringThreshold = 50; // reports.recurring_threshold
    int recurringPeriods = 3;       // reports.recurring_periods
    int topLimit = 20;              // rows of a "top" list (not a setting)
};

class ReportSettingsStore {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportSettingsStore)
public:
    static constexpr auto kRepeatDays = "reports.repeat_days";
    static constexpr auto kGrowthMinVolume = "reports.growth_min_volume";
    static constexpr auto kRecurringThreshold = "reports.recurring_threshold";
    static constexpr auto kRecurringPeriods = "reports.recurring_periods";

    static constexpr qint64 kMaxRepeatDays = 365;
    static constexpr qint64 kMaxGrowthMinVolume = 1000000000;
    static constexpr double kMaxRecurringThreshold = 1e9;
    static constexpr qint64 kMaxRecurringPeriods = 24;

    // The current settings; a stored value out of its range names the key and the range.
    static bool load(const Database &db, ReportSettings &out, QString &error);
    // Empty when `value` is a valid reports.recurring_threshold (a number above 0, such as 50
    // or 12.5), otherwise the sentence that says why.
    static QString thresholdProblem(const QString &value);
};

} // namespace sb
