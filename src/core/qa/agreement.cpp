#include "qa/agreement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace sb {

namespace {

qsizetype unitCount(const ReliabilityData &data) {
    qsizetype units = 0;
    for (const auto &row : data)
        units = std::max(units, row.size());
    return units;
}

// The finite values of one unit, in observer order.
std::vector<double> unitValues(const ReliabilityData &data, qsizetype unit) {
    std::vector<double> out;
    for (const auto &row : data)
        if (unit < row.size() && row.at(unit) && std::isfinite(*row.at(unit)))
            out.push_back(*row.at(unit));
    return out;
}

} // namespace

AlphaResult Agreement::krippendorffAlpha(const ReliabilityData &data, AlphaMetric metric) {
    AlphaResult r;
    const qsizetype units = unitCount(data);

    // The pairable units and the distinct values in them.
    std::vector<std::vector<double>> pairable;
    std::vector<double> values;
    for (qsizetype u = 0; u < units; ++u) {
        std::vector<double> v = unitValues(data, u);
        if (v.size() < 2)
            continue;
        values.insert(values.end(), v.begin(), v.end());
        pairable.push_back(std::move(v));
    }
    r.pairableUnits = int(pairable.size());
    if (pairable.empty())
        return r;
    if (metric == AlphaMetric::Ratio &&
        std::any_of(values.begin(), values.end(), [](double x) { return x < 0; })) {
        r.undefined = AgreementUndefined::InvalidValue;
        return r;
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const size_t nv = values.size();
    const auto indexOf = [&values](double x) {
        return size_t(std::lower_bound(values.begin(), values.end(), x) - values.begin());
    };

    // The coincidence matrix o[c][k], from the counts of each value within each unit.
    std::vector<double> o(nv * nv, 0.0);
    for (const std::vector<double> &v : pairable) {
        std::vector<std::pair<size_t, double>> counts; // value index, how often
        for (const double x : v) {
            const size_t i = indexOf(x);
            auto it = std::find_if(counts.begin(), counts.end(),
                                   [i](const auto &c) { return c.first == i; });
            if (it == counts.end())
                counts.emplace_back(i, 1.0);
            else
                it->second += 1;
        }
        const double norm = double(v.size()) - 1;
        for (const auto &[c, mc] : counts)
            for (const auto &[k, mk] : counts)
                o[c * nv + k] += (c == k ? mc * (mc - 1) : mc * mk) / norm;
    }
    std::vector<double> nc(nv, 0.0);
    double n = 0;
    for (size_t c = 0; c < nv; ++c) {
        for (size_t k = 0; k < nv; ++k)
            nc[c] += o[c * nv + k];
        n += nc[c];
    }
    r.pairableValues = n;

    // Cumulative n_g for the ordinal metric: cum[i] = Σ_{g < i} n_g.
    std::vector<double> cum(nv + 1, 0.0);
    for (size_t i = 0; i < nv; ++i)
        cum[i + 1] = cum[i] + nc[i];
    const auto delta2 = [&](size_t c, size_t k) -> double {
        if (c == k)
            return 0;
        const double a = values[c];
        const double b = values[k];
        switch (metric) {
        case AlphaMetric::Nominal:
            return 1;
        case AlphaMetric::Ordinal: {
            const size_t lo = std::min(c, k);
            const size_t hi = std::max(c, k);
            const double d = cum[hi + 1] - cum[lo] - (nc[lo] + nc[hi]) / 2;
            return d * d;
        }
        case AlphaMetric::Interval:
            return (a - b) * (a - b);
        case AlphaMetric::Ratio: {
            const double d = (a - b) / (a + b); // a + b > 0: distinct values >= 0
            return d * d;
        }
        }
        return 0;
    };

    double observed = 0;
    double expected = 0;
    for (size_t c = 0; c < nv; ++c)
        for (size_t k = 0; k < nv; ++k) {
            const double d = delta2(c, k);
            observed += o[c * nv + k] * d;
            expected += nc[c] * nc[k] * d;
        }
    r.observedDisagreement = observed / n;
    r.expectedDisagreement = expected / (n * (n - 1));
    if (expected <= 0) {
        r.undefined = AgreementUndefined::NoVariation;
        return r;
    }
    r.alpha = 1 - (n - 1) * observed / expected;
    r.undefined = AgreementUndefined::None;
    return r;
}

PercentAgreement Agreement::percentAgreement(const ReliabilityData &data) {
    PercentAgreement r;
    const qsizetype units = unitCount(data);
    for (qsizetype u = 0; u < units; ++u) {
        std::vector<double> v = unitValues(data, u);
        const auto m = qint64(v.size());
        if (m < 2)
            continue;
        r.pairs += m * (m - 1) / 2;
        std::sort(v.begin(), v.end());
        for (auto it = v.begin(); it != v.end();) {
            const auto next = std::upper_bound(it, v.end(), *it);
            const auto same = qint64(next - it);
            r.agreeingPairs += same * (same - 1) / 2;
            it = next;
        }
    }
    return r;
}

QList<ObserverBias> Agreement::observerBias(const ReliabilityData &data) {
    const qsizetype units = unitCount(data);
    // The mean of each pairable unit; NaN marks the units with fewer than two values.
    std::vector<double> unitMean(size_t(units), std::numeric_limits<double>::quiet_NaN());
    for (qsizetype u = 0; u < units; ++u) {
        const std::vector<double> v = unitValues(data, u);
        if (v.size() >= 2)
            unitMean[size_t(u)] = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    }
    QList<ObserverBias> out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        ObserverBias b;
        b.observer = int(i);
        double sum = 0;
        const auto &row = data.at(i);
        for (qsizetype u = 0; u < row.size(); ++u) {
            if (!row.at(u) || !std::isfinite(*row.at(u)) || std::isnan(unitMean[size_t(u)]))
                continue;
            sum += *row.at(u) - unitMean[size_t(u)];
            b.values += 1;
        }
        if (b.values > 0)
            b.bias = sum / b.values;
        out.append(b);
    }
    return out;
}

AlphaMetric Agreement::metricFor(ScoreScale scale) {
    return scale == ScoreScale::PassFail ? AlphaMetric::Nominal : AlphaMetric::Ordinal;
}

} // namespace sb
