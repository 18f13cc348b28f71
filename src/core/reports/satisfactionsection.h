#pragma once

#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "reports/sectionsql.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace sb {

// Revisit scores (回访满意度) of one window or bucket.
struct SatisfactionPoint {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 responses = 0;
    std::optional<double> mean; // empty without responses
};

struct SatisfactionFigures {
    qint64 responses = 0;
    std::optional<double> mean;
    std::array<qint64, 5> byLevel{}; // [0] = score 1 … [4] = score 5
    qint64 low = 0;                  // scores 1 and 2
    QList<SatisfactionPoint> trend;  // one per bucket of the window
    // Why customers scored low: the reason of the ticket's latest "close_unsatisfied" step,
    // as given (trimmed; "" when none was given yet), most frequent first.
    QList<reportsql::KeyCount> lowReasons;
};

// Section "satisfaction": the scores customers gave at the revisit (workflow action
// "revisit", field "score" 1–5) recorded in the window. A ticket counts once, with the score
// of its latest revisit in the window (in a bucket: its latest in the bucket).
// Drills: "responses"; "low"; "level" by dimension "score" ("1" … "5"); "low_reason" by
// dimension "reason" (the reason as given). A trend point drills as "responses" over its
// bucket.
class SatisfactionSection {
    Q_DECLARE_TR_FUNCTIONS(sb::SatisfactionSection)
public:
    static constexpr auto kKey = "satisfaction";
    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     SatisfactionFigures &out, QString &error);
    static QJsonObject toJson(const SatisfactionFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb
