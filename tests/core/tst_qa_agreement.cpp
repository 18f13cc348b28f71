// Agreement between inspectors: Krippendorff's alpha, percent agreement, observer bias.
#include "qa/agreement.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace sb;

namespace {

constexpr int M = -1; // missing, in the tables below

ReliabilityData table(const QList<QList<int>> &rows) {
    ReliabilityData out;
    for (const QList<int> &row : rows) {
        QList<std::optional<double>> r;
        for (const int v : row)
            r.append(v == M ? std::nullopt : std::optional<double>(v));
        out.append(r);
    }
    return out;
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units.
ReliabilityData published() {
    return table({{1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
                  {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
                  {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
                  {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M}});
}

int thousandths(double x) {
    return int(std::lround(x * 1000));
}

} // namespace

class TestQaAgreement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void publishedExample_data() {
        QTest::addColumn<AlphaMetric>("metric");
        QTest::addColumn<int>("expected"); // α × 1000
        QTest::newRow("nominal") << AlphaMetric::Nominal << 743;
        QTest::newRow("ordinal") << AlphaMetric::Ordinal << 815;
        QTest::newRow("interval") << AlphaMetric::Interval << 849;
        QTest::newRow("ratio") << AlphaMetric::Ratio << 797;
    }
    void publishedExample() {
        QFETCH(AlphaMetric, metric);
        QFETCH(int, expected);
        const AlphaResult r = Agreement::krippendorffAlpha(published(), metric);
        QVERIFY(r.defined());
        QCOMPARE(thousandths(r.alpha), expected);
        // Unit 12 has one value and is left out: 11 units, 40 pairable values.
        QCOMPARE(r.pairableUnits, 11);
        QCOMPARE(r.pairableValues, 40.0);
        QVERIFY(r.expectedDisagreement > r.observedDisagreement);
    }

    void publishedExampleExactNominal() {
        // n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3, n = 40; Σ_{c≠k} o_ck = 8 and
        // Σ_{c≠k} n_c n_k = 1216, so α = 1 − 39 × 8 / 1216 = 113/152 (the paper's 0.743).
        const AlphaResult r = Agreement::krippendorffAlpha(published(), AlphaMetric::Nominal);
        QVERIFY(std::abs(r.alpha - 113.0 / 152.0) < 1e-12);
    }

    void percentAgreement() {
        // 55 pairs in units with two or more values; 43 of them equal.
        const PercentAgreement p = Agreement::percentAgreement(published());
        QCOMPARE(p.pairs, 55);
        QCOMPARE(p.agreeingPairs, 43);
        QVERIFY(p.defined());
        QCOMPARE(p.value(), 43.0 / 55.0);
    }

    void observerBias() {
        const QList<ObserverBias> b = Agreement::observerBias(published());
        QCOMPARE(b.size(), 4);
        // A rated units 1–9; against the unit means A is 1/4 low on units 2 and 8 and 3/2 low
        // on unit 6: −2/9.
        QCOMPARE(b.at(0).observer, 0);
        QCOMPARE(b.at(0).values, 9);
        QVERIFY(std::abs(b.at(0).bias - (-2.0 / 9.0)) < 1e-12);
        // B's unit 12 has no other value and is left out: −1/10. C scores high: +1/5.
        QCOMPARE(b.at(1).values, 10);
        QVERIFY(std::abs(b.at(1).bias - (-0.1)) < 1e-12);
        QVERIFY(std::abs(b.at(2).bias - 0.2) < 1e-12);
        QVERIFY(std::abs(b.at(3).bias - 1.0 / 11.0) < 1e-12);
        // An observer with no values has no bias.
        ReliabilityData d = published();
        d.append({std::nullopt, std::nullopt});
        const QList<ObserverBias> e = Agreement::observerBias(d);
        QCOMPARE(e.size(), 5);
        QVERIFY(!e.at(4).defined());
        QCOMPARE(e.at(4).bias, 0.0);
    }

    void perfectAgreementIsOne() {
        const ReliabilityData d = table({{1, 2, 3, 5, M}, {1, 2, 3, 5, 4}, {1, M, 3, 5, 4}});
        for (const AlphaMetric m : {AlphaMetric::Nominal, AlphaMetric::Ordinal,
                                    AlphaMetric::Interval, AlphaMetric::Ratio}) {
            const AlphaResult r = Agreement::krippendorffAlpha(d, m);
            QVERIFY(r.defined());
            QCOMPARE(r.alpha, 1.0);
            QCOMPARE(r.observedDisagreement, 0.0);
        }
        QCOMPARE(Agreement::percentAgreement(d).value(), 1.0);
        for (const ObserverBias &b : Agreement::observerBias(d))
            QCOMPARE(b.bias, 0.0);
    }

    void systematicDisagreementIsNegative() {
        // o_12 = o_21 = 2, n_1 = n_2 = 2, n = 4: α = 1 − 3 × 4 / 8 = −0.5.
        const AlphaResult r =
            Agreement::krippendorffAlpha(table({{1, 2}, {2, 1}}), AlphaMetric::Nominal);
        QVERIFY(r.defined());
        QCOMPARE(r.alpha, -0.5);
        QCOMPARE(Agreement::percentAgreement(table({{1, 2}, {2, 1}})).value(), 0.0);
    }

    void noVariationIsUndefined() {
        // Everybody gave everything a pass: nothing to tell agreement from chance.
        const ReliabilityData d = table({{1, 1, 1}, {1, 1, M}});
        const AlphaResult r = Agreement::krippendorffAlpha(d, AlphaMetric::Nominal);
        QVERIFY(!r.defined());
        QCOMPARE(r.undefined, AgreementUndefined::NoVariation);
        QCOMPARE(r.pairableUnits, 2);
        QVERIFY(!std::isnan(r.alpha));
        QCOMPARE(Agreement::percentAgreement(d).value(), 1.0);
    }

    void noPairableUnitsIsUndefined() {
        for (const ReliabilityData &d :
             {ReliabilityData(), table({{1, M, M}, {M, 2, M}, {M, M, 3}}), table({{1, 2, 3}}),
              table({{M, M}, {M, M}})}) {
            for (const AlphaMetric m : {AlphaMetric::Nominal, AlphaMetric::Ordinal,
                                        AlphaMetric::Interval, AlphaMetric::Ratio}) {
                const AlphaResult r = Agreement::krippendorffAlpha(d, m);
                QVERIFY(!r.defined());
                QCOMPARE(r.undefined, AgreementUndefined::NoPairableValues);
                QCOMPARE(r.pairableUnits, 0);
                QVERIFY(!std::isnan(r.alpha));
            }
            const PercentAgreement p = Agreement::percentAgreement(d);
            QVERIFY(!p.defined());
            QCOMPARE(p.value(), 0.0);
        }
    }

    void nonFiniteValuesAreMissing() {
        ReliabilityData d = published();
        d[0][10] = std::numeric_limits<double>::quiet_NaN();
        d[1][10] = std::numeric_limits<double>::infinity();
        d.append(QList<std::optional<double>>()); // an observer without any row at all
        const AlphaResult r = Agreement::krippendorffAlpha(d, AlphaMetric::Interval);
        QCOMPARE(thousandths(r.alpha), 849);
        QCOMPARE(Agreement::percentAgreement(d).pairs, 55);
        QCOMPARE(Agreement::observerBias(d).at(0).values, 9);
    }

    void raggedRows() {
        // Rows shorter than the longest: the units past their end are missing.
        ReliabilityData d = published();
        d[0].resize(9);
        QCOMPARE(thousandths(Agreement::krippendorffAlpha(d, AlphaMetric::Ordinal).alpha), 815);
    }

    void ratioNeedsNonNegativeValues() {
        const AlphaResult r =
            Agreement::krippendorffAlpha(table({{-3, 2}, {1, 2}}), AlphaMetric::Ratio);
        QCOMPARE(r.undefined, AgreementUndefined::InvalidValue);
        QVERIFY(Agreement::krippendorffAlpha(table({{-3, 2}, {1, 2}}), AlphaMetric::Interval)
                    .defined());
        // Zeros are fine: (0 − k)/(0 + k) = −1.
        QVERIFY(
            Agreement::krippendorffAlpha(table({{0, 2}, {0, 1}}), AlphaMetric::Ratio).defined());
    }

    void metricForScale() {
        QCOMPARE(Agreement::metricFor(ScoreScale::PassFail), AlphaMetric::Nominal);
        QCOMPARE(Agreement::metricFor(ScoreScale::ZeroToTwo), AlphaMetric::Ordinal);
        QCOMPARE(Agreement::metricFor(ScoreScale::OneToFive), AlphaMetric::Ordinal);
    }
};

QTEST_GUILESS_MAIN(TestQaAgreement)
#include "tst_qa_agreement.moc"
