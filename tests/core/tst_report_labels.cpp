// The labels of stable keys (Labels, ReportLabels) in core: a label follows the translators
// installed at the moment it is asked for, so one process can write a report in Chinese and
// the next in English; unknown keys stay as they are.
#include "domain/labels.h"
#include "reports/reportlabels.h"

#include <QHash>
#include <QTest>
#include <QTranslator>

using namespace sb;

namespace {

// A translation of a few texts by context, as a compiled .qm would serve them.
class FixedTranslator : public QTranslator {
public:
    explicit FixedTranslator(QHash<QString, QString> texts)
        : m_texts(std::move(texts)) {}
    QString translate(const char *context, const char *source, const char *, int) const override {
        return m_texts.value(QString::fromUtf8(context) + QLatin1Char('|') +
                             QString::fromUtf8(source));
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    QHash<QString, QString> m_texts;
};

} // namespace

class TestReportLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vocabularyWithUnknownKeysKept() {
        QCOMPARE(Labels::channel(QStringLiteral("phone")), QStringLiteral("Phone"));
        QCOMPARE(Labels::channel(QStringLiteral("consumer_association")),
                 QStringLiteral("Consumer association"));
        QCOMPARE(Labels::tier(QStringLiteral("vip")), QStringLiteral("VIP"));
        QCOMPARE(Labels::problemType(QStringLiteral("login_failure")),
                 QStringLiteral("Login failure"));
        QCOMPARE(Labels::milestone(QStringLiteral("first_response")),
                 QStringLiteral("First response"));
        QCOMPARE(Labels::channel(QStringLiteral("carrier_pigeon")),
                 QStringLiteral("carrier_pigeon"));
        QCOMPARE(Labels::field(QStringLiteral("handler_id")), QStringLiteral("Handler"));
        QCOMPARE(Labels::field(QStringLiteral("new_thing_id")), QStringLiteral("New thing"));
    }

    void reportNamesDimensionsAndValues() {
        QCOMPARE(ReportLabels::measure(QStringLiteral("volume"), QStringLiteral("by_channel")),
                 QStringLiteral("By channel"));
        QCOMPARE(ReportLabels::measure(QStringLiteral("volume"), QStringLiteral("previous_total")),
                 QStringLiteral("Previous period"));
        // A section's own name first: "low" counts low scores in satisfaction, bounds an
        // estimate in qa.
        QCOMPARE(ReportLabels::measure(QStringLiteral("satisfaction"), QStringLiteral("low")),
                 QStringLiteral("Low scores"));
        QCOMPARE(ReportLabels::measure(QStringLiteral("qa"), QStringLiteral("low")),
                 QStringLiteral("Lower bound"));
        QCOMPARE(ReportLabels::measure(QStringLiteral("volume"), QStringLiteral("weather")),
                 QStringLiteral("weather"));
        QCOMPARE(
            ReportLabels::dimensionOf(QStringLiteral("volume"), QStringLiteral("by_customer_tier")),
            QStringLiteral("customer_tier"));
        QCOMPARE(
            ReportLabels::dimensionOf(QStringLiteral("incidents"), QStringLiteral("post_grade")),
            QStringLiteral("grade"));
        QVERIFY(
            ReportLabels::dimensionOf(QStringLiteral("volume"), QStringLiteral("total")).isEmpty());
        QCOMPARE(ReportLabels::dimension(QStringLiteral("problem_type")),
                 QStringLiteral("Problem type"));
        QCOMPARE(ReportLabels::value(QStringLiteral("customer_tier"), QStringLiteral("vip")),
                 QStringLiteral("VIP"));
        QCOMPARE(ReportLabels::value(QStringLiteral("grade"), QStringLiteral("major")),
                 QStringLiteral("Major"));
        // Regions and reasons are free values: shown as stored.
        QCOMPARE(ReportLabels::value(QStringLiteral("region"), QStringLiteral("phone")),
                 QStringLiteral("phone"));
    }

    // Asked again after the language changed, a label is in the new language: nothing keeps
    // the first language it was asked in.
    void labelsFollowTheInstalledTranslator() {
        QCOMPARE(Labels::channel(QStringLiteral("phone")), QStringLiteral("Phone"));
        QCOMPARE(ReportLabels::measure(QStringLiteral("volume"), QStringLiteral("by_channel")),
                 QStringLiteral("By channel"));
        FixedTranslator zh(
            {{QStringLiteral("Labels|Phone"), QStringLiteral("电话")},
             {QStringLiteral("sb::ReportLabels|By channel"), QStringLiteral("按渠道")}});
        QVERIFY(QCoreApplication::installTranslator(&zh));
        QCOMPARE(Labels::channel(QStringLiteral("phone")), QStringLiteral("电话"));
        QCOMPARE(ReportLabels::value(QStringLiteral("channel"), QStringLiteral("phone")),
                 QStringLiteral("电话"));
        QCOMPARE(ReportLabels::measure(QStringLiteral("volume"), QStringLiteral("by_channel")),
                 QStringLiteral("按渠道"));
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(Labels::channel(QStringLiteral("phone")), QStringLiteral("Phone"));
        QCOMPARE(ReportLabels::measure(QStringLiteral("volume"), QStringLiteral("by_channel")),
                 QStringLiteral("By channel"));
    }
};

QTEST_GUILESS_MAIN(TestReportLabels)
#include "tst_report_labels.moc"
