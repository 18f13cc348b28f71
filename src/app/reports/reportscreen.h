#pragma once

#include "reportdocument.h"
#include "reports/reportengine.h"

#include <QCoreApplication>

namespace sb::app {

// What a report on screen compares its figures with.
enum class ReportComparison { Previous, YearEarlier, None };

// The report as the Reports place shows and exports it: the engine's machine form laid out
// by ReportJsonDocument, then, for the figures whose tickets the engine can list, each number
// cell given its drill (what it counts, over which window). The volume section opens with
// the received total next to the compared period's (the previous one or the same one a year
// earlier, as the engine counted them; nothing is computed here). The recurring (督办)
// section's rows become one table: dimension, key, the count of each period checked (each a
// drill) and the latest supervision item's state.
class ReportScreenDocument {
    Q_DECLARE_TR_FUNCTIONS(sb::app::ReportScreenDocument)
public:
    static ReportDocument build(const Report &report, ReportComparison comparison,
                                const QString &language);

    // The caption of the recurring rows' table and its first columns (labels of the dimension
    // and its value, each cell keeping its stable key): the place finds the rows a
    // supervision item can be opened from by them.
    static QString recurringCaption();
    static constexpr int kRecurringDimensionColumn = 0;
    static constexpr int kRecurringKeyColumn = 1;

    // The title of the ticket selection a drill opens: section, measure, key and window, as
    // labels.
    static QString drillTitle(const QString &heading, const ReportDrill &drill,
                              const ReportPeriod &period);
    // A supervision state as shown: "Open · Wang · due 2026-12-10".
    static QString supervisionText(const SupervisionItem &item);
};

} // namespace sb::app
