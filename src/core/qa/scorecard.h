#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// How an item is rated. Each scale has a lowest value, a highest value and a pass level; a
// value below the pass level "fails" the item (a failed critical item sets the review to 0,
// a comment may be required below it):
//   PassFail  0 = fail, 1 = pass                          pass level 1
//   ZeroToTwo 0 = not met, 1 = partly met, 2 = fully met  pass level 1: "partly met" is a
//             weak pass (it scores 0.5), only "not met" fails
//   OneToFive 1 (very poor) … 5 (excellent)               pass level 3: 3 is "acceptable",
//             the middle of the scale, as 一般 is on the customer satisfaction scale
enum class ScoreScale { PassFail, ZeroToTwo, OneToFive };

int scaleMinimum(ScoreScale scale);
int scaleMaximum(ScoreScale scale);
int scalePassLevel(ScoreScale scale);
// The JSON name: "pass_fail", "zero_to_two", "one_to_five".
QString scaleName(ScoreScale scale);
std::optional<ScoreScale> scaleFromName(const QString &name);

// One dimension of a scorecard (评分表).
struct ScorecardItem {
    QString key;       // stable identifier: [a-z0-9_], starts with a letter; reviews refer to it
    QString title;     // what the inspector reads
    double weight = 1; // > 0; only the ratio between the weights matters
    ScoreScale scale = ScoreScale::PassFail;
    bool naAllowed = false;
    bool critical = false; // failing it sets the review score to 0
    bool commentRequiredBelowPass = false;
    QStringList rootCauses; // the tags an inspector may pick when the item is below pass
};

// A versioned scorecard. A published version never changes: edits go to a new draft
// (Scorecards::nextDraft) and each review pins the version it was scored with.
struct Scorecard {
    QString name;
    int version = 1; // >= 1
    bool published = false;
    QList<ScorecardItem> items;

    const ScorecardItem *item(const QString &key) const;
};

// One problem found in a scorecard or a filled review: what is wrong and where. `item` is the
// item key (empty for the scorecard itself; "#3" for the fourth item when its key is unusable),
// `field` the JSON field name ("weight", "scale", ...; for a review "value", "comment", ...).
struct QaIssue {
    QString item;
    QString field;
    QString message; // translated, without the place: text() adds it

    QString text() const;
};

// What an inspector gave one item of a review.
struct ItemRating {
    QString key;
    std::optional<int> value; // unset: not rated (yet)
    bool na = false;          // not applicable; then value stays unset
    QString comment;
    QStringList rootCauses; // picked from the item's root-cause tags
};

// The score of a (possibly partly) filled review.
struct ReviewScore {
    bool scored = false; // false when no item is rated with a value (none yet, or all N/A)
    double score = 0;    // 0..100
    bool criticalFailed = false;
    bool passed = false;     // scored and score >= pass mark
    QStringList failedItems; // keys of the rated items below pass, in scorecard order
};

// Scorecards as data: JSON, validation, the shipped default, and the scoring of reviews.
class Scorecards {
    Q_DECLARE_TR_FUNCTIONS(sb::Scorecards)
public:
    static constexpr int kMaxItems = 100;
    static constexpr int kMaxKeyLength = 64;
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxNameLength = 200;
    static constexpr double kMaxWeight = 1000;
    static constexpr int kMaxRootCauses = 30;
    static constexpr int kMaxRootCauseLength = 100;
    static constexpr int kMaxCommentLength = 4000;
    static constexpr double kDefaultPassMark = 80;

    // The shipped scorecard: the seven dimensions of docs/spec/DOMAIN.md §6, version 1,
    // published, titles and root causes in the current language.
    static Scorecard defaultScorecard();

    // Every problem of the scorecard, in item order; empty when it is valid.
    static QList<QaIssue> validate(const Scorecard &card);

    // {"name", "version", "published", "items": [{"key", "title", "weight", "scale",
    //  "na_allowed", "critical", "comment_required_below_pass", "root_causes"}]}.
    // "published", "na_allowed", "critical", "comment_required_below_pass" and "root_causes"
    // may be left out (false / none); any other field that is not known is a problem, so
    // that a misspelt flag does not silently become false.
    static QByteArray toJson(const Scorecard &card);
    // Reads and validates; on any problem returns false and lists them all in `issues`.
    static bool fromJson(const QByteArray &json, Scorecard &out, QList<QaIssue> &issues);

    // The editable copy of a published scorecard: the next version, not published.
    static Scorecard nextDraft(const Scorecard &published);

    // 100 × Σ wᵢcᵢ / Σ wᵢ over the items rated with a value, where cᵢ = (s − min)/(max − min);
    // 0 when a rated critical item is below its pass level. Unrated and N/A items do not
    // count; ratings of unknown items and values outside the scale are ignored here (see
    // validateReview). Passes at score >= passMark (a tolerance of 1e-9 absorbs rounding).
    static ReviewScore score(const Scorecard &card, const QList<ItemRating> &ratings,
                             double passMark = kDefaultPassMark);

    // The checks before a review is submitted: every item rated or N/A, N/A only where
    // allowed, values within the scale, a comment below pass where required, root causes
    // only from the item's tags, no unknown or repeated items, and at least one item rated
    // with a value (a review of N/A only has no score).
    static QList<QaIssue> validateReview(const Scorecard &card, const QList<ItemRating> &ratings);

    // All issues as lines of text.
    static QString describe(const QList<QaIssue> &issues);
};

} // namespace sb
