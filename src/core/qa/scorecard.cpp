#include "qa/scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace sb {

namespace {

const QString kName = QStringLiteral("name");
const QString kVersion = QStringLiteral("version");
const QString kPublished = QStringLiteral("published");
const QString kItems = QStringLiteral("items");
const QString kKey = QStringLiteral("key");
const QString kTitle = QStringLiteral("title");
const QString kWeight = QStringLiteral("weight");
const QString kScale = QStringLiteral("scale");
const QString kNaAllowed = QStringLiteral("na_allowed");
const QString kCritical = QStringLiteral("critical");
const QString kCommentRequired = QStringLiteral("comment_required_below_pass");
const QString kRootCauses = QStringLiteral("root_causes");
// Fields of a filled review, named in its issues.
const QString kValue = QStringLiteral("value");
const QString kComment = QStringLiteral("comment");

bool isValidKey(const QString &key) {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return key.size() <= Scorecards::kMaxKeyLength && re.match(key).hasMatch();
}

// Where an item's issues are reported: its key, or its position when the key is unusable.
QString itemPlace(const ScorecardItem &item, qsizetype index) {
    return isValidKey(item.key) ? item.key : QStringLiteral("#%1").arg(index);
}

} // namespace

int scaleMinimum(ScoreScale scale) {
    return scale == ScoreScale::OneToFive ? 1 : 0;
}

int scaleMaximum(ScoreScale scale) {
    switch (scale) {
    case ScoreScale::PassFail:
        return 1;
    case ScoreScale::ZeroToTwo:
        return 2;
    case ScoreScale::OneToFive:
        return 5;
    }
    return 1;
}

int scalePassLevel(ScoreScale scale) {
    return scale == ScoreScale::OneToFive ? 3 : 1;
}

QString scaleName(ScoreScale scale) {
    switch (scale) {
    case ScoreScale::PassFail:
        return QStringLiteral("pass_fail");
    case ScoreScale::ZeroToTwo:
        return QStringLiteral("zero_to_two");
    case ScoreScale::OneToFive:
        return QStringLiteral("one_to_five");
    }
    return {};
}

std::optional<ScoreScale> scaleFromName(const QString &name) {
    for (const ScoreScale s : {ScoreScale::PassFail, ScoreScale::ZeroToTwo, ScoreScale::OneToFive})
        if (scaleName(s) == name)
            return s;
    return std::nullopt;
}

const ScorecardItem *Scorecard::item(const QString &key) const {
    for (const ScorecardItem &i : items)
        if (i.key == key)
            return &i;
    return nullptr;
}

QString QaIssue::text() const {
    if (item.isEmpty() && field.isEmpty())
        return message;
    if (item.isEmpty())
        return QCoreApplication::translate("sb::Scorecards", "%1: %2").arg(field, message);
    if (field.isEmpty())
        return QCoreApplication::translate("sb::Scorecards", "Item \"%1\": %2").arg(item, message);
    return QCoreApplication::translate("sb::Scorecards", "Item \"%1\", %2: %3")
        .arg(item, field, message);
}

QString Scorecards::describe(const QList<QaIssue> &issues) {
    QStringList lines;
    lines.reserve(issues.size());
    for (const QaIssue &i : issues)
        lines.append(i.text());
    return lines.join(QLatin1Char('\n'));
}

Scorecard Scorecards::defaultScorecard() {
    // Weights add up to 100 so each reads as the item's share of the score. The outcome for the
    // customer (the solution) weighs most; the record and the customer's satisfaction least,
    // the latter because much of it is outside the agent's hands. Graded items use 1–5 where
    // an inspector judges quality, 0–2 where the work is met, partly met or not met.
    Scorecard card;
    card.name = tr("Standard complaint handling");
    card.version = 1;
    card.published = true;
    // Deadlines are clear-cut but a little late is not the same as never: 0–2. Not critical:
    // an overdue ticket carries a timeout reason and has its own escalation path.
    card.items.append({QStringLiteral("timeliness"),
                       tr("Timeliness"),
                       15,
                       ScoreScale::ZeroToTwo,
                       false,
                       false,
                       true,
                       {tr("Slow first response"), tr("Deadline missed"),
                        tr("No reason given for the delay"), tr("Needless transfer")}});
    // Acting on an account for an unverified caller exposes personal data: critical, and a
    // plain yes/no. N/A where no account was touched (a general enquiry).
    card.items.append({QStringLiteral("identity_verification"),
                       tr("Identity verification"),
                       10,
                       ScoreScale::PassFail,
                       true,
                       true,
                       true,
                       {tr("Verification skipped"), tr("Verification incomplete"),
                        tr("Personal data disclosed before verification")}});
    card.items.append(
        {QStringLiteral("understanding"),
         tr("Understanding of the problem"),
         15,
         ScoreScale::OneToFive,
         false,
         false,
         true,
         {tr("Wrong problem type"), tr("Key facts not asked"), tr("Customer had to repeat")}});
    // The point of the ticket: the largest weight. Not critical, so that a partly effective
    // solution still leaves a graded score to coach on.
    card.items.append({QStringLiteral("solution_effectiveness"),
                       tr("Effectiveness of the solution"),
                       25,
                       ScoreScale::OneToFive,
                       false,
                       false,
                       true,
                       {tr("Wrong answer"), tr("Knowledge base not used"), tr("Not escalated"),
                        tr("Escalated needlessly"), tr("Problem not solved")}});
    // Graded rather than critical: a curt reply (2) should lower the score, not zero it.
    // Abuse is caught by the comment and the coaching that follows a failed review.
    card.items.append({QStringLiteral("attitude"),
                       tr("Attitude"),
                       15,
                       ScoreScale::OneToFive,
                       false,
                       false,
                       true,
                       {tr("Impolite"), tr("Impatient"), tr("Interrupted the customer"),
                        tr("Unprofessional wording")}});
    card.items.append({QStringLiteral("record_completeness"),
                       tr("Completeness of the record"),
                       10,
                       ScoreScale::ZeroToTwo,
                       false,
                       false,
                       true,
                       {tr("Fields missing"), tr("Handling opinion missing"),
                        tr("Reply summary missing"), tr("Attachments missing")}});
    // N/A when the customer was not revisited or gave no rating.
    card.items.append({QStringLiteral("satisfaction"),
                       tr("Satisfaction achieved"),
                       10,
                       ScoreScale::OneToFive,
                       true,
                       false,
                       true,
                       {tr("Customer unsatisfied with the result"),
                        tr("Customer unsatisfied with the service"), tr("Expectations not set")}});
    return card;
}

QList<QaIssue> Scorecards::validate(const Scorecard &card) {
    QList<QaIssue> issues;
    if (card.name.trimmed().isEmpty())
        issues.append({{}, kName, tr("The scorecard needs a name.")});
    else if (card.name.size() > kMaxNameLength)
        issues.append({{}, kName, tr("At most %1 characters.").arg(kMaxNameLength)});
    if (card.version < 1)
        issues.append({{}, kVersion, tr("The version must be 1 or more.")});
    if (card.items.isEmpty())
        issues.append({{}, kItems, tr("The scorecard needs at least one item.")});
    else if (card.items.size() > kMaxItems)
        issues.append({{}, kItems, tr("At most %1 items.").arg(kMaxItems)});

    QSet<QString> keys;
    for (qsizetype i = 0; i < card.items.size(); ++i) {
        const ScorecardItem &it = card.items.at(i);
        const QString place = itemPlace(it, i);
        if (!isValidKey(it.key))
            issues.append({place, kKey,
                           tr("The key must be 1 to %1 characters of a–z, 0–9 and _, starting "
                              "with a letter.")
                               .arg(kMaxKeyLength)});
        else if (keys.contains(it.key))
            issues.append({place, kKey, tr("Another item has the same key.")});
        keys.insert(it.key);
        if (it.title.trimmed().isEmpty())
            issues.append({place, kTitle, tr("The item needs a title.")});
        else if (it.title.size() > kMaxTitleLength)
            issues.append({place, kTitle, tr("At most %1 characters.").arg(kMaxTitleLength)});
        if (!std::isfinite(it.weight) || it.weight <= 0 || it.weight > kMaxWeight)
            issues.append({place, kWeight,
                           tr("The weight must be more than 0 and at most %1.").arg(kMaxWeight)});
        if (it.rootCauses.size() > kMaxRootCauses)
            issues.append({place, kRootCauses, tr("At most %1 root causes.").arg(kMaxRootCauses)});
        QSet<QString> tags;
        for (const QString &tag : it.rootCauses) {
            if (tag.trimmed().isEmpty() || tag.size() > kMaxRootCauseLength) {
                issues.append(
                    {place, kRootCauses,
                     tr("A root cause must be 1 to %1 characters.").arg(kMaxRootCauseLength)});
                break;
            }
            if (tags.contains(tag)) {
                issues.append({place, kRootCauses, tr("\"%1\" is listed twice.").arg(tag)});
                break;
            }
            tags.insert(tag);
        }
    }
    return issues;
}

QByteArray Scorecards::toJson(const Scorecard &card) {
    QJsonArray items;
    for (const ScorecardItem &it : card.items) {
        QJsonObject o;
        o.insert(kKey, it.key);
        o.insert(kTitle, it.title);
        o.insert(kWeight, it.weight);
        o.insert(kScale, scaleName(it.scale));
        o.insert(kNaAllowed, it.naAllowed);
        o.insert(kCritical, it.critical);
        o.insert(kCommentRequired, it.commentRequiredBelowPass);
        o.insert(kRootCauses, QJsonArray::fromStringList(it.rootCauses));
        items.append(o);
    }
    QJsonObject root;
    root.insert(kName, card.name);
    root.insert(kVersion, card.version);
    root.insert(kPublished, card.published);
    root.insert(kItems, items);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

namespace {

// Reads the JSON fields of one object into typed values, reporting wrong types, missing
// required fields and unknown fields at `place`.
class FieldReader {
public:
    FieldReader(const QJsonObject &o, QString place, QList<QaIssue> &issues)
        : m_o(o)
        , m_place(std::move(place))
        , m_issues(issues) {}

    void string(const QString &field, QString &out) {
        const QJsonValue v = take(field);
        if (v.isUndefined())
            missing(field);
        else if (!v.isString())
            wrong(field, QCoreApplication::translate("sb::Scorecards", "Expected text."));
        else
            out = v.toString();
    }
    void number(const QString &field, double &out) {
        const QJsonValue v = take(field);
        if (v.isUndefined())
            missing(field);
        else if (!v.isDouble())
            wrong(field, QCoreApplication::translate("sb::Scorecards", "Expected a number."));
        else
            out = v.toDouble();
    }
    void integer(const QString &field, int &out) {
        const QJsonValue v = take(field);
        const double d = v.toDouble();
        if (v.isUndefined())
            missing(field);
        else if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
            wrong(field, QCoreApplication::translate("sb::Scorecards", "Expected a whole number."));
        else
            out = static_cast<int>(d);
    }
    void flag(const QString &field, bool &out) {
        const QJsonValue v = take(field);
        if (v.isUndefined())
            out = false;
        else if (!v.isBool())
            wrong(field, QCoreApplication::translate("sb::Scorecards", "Expected true or false."));
        else
            out = v.toBool();
    }
    void strings(const QString &field, QStringList &out) {
        const QJsonValue v = take(field);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            wrong(field,
                  QCoreApplication::translate("sb::Scorecards", "Expected a list of texts."));
            return;
        }
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                wrong(field,
                      QCoreApplication::translate("sb::Scorecards", "Expected a list of texts."));
                out.clear();
                return;
            }
            out.append(e.toString());
        }
    }
    QJsonValue take(const QString &field) {
        m_seen.insert(field);
        return m_o.value(field);
    }
    // Reports the fields nobody asked for.
    void finish() {
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it)
            if (!m_seen.contains(it.key()))
                wrong(it.key(), QCoreApplication::translate("sb::Scorecards", "Unknown field."));
    }
    void wrong(const QString &field, const QString &message) {
        m_issues.append({m_place, field, message});
    }

private:
    void missing(const QString &field) {
        wrong(field, QCoreApplication::translate("sb::Scorecards", "Missing."));
    }

    const QJsonObject &m_o;
    QString m_place;
    QList<QaIssue> &m_issues;
    QSet<QString> m_seen;
};

} // namespace

bool Scorecards::fromJson(const QByteArray &json, Scorecard &out, QList<QaIssue> &issues) {
    issues.clear();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        issues.append(
            {{}, {}, tr("Not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())});
        return false;
    }
    if (!doc.isObject()) {
        issues.append({{}, {}, tr("Expected a JSON object.")});
        return false;
    }
    Scorecard card;
    const QJsonObject root = doc.object();
    FieldReader r(root, {}, issues);
    r.string(kName, card.name);
    r.integer(kVersion, card.version);
    r.flag(kPublished, card.published);
    const QJsonValue items = r.take(kItems);
    r.finish();
    if (items.isUndefined()) {
        r.wrong(kItems, tr("Missing."));
    } else if (!items.isArray()) {
        r.wrong(kItems, tr("Expected a list of items."));
    } else if (items.toArray().size() > kMaxItems) {
        // Refused before reading: a huge list is not worth a report per item.
        r.wrong(kItems, tr("At most %1 items.").arg(kMaxItems));
    } else {
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                issues.append({QStringLiteral("#%1").arg(i), {}, tr("Expected an object.")});
                continue;
            }
            const QJsonObject o = array.at(i).toObject();
            ScorecardItem it;
            const QString key = o.value(kKey).toString();
            const QString place = isValidKey(key) ? key : QStringLiteral("#%1").arg(i);
            FieldReader ir(o, place, issues);
            ir.string(kKey, it.key);
            ir.string(kTitle, it.title);
            ir.number(kWeight, it.weight);
            QString scale;
            ir.string(kScale, scale);
            if (!scale.isEmpty()) {
                if (const auto s = scaleFromName(scale))
                    it.scale = *s;
                else
                    ir.wrong(kScale, tr("\"%1\" is not a scale; use pass_fail, zero_to_two or "
                                        "one_to_five.")
                                         .arg(scale));
            }
            ir.flag(kNaAllowed, it.naAllowed);
            ir.flag(kCritical, it.critical);
            ir.flag(kCommentRequired, it.commentRequiredBelowPass);
            ir.strings(kRootCauses, it.rootCauses);
            ir.finish();
            card.items.append(it);
        }
    }
    if (!issues.isEmpty())
        return false;
    issues = validate(card);
    if (!issues.isEmpty())
        return false;
    out = card;
    return true;
}

Scorecard Scorecards::nextDraft(const Scorecard &published) {
    Scorecard draft = published;
    draft.version = published.version + 1;
    draft.published = false;
    return draft;
}

ReviewScore Scorecards::score(const Scorecard &card, const QList<ItemRating> &ratings,
                              double passMark) {
    ReviewScore r;
    double weighted = 0;
    double weights = 0;
    for (const ScorecardItem &it : card.items) {
        const ItemRating *rating = nullptr;
        for (const ItemRating &x : ratings)
            if (x.key == it.key) {
                rating = &x;
                break;
            }
        if (!rating || rating->na || !rating->value)
            continue;
        const int s = *rating->value;
        const int lo = scaleMinimum(it.scale);
        const int hi = scaleMaximum(it.scale);
        if (s < lo || s > hi)
            continue;
        weighted += it.weight * double(s - lo) / double(hi - lo);
        weights += it.weight;
        if (s < scalePassLevel(it.scale)) {
            r.failedItems.append(it.key);
            if (it.critical)
                r.criticalFailed = true;
        }
    }
    if (weights <= 0)
        return r;
    r.scored = true;
    r.score = r.criticalFailed ? 0.0 : 100.0 * weighted / weights;
    r.passed = r.score >= passMark - 1e-9;
    return r;
}

QList<QaIssue> Scorecards::validateReview(const Scorecard &card, const QList<ItemRating> &ratings) {
    QList<QaIssue> issues;
    QSet<QString> seen;
    for (const ItemRating &x : ratings) {
        if (!card.item(x.key))
            issues.append({x.key, {}, tr("Not an item of this scorecard.")});
        else if (seen.contains(x.key))
            issues.append({x.key, {}, tr("Rated more than once.")});
        seen.insert(x.key);
    }
    bool anyValue = false;
    for (const ScorecardItem &it : card.items) {
        const ItemRating *x = nullptr;
        for (const ItemRating &y : ratings)
            if (y.key == it.key) {
                x = &y;
                break;
            }
        if (!x || (!x->na && !x->value)) {
            issues.append({it.key, kValue,
                           it.naAllowed ? tr("Rate the item or mark it not applicable.")
                                        : tr("Rate the item.")});
            continue;
        }
        if (x->na && x->value) {
            issues.append({it.key, kValue, tr("Either a value or not applicable, not both.")});
            continue;
        }
        if (x->na) {
            if (!it.naAllowed)
                issues.append({it.key, kValue, tr("This item cannot be marked not applicable.")});
            if (!x->rootCauses.isEmpty())
                issues.append(
                    {it.key, kRootCauses, tr("A not applicable item has no root causes.")});
        } else {
            const int s = *x->value;
            const int lo = scaleMinimum(it.scale);
            const int hi = scaleMaximum(it.scale);
            if (s < lo || s > hi) {
                issues.append(
                    {it.key, kValue, tr("The value must be from %1 to %2.").arg(lo).arg(hi)});
                continue;
            }
            anyValue = true;
            const bool below = s < scalePassLevel(it.scale);
            if (below && it.commentRequiredBelowPass && x->comment.trimmed().isEmpty())
                issues.append({it.key, kComment, tr("A comment is required below pass.")});
            if (!below && !x->rootCauses.isEmpty())
                issues.append(
                    {it.key, kRootCauses, tr("Root causes are only for items below pass.")});
        }
        if (x->comment.size() > kMaxCommentLength)
            issues.append({it.key, kComment, tr("At most %1 characters.").arg(kMaxCommentLength)});
        for (const QString &tag : x->rootCauses)
            if (!it.rootCauses.contains(tag)) {
                issues.append(
                    {it.key, kRootCauses, tr("\"%1\" is not a root cause of this item.").arg(tag)});
                break;
            }
    }
    if (!anyValue && !card.items.isEmpty() && issues.isEmpty())
        issues.append({{},
                       {},
                       tr("At least one item must be rated; a review of only not "
                          "applicable items has no score.")});
    return issues;
}

} // namespace sb
