#pragma once

#include "qa/scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// Quality estimated from the daily stratified sample (抽检), with an error bar.

// One stratum of the sample: how many tickets it had (N_h) and the values of the n_h sampled
// tickets that were scored.
struct StratumSample {
    QString key;
    qint64 population = 0; // N_h
    QList<double> values;  // y_hi, i = 1..n_h
};

// Σ W_h ȳ_h with W_h = N_h / N, Var = Σ W_h² (1 − n_h/N_h) s_h² / n_h and the 95 % interval
// estimate ± 1.96 √Var. The interval is not clipped to the range of the values.
struct StratifiedEstimate {
    bool defined = false; // at least one stratum has a value
    double estimate = 0;
    double variance = 0;
    double standardError = 0;
    double low = 0;
    double high = 0;
    // The interval is approximate when a stratum gave no s_h² (n_h = 1 with N_h > 1: its
    // variance is counted as 0) or a stratum had tickets but no sampled value (n_h = 0: it is
    // left out and the weights are taken over the other strata, so the estimate is for them).
    bool approximate = false;
    QStringList singleValueStrata; // n_h = 1 < N_h
    QStringList unsampledStrata;   // n_h = 0 < N_h
    qint64 population = 0;         // N over all strata (a group: its estimated tickets)
    qint64 coveredPopulation = 0;  // N over the strata with a value: the weights' denominator
    qint64 sampled = 0;            // Σ n_h (a group: its values)

    // Whether the 95 % interval can be shown: at least two values, and a variance from every
    // stratum with a value (none with n_h = 1 < N_h). Otherwise the interval is "n too small".
    bool hasInterval() const { return defined && sampled >= 2 && singleValueStrata.isEmpty(); }
};

// One stratum of the sample seen from a group of its tickets (a domain: an agent, a team, a
// channel, a problem type): the values of the group's sampled tickets, and how many other
// sampled tickets of the stratum have a value.
struct DomainStratum {
    QString key;
    qint64 population = 0; // N_h: every ticket of the stratum
    QList<double> values;  // the group's y_hi, i = 1..m_h
    qint64 others = 0;     // n_h − m_h
};

// A count out of a total, such as the passed reviews out of the scored ones.
struct Proportion {
    qint64 count = 0;
    qint64 total = 0;

    bool defined() const { return total > 0; }
    double value() const { return total > 0 ? double(count) / double(total) : 0.0; }
};

// The scored reviews of one stratum.
struct StratumReviews {
    QString key;
    qint64 population = 0; // N_h: the tickets of the stratum that day
    QList<ReviewScore> reviews;
};

// What is estimated from reviews: the score (0..100), or the share (0..1) that passed or
// failed on a critical item.
// A stratum given by the sums of its sampled values (the QA roll-ups keep these): n values,
// Σ y and Σ y².
struct StratumSums {
    QString key;
    qint64 population = 0; // N_h
    qint64 n = 0;          // n_h
    double sum = 0;        // Σ y_hi
    double squares = 0;    // Σ y_hi²
};

// A domain stratum given by the sums of the group's values (see DomainStratum).
struct DomainStratumSums {
    QString key;
    qint64 population = 0; // N_h
    qint64 m = 0;          // m_h: the group's values
    double sum = 0;        // Σ y_hi over the group's values
    double squares = 0;    // Σ y_hi²
    qint64 others = 0;     // n_h − m_h
};

enum class ReviewMeasure { Score, Passed, CriticalFailed };

class QaEstimates {
    Q_DECLARE_TR_FUNCTIONS(sb::QaEstimates)
public:
    static constexpr double kZ95 = 1.96;

    // False with `error` naming the stratum on bad input: N_h < 0, n_h > N_h, a value that is
    // not finite, or a stratum key listed twice. No stratum with values is not an error: the
    // result is then not defined.
    static bool stratified(const QList<StratumSample> &strata, StratifiedEstimate &out,
                           QString &error);
    // The same over reviews; reviews without a score (ReviewScore::scored false) are left out.
    static bool stratified(const QList<StratumReviews> &strata, ReviewMeasure measure,
                           StratifiedEstimate &out, QString &error);

    // The group's Σ W_h ȳ_h over the strata where it has values. The group's share of a
    // stratum is estimated from the sample: N̂_h = N_h m_h / n_h, W_h = N̂_h / Σ N̂_h. The
    // variance is that of the ratio estimator of a domain mean (linearised):
    // Var = Σ N_h² (1 − n_h/N_h) s_uh² / n_h with u_hi = (y_hi − estimate) / Σ N̂_h for the
    // group's tickets and 0 for the others, so that for a group holding every ticket it is
    // exactly `stratified`. population and coveredPopulation are Σ N̂_h rounded; sampled is
    // Σ m_h; a stratum with n_h = 1 < N_h is a single-value stratum. False with `error` on the
    // same bad input as `stratified` (n_h = m_h + others).
    static bool domain(const QList<DomainStratum> &strata, StratifiedEstimate &out, QString &error);

    // The same two estimates from the sums of the values instead of the values:
    // s_h² = (Σ y² − (Σ y)² / n) / (n − 1), and for a domain Σ (u − ū)² = Σ u² − n ū² with the
    // u of `domain`. Equal to `stratified` and `domain` over the values up to rounding.
    static bool stratifiedFromSums(const QList<StratumSums> &strata, StratifiedEstimate &out,
                                   QString &error);
    static bool domainFromSums(const QList<DomainStratumSums> &strata, StratifiedEstimate &out,
                               QString &error);

    // The internal quality score: the plain mean of the scored reviews; none when none is.
    static std::optional<double> meanScore(const QList<ReviewScore> &reviews);
    // Passed, and failed on a critical item, out of the scored reviews.
    static Proportion passRate(const QList<ReviewScore> &reviews);
    static Proportion criticalFailRate(const QList<ReviewScore> &reviews);
};

} // namespace sb
