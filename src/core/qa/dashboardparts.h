#pragma once

// The parts the QA dashboard's files share (dashboard.cpp, dashboard_trend.cpp): not an API.

#include "qa/dashboard.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

namespace sb::qadash {

// The period's submitted reviews (r), with their sample row (q): sample reviews by the
// sampled day, extra reviews by the day they were submitted; blind second reviews left out.
// periodWhere() binds: first day, last day (text), start and end (ms, end excluded).
QString periodFrom();
QString periodWhere();
// COUNT(*), AVG(score), COUNT(score), passed, failed on a critical item: read by figuresFrom.
QString figureColumns();
QaQualityFigures figuresFrom(const QSqlQuery &q, int at);

QString dayText(const QDate &d);

// The grouping's key column (a fixed list, never input): r.agent_id, or a column of the
// review's ticket t.
QString groupKeyColumn(QaGrouping g);

struct Period {
    QVariantList values; // for periodWhere()
    QTimeZone zone;      // the business calendar's
};
bool periodOf(Database &db, const QDate &from, const QDate &to, Period &out, QString &error);

// A sampled ticket's score: its newest submitted sample review.
struct SampledScore {
    ReviewScore score;
    QString group; // the review's group key under the grouping asked for (QaGroupRow::key)
};

// A stratum of a sampled day with the scores of its sampled tickets still in the sample.
struct SampledStratum {
    QString day; // yyyy-MM-dd
    QString key;
    qint64 population = 0; // N_h
    qint64 planned = 0;    // n_h drawn
    double rate = 0;       // the day's sample rate
    QList<SampledScore> scores;
};

// The sampled strata of the days from `from` to `to` (at most kStrataLimit, `truncated`
// when there were more), each with its scores; the group keys filled for `grouping`.
bool sampledStrata(Database &db, const QDate &from, const QDate &to,
                   std::optional<QaGrouping> grouping, QList<SampledStratum> &out, bool &truncated,
                   QString &error);

// Σ W_h ȳ_h of the score over the strata (QaEstimates::stratified).
bool scoreEstimate(const QList<SampledStratum> &strata, ReviewMeasure measure,
                   StratifiedEstimate &out, QString &error);
// The domain estimates of the score of every group found in the strata (QaEstimates::domain).
bool groupEstimates(const QList<SampledStratum> &strata, QHash<QString, StratifiedEstimate> &out,
                    QString &error);

} // namespace sb::qadash
