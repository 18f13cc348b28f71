#pragma once

#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "reports/supervisionstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sb {

class ReportReads;

// One period of the recurring rule: the window itself or one before it.
struct RecurringPeriod {
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// A problem type or category at or above the threshold in every one of the periods.
struct RecurringRow {
    QString dimension;    // "problem_type" or "category"
    QString key;          // stable key
    QList<qint64> counts; // per period, the window first (as RecurringFigures::periods)
    // The latest supervision item (督办) of this key, whatever its state.
    std::optional<SupervisionItem> supervision;
};

struct RecurringFigures {
    double threshold = 0;
    int periodsRequired = 0;
    bool enoughPeriods = false; // false: the window lacks earlier periods to check
    QList<RecurringPeriod> periods;
    QList<RecurringRow> rows; // problem types first, then categories; highest count first
};

// Section "recurring" (督办): problem types and categories with at least recurringThreshold
// tickets received in each of the last recurringPeriods periods (the window and
// w.earlier[0 .. N−2]), with the count per period and each one's latest supervision item.
// Drills: "count" by dimension "problem_type" or "category", over one period's window.
class RecurringSection {
    Q_DECLARE_TR_FUNCTIONS(sb::RecurringSection)
public:
    static constexpr auto kKey = "recurring";
    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     RecurringFigures &out, QString &error);
    // The same with the report's shared reads (the windows' counts).
    static bool load(ReportReads &reads, const ReportWindow &w, const ReportSettings &s,
                     RecurringFigures &out, QString &error);
    static QJsonObject toJson(const RecurringFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb
