#include "qa/estimate.h"

#include <QSet>

#include <cmath>

namespace sb {

bool QaEstimates::stratified(const QList<StratumSample> &strata, StratifiedEstimate &out,
                             QString &error) {
    StratifiedEstimate r;
    QSet<QString> keys;
    for (const StratumSample &s : strata) {
        if (keys.contains(s.key)) {
            error = tr("Stratum \"%1\" is listed twice.").arg(s.key);
            return false;
        }
        keys.insert(s.key);
        if (s.population < 0) {
            error = tr("Stratum \"%1\": the number of tickets cannot be negative.").arg(s.key);
            return false;
        }
        if (s.values.size() > s.population) {
            error = tr("Stratum \"%1\": %2 sampled values but only %3 tickets.")
                        .arg(s.key)
                        .arg(s.values.size())
                        .arg(s.population);
            return false;
        }
        for (const double y : s.values)
            if (!std::isfinite(y)) {
                error = tr("Stratum \"%1\": a value is not a number.").arg(s.key);
                return false;
            }
        r.population += s.population;
        r.sampled += s.values.size();
        if (s.values.isEmpty()) {
            if (s.population > 0)
                r.unsampledStrata.append(s.key);
        } else {
            r.coveredPopulation += s.population;
        }
    }
    if (r.coveredPopulation > 0) {
        r.defined = true;
        const double total = double(r.coveredPopulation);
        for (const StratumSample &s : strata) {
            const auto n = double(s.values.size());
            if (s.values.isEmpty())
                continue;
            const double w = double(s.population) / total;
            double mean = 0;
            for (const double y : s.values)
                mean += y;
            mean /= n;
            r.estimate += w * mean;
            const double fpc = 1 - n / double(s.population);
            if (s.values.size() == 1) {
                // No s_h² from one value. A stratum of one ticket is a census (fpc 0): exact.
                if (s.population > 1)
                    r.singleValueStrata.append(s.key);
                continue;
            }
            double ss = 0;
            for (const double y : s.values)
                ss += (y - mean) * (y - mean);
            r.variance += w * w * fpc * (ss / (n - 1)) / n;
        }
    }
    r.approximate = !r.singleValueStrata.isEmpty() || !r.unsampledStrata.isEmpty();
    r.standardError = std::sqrt(r.variance);
    r.low = r.estimate - kZ95 * r.standardError;
    r.high = r.estimate + kZ95 * r.standardError;
    out = r;
    return true;
}

bool QaEstimates::stratified(const QList<StratumReviews> &strata, ReviewMeasure measure,
                             StratifiedEstimate &out, QString &error) {
    QList<StratumSample> samples;
    samples.reserve(strata.size());
    for (const StratumReviews &s : strata) {
        StratumSample sample{s.key, s.population, {}};
        for (const ReviewScore &r : s.reviews) {
            if (!r.scored)
                continue;
            switch (measure) {
            case ReviewMeasure::Score:
                sample.values.append(r.score);
                break;
            case ReviewMeasure::Passed:
                sample.values.append(r.passed ? 1.0 : 0.0);
                break;
            case ReviewMeasure::CriticalFailed:
                sample.values.append(r.criticalFailed ? 1.0 : 0.0);
                break;
            }
        }
        samples.append(sample);
    }
    return stratified(samples, out, error);
}

bool QaEstimates::domain(const QList<DomainStratum> &strata, StratifiedEstimate &out,
                         QString &error) {
    StratifiedEstimate r;
    QSet<QString> keys;
    double total = 0; // Σ N̂_h
    double weighted = 0;
    for (const DomainStratum &s : strata) {
        if (keys.contains(s.key)) {
            error = tr("Stratum \"%1\" is listed twice.").arg(s.key);
            return false;
        }
        keys.insert(s.key);
        if (s.population < 0 || s.others < 0) {
            error = tr("Stratum \"%1\": the number of tickets cannot be negative.").arg(s.key);
            return false;
        }
        const qint64 n = s.values.size() + s.others;
        if (n > s.population) {
            error = tr("Stratum \"%1\": %2 sampled values but only %3 tickets.")
                        .arg(s.key)
                        .arg(n)
                        .arg(s.population);
            return false;
        }
        for (const double y : s.values)
            if (!std::isfinite(y)) {
                error = tr("Stratum \"%1\": a value is not a number.").arg(s.key);
                return false;
            }
        if (s.values.isEmpty())
            continue;
        const double share = double(s.population) * double(s.values.size()) / double(n);
        double sum = 0;
        for (const double y : s.values)
            sum += y;
        total += share;
        weighted += share * sum / double(s.values.size());
        r.sampled += s.values.size();
    }
    if (total > 0) {
        r.defined = true;
        r.estimate = weighted / total;
        for (const DomainStratum &s : strata) {
            if (s.values.isEmpty())
                continue;
            const qint64 n = s.values.size() + s.others;
            if (n == 1) {
                if (s.population > 1)
                    r.singleValueStrata.append(s.key);
                continue;
            }
            // u_hi = (y_hi − R) / N̂ for the group's tickets, 0 for the others.
            QList<double> u;
            u.reserve(s.values.size());
            double mean = 0;
            for (const double y : s.values) {
                u.append((y - r.estimate) / total);
                mean += u.last();
            }
            mean /= double(n);
            double ss = double(s.others) * mean * mean;
            for (const double v : std::as_const(u))
                ss += (v - mean) * (v - mean);
            const double fpc = 1 - double(n) / double(s.population);
            const double big = double(s.population);
            r.variance += big * big * fpc * (ss / double(n - 1)) / double(n);
        }
    }
    r.population = r.coveredPopulation = qRound64(total);
    r.approximate = !r.singleValueStrata.isEmpty();
    r.standardError = std::sqrt(r.variance);
    r.low = r.estimate - kZ95 * r.standardError;
    r.high = r.estimate + kZ95 * r.standardError;
    out = r;
    return true;
}

std::optional<double> QaEstimates::meanScore(const QList<ReviewScore> &reviews) {
    double sum = 0;
    qint64 n = 0;
    for (const ReviewScore &r : reviews)
        if (r.scored) {
            sum += r.score;
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    return sum / double(n);
}

Proportion QaEstimates::passRate(const QList<ReviewScore> &reviews) {
    Proportion p;
    for (const ReviewScore &r : reviews)
        if (r.scored) {
            ++p.total;
            p.count += r.passed ? 1 : 0;
        }
    return p;
}

Proportion QaEstimates::criticalFailRate(const QList<ReviewScore> &reviews) {
    Proportion p;
    for (const ReviewScore &r : reviews)
        if (r.scored) {
            ++p.total;
            p.count += r.criticalFailed ? 1 : 0;
        }
    return p;
}

} // namespace sb
