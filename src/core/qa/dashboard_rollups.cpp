// The QA dashboard's figures summed from the per-day roll-ups (migrations 038 and 040).
#include "qa/dashboardparts.h"

#include <QSqlQuery>

namespace sb::qadash {

namespace {

// The roll-ups' column of a grouping (a fixed list, never input).
QString rollupColumn(QaGrouping g) {
    switch (g) {
    case QaGrouping::Agent:
        return QStringLiteral("u.agent_id");
    case QaGrouping::Team:
        return QStringLiteral("u.team_id");
    case QaGrouping::Channel:
        return QStringLiteral("u.channel");
    case QaGrouping::ProblemType:
        return QStringLiteral("u.problem_type");
    }
    return {};
}

// The period's extra reviews (no sampled ticket), with their ticket t: after FROM, then the
// caller's columns. Binds the start and end (ms).
QString extraReviews() {
    return QStringLiteral(
        "qa_reviews r LEFT JOIN tickets t ON t.id = r.ticket_id WHERE r.sample_ticket_id IS NULL "
        "AND r.submitted_at >= ? AND r.submitted_at < ? AND r.state = 'submitted' AND r.kind <> "
        "'double'");
}

// The figure sums of one review of the extra half: n, Σ score, scored, passed, critical.
QString extraSums() {
    return QStringLiteral(
        "1, r.score, CASE WHEN r.score IS NULL THEN 0 ELSE 1 END, CASE WHEN r.score IS NOT NULL "
        "AND r.passed = 1 THEN 1 ELSE 0 END, CASE WHEN r.score IS NOT NULL AND r.critical_failed "
        "= 1 THEN 1 ELSE 0 END");
}

void addSums(ScoreSums &s, qint64 n, double sum, double squares, qint64 passed) {
    s.n += n;
    s.sum += sum;
    s.squares += squares;
    s.passed += passed;
}

} // namespace

bool useRollups(Database &db, bool &out, QString &error) {
    out = true;
    if (db.dialect() != Dialect::PostgreSQL)
        return true;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT sb_qa_rollups_readable()"), {}, error))
        return false;
    out = q.next() && q.value(0).toBool();
    return true;
}

bool usePendingRollups(Database &db, bool &out, QString &error) {
    out = true;
    if (db.dialect() != Dialect::PostgreSQL)
        return true;
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT sb_qa_pending_readable()"), {}, error))
        return false;
    out = q.next() && q.value(0).toBool();
    return true;
}

QString rollupGroupFigures(QaGrouping g) {
    return QStringLiteral(
               "(SELECT y.k, SUM(y.n) AS n, CASE WHEN SUM(y.scored) > 0 THEN SUM(y.s) / "
               "SUM(y.scored) END AS mean, SUM(y.scored) AS scored, SUM(y.passed) AS passed, "
               "SUM(y.critical) AS critical, SUM(y.s) AS s FROM (SELECT %1 AS k, u.reviews AS n, "
               "u.score_sum AS "
               "s, u.scored, u.passed, u.critical_failed AS critical FROM qa_day_rollups u WHERE "
               "u.day >= ? AND u.day <= ? UNION ALL SELECT %2, %3 FROM %4) y GROUP BY y.k) x ")
        .arg(rollupColumn(g), groupKeyColumn(g), extraSums(), extraReviews());
}

QString rollupFailingCounts() {
    return QStringLiteral(
        "SELECT y.item_id, y.value, SUM(y.n) FROM (SELECT u.item_id, u.value, u.ratings AS n FROM "
        "qa_day_item_rollups u WHERE u.day >= ? AND u.day <= ? UNION ALL SELECT ri.item_id, "
        "ri.value, 1 FROM qa_reviews r JOIN qa_review_items ri ON ri.review_id = r.id WHERE "
        "r.sample_ticket_id IS NULL AND r.submitted_at >= ? AND r.submitted_at < ? AND r.state = "
        "'submitted' AND r.kind <> 'double' AND ri.na = 0 AND ri.value IS NOT NULL AND (ri.value "
        "< 1 OR (ri.value < 3 AND ri.item_id IN (SELECT id FROM qa_scorecard_items WHERE scale = "
        "'1_5')))) y GROUP BY y.item_id, y.value LIMIT 10000");
}

QString rollupDisputeCounts() {
    return QStringLiteral(
        "SELECT SUM(y.n), SUM(y.reviews), SUM(y.overturned), SUM(y.decided) FROM (SELECT "
        "u.disputes AS n, u.disputed_reviews AS reviews, u.overturned AS overturned, u.decided AS "
        "decided FROM qa_day_dispute_rollups u WHERE u.day >= ? AND u.day <= ? UNION ALL SELECT "
        "COUNT(*), COUNT(DISTINCT d.review_id), SUM(CASE WHEN d.state IN ('accepted', "
        "'partly_accepted') THEN 1 ELSE 0 END), SUM(CASE WHEN d.state <> 'open' THEN 1 ELSE 0 "
        "END) FROM qa_reviews r JOIN qa_disputes d ON d.review_id = r.id WHERE "
        "r.sample_ticket_id IS NULL AND r.submitted_at >= ? AND r.submitted_at < ? AND r.state = "
        "'submitted' AND r.kind <> 'double') y");
}

QString rollupPendingCounts() {
    return QStringLiteral(
        "SELECT p.day, p.inspector_id, s.name, p.pending FROM qa_day_pending p LEFT JOIN staff s "
        "ON s.id = p.inspector_id WHERE p.day >= ? AND p.day <= ? AND p.pending > 0 ORDER BY "
        "p.day LIMIT 20000");
}

QString rollupBucketFigures(std::optional<QaGrouping> grouping, const QString &groupKey,
                            QVariantList &values) {
    QString rollupCondition;
    QString extraCondition;
    if (grouping) {
        if (groupKey.isEmpty()) {
            rollupCondition = QStringLiteral(" AND %1 IS NULL").arg(rollupColumn(*grouping));
            extraCondition = QStringLiteral(" AND %1 IS NULL").arg(groupKeyColumn(*grouping));
        } else {
            rollupCondition = QStringLiteral(" AND %1 = ?").arg(rollupColumn(*grouping));
            extraCondition = QStringLiteral(" AND %1 = ?").arg(groupKeyColumn(*grouping));
            const bool id = *grouping == QaGrouping::Agent || *grouping == QaGrouping::Team;
            const QVariant key = id ? QVariant(groupKey.toLongLong()) : QVariant(groupKey);
            values.insert(2, key); // after the days, before the times
            values.append(key);
        }
    }
    return QStringLiteral(
               "SELECT y.day, y.at, SUM(y.n), SUM(y.s), SUM(y.scored), SUM(y.passed), "
               "SUM(y.critical) FROM (SELECT u.day AS day, NULL AS at, u.reviews AS n, "
               "u.score_sum AS s, u.scored AS scored, u.passed AS passed, u.critical_failed AS "
               "critical FROM qa_day_rollups u WHERE u.day >= ? AND u.day <= ?%1 UNION ALL SELECT "
               "NULL, r.submitted_at, %2 FROM %3%4) y GROUP BY y.day, y.at")
        .arg(rollupCondition, extraSums(), extraReviews(), extraCondition);
}

bool sampledSums(Database &db, const QDate &from, const QDate &to,
                 std::optional<QaGrouping> grouping, QList<SampledSums> &out, bool &truncated,
                 QString &error) {
    out.clear();
    QList<StratumFrame> frames;
    if (!readStrataFrames(db, from, to, frames, truncated, error))
        return false;
    QHash<QPair<QString, QString>, qsizetype> index; // (day, key) → position in out
    for (const StratumFrame &f : std::as_const(frames)) {
        SampledSums s;
        static_cast<StratumFrame &>(s) = f;
        index.insert({s.day, s.key}, out.size());
        out.append(s);
    }
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // The scores of the sampled tickets still in the sample: one per ticket, its newest
    // submitted sample review (the roll-ups' `sampled` rows).
    const QString group = grouping ? rollupColumn(*grouping) : QStringLiteral("NULL");
    if (!db.exec(q,
                 QStringLiteral("SELECT u.day, u.stratum, %1, SUM(u.reviews), SUM(u.score_sum), "
                                "SUM(u.score_squares), SUM(u.passed) FROM qa_day_rollups u WHERE "
                                "u.sampled = 1 AND u.day >= ? AND u.day <= ? GROUP BY u.day, "
                                "u.stratum%2")
                     .arg(group, grouping ? QStringLiteral(", ") + group : QString()),
                 {dayText(from), dayText(to)}, error))
        return false;
    while (q.next()) {
        const qsizetype at = index.value({q.value(0).toString(), q.value(1).toString()}, -1);
        if (at < 0)
            continue; // a stratum past the limit
        const qint64 n = q.value(3).toLongLong();
        const double sum = q.value(4).toDouble();
        const double squares = q.value(5).toDouble();
        const qint64 passed = q.value(6).toLongLong();
        SampledSums &s = out[at];
        addSums(s.all, n, sum, squares, passed);
        addSums(s.groups[q.value(2).isNull() ? QString() : q.value(2).toString()], n, sum, squares,
                passed);
    }
    return true;
}

bool sumsEstimate(const QList<SampledSums> &strata, bool passed, StratifiedEstimate &out,
                  QString &error) {
    QList<StratumSums> input;
    input.reserve(strata.size());
    for (const SampledSums &s : strata) {
        StratumSums r{s.day + QLatin1Char('/') + s.key, s.population, s.all.n, s.all.sum,
                      s.all.squares};
        if (passed) // 0 or 1 per score: Σ y = Σ y²
            r.sum = r.squares = double(s.all.passed);
        input.append(r);
    }
    return QaEstimates::stratifiedFromSums(input, out, error);
}

bool groupEstimates(const QList<SampledSums> &strata, QHash<QString, StratifiedEstimate> &out,
                    QString &error) {
    QHash<QString, QList<DomainStratumSums>> domains;
    for (const SampledSums &s : strata) {
        const QString key = s.day + QLatin1Char('/') + s.key; // shared by the groups' copies
        for (auto it = s.groups.cbegin(); it != s.groups.cend(); ++it)
            domains[it.key()].append(
                {key, s.population, it->n, it->sum, it->squares, s.all.n - it->n});
    }
    out.clear();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        StratifiedEstimate e;
        if (!QaEstimates::domainFromSums(it.value(), e, error))
            return false;
        out.insert(it.key(), e);
    }
    return true;
}

} // namespace sb::qadash
