#include "volume/volumerules.h"

#include "incidents/incidentqueries.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb {

bool loadActiveRuleSet(Database &db, RuleSet &out, int &version, QString &error) {
    // One reading of the active rule set: the incidents core's.
    return db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!db.exec(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM rule_sets"), {},
                         err) ||
                !q.next())
                return false;
            version = q.value(0).toInt();
            return IncidentQueries(db).currentRules(out, err);
        },
        error);
}

QList<VolumeThreshold> volumeThresholds(const RuleSet &rules, int type, GradingTier tier) {
    QList<VolumeThreshold> lines;
    lines.append({rules.burstThreshold(type, tier), rules.burstWindowMs(), std::nullopt});
    for (const GradeCell &cell : rules.cells(type, tier)) {
        if (cell.range.lo >= 1)
            lines.append({cell.range.lo, rules.gradingWindowMs(), cell.grade});
    }
    std::stable_sort(
        lines.begin(), lines.end(), [](const VolumeThreshold &a, const VolumeThreshold &b) {
            return a.windowMs != b.windowMs ? a.windowMs < b.windowMs : a.count < b.count;
        });
    return lines;
}

double thresholdCloseness(const RuleSet &rules, int type, GradingTier tier, int count30,
                          int count60) {
    int reached = 0;
    double nearest = 0.0;
    const QList<VolumeThreshold> lines = volumeThresholds(rules, type, tier);
    for (const qint64 window : {rules.burstWindowMs(), rules.gradingWindowMs()}) {
        const int count = window == rules.burstWindowMs() ? count30 : count60;
        int top = 0;
        bool pending = false;
        for (const VolumeThreshold &l : lines) {
            if (l.windowMs != window)
                continue;
            if (count >= l.count) {
                ++reached;
                top = l.count;
            } else {
                nearest = std::max(nearest, double(count) / double(l.count));
                pending = true;
                break; // only the next one up counts
            }
        }
        // Past the highest line: how far past it (towards 1, never reaching it) breaks ties.
        if (!pending && top > 0)
            nearest = std::max(nearest, 1.0 - double(top) / double(std::max(count, top)));
    }
    return reached + nearest;
}

std::optional<VolumeThreshold> crossedThreshold(const QList<VolumeThreshold> &lines,
                                                qint64 windowMs, int count) {
    std::optional<VolumeThreshold> best;
    for (const VolumeThreshold &l : lines) {
        if (l.windowMs == windowMs && count >= l.count && (!best || l.count >= best->count))
            best = l;
    }
    return best;
}

} // namespace sb
