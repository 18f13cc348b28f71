// QaReviewStore: the feedback notice a submitted review sends its agent, through the
// broadcast machinery (a message to that person, with its delivery and read receipt), and the
// coaching item (辅导) a failed review opens for the agent's team lead.
#include "qa/reviewstore.h"

#include "messaging/messagestore.h"
#include "qa/coaching.h"

namespace sb {

OutgoingMessage QaReviewStore::feedbackNotice(const QaReview &review, qint64 disputeDays) {
    const QString score = QString::number(review.score.value_or(0), 'f', 1);
    const QString verdict = review.passed           ? tr("passed")
                            : review.criticalFailed ? tr("failed (a critical item failed)")
                                                    : tr("failed");
    OutgoingMessage m;
    m.senderId = review.reviewerId;
    m.subject = tr("QA result for ticket %1: %2 points, %3").arg(review.serial, score, verdict);
    m.body = tr("Your ticket %1 was reviewed: %2 points, %3. Open “QA feedback” to see each "
                "item, then acknowledge the review or request a review check within %4 days.")
                 .arg(review.serial, score, verdict, QString::number(disputeDays));
    m.priority = review.passed ? MessagePriority::Normal : MessagePriority::Important;
    m.modes = DisplayMode::Popup;
    m.audience = Audience::staff({review.agentId});
    return m;
}

bool QaReviewStore::notifyAgent(const QaActor &actor, qint64 reviewId, QString &error) {
    std::optional<QaReview> r;
    qint64 days = kDefaultDisputeDays;
    if (!load(reviewId, r, error) || !disputeDays(days, error))
        return false;
    if (!r || !r->submitted) {
        error = tr("Review #%1 was stored but cannot be read back.").arg(reviewId);
        return false;
    }
    if (r->agentId <= 0)
        return true; // a ticket nobody handled: nobody to tell
    OutgoingMessage m = feedbackNotice(*r, days);
    m.senderId = actor.staffId; // in the submitter's name, as the server stamps it
    qint64 messageId = 0;
    return MessageStore(m_db, m_clock).sendInTransaction(m, messageId, error);
}

bool QaReviewStore::openCoaching(const QaActor &actor, qint64 reviewId, QString &error) {
    qint64 item = 0;
    return QaCoachingStore(m_db, m_clock).openForReview(actor, reviewId, item, error);
}

} // namespace sb
