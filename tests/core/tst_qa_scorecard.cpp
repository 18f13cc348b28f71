// Scorecards as data: the shipped scorecard, JSON with validation, scoring and review checks.
#include "qa/scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

ItemRating rated(const QString &key, int value, const QString &comment = {}) {
    ItemRating r;
    r.key = key;
    r.value = value;
    r.comment = comment;
    return r;
}

ItemRating notApplicable(const QString &key) {
    ItemRating r;
    r.key = key;
    r.na = true;
    return r;
}

// The default scorecard filled with its best value everywhere.
QList<ItemRating> allBest(const Scorecard &card) {
    QList<ItemRating> out;
    for (const ScorecardItem &it : card.items)
        out.append(rated(it.key, scaleMaximum(it.scale)));
    return out;
}

void set(QList<ItemRating> &ratings, const ItemRating &r) {
    for (ItemRating &x : ratings)
        if (x.key == r.key)
            x = r;
}

QJsonObject defaultJson() {
    return QJsonDocument::fromJson(Scorecards::toJson(Scorecards::defaultScorecard())).object();
}

QByteArray withItem(int index, const QString &field, const QJsonValue &value) {
    QJsonObject root = defaultJson();
    QJsonArray items = root.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(field);
    else
        item.insert(field, value);
    items.replace(index, item);
    root.insert(QStringLiteral("items"), items);
    return QJsonDocument(root).toJson();
}

bool hasIssue(const QList<QaIssue> &issues, const QString &item, const QString &field) {
    for (const QaIssue &i : issues)
        if (i.item == item && i.field == field)
            return true;
    return false;
}

} // namespace

class TestQaScorecard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scales() {
        QCOMPARE(scaleMinimum(ScoreScale::PassFail), 0);
        QCOMPARE(scaleMaximum(ScoreScale::PassFail), 1);
        QCOMPARE(scalePassLevel(ScoreScale::PassFail), 1);
        QCOMPARE(scaleMinimum(ScoreScale::ZeroToTwo), 0);
        QCOMPARE(scaleMaximum(ScoreScale::ZeroToTwo), 2);
        QCOMPARE(scalePassLevel(ScoreScale::ZeroToTwo), 1);
        QCOMPARE(scaleMinimum(ScoreScale::OneToFive), 1);
        QCOMPARE(scaleMaximum(ScoreScale::OneToFive), 5);
        QCOMPARE(scalePassLevel(ScoreScale::OneToFive), 3);
        for (const ScoreScale s :
             {ScoreScale::PassFail, ScoreScale::ZeroToTwo, ScoreScale::OneToFive})
            QCOMPARE(scaleFromName(scaleName(s)), std::optional<ScoreScale>(s));
        QVERIFY(!scaleFromName(QStringLiteral("1-5")));
    }

    void defaultScorecard() {
        const Scorecard card = Scorecards::defaultScorecard();
        QVERIFY2(Scorecards::validate(card).isEmpty(),
                 qPrintable(Scorecards::describe(Scorecards::validate(card))));
        QVERIFY(card.published);
        QCOMPARE(card.version, 1);
        QStringList keys;
        double weights = 0;
        for (const ScorecardItem &it : card.items) {
            keys.append(it.key);
            weights += it.weight;
            QVERIFY(!it.title.isEmpty());
            QVERIFY(!it.rootCauses.isEmpty());
        }
        QCOMPARE(keys,
                 QStringList({u"timeliness"_qs, u"identity_verification"_qs, u"understanding"_qs,
                              u"solution_effectiveness"_qs, u"attitude"_qs,
                              u"record_completeness"_qs, u"satisfaction"_qs}));
        QCOMPARE(weights, 100.0);
        QVERIFY(card.item(u"identity_verification"_qs)->critical);
        QVERIFY(card.item(u"identity_verification"_qs)->naAllowed);
        QVERIFY(card.item(u"satisfaction"_qs)->naAllowed);
        QVERIFY(!card.item(u"attitude"_qs)->critical);
    }

    void jsonRoundTrip() {
        const Scorecard card = Scorecards::defaultScorecard();
        Scorecard back;
        QList<QaIssue> issues;
        QVERIFY2(Scorecards::fromJson(Scorecards::toJson(card), back, issues),
                 qPrintable(Scorecards::describe(issues)));
        QCOMPARE(Scorecards::toJson(back), Scorecards::toJson(card));
        QCOMPARE(back.items.size(), 7);
        QCOMPARE(back.items.at(1).scale, ScoreScale::PassFail);
        QCOMPARE(back.items.at(0).rootCauses, card.items.at(0).rootCauses);
    }

    void optionalFieldsDefaultToFalse() {
        const QByteArray json = R"({"name":"Short","version":2,"items":[
            {"key":"greeting","title":"Greeting","weight":1,"scale":"pass_fail"}]})";
        Scorecard card;
        QList<QaIssue> issues;
        QVERIFY2(Scorecards::fromJson(json, card, issues),
                 qPrintable(Scorecards::describe(issues)));
        QCOMPARE(card.version, 2);
        QVERIFY(!card.published);
        QVERIFY(!card.items.at(0).critical);
        QVERIFY(!card.items.at(0).naAllowed);
        QVERIFY(card.items.at(0).rootCauses.isEmpty());
    }

    void badJson_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("field");
        QTest::newRow("weight zero")
            << withItem(0, u"weight"_qs, 0) << u"timeliness"_qs << u"weight"_qs;
        QTest::newRow("weight negative")
            << withItem(2, u"weight"_qs, -1) << u"understanding"_qs << u"weight"_qs;
        QTest::newRow("weight text")
            << withItem(0, u"weight"_qs, u"heavy"_qs) << u"timeliness"_qs << u"weight"_qs;
        QTest::newRow("weight huge")
            << withItem(0, u"weight"_qs, 1e6) << u"timeliness"_qs << u"weight"_qs;
        QTest::newRow("scale unknown")
            << withItem(4, u"scale"_qs, u"1-10"_qs) << u"attitude"_qs << u"scale"_qs;
        QTest::newRow("title missing") << withItem(1, u"title"_qs, QJsonValue::Undefined)
                                       << u"identity_verification"_qs << u"title"_qs;
        QTest::newRow("title too long") << withItem(1, u"title"_qs, QString(201, QLatin1Char('x')))
                                        << u"identity_verification"_qs << u"title"_qs;
        QTest::newRow("misspelt flag")
            << withItem(1, u"critcal"_qs, true) << u"identity_verification"_qs << u"critcal"_qs;
        QTest::newRow("flag not bool") << withItem(1, u"critical"_qs, u"yes"_qs)
                                       << u"identity_verification"_qs << u"critical"_qs;
        QTest::newRow("bad key") << withItem(3, u"key"_qs, u"Solution effectiveness"_qs) << u"#3"_qs
                                 << u"key"_qs;
        QTest::newRow("duplicate key")
            << withItem(6, u"key"_qs, u"attitude"_qs) << u"attitude"_qs << u"key"_qs;
        QTest::newRow("root cause twice")
            << withItem(4, u"root_causes"_qs, QJsonArray({u"Rude"_qs, u"Rude"_qs}))
            << u"attitude"_qs << u"root_causes"_qs;
        QTest::newRow("root causes not texts") << withItem(4, u"root_causes"_qs, QJsonArray({1, 2}))
                                               << u"attitude"_qs << u"root_causes"_qs;

        QJsonObject root = defaultJson();
        root.insert(u"version"_qs, 0);
        QTest::newRow("version 0") << QJsonDocument(root).toJson() << QString() << u"version"_qs;
        root = defaultJson();
        root.insert(u"version"_qs, 1.5);
        QTest::newRow("version fraction")
            << QJsonDocument(root).toJson() << QString() << u"version"_qs;
        root = defaultJson();
        root.insert(u"items"_qs, QJsonArray());
        QTest::newRow("no items") << QJsonDocument(root).toJson() << QString() << u"items"_qs;
        QJsonArray many;
        for (int i = 0; i <= Scorecards::kMaxItems; ++i)
            many.append(QJsonObject{{u"key"_qs, u"k%1"_qs.arg(i)},
                                    {u"title"_qs, u"T"_qs},
                                    {u"weight"_qs, 1},
                                    {u"scale"_qs, u"pass_fail"_qs}});
        root.insert(u"items"_qs, many);
        QTest::newRow("101 items") << QJsonDocument(root).toJson() << QString() << u"items"_qs;
        root = defaultJson();
        root.remove(u"name"_qs);
        QTest::newRow("name missing") << QJsonDocument(root).toJson() << QString() << u"name"_qs;
        QTest::newRow("not json") << QByteArray("{\"name\":") << QString() << QString();
        QTest::newRow("array") << QByteArray("[]") << QString() << QString();
    }
    void badJson() {
        QFETCH(QByteArray, json);
        QFETCH(QString, item);
        QFETCH(QString, field);
        Scorecard card;
        card.name = u"untouched"_qs;
        QList<QaIssue> issues;
        QVERIFY(!Scorecards::fromJson(json, card, issues));
        QCOMPARE(card.name, u"untouched"_qs);
        QVERIFY2(hasIssue(issues, item, field), qPrintable(Scorecards::describe(issues)));
        if (!item.isEmpty())
            QVERIFY(issues.first().text().contains(item));
    }

    void issueText() {
        QCOMPARE((QaIssue{u"attitude"_qs, u"weight"_qs, u"Too low."_qs}).text(),
                 u"Item \"attitude\", weight: Too low."_qs);
        QCOMPARE((QaIssue{{}, u"items"_qs, u"None."_qs}).text(), u"items: None."_qs);
    }

    void nextDraft() {
        const Scorecard draft = Scorecards::nextDraft(Scorecards::defaultScorecard());
        QCOMPARE(draft.version, 2);
        QVERIFY(!draft.published);
        QCOMPARE(draft.items.size(), 7);
    }

    void scoreAllBest() {
        const Scorecard card = Scorecards::defaultScorecard();
        const ReviewScore s = Scorecards::score(card, allBest(card));
        QVERIFY(s.scored);
        QCOMPARE(s.score, 100.0);
        QVERIFY(s.passed);
        QVERIFY(s.failedItems.isEmpty());
    }

    void scoreWithNotApplicable() {
        // timeliness 1/2 → 0.5 × 15 = 7.5; identity N/A (weight 10 left out);
        // understanding 4 → 0.75 × 15 = 11.25; solution 5 → 25; attitude 4 → 11.25;
        // record 2 → 10; satisfaction 3 → 0.5 × 10 = 5. 70 of 90 → 77.78.
        const Scorecard card = Scorecards::defaultScorecard();
        const QList<ItemRating> ratings = {
            rated(u"timeliness"_qs, 1),    notApplicable(u"identity_verification"_qs),
            rated(u"understanding"_qs, 4), rated(u"solution_effectiveness"_qs, 5),
            rated(u"attitude"_qs, 4),      rated(u"record_completeness"_qs, 2),
            rated(u"satisfaction"_qs, 3)};
        ReviewScore s = Scorecards::score(card, ratings);
        QVERIFY(s.scored);
        QCOMPARE(s.score, 7000.0 / 90.0);
        QVERIFY(!s.passed);
        QVERIFY(!s.criticalFailed);
        QVERIFY(s.failedItems.isEmpty());
        QVERIFY(Scorecards::validateReview(card, ratings).isEmpty());
        // The pass mark is a parameter.
        s = Scorecards::score(card, ratings, 75);
        QVERIFY(s.passed);
    }

    void passMarkIsInclusive() {
        // Losses: timeliness 1 (7.5), record 1 (5), understanding 4 (3.75), attitude 4 (3.75).
        const Scorecard card = Scorecards::defaultScorecard();
        QList<ItemRating> ratings = allBest(card);
        set(ratings, rated(u"timeliness"_qs, 1));
        set(ratings, rated(u"record_completeness"_qs, 1));
        set(ratings, rated(u"understanding"_qs, 4));
        set(ratings, rated(u"attitude"_qs, 4));
        const ReviewScore s = Scorecards::score(card, ratings);
        QCOMPARE(s.score, 80.0);
        QVERIFY(s.passed);
        QVERIFY(!Scorecards::score(card, ratings, 80.01).passed);
    }

    void criticalFailZeroes() {
        const Scorecard card = Scorecards::defaultScorecard();
        QList<ItemRating> ratings = allBest(card);
        set(ratings, rated(u"identity_verification"_qs, 0, u"Not asked for the PIN."_qs));
        set(ratings, rated(u"attitude"_qs, 2, u"Curt."_qs));
        const ReviewScore s = Scorecards::score(card, ratings);
        QVERIFY(s.scored);
        QVERIFY(s.criticalFailed);
        QCOMPARE(s.score, 0.0);
        QVERIFY(!s.passed);
        QCOMPARE(s.failedItems, QStringList({u"identity_verification"_qs, u"attitude"_qs}));
        // A failed item that is not critical only lowers the score: 2 of 5 → 0.25 × 15.
        set(ratings, rated(u"identity_verification"_qs, 1));
        const ReviewScore t = Scorecards::score(card, ratings);
        QVERIFY(!t.criticalFailed);
        QCOMPARE(t.score, 100.0 - 11.25);
        QCOMPARE(t.failedItems, QStringList({u"attitude"_qs}));
        // A critical item marked N/A does not fail.
        set(ratings, notApplicable(u"identity_verification"_qs));
        QVERIFY(!Scorecards::score(card, ratings).criticalFailed);
    }

    void partialAndEmptyReviews() {
        const Scorecard card = Scorecards::defaultScorecard();
        // A draft with one item rated scores over that item alone.
        ReviewScore s = Scorecards::score(card, {rated(u"timeliness"_qs, 1)});
        QVERIFY(s.scored);
        QCOMPARE(s.score, 50.0);
        // Nothing rated, or only N/A: no score.
        QVERIFY(!Scorecards::score(card, {}).scored);
        s = Scorecards::score(
            card, {notApplicable(u"identity_verification"_qs), notApplicable(u"satisfaction"_qs)});
        QVERIFY(!s.scored);
        QVERIFY(!s.passed);
        // Values outside the scale and unknown items do not count.
        s = Scorecards::score(
            card, {rated(u"timeliness"_qs, 2), rated(u"attitude"_qs, 9), rated(u"nonsense"_qs, 0)});
        QCOMPARE(s.score, 100.0);
    }

    void validateReview_data() {
        QTest::addColumn<QList<ItemRating>>("changes");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("field");
        QTest::newRow("na not allowed")
            << QList<ItemRating>{notApplicable(u"attitude"_qs)} << u"attitude"_qs << u"value"_qs;
        QTest::newRow("below scale") << QList<ItemRating>{rated(u"understanding"_qs, 0)}
                                     << u"understanding"_qs << u"value"_qs;
        QTest::newRow("above scale")
            << QList<ItemRating>{rated(u"timeliness"_qs, 3)} << u"timeliness"_qs << u"value"_qs;
        QTest::newRow("comment required") << QList<ItemRating>{rated(u"attitude"_qs, 2, u"  "_qs)}
                                          << u"attitude"_qs << u"comment"_qs;
        ItemRating unrated;
        unrated.key = u"satisfaction"_qs;
        QTest::newRow("unrated") << QList<ItemRating>{unrated} << u"satisfaction"_qs << u"value"_qs;
        ItemRating both = rated(u"satisfaction"_qs, 4);
        both.na = true;
        QTest::newRow("value and na")
            << QList<ItemRating>{both} << u"satisfaction"_qs << u"value"_qs;
        ItemRating foreignTag = rated(u"attitude"_qs, 1, u"Shouted."_qs);
        foreignTag.rootCauses = {u"Deadline missed"_qs};
        QTest::newRow("foreign root cause")
            << QList<ItemRating>{foreignTag} << u"attitude"_qs << u"root_causes"_qs;
        ItemRating tagOnPass = rated(u"attitude"_qs, 5);
        tagOnPass.rootCauses = {u"Impolite"_qs};
        QTest::newRow("root cause on pass")
            << QList<ItemRating>{tagOnPass} << u"attitude"_qs << u"root_causes"_qs;
    }
    void validateReview() {
        QFETCH(QList<ItemRating>, changes);
        QFETCH(QString, item);
        QFETCH(QString, field);
        const Scorecard card = Scorecards::defaultScorecard();
        QList<ItemRating> ratings = allBest(card);
        for (const ItemRating &c : changes)
            set(ratings, c);
        const QList<QaIssue> issues = Scorecards::validateReview(card, ratings);
        QVERIFY2(hasIssue(issues, item, field), qPrintable(Scorecards::describe(issues)));
        QCOMPARE(issues.size(), 1);
    }

    void validateReviewStructure() {
        const Scorecard card = Scorecards::defaultScorecard();
        QVERIFY(Scorecards::validateReview(card, allBest(card)).isEmpty());
        // A comment below pass where required, with a root cause of the item: fine.
        QList<ItemRating> ratings = allBest(card);
        ItemRating attitude = rated(u"attitude"_qs, 2, u"Curt."_qs);
        attitude.rootCauses = {u"Impatient"_qs};
        set(ratings, attitude);
        QVERIFY(Scorecards::validateReview(card, ratings).isEmpty());
        // Unknown and repeated items.
        ratings = allBest(card);
        ratings.append(rated(u"nonsense"_qs, 1));
        ratings.append(rated(u"attitude"_qs, 5));
        const QList<QaIssue> issues = Scorecards::validateReview(card, ratings);
        QVERIFY(hasIssue(issues, u"nonsense"_qs, QString()));
        QVERIFY(hasIssue(issues, u"attitude"_qs, QString()));
        // Missing items are each named.
        QCOMPARE(Scorecards::validateReview(card, {}).size(), 7);
    }

    void validateReviewNeedsOneValue() {
        Scorecard card;
        card.name = u"All optional"_qs;
        card.items = {{u"a"_qs, u"A"_qs, 1, ScoreScale::PassFail, true, false, false, {}},
                      {u"b"_qs, u"B"_qs, 1, ScoreScale::OneToFive, true, false, false, {}}};
        QVERIFY(Scorecards::validate(card).isEmpty());
        const QList<QaIssue> issues =
            Scorecards::validateReview(card, {notApplicable(u"a"_qs), notApplicable(u"b"_qs)});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().item.isEmpty());
        QVERIFY(Scorecards::validateReview(card, {notApplicable(u"a"_qs), rated(u"b"_qs, 1)})
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQaScorecard)
#include "tst_qa_scorecard.moc"
