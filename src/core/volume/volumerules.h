#pragma once

#include "grading/ruleset.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sb {

// A horizontal line on a volume chart: the count at which something happens in a window.
struct VolumeThreshold {
    int count = 0;
    qint64 windowMs = 0;
    std::optional<Grade> grade; // empty: the burst threshold that opens an incident
};

// The active rule set (the highest version in rule_sets, else the shipped default, read by
// IncidentQueries::currentRules) and `version`, the rule_sets version (0 for the default).
// A stored body that does not parse is an error naming the version, not a fallback.
bool loadActiveRuleSet(Database &db, RuleSet &out, int &version, QString &error);

// The lines to draw for one type and tier: the burst threshold (30-minute window) and the
// lower bound of every non-blank grade cell (60-minute window), low to high.
QList<VolumeThreshold> volumeThresholds(const RuleSet &rules, int type, GradingTier tier);

// How close a type is to its next threshold in this tier: the number of thresholds already
// reached plus the fraction of the way to the next (count / next threshold). Sorting by
// this puts types in incident first, and among the rest those nearest to one. Past the
// highest line, the fraction is 1 − highest/count, so the furthest past it comes first.
double thresholdCloseness(const RuleSet &rules, int type, GradingTier tier, int count30,
                          int count60);

// The highest threshold `count` reaches in `window`, if any.
std::optional<VolumeThreshold> crossedThreshold(const QList<VolumeThreshold> &lines,
                                                qint64 windowMs, int count);

} // namespace sb
