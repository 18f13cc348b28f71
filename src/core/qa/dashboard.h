#pragma once

#include "qa/estimate.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace sb {

// How the dashboard groups the period's reviews: by the ticket's handler (the agent the
// review is about), the ticket's team, channel or problem type.
enum class QaGrouping { Agent, Team, Channel, ProblemType };
// "agent", "team", "channel", "problem_type".
QString qaGroupingKey(QaGrouping grouping);
std::optional<QaGrouping> qaGroupingFromKey(const QString &key);

// The quality figures of a set of submitted reviews.
struct QaQualityFigures {
    qint64 reviews = 0;              // submitted reviews
    std::optional<double> meanScore; // the internal quality score: mean review score
    Proportion passed;               // passed / scored
    Proportion criticalFailed;       // failed on a critical item / scored
};

// One group of the period's reviews.
struct QaGroupRow {
    QString key;   // the staff or team id as text, or the channel / problem type key; empty: none
    QString label; // the staff member's or team's name; the key for channel and problem type
    QaQualityFigures figures;
    // The group's Σ W_h ȳ_h of the review score with its 95 % interval, from the group's
    // sample reviews within the sampled days' strata (QaEstimates::domain; docs/QA.md).
    StratifiedEstimate scoreEstimate;
};

// How a trend is bucketed: per day for periods of up to kDailyTrendDays days, else per week
// (Monday to Sunday, the first and last clipped to the period).
enum class QaTrendStep { Day, Week };

// One bucket of a trend.
struct QaTrendPoint {
    QDate from; // the bucket's days, both included
    QDate to;
    QaQualityFigures figures;         // the bucket's reviews, as QaDashboard::overall
    StratifiedEstimate scoreEstimate; // Σ W_h ȳ_h over the bucket's sampled strata
};

// The quality over time of every review of a period, or of one group's.
struct QaTrend {
    QDate from;
    QDate to;
    QaTrendStep step = QaTrendStep::Day;
    std::optional<QaGrouping> grouping; // none: the whole period
    QString groupKey;                   // as QaGroupRow::key; empty: the group without one
    QList<QaTrendPoint> points;         // every bucket of the period in order, empty ones too
};

// A scorecard item and how often it was rated below pass (a Pareto row).
struct QaFailingItemRow {
    QString key;
    QString title;
    QString titleZh; // empty when the scorecard has none
    qint64 failed = 0;
    double share = 0;      // of all below-pass ratings of the period
    double cumulative = 0; // running share, items by count descending
};

// One stratum key (for instance a channel) over the sampled days of the period.
struct QaCoverageRow {
    QString stratum;
    qint64 population = 0; // Σ N_h: tickets handled
    qint64 planned = 0;    // Σ n_h: tickets drawn
    qint64 reviewed = 0;   // sampled tickets with a submitted sample review
    double targetRate = 0; // the days' sample rates weighted by N_h
    double coverage() const { return population > 0 ? double(reviewed) / double(population) : 0; }
    bool met() const { return reviewed >= planned; }
};

// Reviews still to be done whose due time has passed, per inspector.
struct QaOverdueRow {
    qint64 inspectorId = 0;
    QString inspector; // name
    qint64 overdue = 0;
};

// Everything the QA dashboard shows for a period.
struct QaDashboard {
    QDate from; // days in the business calendar's zone, both included
    QDate to;
    QaGrouping grouping = QaGrouping::Agent;
    QaQualityFigures overall;
    QList<QaGroupRow> groups; // by reviews descending, then label; at most kGroupLimit
    bool groupsTruncated = false;
    StratifiedEstimate scoreEstimate; // Σ W_h ȳ_h over the sampled days' strata
    StratifiedEstimate passEstimate;  // the same for the share that passed (0..1)
    QList<QaFailingItemRow> failingItems;
    qint64 failedRatings = 0; // Σ failed over every item
    qint64 disputes = 0;
    qint64 disputedReviews = 0;
    qint64 overturned = 0; // disputes accepted or partly accepted
    qint64 decided = 0;
    QList<QaCoverageRow> coverage; // by stratum key
    bool coverageTruncated = false;
    qint64 overdue = 0;
    QList<QaOverdueRow> overdueByInspector; // most overdue first

    Proportion disputeRate() const { return {disputedReviews, overall.reviews}; }
    Proportion overturnRate() const { return {overturned, disputes}; }
};

// The team-meeting summary of a week (Monday to Sunday): the dashboard by agent and the
// figures per team.
struct QaWeekSummary {
    QaDashboard byAgent;
    QList<QaGroupRow> teams;
};

// What the QA dashboard and the team-meeting summary read. The period's reviews are the
// submitted reviews of tickets sampled on a day of the period (the blind second reviews of
// continuous calibration left out) and the extra reviews submitted on such a day. On
// PostgreSQL the server's row security limits what the reader sees; nothing is written.
class QaDashboardQueries {
    Q_DECLARE_TR_FUNCTIONS(sb::QaDashboardQueries)
public:
    static constexpr int kGroupLimit = 200;
    static constexpr int kItemLimit = 100;
    static constexpr int kStrataLimit = 20000; // (day, stratum) pairs
    static constexpr int kMaxDays = 400;

    // The whole dashboard. False with `error` for a period that is empty, reversed or longer
    // than kMaxDays, and on database errors.
    static bool load(Database &db, const Clock &clock, const QDate &from, const QDate &to,
                     QaGrouping grouping, QaDashboard &out, QString &error);
    // The figures and estimates per group only.
    static bool groups(Database &db, const QDate &from, const QDate &to, QaGrouping grouping,
                       QList<QaGroupRow> &out, bool &truncated, QString &error);

    // The trend of the period, per day or per week (trendStep): for every review of the
    // period when `grouping` is none, else for the group `groupKey` of that grouping. The
    // estimate of a group is its domain estimate (QaEstimates::domain). False with `error` as
    // load().
    static constexpr int kDailyTrendDays = 31;
    static QaTrendStep trendStep(const QDate &from, const QDate &to);
    static bool trend(Database &db, const QDate &from, const QDate &to,
                      std::optional<QaGrouping> grouping, const QString &groupKey, QaTrend &out,
                      QString &error);

    // The week (Monday to Sunday) holding `day`.
    static QDate weekStart(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }
    static bool weekSummary(Database &db, const Clock &clock, const QDate &day, QaWeekSummary &out,
                            QString &error);
    // The summary as CSV (section, group, metric, value), one line per figure; text that a
    // spreadsheet would run as a formula is prefixed with an apostrophe.
    static bool writeSummaryCsv(const QaWeekSummary &summary, QIODevice *out, QString &error);
    // Reads the week of `day` and writes it to `path` through a QSaveFile (no file on failure).
    static bool exportWeekSummary(Database &db, const Clock &clock, const QDate &day,
                                  const QString &path, QString &error);
    // A text field made safe for spreadsheets: a leading = + - @ tab or CR gets a '.
    static QString spreadsheetSafe(const QString &text);
};

} // namespace sb
