// QaReviewStore: the agent acknowledges or disputes a review (质检复核); the dispute's
// decision, the only way a submitted score changes.
#include "qa/reviewstore.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

QJsonValue ratingValue(const std::optional<int> &v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

const ItemRating *ratingOf(const QList<ItemRating> &ratings, const QString &key) {
    for (const ItemRating &r : ratings)
        if (r.key == key)
            return &r;
    return nullptr;
}

} // namespace

bool QaReviewStore::ownResult(const QaActor &actor, qint64 reviewId, QaReview &out,
                              QString &error) const {
    std::optional<QaReview> r;
    if (!load(reviewId, r, error))
        return false;
    // A blind second review (continuous calibration) is no feedback: its agent never gets it.
    if (!r || !r->submitted || r->agentId != actor.staffId || r->kind == QaReviewKind::Double) {
        error = tr("Review #%1 is not a submitted review of your work.").arg(reviewId);
        return false;
    }
    if (r->acknowledgedAt > 0) {
        error = tr("Review #%1 was acknowledged already.").arg(reviewId);
        return false;
    }
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM qa_disputes WHERE review_id = ?"),
                   {reviewId}, error) ||
        !q.next())
        return false;
    if (q.value(0).toLongLong() > 0) {
        error = tr("Review #%1 was disputed already; a review is disputed once.").arg(reviewId);
        return false;
    }
    out = *r;
    return true;
}

bool QaReviewStore::acknowledge(const QaActor &actor, qint64 reviewId, QString &error) {
    if (!mayAct(actor, {}, error))
        return false;
    if (m_db.dialect() == Dialect::PostgreSQL)
        return callServer(QStringLiteral("SELECT sb_qa_acknowledge_review(?)"), {reviewId}, nullptr,
                          error);
    return m_db.transaction(
        [&](QString &err) {
            QaReview r;
            if (!ownResult(actor, reviewId, r, err))
                return false;
            const qint64 now = m_clock.nowMs();
            return m_db.exec(QStringLiteral("UPDATE qa_reviews SET acknowledged_at = ?, "
                                            "updated_at = ?, version = version + 1 WHERE id = ?"),
                             {now, now, reviewId}, err) &&
                   AuditTrail(m_db, m_clock)
                       .append(auditActor(actor), QStringLiteral("qa.review.acknowledge"),
                               QStringLiteral("qa_review"), reviewId,
                               {{QStringLiteral("ticket"), r.ticketId},
                                {QStringLiteral("score"), r.score.value_or(0)}},
                               err);
        },
        error);
}

bool QaReviewStore::disputeLocally(const QaActor &actor, qint64 reviewId, const QString &reason,
                                   const QList<QaDisputedItem> &items, qint64 &id, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QaReview r;
            QaScorecardVersion version;
            qint64 days = kDefaultDisputeDays;
            if (!ownResult(actor, reviewId, r, err) ||
                !scorecardVersion(r.scorecardVersionId, version, err) || !disputeDays(days, err))
                return false;
            const qint64 now = m_clock.nowMs();
            if (now > r.submittedAt + days * 86400000) {
                err = tr("Review #%1 can no longer be disputed: the %2 days to dispute it have "
                         "passed.")
                          .arg(reviewId)
                          .arg(days);
                return false;
            }
            if (!dialect::insertReturningId(m_db,
                                            QStringLiteral("INSERT INTO qa_disputes(review_id, "
                                                           "raised_by, raised_at, reason) VALUES "
                                                           "(?, ?, ?, ?)"),
                                            {reviewId, actor.staffId, now, reason}, id, err))
                return false;
            QJsonArray keys;
            for (const QaDisputedItem &item : items) {
                const ItemRating *was = ratingOf(r.ratings, item.key);
                const bool hasValue = was && was->value;
                if (!m_db.exec(QStringLiteral("INSERT INTO qa_dispute_items(dispute_id, item_id, "
                                              "reason, original_value, original_na) VALUES (?, "
                                              "?, ?, ?, ?)"),
                               {id, version.itemId(item.key), item.reason.trimmed(),
                                hasValue ? QVariant(double(*was->value))
                                         : QVariant(QMetaType::fromType<double>()),
                                was && was->na ? 1 : 0},
                               err))
                    return false;
                keys.append(item.key);
            }
            return AuditTrail(m_db, m_clock)
                .append(auditActor(actor), QStringLiteral("qa.dispute.raise"),
                        QStringLiteral("qa_dispute"), id,
                        {{QStringLiteral("review"), reviewId},
                         {QStringLiteral("ticket"), r.ticketId},
                         {QStringLiteral("items"), keys},
                         {QStringLiteral("reason"), reason}},
                        err);
        },
        error);
}

bool QaReviewStore::dispute(const QaActor &actor, qint64 reviewId, const QString &reason,
                            const QList<QaDisputedItem> &items, QaDispute &out, QString &error) {
    out = {};
    const QString why = reason.trimmed();
    if (!mayAct(actor, {}, error))
        return false;
    if (why.isEmpty() || why.size() > kMaxReason) {
        error = tr("A dispute needs a reason of at most %1 characters.").arg(kMaxReason);
        return false;
    }
    QaReview r;
    QaScorecardVersion version;
    if (!ownResult(actor, reviewId, r, error) ||
        !scorecardVersion(r.scorecardVersionId, version, error))
        return false;
    if (items.isEmpty()) {
        error = tr("A dispute names at least one item of the review.");
        return false;
    }
    QSet<QString> seen;
    for (const QaDisputedItem &item : items) {
        if (!version.card.item(item.key) || seen.contains(item.key)) {
            error = tr("Item “%1” is not an item of the review, or is named twice.").arg(item.key);
            return false;
        }
        seen.insert(item.key);
        if (item.reason.trimmed().size() > kMaxReason) {
            error =
                tr("Item “%1”: a reason has at most %2 characters.").arg(item.key).arg(kMaxReason);
            return false;
        }
    }
    qint64 id = 0;
    if (m_db.dialect() == Dialect::SQLite) {
        if (!disputeLocally(actor, reviewId, why, items, id, error))
            return false;
    } else {
        QJsonArray a;
        for (const QaDisputedItem &item : items)
            a.append(QJsonObject{{QStringLiteral("key"), item.key},
                                 {QStringLiteral("reason"), item.reason.trimmed()}});
        QVariant result;
        if (!callServer(
                QStringLiteral("SELECT sb_qa_raise_dispute(?, ?, ?)"),
                {reviewId, why, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))},
                &result, error))
            return false;
        id = result.toLongLong();
    }
    std::optional<QaDispute> d;
    if (!loadDispute(id, d, error) || !d)
        return false;
    out = *d;
    return true;
}

bool QaReviewStore::decideLocally(const QaActor &actor, qint64 disputeId, QaDisputeOutcome outcome,
                                  const QString &reason, const QList<ItemRating> &decided,
                                  QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            std::optional<QaDispute> d;
            std::optional<QaReview> r;
            QaScorecardVersion version;
            double mark = Scorecards::kDefaultPassMark;
            if (!loadDispute(disputeId, d, err))
                return false;
            if (!d || !d->isOpen()) {
                err = tr("Dispute #%1 was decided already; a decision changes the score once.")
                          .arg(disputeId);
                return false;
            }
            if (!load(d->reviewId, r, err) || !r ||
                !scorecardVersion(r->scorecardVersionId, version, err) || !passMark(mark, err))
                return false;
            if (r->reviewerId == actor.staffId || d->raisedBy == actor.staffId) {
                err = tr("Refused: the reviewer and the agent do not decide the dispute of their "
                         "own review; another inspector or a QA lead does.");
                return false;
            }
            QList<ItemRating> after = r->ratings;
            QJsonArray changes;
            for (const ItemRating &x : decided) {
                const ScorecardItem *it = version.card.item(x.key);
                if (!it)
                    continue;
                for (ItemRating &y : after) {
                    if (y.key != x.key)
                        continue;
                    changes.append(QJsonObject{{QStringLiteral("key"), x.key},
                                               {QStringLiteral("from"), ratingValue(y.value)},
                                               {QStringLiteral("from_na"), y.na},
                                               {QStringLiteral("to"), ratingValue(x.value)},
                                               {QStringLiteral("to_na"), x.na}});
                    y.value = x.value;
                    y.na = x.na;
                    if (y.na || (y.value && *y.value >= scalePassLevel(it->scale)))
                        y.rootCauses.clear();
                    const qint64 item = version.itemId(x.key);
                    const QVariant value = x.value ? QVariant(double(*x.value))
                                                   : QVariant(QMetaType::fromType<double>());
                    if (!m_db.exec(QStringLiteral("UPDATE qa_review_items SET value = ?, na = ?, "
                                                  "root_cause = ? WHERE review_id = ? AND "
                                                  "item_id = ?"),
                                   {value, x.na ? 1 : 0, rootCausesText(y.rootCauses), r->id, item},
                                   err) ||
                        !m_db.exec(QStringLiteral("UPDATE qa_dispute_items SET decided_value = ?, "
                                                  "decided_na = ? WHERE dispute_id = ? AND "
                                                  "item_id = ?"),
                                   {value, x.na ? 1 : 0, disputeId, item}, err))
                        return false;
                }
            }
            const ReviewScore score = Scorecards::score(version.card, after, mark);
            if (!score.scored) {
                err = tr("At least one item must stay rated with a value.");
                return false;
            }
            const qint64 now = m_clock.nowMs();
            const double before = r->score.value_or(0);
            return m_db.exec(QStringLiteral("UPDATE qa_reviews SET score = ?, passed = ?, "
                                            "critical_failed = ?, updated_at = ?, version = "
                                            "version + 1 WHERE id = ?"),
                             {score.score, score.passed ? 1 : 0, score.criticalFailed ? 1 : 0, now,
                              r->id},
                             err) &&
                   m_db.exec(QStringLiteral("UPDATE qa_disputes SET state = ?, decider_id = ?, "
                                            "decided_at = ?, decision_reason = ?, score_before = "
                                            "?, score_after = ?, version = version + 1 WHERE id "
                                            "= ? AND state = 'open'"),
                             {qaDisputeOutcomeKey(outcome), actor.staffId, now, reason, before,
                              score.score, disputeId},
                             err) &&
                   AuditTrail(m_db, m_clock)
                       .append(auditActor(actor), QStringLiteral("qa.dispute.decide"),
                               QStringLiteral("qa_dispute"), disputeId,
                               {{QStringLiteral("review"), r->id},
                                {QStringLiteral("ticket"), r->ticketId},
                                {QStringLiteral("outcome"), qaDisputeOutcomeKey(outcome)},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("score_before"), before},
                                {QStringLiteral("score_after"), score.score},
                                {QStringLiteral("items"), changes}},
                               err);
        },
        error);
}

bool QaReviewStore::decide(const QaActor &actor, qint64 disputeId, QaDisputeOutcome outcome,
                           const QString &reason, const QList<ItemRating> &decided, QaDispute &out,
                           QString &error) {
    out = {};
    const QString why = reason.trimmed();
    if (!mayAct(actor, perm::QaDecideDispute, error))
        return false;
    if (why.isEmpty() || why.size() > kMaxReason) {
        error = tr("A decision needs a reason of at most %1 characters.").arg(kMaxReason);
        return false;
    }
    std::optional<QaDispute> d;
    std::optional<QaReview> r;
    QaScorecardVersion version;
    if (!loadDispute(disputeId, d, error))
        return false;
    if (!d) {
        error = tr("Dispute #%1 does not exist.").arg(disputeId);
        return false;
    }
    if (!d->isOpen()) {
        error = tr("Dispute #%1 was decided already; a decision changes the score once.")
                    .arg(disputeId);
        return false;
    }
    if (!load(d->reviewId, r, error) || !r ||
        !scorecardVersion(r->scorecardVersionId, version, error))
        return false;
    if (r->reviewerId == actor.staffId || d->raisedBy == actor.staffId) {
        error = tr("Refused: the reviewer and the agent do not decide the dispute of their own "
                   "review; another inspector or a QA lead does.");
        return false;
    }
    QList<QaIssue> issues = draftIssues(version.card, decided);
    for (const ItemRating &x : decided) {
        const auto named = std::find_if(d->items.cbegin(), d->items.cend(),
                                        [&](const QaDisputedItem &i) { return i.key == x.key; });
        const ItemRating *now = ratingOf(r->ratings, x.key);
        if (named == d->items.cend())
            issues.append({x.key, {}, tr("Not an item of the dispute.")});
        else if (!x.na && !x.value)
            issues.append({x.key, {}, tr("The decision gives a value or not applicable.")});
        else if (now && now->value == x.value && now->na == x.na)
            issues.append({x.key, {}, tr("The decision does not change its rating.")});
    }
    if (!issues.isEmpty()) {
        error = Scorecards::describe(issues);
        return false;
    }
    const bool allItems = decided.size() == d->items.size();
    if ((outcome == QaDisputeOutcome::Rejected && !decided.isEmpty()) ||
        (outcome == QaDisputeOutcome::Accepted && !allItems) ||
        (outcome == QaDisputeOutcome::PartlyAccepted && decided.isEmpty())) {
        error = tr("A rejected dispute changes no item, a partly accepted one at least one, an "
                   "accepted one every disputed item.");
        return false;
    }
    if (m_db.dialect() == Dialect::SQLite) {
        if (!decideLocally(actor, disputeId, outcome, why, decided, error))
            return false;
    } else {
        QJsonArray a;
        for (const ItemRating &x : decided)
            a.append(QJsonObject{{QStringLiteral("key"), x.key},
                                 {QStringLiteral("value"), ratingValue(x.value)},
                                 {QStringLiteral("na"), x.na}});
        if (!callServer(QStringLiteral("SELECT sb_qa_decide_dispute(?, ?, ?, ?)"),
                        {disputeId, qaDisputeOutcomeKey(outcome), why,
                         QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))},
                        nullptr, error))
            return false;
    }
    if (!loadDispute(disputeId, d, error) || !d)
        return false;
    out = *d;
    return true;
}

} // namespace sb
