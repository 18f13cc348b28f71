#pragma once

#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace sb {

class ReportReads;

// One growing problem type: tickets received in the window (c_t) and in the period before
// (c_{t−1}), and its growth score ln((c_t + 1) / (c_{t−1} + 1)).
struct GrowthRow {
    QString problemType; // stable key
    qint64 current = 0;
    qint64 previous = 0;
    double score = 0;
};

struct GrowthFigures {
    bool hasPrevious = false; // false: the window has no earlier period to compare with
    qint64 minVolume = 0;
    QList<GrowthRow> rows; // fastest-growing first (score, then c_t, then key); score > 0
};

// Section "growth": the fastest-growing problem types, ranked by ln((c_t+1)/(c_{t−1}+1)),
// with c_t ≥ growthMinVolume; t−1 is w.earlier[0]. At most topLimit rows, only growing
// ones. Drills: "current" and "previous" by dimension "problem_type", over the drill's
// window (the report's for "current", the earlier period's for "previous").
class GrowthSection {
    Q_DECLARE_TR_FUNCTIONS(sb::GrowthSection)
public:
    static constexpr auto kKey = "growth";
    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     GrowthFigures &out, QString &error);
    // The same with the report's shared reads (the windows' counts).
    static bool load(ReportReads &reads, const ReportWindow &w, const ReportSettings &s,
                     GrowthFigures &out, QString &error);
    static QJsonObject toJson(const GrowthFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
    // ln((current + 1) / (previous + 1)).
    static double score(qint64 current, qint64 previous);
};

} // namespace sb
