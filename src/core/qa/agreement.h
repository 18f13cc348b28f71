#pragma once

#include "qa/scorecard.h"

#include <QList>

#include <optional>

namespace sb {

// Agreement between inspectors who scored the same tickets (校准, calibration).

// The reliability data: values[observer][unit], std::nullopt where an observer did not rate a
// unit. Rows may be shorter than the longest one: the units past their end are missing.
// Values that are not finite (NaN, ±inf) count as missing.
using ReliabilityData = QList<QList<std::optional<double>>>;

// The difference function δ² of Krippendorff's alpha.
//   Nominal  0 when equal, else 1 (pass/fail items)
//   Ordinal  ranks: (Σ_{g=c..k} n_g − (n_c + n_k)/2)² (graded items: 0–2, 1–5)
//   Interval (c − k)² (review scores 0–100)
//   Ratio    ((c − k)/(c + k))², for values >= 0
enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

// Why a figure could not be computed.
enum class AgreementUndefined {
    None,             // it is defined
    NoPairableValues, // no unit has values from two observers
    NoVariation,      // all pairable values are the same: expected disagreement 0, α is 0/0
    InvalidValue,     // a value the metric cannot take (a negative value for Ratio)
};

struct AlphaResult {
    AgreementUndefined undefined = AgreementUndefined::NoPairableValues;
    double alpha = 0;                // 1 perfect agreement, 0 chance, < 0 systematic disagreement
    double observedDisagreement = 0; // D_o
    double expectedDisagreement = 0; // D_e
    double pairableValues = 0;       // n: the values in units with at least two of them
    int pairableUnits = 0;

    bool defined() const { return undefined == AgreementUndefined::None; }
};

struct PercentAgreement {
    qint64 agreeingPairs = 0; // pairs of values in one unit that are equal
    qint64 pairs = 0;         // all pairs of values in one unit (m(m − 1)/2 per unit)

    bool defined() const { return pairs > 0; }
    double value() const { return pairs > 0 ? double(agreeingPairs) / double(pairs) : 0.0; }
};

// How an observer's values lie against everybody's: the mean, over the units the observer
// rated together with someone else, of the observer's value minus the mean of all values on
// that unit (the observer's included). Positive: scores higher than the others. Taken unit by
// unit, so that perfect agreement gives 0 however many observers each unit had; a unit only
// the observer rated carries no comparison and is left out.
struct ObserverBias {
    int observer = 0; // row in the reliability data
    int values = 0;   // how many of the observer's values were compared
    double bias = 0;

    bool defined() const { return values > 0; }
};

class Agreement {
public:
    // Krippendorff's alpha by the coincidence-matrix method of Krippendorff (2011), "Computing
    // Krippendorff's Alpha-Reliability": units with fewer than two values are left out; each
    // remaining unit u with m_u values adds 1/(m_u − 1) to o_ck for every ordered pair of
    // values (c, k) from different observers; n_c = Σ_k o_ck, n = Σ_c n_c;
    // α = 1 − D_o/D_e = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
    static AlphaResult krippendorffAlpha(const ReliabilityData &data, AlphaMetric metric);

    // Pairs of values within a unit that are equal, over all such pairs.
    static PercentAgreement percentAgreement(const ReliabilityData &data);

    // One entry per observer (row), in row order.
    static QList<ObserverBias> observerBias(const ReliabilityData &data);

    // Nominal for pass/fail items, ordinal for graded ones.
    static AlphaMetric metricFor(ScoreScale scale);
};

} // namespace sb
