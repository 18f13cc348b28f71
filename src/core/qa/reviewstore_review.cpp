// QaReviewStore: starting, saving and submitting a review.
#include "qa/reviewstore.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/dialect.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool QaReviewStore::checkReviewer(const QaActor &actor, qint64 ticketId, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT handler_id FROM tickets WHERE id = ?"), {ticketId},
                   error))
        return false;
    if (!q.next()) {
        error = tr("Ticket #%1 does not exist.").arg(ticketId);
        return false;
    }
    const bool handler = q.value(0).toLongLong() == actor.staffId;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND "
                                  "actor_id = ?"),
                   {ticketId, actor.staffId}, error) ||
        !q.next())
        return false;
    if (handler || q.value(0).toLongLong() > 0) {
        error = tr("Refused: you handled ticket #%1, and nobody reviews a ticket they handled.")
                    .arg(ticketId);
        return false;
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COUNT(*) FROM qa_sample_tickets WHERE ticket_id = ? AND "
                                  "replacement_id IS NULL"),
                   {ticketId}, error) ||
        !q.next())
        return false;
    if (q.value(0).toLongLong() > 0)
        return true;
    bool readAll = false;
    if (!holds(actor, perm::QaReadAll, readAll, error))
        return false;
    if (!readAll)
        error = tr("Refused: ticket #%1 is not in a QA sample; reviewing it needs the permission "
                   "%2.")
                    .arg(ticketId)
                    .arg(perm::QaReadAll);
    return readAll;
}

bool QaReviewStore::sampleRowFor(qint64 reviewerId, qint64 ticketId, qint64 &row, QDate &day,
                                 QaReviewKind &kind, QString &error) const {
    row = 0;
    day = {};
    kind = QaReviewKind::Extra;
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, day, assignee_id FROM qa_sample_tickets WHERE "
                                  "ticket_id = ? AND replacement_id IS NULL AND (assignee_id = ? "
                                  "OR second_assignee_id = ?) ORDER BY day DESC LIMIT 1"),
                   {ticketId, reviewerId, reviewerId}, error))
        return false;
    if (q.next()) { // the newest day (a ticket is in a day's sample once)
        row = q.value(0).toLongLong();
        day = QDate::fromString(q.value(1).toString(), QStringLiteral("yyyy-MM-dd"));
        kind = q.value(2).toLongLong() == reviewerId ? QaReviewKind::Sample : QaReviewKind::Double;
    }
    return true;
}

bool QaReviewStore::ownDraft(const QaActor &actor, qint64 reviewId, QaReview &out,
                             QString &error) const {
    std::optional<QaReview> r;
    if (!load(reviewId, r, error))
        return false;
    if (!r || r->reviewerId != actor.staffId) {
        error = tr("Review #%1 is not a review of yours.").arg(reviewId);
        return false;
    }
    if (r->submitted) {
        error = tr("Review #%1 was submitted already; a submitted review changes only through "
                   "the decision of its dispute.")
                    .arg(reviewId);
        return false;
    }
    out = *r;
    return true;
}

bool QaReviewStore::writeItems(const QaScorecardVersion &version, qint64 reviewId,
                               const QList<ItemRating> &ratings, QString &error) const {
    if (!m_db.exec(QStringLiteral("DELETE FROM qa_review_items WHERE review_id = ?"), {reviewId},
                   error))
        return false;
    for (const ItemRating &r : ratings) {
        if (!m_db.exec(
                QStringLiteral("INSERT INTO qa_review_items(review_id, item_id, value, na, "
                               "comment, root_cause) VALUES (?, ?, ?, ?, ?, ?)"),
                {reviewId, version.itemId(r.key),
                 r.value ? QVariant(double(*r.value)) : QVariant(QMetaType::fromType<double>()),
                 r.na ? 1 : 0, textValue(r.comment), rootCausesText(r.rootCauses)},
                error))
            return false;
    }
    return true;
}

bool QaReviewStore::startLocally(const QaActor &actor, qint64 ticketId, qint64 &id,
                                 QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            if (!checkReviewer(actor, ticketId, err))
                return false;
            qint64 row = 0;
            QDate day;
            QaReviewKind kind = QaReviewKind::Extra;
            if (!sampleRowFor(actor.staffId, ticketId, row, day, kind, err))
                return false;
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("SELECT id, state FROM qa_reviews WHERE ticket_id = ? "
                                          "AND reviewer_id = ? AND kind = ?"),
                           {ticketId, actor.staffId, qaReviewKindKey(kind)}, err))
                return false;
            if (q.next()) {
                id = q.value(0).toLongLong();
                if (q.value(1).toString() == QLatin1StringView("draft"))
                    return true;
                err = tr("Ticket #%1 was reviewed already (review #%2).").arg(ticketId).arg(id);
                return false;
            }
            std::optional<QaScorecardVersion> version;
            if (!scorecardInForce(version, err))
                return false;
            if (!version) {
                err = tr("No scorecard is published.");
                return false;
            }
            qint64 due = 0;
            if (day.isValid() && !dueTime(day, due, err))
                return false;
            const qint64 now = m_clock.nowMs();
            return dialect::insertReturningId(
                m_db,
                QStringLiteral("INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, "
                               "reviewer_id, scorecard_version_id, kind, state, due_at, "
                               "created_at, updated_at) SELECT ?, id, handler_id, ?, ?, ?, "
                               "'draft', ?, ?, ? FROM tickets WHERE id = ?"),
                {idOrNull(row), actor.staffId, version->id, qaReviewKindKey(kind), idOrNull(due),
                 now, now, ticketId},
                id, err);
        },
        error);
}

bool QaReviewStore::start(const QaActor &actor, qint64 ticketId, QaReview &out, QString &error) {
    out = {};
    if (!mayAct(actor, perm::QaReview, error))
        return false;
    qint64 id = 0;
    if (m_db.dialect() == Dialect::SQLite) {
        if (!startLocally(actor, ticketId, id, error))
            return false;
    } else {
        qint64 row = 0;
        QDate day;
        QaReviewKind kind = QaReviewKind::Extra;
        qint64 due = 0;
        if (!checkReviewer(actor, ticketId, error) ||
            !sampleRowFor(actor.staffId, ticketId, row, day, kind, error) ||
            (day.isValid() && !dueTime(day, due, error)))
            return false;
        QVariant result;
        if (!callServer(QStringLiteral("SELECT sb_qa_start_review(?, ?)"), {ticketId, due}, &result,
                        error))
            return false;
        id = result.toLongLong();
    }
    std::optional<QaReview> r;
    if (!load(id, r, error))
        return false;
    if (!r) {
        error = tr("Review #%1 was stored but cannot be read back.").arg(id);
        return false;
    }
    out = *r;
    return true;
}

namespace {

bool checkInput(const QaReviewInput &input, QString &error) {
    if (input.comment.size() > Scorecards::kMaxCommentLength) {
        error = QaReviewStore::tr("A review's comment has at most %1 characters.")
                    .arg(Scorecards::kMaxCommentLength);
        return false;
    }
    if (input.spentMs < 0 || input.spentMs > QaReviewStore::kMaxSpentMs) {
        error = QaReviewStore::tr("The time spent must be from 0 to 24 hours a save.");
        return false;
    }
    return true;
}

} // namespace

bool QaReviewStore::saveDraft(const QaActor &actor, qint64 reviewId, const QaReviewInput &input,
                              QaReview &out, QString &error) {
    out = {};
    QaReview current;
    QaScorecardVersion version;
    if (!mayAct(actor, perm::QaReview, error) || !checkInput(input, error) ||
        !ownDraft(actor, reviewId, current, error) ||
        !scorecardVersion(current.scorecardVersionId, version, error))
        return false;
    const QList<QaIssue> issues = draftIssues(version.card, input.ratings);
    if (!issues.isEmpty()) {
        error = Scorecards::describe(issues);
        return false;
    }
    if (m_db.dialect() == Dialect::SQLite) {
        const bool ok = m_db.transaction(
            [&](QString &err) {
                QaReview again;
                return ownDraft(actor, reviewId, again, err) &&
                       writeItems(version, reviewId, input.ratings, err) &&
                       m_db.exec(
                           QStringLiteral("UPDATE qa_reviews SET comment = ?, time_spent_ms "
                                          "= time_spent_ms + ?, updated_at = ?, version = "
                                          "version + 1 WHERE id = ? AND state = 'draft'"),
                           {textValue(input.comment), input.spentMs, m_clock.nowMs(), reviewId},
                           err);
            },
            error);
        if (!ok)
            return false;
    } else if (!callServer(
                   QStringLiteral("SELECT sb_qa_save_draft(?, ?, ?, ?)"),
                   {reviewId, ratingsJson(input.ratings), textValue(input.comment), input.spentMs},
                   nullptr, error)) {
        return false;
    }
    std::optional<QaReview> r;
    if (!load(reviewId, r, error) || !r)
        return false;
    out = *r;
    return true;
}

bool QaReviewStore::submitLocally(const QaActor &actor, qint64 reviewId, const QaReviewInput &input,
                                  const QaScorecardVersion &version, const ReviewScore &score,
                                  QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QaReview r;
            if (!ownDraft(actor, reviewId, r, err) || !checkReviewer(actor, r.ticketId, err) ||
                !writeItems(version, reviewId, input.ratings, err))
                return false;
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q, QStringLiteral("SELECT handler_id FROM tickets WHERE id = ?"),
                           {r.ticketId}, err))
                return false;
            const qint64 agent = q.next() ? q.value(0).toLongLong() : 0;
            const qint64 now = m_clock.nowMs();
            if (!m_db.exec(q,
                           QStringLiteral("UPDATE qa_reviews SET state = 'submitted', agent_id = "
                                          "?, score = ?, passed = ?, critical_failed = ?, "
                                          "comment = ?, time_spent_ms = time_spent_ms + ?, "
                                          "submitted_at = ?, updated_at = ?, version = version + "
                                          "1 WHERE id = ? AND state = 'draft'"),
                           {idOrNull(agent), score.score, score.passed ? 1 : 0,
                            score.criticalFailed ? 1 : 0, textValue(input.comment), input.spentMs,
                            now, now, reviewId},
                           err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("Review #%1 was submitted already; a submitted review changes only "
                         "through the decision of its dispute.")
                          .arg(reviewId);
                return false;
            }
            return AuditTrail(m_db, m_clock)
                       .append(
                           auditActor(actor), QStringLiteral("qa.review.submit"),
                           QStringLiteral("qa_review"), reviewId,
                           {{QStringLiteral("ticket"), r.ticketId},
                            {QStringLiteral("agent"), agent > 0 ? QJsonValue(agent) : QJsonValue()},
                            {QStringLiteral("kind"), qaReviewKindKey(r.kind)},
                            {QStringLiteral("scorecard_version"), version.id},
                            {QStringLiteral("score"), score.score},
                            {QStringLiteral("passed"), score.passed},
                            {QStringLiteral("critical_failed"), score.criticalFailed}},
                           err) &&
                   (r.kind == QaReviewKind::Double ||
                    (notifyAgent(actor, reviewId, err) && openCoaching(actor, reviewId, err)));
        },
        error);
}

bool QaReviewStore::submit(const QaActor &actor, qint64 reviewId, const QaReviewInput &input,
                           QaReview &out, QString &error) {
    out = {};
    QaReview current;
    QaScorecardVersion version;
    double mark = Scorecards::kDefaultPassMark;
    if (!mayAct(actor, perm::QaReview, error) || !checkInput(input, error) ||
        !ownDraft(actor, reviewId, current, error) ||
        !scorecardVersion(current.scorecardVersionId, version, error) || !passMark(mark, error))
        return false;
    const QList<QaIssue> issues = Scorecards::validateReview(version.card, input.ratings);
    if (!issues.isEmpty()) {
        error = Scorecards::describe(issues);
        return false;
    }
    const ReviewScore score = Scorecards::score(version.card, input.ratings, mark);
    if (m_db.dialect() == Dialect::SQLite) {
        if (!submitLocally(actor, reviewId, input, version, score, error))
            return false;
    } else {
        if (!checkReviewer(actor, current.ticketId, error))
            return false;
        // The server's function, the notice and the coaching item of a failed review, in the
        // submitter's name, in one transaction. A blind second review (kind "double") is no
        // feedback: no notice, no coaching.
        QSqlQuery call(m_db.db());
        if (!m_db.transaction(
                [&](QString &err) {
                    return m_db.exec(call,
                                     QStringLiteral("SELECT sb_qa_submit_review(?, ?, ?, ?, ?)"),
                                     {reviewId, ratingsJson(input.ratings),
                                      textValue(input.comment), input.spentMs, score.score},
                                     err) &&
                           (current.kind == QaReviewKind::Double ||
                            (notifyAgent(actor, reviewId, err) &&
                             openCoaching(actor, reviewId, err)));
                },
                error))
            return false;
    }
    std::optional<QaReview> r;
    if (!load(reviewId, r, error) || !r)
        return false;
    out = *r;
    return true;
}

} // namespace sb
