// The stratified quality estimate with its 95 % interval, and the review rates.
#include "qa/estimate.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace sb;

namespace {

bool near(double a, double b) {
    return std::abs(a - b) < 1e-9;
}

ReviewScore review(double score, bool passed, bool critical = false) {
    ReviewScore r;
    r.scored = true;
    r.score = score;
    r.passed = passed;
    r.criticalFailed = critical;
    return r;
}

// Worked by hand:
//   stratum  N_h  values         n_h  W_h            ȳ_h  s_h²
//   phone    100  80, 90, 100    3    100/160=0.625  90   (100+0+100)/2 = 100
//   web       50  60, 70         2     50/160=0.3125 65   (25+25)/1     = 50
//   wechat    10  50             1     10/160=0.0625 50   none
// estimate = 0.625·90 + 0.3125·65 + 0.0625·50 = 56.25 + 20.3125 + 3.125 = 79.6875
// Var = 0.625²·(1 − 3/100)·100/3 + 0.3125²·(1 − 2/50)·50/2 + 0
//     = 0.390625·0.97·100/3 + 0.09765625·0.96·25 = 37.890625/3 + 2.34375 = 44.921875/3
QList<StratumSample> handExample() {
    return {{QStringLiteral("phone"), 100, {80, 90, 100}},
            {QStringLiteral("web"), 50, {60, 70}},
            {QStringLiteral("wechat"), 10, {50}}};
}

} // namespace

class TestQaEstimate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handComputed() {
        StratifiedEstimate e;
        QString error;
        QVERIFY2(QaEstimates::stratified(handExample(), e, error), qPrintable(error));
        QVERIFY(e.defined);
        QVERIFY(near(e.estimate, 79.6875));
        QVERIFY(near(e.variance, 44.921875 / 3));
        const double se = std::sqrt(44.921875 / 3); // 3.8696...
        QVERIFY(near(e.standardError, se));
        QVERIFY(near(e.low, 79.6875 - 1.96 * se));
        QVERIFY(near(e.high, 79.6875 + 1.96 * se));
        QVERIFY(e.low > 72.10 && e.low < 72.11);
        QVERIFY(e.high > 87.26 && e.high < 87.28);
        QCOMPARE(e.population, 160);
        QCOMPARE(e.coveredPopulation, 160);
        QCOMPARE(e.sampled, 6);
        // wechat has one value out of ten tickets: no s_h², counted as 0, flagged.
        QVERIFY(e.approximate);
        QCOMPARE(e.singleValueStrata, QStringList{u"wechat"_qs});
        QVERIFY(e.unsampledStrata.isEmpty());
    }

    void unsampledStratumIsLeftOut() {
        // A stratum with tickets but no value: the weights are taken over the others.
        QList<StratumSample> strata = handExample();
        strata.append({QStringLiteral("email"), 40, {}});
        strata.append({QStringLiteral("fax"), 0, {}}); // nothing that day: not a gap
        StratifiedEstimate e;
        QString error;
        QVERIFY(QaEstimates::stratified(strata, e, error));
        QVERIFY(near(e.estimate, 79.6875));
        QVERIFY(near(e.variance, 44.921875 / 3));
        QCOMPARE(e.population, 200);
        QCOMPARE(e.coveredPopulation, 160);
        QCOMPARE(e.unsampledStrata, QStringList{u"email"_qs});
        QVERIFY(e.approximate);
    }

    void exactWhenEveryStratumHasAVariance() {
        // Two strata of equal size, no finite-population correction worth noting:
        // ȳ = 0.5·2 + 0.5·4 = 3; s² = 2 each; Var = 0.25·(1 − 2/1000)·2/2 · 2.
        const QList<StratumSample> strata = {{QStringLiteral("a"), 1000, {1, 3}},
                                             {QStringLiteral("b"), 1000, {3, 5}}};
        StratifiedEstimate e;
        QString error;
        QVERIFY(QaEstimates::stratified(strata, e, error));
        QVERIFY(near(e.estimate, 3));
        QVERIFY(near(e.variance, 2 * 0.25 * 0.998));
        QVERIFY(!e.approximate);
    }

    void censusHasNoVariance() {
        // Every ticket sampled (n_h = N_h), also a stratum of a single ticket: exact.
        const QList<StratumSample> strata = {{QStringLiteral("a"), 3, {70, 80, 90}},
                                             {QStringLiteral("b"), 1, {100}}};
        StratifiedEstimate e;
        QString error;
        QVERIFY(QaEstimates::stratified(strata, e, error));
        QVERIFY(near(e.estimate, 0.75 * 80 + 0.25 * 100));
        QCOMPARE(e.variance, 0.0);
        QCOMPARE(e.low, e.high);
        QVERIFY(!e.approximate);
    }

    void nothingSampledIsUndefined() {
        StratifiedEstimate e;
        QString error;
        QVERIFY(QaEstimates::stratified(QList<StratumSample>{}, e, error));
        QVERIFY(!e.defined);
        QVERIFY(QaEstimates::stratified(QList<StratumSample>{{u"a"_qs, 20, {}}}, e, error));
        QVERIFY(!e.defined);
        QCOMPARE(e.estimate, 0.0);
        QVERIFY(!std::isnan(e.standardError));
    }

    void badInput_data() {
        QTest::addColumn<QList<StratumSample>>("strata");
        QTest::addColumn<QString>("stratum");
        QTest::newRow("more values than tickets")
            << QList<StratumSample>{{u"phone"_qs, 2, {1, 2, 3}}} << u"phone"_qs;
        QTest::newRow("negative population")
            << QList<StratumSample>{{u"web"_qs, -1, {}}} << u"web"_qs;
        QTest::newRow("not a number")
            << QList<StratumSample>{{u"web"_qs, 5, {std::numeric_limits<double>::quiet_NaN()}}}
            << u"web"_qs;
        QTest::newRow("twice") << QList<StratumSample>{{u"a"_qs, 5, {1}}, {u"a"_qs, 5, {2}}}
                               << u"a"_qs;
    }
    void badInput() {
        QFETCH(QList<StratumSample>, strata);
        QFETCH(QString, stratum);
        StratifiedEstimate e;
        e.estimate = -7;
        QString error;
        QVERIFY(!QaEstimates::stratified(strata, e, error));
        QVERIFY2(error.contains(u"\"%1\""_qs.arg(stratum)), qPrintable(error));
        QCOMPARE(e.estimate, -7.0);
    }

    void rates() {
        ReviewScore unscored;
        const QList<ReviewScore> reviews = {review(90, true), review(70, false),
                                            review(0, false, true), review(85, true), unscored};
        QCOMPARE(QaEstimates::passRate(reviews).count, 2);
        QCOMPARE(QaEstimates::passRate(reviews).total, 4);
        QCOMPARE(QaEstimates::passRate(reviews).value(), 0.5);
        QCOMPARE(QaEstimates::criticalFailRate(reviews).value(), 0.25);
        QCOMPARE(*QaEstimates::meanScore(reviews), 245.0 / 4);
        QVERIFY(!QaEstimates::meanScore({unscored}));
        QVERIFY(!QaEstimates::passRate({}).defined());
        QCOMPARE(QaEstimates::passRate({}).value(), 0.0);
    }

    void stratifiedPassRate() {
        // a: 3 of 4 passed, s² = 0.25; b: none of 2 passed, s² = 0; W = 0.5 each.
        // p = 0.5·0.75 = 0.375; Var = 0.25·(1 − 4/100)·0.25/4 = 0.015.
        ReviewScore unscored;
        const QList<StratumReviews> strata = {
            {u"a"_qs,
             100,
             {review(90, true), review(85, true), review(80, true), review(0, false, true),
              unscored}},
            {u"b"_qs, 100, {review(60, false), review(70, false)}}};
        StratifiedEstimate e;
        QString error;
        QVERIFY(QaEstimates::stratified(strata, ReviewMeasure::Passed, e, error));
        QCOMPARE(e.sampled, 6);
        QVERIFY(near(e.estimate, 0.375));
        QVERIFY(near(e.variance, 0.015));
        QVERIFY(QaEstimates::stratified(strata, ReviewMeasure::CriticalFailed, e, error));
        QVERIFY(near(e.estimate, 0.125));
        QVERIFY(QaEstimates::stratified(strata, ReviewMeasure::Score, e, error));
        QVERIFY(near(e.estimate, 0.5 * 63.75 + 0.5 * 65));
    }

    // A group's estimate (a domain of the strata), worked by hand:
    //   stratum  N_h  group's values  others  n_h  N̂_h = N_h m_h / n_h
    //   phone    10   90, 70          1       3    10·2/3 = 20/3
    //   web       4   60              1       2     4·1/2 = 2
    //   wechat    5   —               2       2    (the group has none: left out)
    // Σ N̂_h = 26/3; estimate = (20/3·80 + 2·60) / (26/3) = 1960/26 = 980/13.
    // u = (y − 980/13) / (26/3) for the group's tickets, 0 for the others;
    // Var = 10²·(1 − 3/10)·s²(u_phone)/3 + 4²·(1 − 2/4)·s²(u_web)/2.
    void domainHandComputed() {
        const QList<DomainStratum> strata{{QStringLiteral("phone"), 10, {90, 70}, 1},
                                          {QStringLiteral("web"), 4, {60}, 1},
                                          {QStringLiteral("wechat"), 5, {}, 2}};
        StratifiedEstimate e;
        QString error;
        QVERIFY2(QaEstimates::domain(strata, e, error), qPrintable(error));
        const double r = 980.0 / 13;
        const double total = 26.0 / 3;
        const auto variance = [](const QList<double> &u) {
            double mean = 0;
            for (const double v : u)
                mean += v / double(u.size());
            double ss = 0;
            for (const double v : u)
                ss += (v - mean) * (v - mean);
            return ss / double(u.size() - 1);
        };
        const double var = 100 * 0.7 * variance({(90 - r) / total, (70 - r) / total, 0}) / 3 +
                           16 * 0.5 * variance({(60 - r) / total, 0}) / 2;
        QVERIFY(e.defined);
        QVERIFY(e.hasInterval());
        QVERIFY(near(e.estimate, r));
        QVERIFY2(near(e.variance, var), qPrintable(QString::number(e.variance)));
        QVERIFY(near(e.low, r - 1.96 * std::sqrt(var)));
        QVERIFY(near(e.high, r + 1.96 * std::sqrt(var)));
        QVERIFY(std::abs(e.low - 63.0548) < 1e-4); // the same, as figures
        QVERIFY(std::abs(e.high - 87.7144) < 1e-4);
        QCOMPARE(e.sampled, 3);
        QCOMPARE(e.population, 9); // 26/3 rounded
        QVERIFY(!e.approximate);
    }

    // A group holding every sampled ticket is the whole population: the same as stratified.
    void domainOfEverythingIsStratified() {
        QList<DomainStratum> strata;
        for (const StratumSample &s : handExample())
            strata.append({s.key, s.population, s.values, 0});
        StratifiedEstimate all, group;
        QString error;
        QVERIFY2(QaEstimates::stratified(handExample(), all, error), qPrintable(error));
        QVERIFY2(QaEstimates::domain(strata, group, error), qPrintable(error));
        QVERIFY(near(group.estimate, all.estimate));
        QVERIFY(near(group.variance, all.variance));
        QCOMPARE(group.singleValueStrata, all.singleValueStrata); // wechat: 1 of 10
        QVERIFY(!group.hasInterval());
    }

    // One value, or a stratum with a single sampled ticket: "n too small" for an interval.
    void domainTooSmall() {
        StratifiedEstimate e;
        QString error;
        QVERIFY(QaEstimates::domain({{QStringLiteral("phone"), 10, {70}, 4}}, e, error));
        QVERIFY(e.defined);
        QVERIFY(near(e.estimate, 70));
        QVERIFY(!e.hasInterval());
        QVERIFY(QaEstimates::domain(
            {{QStringLiteral("phone"), 10, {70}, 0}, {QStringLiteral("web"), 4, {80, 90}, 0}}, e,
            error));
        QVERIFY(!e.hasInterval()); // phone: n_h = 1 of 10
        QVERIFY(QaEstimates::domain({{QStringLiteral("phone"), 10, {}, 3}}, e, error));
        QVERIFY(!e.defined);
        QVERIFY(!QaEstimates::domain({{QStringLiteral("phone"), 2, {70, 80}, 1}}, e, error));
        QVERIFY(!QaEstimates::domain({{QStringLiteral("phone"), 9, {70}, -1}}, e, error));
    }
};

QTEST_GUILESS_MAIN(TestQaEstimate)
#include "tst_qa_estimate.moc"
