#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// Which of a period's reviews a QA dashboard figure counts (QaDashboardQueries: the submitted
// reviews of tickets sampled on a day of the period, the blind second reviews left out, and
// the extra reviews submitted on such a day).
enum class QaReviewSet {
    Reviews,        // every review: QaQualityFigures::reviews
    Scored,         // with a score: passed.total, the reviews of the mean score
    Passed,         // scored and passed: passed.count
    Failed,         // scored and not passed: passed.total - passed.count
    CriticalFailed, // scored and failed on a critical item: criticalFailed.count
    Disputed,       // with a QA dispute (质检复核): QaDashboard::disputedReviews
    Overturned,     // with a dispute accepted or partly accepted: QaDashboard::overturned
    FailingItem,    // rated below pass on one item (by key): QaFailingItemRow::failed
};
// "reviews", "scored", "passed", "failed", "critical_failed", "disputes", "overturned",
// "failing_item".
QString qaReviewSetKey(QaReviewSet set);
std::optional<QaReviewSet> qaReviewSetFromKey(const QString &key);

// The tickets behind a QA figure: what a click on a dashboard or report figure opens.
class QaDashboardDrill {
    Q_DECLARE_TR_FUNCTIONS(sb::QaDashboardDrill)
public:
    // The tickets of the reviews in `set` of the days `from` to `to` (the business calendar's
    // days, as QaDashboardQueries::load), each once, by id: at most `limit`, `truncated` when
    // there were more. `itemKey` names the scorecard item of FailingItem (every version's item
    // of that key, as the failing items list counts them); it is ignored otherwise. A ticket
    // with two reviews in the set (an extra review beside its sample review) is listed once,
    // so the list can be shorter than the count of reviews. On PostgreSQL the reader's row
    // security applies as for the figures. False with `error` for a period load() refuses,
    // a FailingItem without a key and database errors.
    static bool ticketIds(Database &db, const QDate &from, const QDate &to, QaReviewSet set,
                          const QString &itemKey, int limit, QList<qint64> &out, bool &truncated,
                          QString &error);
};

} // namespace sb
