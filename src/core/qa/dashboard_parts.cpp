#include "qa/dashboardparts.h"

#include "qa/qadayqueries.h"

#include <QDateTime>

namespace sb::qadash {

QString periodReviews() {
    // Each half is index-friendly on its own (the sampled days through
    // qa_sample_tickets(day, ticket_id), then qa_reviews_sample; the extra reviews through the
    // partial index qa_reviews_extra), where one OR over both would scan every review.
    return QStringLiteral(
        "(SELECT r.id, r.ticket_id, r.agent_id, r.score, r.passed, r.critical_failed, "
        "r.submitted_at, q.day FROM qa_sample_tickets q JOIN qa_reviews r ON r.sample_ticket_id "
        "= q.id WHERE q.day >= ? AND q.day <= ? AND r.state = 'submitted' AND r.kind <> 'double' "
        "UNION ALL SELECT r.id, r.ticket_id, r.agent_id, r.score, r.passed, r.critical_failed, "
        "r.submitted_at, NULL FROM qa_reviews r WHERE r.sample_ticket_id IS NULL AND "
        "r.submitted_at >= ? AND r.submitted_at < ? AND r.state = 'submitted' AND r.kind <> "
        "'double') r ");
}

QString periodWhere() {
    return QStringLiteral(
        "r.state = 'submitted' AND r.kind <> 'double' AND ((q.id IS NOT NULL AND q.day >= ? AND "
        "q.day <= ?) OR (q.id IS NULL AND r.submitted_at >= ? AND r.submitted_at < ?))");
}

QString figureColumns() {
    return QStringLiteral(
        "COUNT(*) AS n, AVG(r.score) AS mean, COUNT(r.score) AS scored, SUM(CASE WHEN r.score "
        "IS NOT NULL AND r.passed = 1 THEN 1 ELSE 0 END) AS passed, SUM(CASE WHEN r.score IS "
        "NOT NULL AND r.critical_failed = 1 THEN 1 ELSE 0 END) AS critical");
}

QaQualityFigures figuresFrom(const QSqlQuery &q, int at) {
    QaQualityFigures f;
    f.reviews = q.value(at).toLongLong();
    const qint64 scored = q.value(at + 2).toLongLong();
    if (scored > 0 && !q.value(at + 1).isNull())
        f.meanScore = q.value(at + 1).toDouble();
    f.passed = {q.value(at + 3).toLongLong(), scored};
    f.criticalFailed = {q.value(at + 4).toLongLong(), scored};
    return f;
}

QString dayText(const QDate &d) {
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString groupKeyColumn(QaGrouping g) {
    switch (g) {
    case QaGrouping::Agent:
        return QStringLiteral("r.agent_id");
    case QaGrouping::Team:
        return QStringLiteral("t.team_id");
    case QaGrouping::Channel:
        return QStringLiteral("t.channel");
    case QaGrouping::ProblemType:
        return QStringLiteral("t.problem_type");
    }
    return {};
}

bool periodOf(Database &db, const QDate &from, const QDate &to, Period &out, QString &error) {
    if (!from.isValid() || !to.isValid() || from > to) {
        error = QaDashboardQueries::tr("The period needs a first day on or before its last day.");
        return false;
    }
    if (from.daysTo(to) >= QaDashboardQueries::kMaxDays) {
        error = QaDashboardQueries::tr("A period is at most %1 days.")
                    .arg(QaDashboardQueries::kMaxDays);
        return false;
    }
    if (!QaDayQueries::businessZone(db, out.zone, error))
        return false;
    out.values = {dayText(from), dayText(to),
                  QDateTime(from, QTime(0, 0), out.zone).toMSecsSinceEpoch(),
                  QDateTime(to.addDays(1), QTime(0, 0), out.zone).toMSecsSinceEpoch()};
    return true;
}

bool readStrataFrames(Database &db, const QDate &from, const QDate &to, QList<StratumFrame> &out,
                      bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral("SELECT s.day, s.key, s.frame_size, s.sample_size, d.rate FROM "
                                "qa_sample_strata s JOIN qa_sample_days d ON d.day = s.day WHERE "
                                "s.day >= ? AND s.day <= ? ORDER BY s.day, s.key LIMIT ?"),
                 {dayText(from), dayText(to), QaDashboardQueries::kStrataLimit + 1}, error))
        return false;
    while (q.next()) {
        if (out.size() == QaDashboardQueries::kStrataLimit) {
            truncated = true;
            break;
        }
        StratumFrame s;
        s.day = q.value(0).toString();
        s.key = q.value(1).toString();
        s.population = q.value(2).toLongLong();
        s.planned = q.value(3).toLongLong();
        s.rate = q.value(4).toString().toDouble();
        out.append(s);
    }
    return true;
}

bool sampledStrata(Database &db, const QDate &from, const QDate &to,
                   std::optional<QaGrouping> grouping, QList<SampledStratum> &out, bool &truncated,
                   QString &error) {
    out.clear();
    QList<StratumFrame> frames;
    if (!readStrataFrames(db, from, to, frames, truncated, error))
        return false;
    QHash<QPair<QString, QString>, qsizetype> index; // (day, key) → position in out
    qint64 planned = 0;
    for (const StratumFrame &f : std::as_const(frames)) {
        SampledStratum s;
        static_cast<StratumFrame &>(s) = f;
        s.scores.reserve(s.planned);
        planned += s.planned;
        index.insert({s.day, s.key}, out.size());
        out.append(s);
    }
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // One score per sampled ticket still in the sample: its newest submitted sample review.
    // Read in table order (no sort); a second review of a sampled ticket, which is rare,
    // replaces the first when it is newer.
    const QString group = grouping ? groupKeyColumn(*grouping) : QStringLiteral("NULL");
    const bool ticketJoin = grouping && *grouping != QaGrouping::Agent;
    if (!db.exec(q,
                 QStringLiteral("SELECT q.id, q.day, q.stratum, r.score, r.passed, "
                                "r.critical_failed, %1, r.submitted_at, r.id FROM qa_reviews r "
                                "JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id %2WHERE "
                                "r.state = 'submitted' AND r.kind = 'sample' AND r.score IS NOT "
                                "NULL AND q.replacement_id IS NULL AND q.day >= ? AND q.day <= ?")
                     .arg(group, ticketJoin ? QStringLiteral("LEFT JOIN tickets t ON t.id = "
                                                             "r.ticket_id ")
                                            : QString()),
                 {dayText(from), dayText(to)}, error))
        return false;
    struct Seen {
        qsizetype stratum = 0;
        qsizetype at = 0;
        qint64 submittedAt = 0;
        qint64 reviewId = 0;
    };
    QHash<qint64, Seen> seen; // sampled ticket row → where its score went
    seen.reserve(planned);
    QPair<QString, QString> lastKey;
    qsizetype lastStratum = -1;
    while (q.next()) {
        const QPair<QString, QString> key{q.value(1).toString(), q.value(2).toString()};
        if (lastStratum < 0 || key != lastKey) {
            lastKey = key;
            lastStratum = index.value(key, -1);
        }
        if (lastStratum < 0)
            continue; // a stratum past the limit
        SampledScore s;
        s.score.scored = true;
        s.score.score = q.value(3).toDouble();
        s.score.passed = q.value(4).toLongLong() == 1;
        s.score.criticalFailed = q.value(5).toLongLong() == 1;
        s.group = q.value(6).isNull() ? QString() : q.value(6).toString();
        const Seen now{lastStratum, 0, q.value(7).toLongLong(), q.value(8).toLongLong()};
        QList<SampledScore> &scores = out[lastStratum].scores;
        const auto it = seen.find(q.value(0).toLongLong());
        if (it != seen.end()) {
            if (std::pair(now.submittedAt, now.reviewId) >
                std::pair(it->submittedAt, it->reviewId)) {
                out[it->stratum].scores[it->at] = s;
                it->submittedAt = now.submittedAt;
                it->reviewId = now.reviewId;
            }
            continue;
        }
        if (scores.size() >= out.at(lastStratum).population)
            continue;
        seen.insert(q.value(0).toLongLong(),
                    {lastStratum, scores.size(), now.submittedAt, now.reviewId});
        scores.append(s);
    }
    return true;
}

bool scoreEstimate(const QList<SampledStratum> &strata, ReviewMeasure measure,
                   StratifiedEstimate &out, QString &error) {
    QList<StratumReviews> input;
    input.reserve(strata.size());
    for (const SampledStratum &s : strata) {
        StratumReviews r{s.day + QLatin1Char('/') + s.key, s.population, {}};
        r.reviews.reserve(s.scores.size());
        for (const SampledScore &score : s.scores)
            r.reviews.append(score.score);
        input.append(r);
    }
    return QaEstimates::stratified(input, measure, out, error);
}

bool groupEstimates(const QList<SampledStratum> &strata, QHash<QString, StratifiedEstimate> &out,
                    QString &error) {
    QHash<QString, QList<DomainStratum>> domains;
    for (const SampledStratum &s : strata) {
        QHash<QString, QList<double>> values;
        for (const SampledScore &score : s.scores)
            values[score.group].append(score.score.score);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            domains[it.key()].append({s.day + QLatin1Char('/') + s.key, s.population, it.value(),
                                      s.scores.size() - it.value().size()});
    }
    out.clear();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        StratifiedEstimate e;
        if (!QaEstimates::domain(it.value(), e, error))
            return false;
        out.insert(it.key(), e);
    }
    return true;
}

} // namespace sb::qadash
