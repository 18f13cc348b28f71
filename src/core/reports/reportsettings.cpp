#include "reports/reportsettings.h"

#include "storage/settingsstore.h"

#include <cmath>

namespace sb {

bool ReportSettingsStore::load(const Database &db, ReportSettings &out, QString &error) {
    const ReportSettings defaults;
    const SettingsStore store(db);
    qint64 repeat = 0;
    qint64 periods = 0;
    QString threshold;
    if (!store.integer(QString::fromLatin1(kRepeatDays), defaults.repeatDays, 1, kMaxRepeatDays,
                       repeat, error) ||
        !store.integer(QString::fromLatin1(kGrowthMinVolume), defaults.growthMinVolume, 0,
                       kMaxGrowthMinVolume, out.growthMinVolume, error) ||
        !store.integer(QString::fromLatin1(kRecurringPeriods), defaults.recurringPeriods, 1,
                       kMaxRecurringPeriods, periods, error) ||
        !store.value(QString::fromLatin1(kRecurringThreshold),
                     QString::number(defaults.recurringThreshold), threshold, error))
        return false;
    const QString problem = thresholdProblem(threshold);
    if (!problem.isEmpty()) {
        error = problem;
        return false;
    }
    out.repeatDays = int(repeat);
    out.recurringPeriods = int(periods);
    out.recurringThreshold = threshold.trimmed().toDouble();
    out.topLimit = defaults.topLimit;
    return true;
}

QString ReportSettingsStore::thresholdProblem(const QString &value) {
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    if (ok && std::isfinite(v) && v > 0 && v <= kMaxRecurringThreshold)
        return {};
    return tr("%1 must be a number above 0 and at most %2, such as 50 or 12.5; \"%3\" is not.")
        .arg(QString::fromLatin1(kRecurringThreshold))
        .arg(kMaxRecurringThreshold, 0, 'g', 10)
        .arg(value.left(40));
}

} // namespace sb
