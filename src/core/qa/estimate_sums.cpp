// The stratified and domain estimates from the sums of the sampled values (the QA roll-ups).
#include "qa/estimate.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

bool checkStratum(QSet<QString> &keys, const QString &key, qint64 population, qint64 others,
                  qint64 n, double sum, double squares, QString &error) {
    if (keys.contains(key)) {
        error = QaEstimates::tr("Stratum \"%1\" is listed twice.").arg(key);
        return false;
    }
    keys.insert(key);
    if (population < 0 || others < 0 || n < 0) {
        error =
            QaEstimates::tr("Stratum \"%1\": the number of tickets cannot be negative.").arg(key);
        return false;
    }
    if (n + others > population) {
        error = QaEstimates::tr("Stratum \"%1\": %2 sampled values but only %3 tickets.")
                    .arg(key)
                    .arg(n + others)
                    .arg(population);
        return false;
    }
    if (!std::isfinite(sum) || !std::isfinite(squares)) {
        error = QaEstimates::tr("Stratum \"%1\": a value is not a number.").arg(key);
        return false;
    }
    return true;
}

void finish(StratifiedEstimate &r) {
    r.standardError = std::sqrt(r.variance);
    r.low = r.estimate - QaEstimates::kZ95 * r.standardError;
    r.high = r.estimate + QaEstimates::kZ95 * r.standardError;
}

} // namespace

bool QaEstimates::stratifiedFromSums(const QList<StratumSums> &strata, StratifiedEstimate &out,
                                     QString &error) {
    StratifiedEstimate r;
    QSet<QString> keys;
    for (const StratumSums &s : strata) {
        if (!checkStratum(keys, s.key, s.population, 0, s.n, s.sum, s.squares, error))
            return false;
        r.population += s.population;
        r.sampled += s.n;
        if (s.n == 0) {
            if (s.population > 0)
                r.unsampledStrata.append(s.key);
        } else {
            r.coveredPopulation += s.population;
        }
    }
    if (r.coveredPopulation > 0) {
        r.defined = true;
        const double total = double(r.coveredPopulation);
        for (const StratumSums &s : strata) {
            if (s.n == 0)
                continue;
            const auto n = double(s.n);
            const double w = double(s.population) / total;
            const double mean = s.sum / n;
            r.estimate += w * mean;
            if (s.n == 1) {
                if (s.population > 1)
                    r.singleValueStrata.append(s.key);
                continue;
            }
            const double fpc = 1 - n / double(s.population);
            const double ss = std::max(0.0, s.squares - s.sum * mean);
            r.variance += w * w * fpc * (ss / (n - 1)) / n;
        }
    }
    r.approximate = !r.singleValueStrata.isEmpty() || !r.unsampledStrata.isEmpty();
    finish(r);
    out = r;
    return true;
}

bool QaEstimates::domainFromSums(const QList<DomainStratumSums> &strata, StratifiedEstimate &out,
                                 QString &error) {
    StratifiedEstimate r;
    QSet<QString> keys;
    double total = 0; // Σ N̂_h
    double weighted = 0;
    for (const DomainStratumSums &s : strata) {
        if (!checkStratum(keys, s.key, s.population, s.others, s.m, s.sum, s.squares, error))
            return false;
        if (s.m == 0)
            continue;
        const double share = double(s.population) * double(s.m) / double(s.m + s.others);
        total += share;
        weighted += share * s.sum / double(s.m);
        r.sampled += s.m;
    }
    if (total > 0) {
        r.defined = true;
        r.estimate = weighted / total;
        const double e = r.estimate;
        for (const DomainStratumSums &s : strata) {
            if (s.m == 0)
                continue;
            const qint64 n = s.m + s.others;
            if (n == 1) {
                if (s.population > 1)
                    r.singleValueStrata.append(s.key);
                continue;
            }
            // u = (y − e) / Σ N̂_h for the group's values, 0 for the others.
            const auto m = double(s.m);
            const double sumU = (s.sum - m * e) / total;
            const double squaresU = (s.squares - 2 * e * s.sum + m * e * e) / (total * total);
            const double meanU = sumU / double(n);
            const double ss = std::max(0.0, squaresU - double(n) * meanU * meanU);
            const double fpc = 1 - double(n) / double(s.population);
            const double big = double(s.population);
            r.variance += big * big * fpc * (ss / double(n - 1)) / double(n);
        }
    }
    r.population = r.coveredPopulation = qRound64(total);
    r.approximate = !r.singleValueStrata.isEmpty();
    finish(r);
    out = r;
    return true;
}

} // namespace sb
