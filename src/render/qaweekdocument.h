#pragma once

#include "qa/dashboard.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sb {

// The QA team-meeting summary of a week (QaDashboardQueries::weekSummary) as a report
// document, for the PDF (and the CSV and Excel writers): the overall figures with the
// stratified estimate and its 95 % interval, the figures per agent and per team, the failing
// items as a Pareto chart with their table, the coverage of the sample per stratum and the
// overdue reviews per inspector. Section keys: overall, agents, teams, failing_items,
// coverage, overdue.
class QaWeekDocument {
    Q_DECLARE_TR_FUNCTIONS(sb::QaWeekDocument)
public:
    // `language` "en" or "zh_CN" (numbers, the scorecard items' Chinese titles); the texts
    // come through tr() in the installed translation. `readAt`: when the figures were read,
    // shown as the data cut-off in the zone it carries.
    static ReportDocument build(const QaWeekSummary &summary, const QString &language,
                                const QDateTime &readAt);
    // "2026-W13" for a day of ISO week 13 of 2026.
    static QString isoWeek(const QDate &day);

private:
    // The estimate to one decimal, and its 95 % interval ("n too small" without one).
    static ReportCell estimateCell(const StratifiedEstimate &e);
    static ReportCell intervalCell(const StratifiedEstimate &e);
};

} // namespace sb
