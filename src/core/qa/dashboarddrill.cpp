#include "qa/dashboarddrill.h"

#include "qa/dashboardparts.h"

#include <QSqlQuery>

namespace sb {

namespace {

using namespace qadash;

struct SetKey {
    QaReviewSet set;
    const char *key;
};
constexpr SetKey kKeys[] = {
    {QaReviewSet::Reviews, "reviews"},
    {QaReviewSet::Scored, "scored"},
    {QaReviewSet::Passed, "passed"},
    {QaReviewSet::Failed, "failed"},
    {QaReviewSet::CriticalFailed, "critical_failed"},
    {QaReviewSet::Disputed, "disputes"},
    {QaReviewSet::Overturned, "overturned"},
    {QaReviewSet::FailingItem, "failing_item"},
};

// A SELECT of the ticket id (column `id`) of every review of the set; binds as
// periodReviews() / periodWhere(), then the item key for FailingItem.
QString setSql(QaReviewSet set) {
    const QString reviews = QStringLiteral("SELECT r.ticket_id AS id FROM ") + periodReviews();
    // The dispute figures are driven by the disputes, as QaDashboardQueries counts them.
    const QString disputed =
        QStringLiteral("SELECT r.ticket_id AS id FROM qa_disputes d JOIN qa_reviews r "
                       "ON r.id = d.review_id LEFT JOIN qa_sample_tickets q ON q.id = "
                       "r.sample_ticket_id WHERE ") +
        periodWhere();
    switch (set) {
    case QaReviewSet::Reviews:
        return reviews;
    case QaReviewSet::Scored:
        return reviews + QStringLiteral("WHERE r.score IS NOT NULL");
    case QaReviewSet::Passed:
        return reviews + QStringLiteral("WHERE r.score IS NOT NULL AND r.passed = 1");
    case QaReviewSet::Failed:
        return reviews +
               QStringLiteral("WHERE r.score IS NOT NULL AND (r.passed IS NULL OR r.passed <> 1)");
    case QaReviewSet::CriticalFailed:
        return reviews + QStringLiteral("WHERE r.score IS NOT NULL AND r.critical_failed = 1");
    case QaReviewSet::Disputed:
        return disputed;
    case QaReviewSet::Overturned:
        return disputed + QStringLiteral(" AND d.state IN ('accepted', 'partly_accepted')");
    case QaReviewSet::FailingItem:
        // Below pass as scalePassLevel: under 1 on the pass/fail and 0–2 scales, under 3 on
        // the 1–5 scale; N/A and unrated items never count.
        return reviews +
               QStringLiteral("JOIN qa_review_items ri ON ri.review_id = r.id JOIN "
                              "qa_scorecard_items si ON si.id = ri.item_id WHERE ri.na = 0 AND "
                              "ri.value IS NOT NULL AND si.key = ? AND ((si.scale IN ('pass_fail', "
                              "'0_2') AND ri.value < 1) OR (si.scale = '1_5' AND ri.value < 3))");
    }
    return {};
}

} // namespace

QString qaReviewSetKey(QaReviewSet set) {
    for (const SetKey &k : kKeys)
        if (k.set == set)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<QaReviewSet> qaReviewSetFromKey(const QString &key) {
    for (const SetKey &k : kKeys)
        if (key == QLatin1StringView(k.key))
            return k.set;
    return std::nullopt;
}

bool QaDashboardDrill::ticketIds(Database &db, const QDate &from, const QDate &to, QaReviewSet set,
                                 const QString &itemKey, int limit, QList<qint64> &out,
                                 bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    if (set == QaReviewSet::FailingItem && itemKey.isEmpty()) {
        error = tr("Name the scorecard item whose failed ratings to open.");
        return false;
    }
    Period p;
    if (!periodOf(db, from, to, p, error))
        return false;
    QVariantList values = p.values;
    if (set == QaReviewSet::FailingItem)
        values << itemKey;
    const int cap = qMax(0, limit);
    values << qint64(cap) + 1;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral("SELECT DISTINCT x.id FROM (%1) x ORDER BY x.id LIMIT ?")
                     .arg(setSql(set)),
                 values, error))
        return false;
    while (q.next()) {
        if (out.size() == cap) {
            truncated = true;
            break;
        }
        out.append(q.value(0).toLongLong());
    }
    return true;
}

} // namespace sb
