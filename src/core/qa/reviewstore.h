#pragma once

#include "messaging/message.h"
#include "qa/qaactor.h"
#include "qa/scorecard.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace sb {

class BusinessCalendar;

// A scorecard version as stored (qa_scorecard_versions and its items, migration 024; the
// shipped scorecard is version 1, migration 025).
struct QaScorecardVersion {
    qint64 id = 0; // qa_scorecard_versions.id: what a review pins
    qint64 scorecardId = 0;
    QString scorecardKey;
    Scorecard card;                          // titles and root causes as stored: what reviews store
    QList<qint64> itemIds;                   // per card.items
    QStringList titlesZh;                    // per card.items; empty text when there is none
    QList<QStringList> rootCausesZh;         // per card.items, in the order of its rootCauses
    qint64 itemId(const QString &key) const; // 0 when `key` is not an item
};

// "sample": the ticket's sample row is assigned to the reviewer; "double": the reviewer is
// its blind second reviewer (continuous calibration); "extra": any other review.
enum class QaReviewKind { Sample, Double, Extra };
QString qaReviewKindKey(QaReviewKind kind);
std::optional<QaReviewKind> qaReviewKindFromKey(const QString &key);

// A review of one ticket by one inspector (qa_reviews with its items).
struct QaReview {
    qint64 id = 0;
    qint64 sampleRowId = 0; // qa_sample_tickets.id; 0 for an extra review
    qint64 ticketId = 0;
    QString serial;     // as the ticket views show it
    qint64 agentId = 0; // the ticket's handler when the review was submitted (or started)
    QString agentLogin;
    qint64 reviewerId = 0;
    QString reviewerLogin;
    qint64 scorecardVersionId = 0;
    QaReviewKind kind = QaReviewKind::Sample;
    bool submitted = false;
    std::optional<double> score; // set once submitted (0..100)
    bool passed = false;
    bool criticalFailed = false;
    QString comment;
    qint64 timeSpentMs = 0;
    qint64 dueAt = 0; // 0: none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 submittedAt = 0;
    qint64 acknowledgedAt = 0; // 0: not acknowledged
    qint64 version = 0;
    QList<ItemRating> ratings; // in scorecard order; unrated items of a draft may be missing
};

// What a saved draft or a submission carries.
struct QaReviewInput {
    QList<ItemRating> ratings;
    QString comment;
    qint64 spentMs = 0; // time worked since the last save; added to the review's time
};

// A sampled ticket the inspector still has to review (no submitted review yet).
struct QaDueReview {
    qint64 sampleRowId = 0;
    QDate day;
    qint64 ticketId = 0;
    QString serial;
    QString stratum;
    QaReviewKind kind = QaReviewKind::Sample; // Sample or Double
    qint64 reviewId = 0;                      // the draft; 0 when not started
    qint64 dueAt = 0;
    bool overdue = false;
};

enum class QaDisputeOutcome { Accepted, PartlyAccepted, Rejected };
// "accepted", "partly_accepted", "rejected".
QString qaDisputeOutcomeKey(QaDisputeOutcome outcome);
std::optional<QaDisputeOutcome> qaDisputeOutcomeFromKey(const QString &key);

// An item a dispute (质检复核) names: the agent's reason, the rating when it was raised, and
// the decided rating when the decision changed it.
struct QaDisputedItem {
    QString key;
    QString reason;
    std::optional<int> originalValue;
    bool originalNa = false;
    bool changed = false; // the decision gave it a new rating
    std::optional<int> decidedValue;
    bool decidedNa = false;
};

struct QaDispute {
    qint64 id = 0;
    qint64 reviewId = 0;
    qint64 raisedBy = 0;
    qint64 raisedAt = 0;
    QString reason;
    std::optional<QaDisputeOutcome> outcome; // unset while open
    qint64 deciderId = 0;
    qint64 decidedAt = 0;
    QString decisionReason;
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    QList<QaDisputedItem> items; // in scorecard order
    bool isOpen() const { return !outcome; }
};

// A submitted review of an agent's work ("My QA results") and where its feedback stands.
struct QaResult {
    QaReview review;
    std::optional<QaDispute> dispute;
    qint64 disputeUntil = 0; // the last moment the agent may dispute it
    bool mayDispute = false; // now: neither acknowledged nor disputed, and in time
};

// Reviewing sampled tickets against a scorecard, and the feedback that follows: the agent
// acknowledges a review or disputes named items of it, and another inspector or a QA lead
// decides the dispute, the only way a submitted score changes, once.
//
// On SQLite the checks are made here, each step in one transaction. On PostgreSQL every
// write goes through the server's functions (resources/sql/postgresql/025_qa_reviews.sql),
// which make the same checks as the login, stamp the login and the server's time and score
// the review themselves; the workstation checks the ratings first, so that the person gets
// the same sentences as on SQLite.
//
// Rules: a reviewer holds qa.review and did not handle the ticket (neither its handler nor
// the actor of a line of its timeline); the ticket is in a QA sample or the reviewer holds
// qa.read_all. A review pins the scorecard version in force when it starts. It is due at the
// start of the second working day after its sampled day (so: by the end of the first working
// day after it), business calendar; after that it is overdue. An agent disputes within
// qa.dispute_days days (24 hours each) of the submission, once; acknowledged reviews are not
// disputed. The decider holds qa.decide_dispute and is neither the reviewer nor the agent.
class QaReviewStore {
    Q_DECLARE_TR_FUNCTIONS(QaReviewStore)
public:
    QaReviewStore(Database &db, const Clock &clock);

    // The newest published version of a scorecard that is not archived; nullopt when none.
    bool scorecardInForce(std::optional<QaScorecardVersion> &out, QString &error) const;
    bool scorecardVersion(qint64 versionId, QaScorecardVersion &out, QString &error) const;

    // Starts `actor`'s review of `ticketId`, pinning the scorecard version in force, or
    // resumes their draft of it. A ticket the actor reviewed already is refused.
    bool start(const QaActor &actor, qint64 ticketId, QaReview &out, QString &error);
    // Saves the actor's draft: its ratings (as a whole), comment and time spent.
    bool saveDraft(const QaActor &actor, qint64 reviewId, const QaReviewInput &input, QaReview &out,
                   QString &error);
    // Submits the actor's draft in one transaction: the ratings must pass
    // Scorecards::validateReview; the score is Scorecards::score with the pinned version and
    // qa.pass_mark. Audited (qa.review.submit). In the same transaction the agent gets the
    // feedback notice (feedbackNotice), a message from the submitter with its read receipt,
    // and a failed review opens its coaching item for the agent's team lead (QaCoachingStore).
    // A blind second review (kind Double) sends no notice and opens no coaching item: it is
    // not in the agent's results and cannot be acknowledged or disputed.
    bool submit(const QaActor &actor, qint64 reviewId, const QaReviewInput &input, QaReview &out,
                QString &error);
    // A review the connection may read; nullopt when there is none.
    bool load(qint64 reviewId, std::optional<QaReview> &out, QString &error) const;

    // The sampled tickets assigned to `reviewerId` (first or second reviewer) without a
    // submitted review of theirs: overdue first, then by due time, day and ticket.
    bool dueReviews(qint64 reviewerId, QList<QaDueReview> &out, QString &error) const;
    // When the reviews of sampled day `day` are due.
    bool dueTime(const QDate &day, qint64 &out, QString &error) const;
    // The same under a calendar already loaded (one load for many days).
    static qint64 dueTime(const BusinessCalendar &calendar, const QDate &day);
    // The pass mark reviews are scored against now (setting qa.pass_mark), for previews.
    bool currentPassMark(double &out, QString &error) const { return passMark(out, error); }

    // "My QA results": the submitted reviews of `agentId`'s work, newest first.
    bool results(qint64 agentId, QList<QaResult> &out, QString &error) const;
    // The agent acknowledges a review of their work. Audited (qa.review.acknowledge).
    bool acknowledge(const QaActor &actor, qint64 reviewId, QString &error);
    // The agent disputes named items (`key`, `reason`) of a review of their work, with a
    // reason. Audited (qa.dispute.raise).
    bool dispute(const QaActor &actor, qint64 reviewId, const QString &reason,
                 const QList<QaDisputedItem> &items, QaDispute &out, QString &error);

    // Open disputes, oldest first (for deciders).
    bool openDisputes(QList<QaDispute> &out, QString &error) const;
    bool loadDispute(qint64 disputeId, std::optional<QaDispute> &out, QString &error) const;
    // Decides an open dispute. `decided` are the new ratings (key, value or N/A) of disputed
    // items: every one when accepted, at least one when partly accepted, none when rejected;
    // each must change the item's rating. The review is re-scored with its pinned version.
    // Audited (qa.dispute.decide).
    bool decide(const QaActor &actor, qint64 disputeId, QaDisputeOutcome outcome,
                const QString &reason, const QList<ItemRating> &decided, QaDispute &out,
                QString &error);

    // The notice a submitted review sends its agent: the ticket's serial, the score and
    // whether it passed, and how long the agent may request a review check (质检复核).
    static OutgoingMessage feedbackNotice(const QaReview &review, qint64 disputeDays);

    static constexpr auto kPassMarkSetting = "qa.pass_mark";
    static constexpr auto kDisputeDaysSetting = "qa.dispute_days";
    static constexpr qint64 kDefaultDisputeDays = 3;
    static constexpr qsizetype kMaxReason = 2000;
    static constexpr qint64 kMaxSpentMs = 86400000; // a save adds at most a day

private:
    struct Row; // a review's columns as read, before its items
    bool loadReviews(const QString &where, const QVariantList &values, QList<QaReview> &out,
                     QString &error) const;
    bool loadDisputes(const QString &where, const QVariantList &values, QList<QaDispute> &out,
                      QString &error) const;
    bool passMark(double &out, QString &error) const;
    bool disputeDays(qint64 &out, QString &error) const;
    bool mayAct(const QaActor &actor, const QString &permission, QString &error) const;
    bool holds(const QaActor &actor, const QString &permission, bool &out, QString &error) const;
    bool checkReviewer(const QaActor &actor, qint64 ticketId, QString &error) const;
    bool sampleRowFor(qint64 reviewerId, qint64 ticketId, qint64 &row, QDate &day,
                      QaReviewKind &kind, QString &error) const;
    bool writeItems(const QaScorecardVersion &version, qint64 reviewId,
                    const QList<ItemRating> &ratings, QString &error) const;
    bool ownDraft(const QaActor &actor, qint64 reviewId, QaReview &out, QString &error) const;
    bool ownResult(const QaActor &actor, qint64 reviewId, QaReview &out, QString &error) const;
    bool startLocally(const QaActor &actor, qint64 ticketId, qint64 &id, QString &error);
    bool submitLocally(const QaActor &actor, qint64 reviewId, const QaReviewInput &input,
                       const QaScorecardVersion &version, const ReviewScore &score, QString &error);
    // Sends the feedback notice of submitted review `reviewId` inside the caller's
    // transaction (none when the ticket had no handler).
    bool notifyAgent(const QaActor &actor, qint64 reviewId, QString &error);
    // Opens the coaching item of submitted review `reviewId` when it failed (QaCoachingStore),
    // inside the caller's transaction.
    bool openCoaching(const QaActor &actor, qint64 reviewId, QString &error);
    bool disputeLocally(const QaActor &actor, qint64 reviewId, const QString &reason,
                        const QList<QaDisputedItem> &items, qint64 &id, QString &error);
    bool decideLocally(const QaActor &actor, qint64 disputeId, QaDisputeOutcome outcome,
                       const QString &reason, const QList<ItemRating> &decided, QString &error);
    // Runs a server function in a transaction; the error is the server's sentence.
    bool callServer(const QString &sql, const QVariantList &values, QVariant *result,
                    QString &error) const;
    QString auditActor(const QaActor &actor) const;

    // The checks a rating gets whenever it is saved: an item of the version, once, a value
    // within the scale or N/A where allowed, a comment of at most Scorecards::kMaxCommentLength,
    // root causes from the item's tags.
    static QList<QaIssue> draftIssues(const Scorecard &card, const QList<ItemRating> &ratings);
    static QString ratingsJson(const QList<ItemRating> &ratings);
    static QString rootCausesText(const QStringList &tags);
    static QStringList rootCausesFrom(const QString &text);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb
