#pragma once

#include "qa/dashboard.h"
#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sb {

// The QA results (质检) of the days the window covers (its first to its last local day), as
// the QA dashboard computes them (QaDashboardQueries): reviews, the quality score with its
// stratified 95 % interval, the pass rate and the items most often rated below pass.
struct QaFigures {
    QDate from;
    QDate to;
    QaDashboard dashboard;
};

// The `qa` section. Every figure drills to the tickets of the reviews it counts
// (QaDashboardDrill), each ticket once; ReportDrill.measure is the figure's key: "reviews",
// "mean_score" and "scored" (the scored reviews), "passed", "failed" (scored, not passed),
// "critical_failed", "disputes", "overturned"; a failing item is measure
// "top_failing_items", dimension "item", value the item's key.
class QaSection {
    Q_DECLARE_TR_FUNCTIONS(sb::QaSection)
public:
    static constexpr auto kKey = "qa";

    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s, QaFigures &out,
                     QString &error);
    // {"from", "to", "reviews", "mean_score", "score": {"estimate", "low", "high",
    //  "approximate"} (null when nothing was sampled), "pass_rate": {"passed", "failed",
    //  "scored", "rate"}, "critical_failed", "disputes", "overturned", "top_failing_items":
    //  [{"key", "title", "failed", "share"}]}; top_failing_items has at most topLimit rows.
    static QJsonObject toJson(const QaFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb
