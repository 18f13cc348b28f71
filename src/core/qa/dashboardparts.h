#pragma once

// The parts the QA dashboard's files share (dashboard.cpp, dashboard_trend.cpp): not an API.

#include "qa/dashboard.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

namespace sb::qadash {

// The period's submitted reviews (r), with their sample row (q, joined by the caller):
// sample reviews by the sampled day, extra reviews by the day they were submitted; blind
// second reviews left out. periodWhere() binds: first day, last day (text), start and end
// (ms, end excluded). For queries driven by another table (the disputes).
QString periodWhere();
// The same reviews as a derived table `r` (id, ticket_id, agent_id, score, passed,
// critical_failed, submitted_at, day: the sampled day, NULL for an extra review), for use
// after FROM; binds as periodWhere(). A UNION ALL of two index-friendly halves: a short
// period reads only its own reviews.
QString periodReviews();
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
// One stored stratum of a sampled day, as the draw left it.
struct StratumFrame {
    QString day; // yyyy-MM-dd
    QString key;
    qint64 population = 0; // N_h
    qint64 planned = 0;    // n_h drawn
    double rate = 0;       // the day's sample rate
};

// The stored strata of the days from `from` to `to`, by day and key (at most kStrataLimit,
// `truncated` when there were more).
bool readStrataFrames(Database &db, const QDate &from, const QDate &to, QList<StratumFrame> &out,
                      bool &truncated, QString &error);

struct SampledStratum : StratumFrame {
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

// The per-day roll-ups (migration 038: qa_day_rollups, qa_day_item_rollups, kept by triggers)
// hold the sums of the sample reviews; the extra reviews (few) are still read one by one. They
// are used when they give what the reader would see in the reviews: always on SQLite; on
// PostgreSQL when sb_qa_rollups_readable() (the reader holds qa.read_all, reads every ticket
// and has no draft review hiding others' reviews of a ticket), which is also the roll-ups'
// row policy. Everyone else reads the reviews under row security.
bool useRollups(Database &db, bool &out, QString &error);

// Per group key `k`: n, mean, scored, passed, critical (as figureColumns), from the roll-ups
// and the extra reviews: a derived table for use after FROM; binds as periodWhere().
QString rollupGroupFigures(QaGrouping g);
// item_id, value, ratings below pass of the period: binds as periodWhere().
QString rollupFailingCounts();
// Per sampled day (NULL for an extra review) and submission time (extra reviews only):
// reviews, Σ score, scored, passed, critical; for one group when `grouping` is given (its key
// appended to `values`, which start as periodWhere()'s).
QString rollupBucketFigures(std::optional<QaGrouping> grouping, const QString &groupKey,
                            QVariantList &values);

// From the per-day counts of migration 040 (qa_day_dispute_rollups, qa_day_pending, kept by
// triggers), under the same rule as the roll-ups (useRollups):
// disputes, disputed reviews, overturned, decided of the period, the extra reviews' disputes
// read from the reviews: binds as periodWhere();
QString rollupDisputeCounts();
// per sampled day and inspector, their name and the assigned reviews still without their
// submitted review (whether they are overdue is the caller's: it depends on the time): binds
// the first and last day; read when usePendingRollups() (on PostgreSQL
// sb_qa_pending_readable(): useRollups() and no blind second review hidden from the reader).
QString rollupPendingCounts();
bool usePendingRollups(Database &db, bool &out, QString &error);

// Sums of sampled scores (ReviewMeasure::Score) and of passed (0/1).
struct ScoreSums {
    qint64 n = 0;
    double sum = 0;
    double squares = 0;
    qint64 passed = 0;
};
// A sampled stratum as the roll-ups give it: all its scores' sums and each group's.
struct SampledSums : StratumFrame {
    ScoreSums all;
    QHash<QString, ScoreSums> groups;
};
bool sampledSums(Database &db, const QDate &from, const QDate &to,
                 std::optional<QaGrouping> grouping, QList<SampledSums> &out, bool &truncated,
                 QString &error);
// Σ W_h ȳ_h of the score, or of passed (0..1), over the strata; the domain estimates of the
// score of every group, as for SampledStratum.
bool sumsEstimate(const QList<SampledSums> &strata, bool passed, StratifiedEstimate &out,
                  QString &error);
bool groupEstimates(const QList<SampledSums> &strata, QHash<QString, StratifiedEstimate> &out,
                    QString &error);

} // namespace sb::qadash
