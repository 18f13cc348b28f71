// Rule set: range syntax, the shipped default against docs/spec/DOMAIN.md §3 cell by cell at and
// around every boundary, and validation messages that name the exact cell.
#include "grading/ruleset.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

// docs/spec/DOMAIN.md §3 written out independently of resources/rules/default.json: for a type and
// tier, the grade the table gives to `n` complaints in an hour, or -1 for a blank.
int expectedGrade(const QString &type, GradingTier tier, int n) {
    const auto in = [n](int lo, int hi) {
        return n >= lo && n <= hi;
    };
    constexpr int G = 0, S = 1, U = 2, M = 3, none = -1;
    const bool normal = tier == GradingTier::Normal;
    const QStringList security4{QStringLiteral("account_mixup"), QStringLiteral("account_theft"),
                                QStringLiteral("data_exposure"), QStringLiteral("reputation")};
    if (security4.contains(type))
        return normal ? (in(1, 3) ? U : n > 3 ? M : none) : (n >= 1 ? M : none);
    if (type == QLatin1StringView("hacker_outage")) // 1–10 / ≥10 overlap: shipped as 1–9 / ≥10
        return normal ? (in(1, 9) ? U : n >= 10 ? M : none) : (in(1, 3) ? U : n > 3 ? M : none);
    if (type == QLatin1StringView("purchase_funds"))
        return normal ? (in(1, 3) ? U : n > 3 ? M : none) : (n == 1 ? U : n >= 2 ? M : none);
    if (type == QLatin1StringView("login_failure"))
        return normal ? (in(5, 10) ? S : n > 10 ? U : none) : (in(3, 5) ? S : n > 5 ? U : none);
    if (type == QLatin1StringView("order_failure") || type == QLatin1StringView("campaign_reward"))
        return normal ? (in(5, 10) ? S : in(11, 20) ? U : n > 20 ? M : none) : none;
    if (type == QLatin1StringView("payment_failure"))
        return normal ? (in(5, 10)    ? G
                         : in(11, 20) ? S
                         : in(21, 50) ? U
                         : n > 50     ? M
                                      : none)
                      : none;
    if (type == QLatin1StringView("site_unreachable") ||
        type == QLatin1StringView("payout_delay") || type == QLatin1StringView("login_page_fault"))
        return normal ? (in(5, 10) ? G : in(11, 20) ? S : n > 20 ? U : none) : none;
    if (type == QLatin1StringView("product_fault") || type == QLatin1StringView("client_fault"))
        return normal ? (n <= 10 ? G : in(11, 20) ? S : U) : (in(5, 10) ? S : n > 10 ? U : none);
    return none; // other: in no row
}

QByteArray defaultJson() {
    QFile f(QStringLiteral(":/rules/default.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Default rules with one cell changed (an empty text removes the cell).
QByteArray withCell(const QString &type, const QString &tier, const QString &grade,
                    const QJsonValue &text) {
    QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
    QJsonObject types = root.value(QStringLiteral("problem_types")).toObject();
    QJsonObject t = types.value(type).toObject();
    QJsonObject g = t.value(QStringLiteral("grading")).toObject();
    QJsonObject cells = g.value(tier).toObject();
    cells.insert(grade, text);
    g.insert(tier, cells);
    t.insert(QStringLiteral("grading"), g);
    types.insert(type, t);
    root.insert(QStringLiteral("problem_types"), types);
    return QJsonDocument(root).toJson();
}

QByteArray withTop(const QString &key, const QJsonValue &value) {
    QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestGradingRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ranges_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("lo");
        QTest::addColumn<int>("hi");
        QTest::newRow("en dash") << QStringLiteral("21–50") << true << 21 << 50;
        QTest::newRow("hyphen") << QStringLiteral("5-10") << true << 5 << 10;
        QTest::newRow("spaces") << QStringLiteral(" 5 – 10 ") << true << 5 << 10;
        QTest::newRow(">n") << QStringLiteral(">50") << true << 51 << INT_MAX;
        QTest::newRow("≥n") << QStringLiteral("≥10") << true << 10 << INT_MAX;
        QTest::newRow(">=n") << QStringLiteral(">=10") << true << 10 << INT_MAX;
        QTest::newRow("≤n") << QStringLiteral("≤10") << true << 0 << 10;
        QTest::newRow("<=n") << QStringLiteral("<=10") << true << 0 << 10;
        QTest::newRow("<n") << QStringLiteral("<10") << true << 0 << 9;
        QTest::newRow("single") << QStringLiteral("1") << true << 1 << 1;
        QTest::newRow("word") << QStringLiteral("many") << false << 0 << 0;
        QTest::newRow("negative") << QStringLiteral("-3") << false << 0 << 0;
        QTest::newRow("half range") << QStringLiteral("5–") << false << 0 << 0;
        QTest::newRow("fraction") << QStringLiteral(">2.5") << false << 0 << 0;
    }
    void ranges() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto r = RuleSet::parseRange(text);
        QCOMPARE(r.has_value(), valid);
        if (valid) {
            QFETCH(int, lo);
            QFETCH(int, hi);
            QCOMPARE(r->lo, lo);
            QCOMPARE(r->hi, hi);
        }
    }

    void defaultLoads() {
        QString error;
        const auto rules = RuleSet::fromJson(defaultJson(), error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->version(), 1);
        QCOMPARE(rules->typeCount(), problemTypes().size());
        QCOMPARE(rules->burstWindowMs(), 30 * 60 * 1000);
        QCOMPARE(rules->gradingWindowMs(), 60 * 60 * 1000);
        QCOMPARE(rules->quietCloseMs(), 6 * 3600 * 1000);
        QCOMPARE(rules->affectedShareThreshold(), 0.01);
        const std::array<std::array<int, 2>, 3> burst{{{1, 1}, {5, 3}, {10, 5}}};
        for (const ProblemClass c :
             {ProblemClass::Security, ProblemClass::Key, ProblemClass::Routine}) {
            QCOMPARE(rules->burstThreshold(c, GradingTier::Normal),
                     burst[static_cast<std::size_t>(c)][0]);
            QCOMPARE(rules->burstThreshold(c, GradingTier::Vip),
                     burst[static_cast<std::size_t>(c)][1]);
        }
        for (int t = 0; t < rules->typeCount(); ++t) {
            const ProblemTypeInfo &info = problemTypes().at(t);
            QCOMPARE(rules->typeKey(t), info.key);
            QCOMPARE(rules->typeClass(t), info.problemClass);
            QCOMPARE(rules->coreExperience(t), info.coreExperience);
        }
        // Round trip through toJson.
        const auto again = RuleSet::fromJson(rules->toJson(), error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), rules->toJson());
    }

    void gradingTable_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("count");
        const QList<int> counts{0,  1,  2,  3,  4,  5,  6,  9,  10, 11,
                                12, 19, 20, 21, 22, 49, 50, 51, 52, 1000};
        for (const ProblemTypeInfo &info : problemTypes()) {
            for (const int tier : {0, 1}) {
                for (const int n : counts) {
                    QTest::addRow("%s/%s/%d", qPrintable(info.key), tier ? "vip" : "normal", n)
                        << info.key << tier << n;
                }
            }
        }
    }
    void gradingTable() {
        QFETCH(QString, type);
        QFETCH(int, tier);
        QFETCH(int, count);
        const RuleSet rules = RuleSet::defaults();
        const int t = RuleSet::typeIndex(QStringView(type));
        QVERIFY(t >= 0);
        const auto gt = static_cast<GradingTier>(tier);
        QCOMPARE(rules.tableGrade(t, gt, count), expectedGrade(type, gt, count));
    }

    void validation_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString n = QStringLiteral("normal");
        QTest::newRow("overlap")
            << withCell(QStringLiteral("payment_failure"), n, QStringLiteral("serious"),
                        QStringLiteral("11–25"))
            << QStringLiteral(
                   "payment_failure / normal / urgent: range 21–50 overlaps serious 11–25");
        QTest::newRow("overlap open")
            << withCell(QStringLiteral("login_failure"), QStringLiteral("vip"),
                        QStringLiteral("serious"), QStringLiteral("≥3"))
            << QStringLiteral("login_failure / vip / urgent: range >5 overlaps serious ≥3");
        QTest::newRow("inverted")
            << withCell(QStringLiteral("payment_failure"), n, QStringLiteral("serious"),
                        QStringLiteral("20–11"))
            << QStringLiteral("payment_failure / normal / serious: range 20–11 is inverted");
        QTest::newRow("unknown grade")
            << withCell(QStringLiteral("payment_failure"), n, QStringLiteral("critical"),
                        QStringLiteral(">100"))
            << QStringLiteral("payment_failure / normal / critical: unknown grade (general, "
                              "serious, urgent or major)");
        QTest::newRow("bad cell")
            << withCell(QStringLiteral("order_failure"), n, QStringLiteral("major"),
                        QStringLiteral("lots"))
            << QStringLiteral("order_failure / normal / major: \"lots\" is not a count range "
                              "(a–b, >n, ≥n, ≤n or n)");
        QTest::newRow("number cell")
            << withCell(QStringLiteral("order_failure"), n, QStringLiteral("major"), 21)
            << QStringLiteral("order_failure / normal / major: the cell must be a string such "
                              "as \"5–10\", \">10\" or \"\"");
        {
            QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
            QJsonObject types = root.value(QStringLiteral("problem_types")).toObject();
            types.insert(QStringLiteral("weather"), types.value(QStringLiteral("other")));
            root.insert(QStringLiteral("problem_types"), types);
            QTest::newRow("unknown type")
                << QJsonDocument(root).toJson()
                << QStringLiteral("problem_types / weather: unknown problem type");
            types.remove(QStringLiteral("weather"));
            types.remove(QStringLiteral("payout_delay"));
            root.insert(QStringLiteral("problem_types"), types);
            QTest::newRow("missing type")
                << QJsonDocument(root).toJson()
                << QStringLiteral("problem_types / payout_delay: missing");
        }
        {
            QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
            QJsonObject burst = root.value(QStringLiteral("burst_thresholds")).toObject();
            burst.insert(QStringLiteral("key"),
                         QJsonObject{{QStringLiteral("normal"), 0}, {QStringLiteral("vip"), 3}});
            root.insert(QStringLiteral("burst_thresholds"), burst);
            QTest::newRow("burst zero")
                << QJsonDocument(root).toJson()
                << QStringLiteral("burst_thresholds / key / normal: must be a whole number of "
                                  "at least 1");
        }
        QTest::newRow("no version")
            << withTop(QStringLiteral("version"), QJsonValue::Undefined)
            << QStringLiteral("version: must be a whole number of at least 1");
        QTest::newRow("bad duration")
            << withTop(QStringLiteral("quiet_close"), QStringLiteral("6 hours"))
            << QStringLiteral("quiet_close: \"6 hours\" is not a positive ISO 8601 duration "
                              "such as PT30M");
        QTest::newRow("windows") << withTop(QStringLiteral("burst_window"), QStringLiteral("PT2H"))
                                 << QStringLiteral(
                                        "burst_window: must not be longer than grading_window");
        QTest::newRow("share")
            << withTop(QStringLiteral("affected_share_threshold"), 1.5)
            << QStringLiteral("affected_share_threshold: must be a fraction above 0 and at most 1");
        QTest::newRow("typo key") << withTop(QStringLiteral("quiet_closed"), QStringLiteral("PT1H"))
                                  << QStringLiteral("rule set: unknown key \"quiet_closed\"");
        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << QString();
    }
    void validation() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!RuleSet::fromJson(json, error));
        if (message.isEmpty())
            QVERIFY(error.startsWith(QStringLiteral("rule set: not valid JSON")));
        else
            QCOMPARE(error, message);
    }

    void blankCellIsAllowed() {
        QString error;
        const auto rules =
            RuleSet::fromJson(withCell(QStringLiteral("payment_failure"), QStringLiteral("normal"),
                                       QStringLiteral("major"), QString()),
                              error);
        QVERIFY2(rules, qPrintable(error));
        const int t = RuleSet::typeIndex(QStringView(u"payment_failure"));
        QCOMPARE(rules->tableGrade(t, GradingTier::Normal, 50), int(Grade::Urgent));
        QCOMPARE(rules->tableGrade(t, GradingTier::Normal, 51), -1);
    }

    void durations() {
        QCOMPARE(parseIsoDuration(QStringLiteral("PT6H")), 6 * 3600 * 1000);
        QCOMPARE(parseIsoDuration(QStringLiteral("PT1H30M")), 90 * 60 * 1000);
        QCOMPARE(parseIsoDuration(QStringLiteral("P1D")), 24 * 3600 * 1000);
        QCOMPARE(parseIsoDuration(QStringLiteral("PT")), -1);
        QCOMPARE(parseIsoDuration(QStringLiteral("6H")), -1);
        QCOMPARE(formatIsoDuration(90 * 60 * 1000), QStringLiteral("PT1H30M"));
    }
};

QTEST_GUILESS_MAIN(TestGradingRules)
#include "tst_grading_rules.moc"
