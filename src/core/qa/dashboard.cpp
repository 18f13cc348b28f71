#include "qa/dashboard.h"

#include "qa/dashboardparts.h"

#include "qa/qadayqueries.h"
#include "qa/reviewstore.h"
#include "qa/scorecard.h"
#include "workflow/businesscalendar.h"
#include "workflow/calendarstore.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

using namespace qadash;

std::optional<ScoreScale> scaleFromColumn(const QString &s) {
    if (s == QLatin1StringView("pass_fail"))
        return ScoreScale::PassFail;
    if (s == QLatin1StringView("0_2"))
        return ScoreScale::ZeroToTwo;
    if (s == QLatin1StringView("1_5"))
        return ScoreScale::OneToFive;
    return std::nullopt;
}

bool groupsIn(Database &db, const Period &p, QaGrouping grouping, bool rollups,
              QList<QaGroupRow> &out, bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    // Aggregated per key first, the names joined to the groups only: one pass over the
    // period's reviews (the agent's key with a unary plus, so that SQLite scans the table
    // rather than walking qa_reviews_agent with a lookup per review).
    const bool agent = grouping == QaGrouping::Agent;
    const bool named = agent || grouping == QaGrouping::Team;
    const QString key = agent ? QStringLiteral("+r.agent_id") : groupKeyColumn(grouping);
    QSqlQuery q(db.db());
    QVariantList values = p.values;
    values << QaDashboardQueries::kGroupLimit + 1;
    const QString figures =
        rollups ? rollupGroupFigures(grouping)
                : QStringLiteral("(SELECT %1 AS k, %2 FROM %3%4GROUP BY 1) x ")
                      .arg(key, figureColumns(), periodReviews(),
                           agent ? QString()
                                 : QStringLiteral("LEFT JOIN tickets t ON t.id = r.ticket_id "));
    if (!db.exec(q,
                 QStringLiteral("SELECT x.k, %1, x.n, x.mean, x.scored, x.passed, x.critical FROM "
                                "%2%3ORDER BY x.n DESC, x.k LIMIT ?")
                     .arg(named ? QStringLiteral("g.name") : QStringLiteral("x.k"), figures,
                          agent   ? QStringLiteral("LEFT JOIN staff g ON g.id = x.k ")
                          : named ? QStringLiteral("LEFT JOIN teams g ON g.id = x.k ")
                                  : QString()),
                 values, error))
        return false;
    while (q.next()) {
        if (out.size() == QaDashboardQueries::kGroupLimit) {
            truncated = true;
            break;
        }
        QaGroupRow row;
        row.key = q.value(0).isNull() ? QString() : q.value(0).toString();
        row.label = q.value(1).toString();
        row.figures = figuresFrom(q, 2);
        out.append(row);
    }
    std::stable_sort(out.begin(), out.end(), [](const QaGroupRow &a, const QaGroupRow &b) {
        if (a.figures.reviews != b.figures.reviews)
            return a.figures.reviews > b.figures.reviews;
        return a.label < b.label;
    });
    return true;
}

bool overallIn(Database &db, const Period &p, bool rollups, QaQualityFigures &out, QString &error) {
    QSqlQuery q(db.db());
    const QString sql =
        rollups ? QStringLiteral("SELECT SUM(x.n), CASE WHEN SUM(x.scored) > 0 THEN SUM(x.s) / "
                                 "SUM(x.scored) END, SUM(x.scored), SUM(x.passed), "
                                 "SUM(x.critical) FROM %1")
                      .arg(rollupGroupFigures(QaGrouping::Agent))
                : QStringLiteral("SELECT %1 FROM %2").arg(figureColumns(), periodReviews());
    if (!db.exec(q, sql, p.values, error))
        return false;
    out = q.next() ? figuresFrom(q, 0) : QaQualityFigures{};
    return true;
}

// The figures of all groups together.
QaQualityFigures sumOf(const QList<QaGroupRow> &groups) {
    QaQualityFigures f;
    double sum = 0;
    for (const QaGroupRow &g : groups) {
        f.reviews += g.figures.reviews;
        f.passed.count += g.figures.passed.count;
        f.passed.total += g.figures.passed.total;
        f.criticalFailed.count += g.figures.criticalFailed.count;
        f.criticalFailed.total += g.figures.criticalFailed.total;
        if (g.figures.meanScore)
            sum += *g.figures.meanScore * double(g.figures.passed.total);
    }
    if (f.passed.total > 0)
        f.meanScore = sum / double(f.passed.total);
    return f;
}

bool failingItemsIn(Database &db, const Period &p, bool rollups, QaDashboard &out, QString &error) {
    // The ratings below pass counted per item and value (index-only through
    // qa_review_items_rating), then the few items named. Below pass is under 1 on the
    // pass/fail and 0–2 scales and under 3 on the 1–5 scale (scalePassLevel): only those
    // ratings are grouped.
    QSqlQuery q(db.db());
    const QString sql =
        rollups ? rollupFailingCounts()
                : QStringLiteral(
                      "SELECT ri.item_id, ri.value, COUNT(*) FROM %1JOIN qa_review_items ri ON "
                      "ri.review_id = r.id WHERE ri.na = 0 AND ri.value IS NOT NULL AND (ri.value "
                      "< 1 OR (ri.value < 3 AND ri.item_id IN (SELECT id FROM qa_scorecard_items "
                      "WHERE scale = '1_5'))) GROUP BY ri.item_id, ri.value LIMIT 10000")
                      .arg(periodReviews());
    if (!db.exec(q, sql, p.values, error))
        return false;
    QHash<qint64, QList<QPair<double, qint64>>> counts; // item id → (value, ratings)
    while (q.next())
        counts[q.value(0).toLongLong()].append({q.value(1).toDouble(), q.value(2).toLongLong()});
    QMap<QString, QaFailingItemRow> items;
    if (!counts.isEmpty()) {
        QVariantList ids;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ids << it.key();
        const QString marks = QStringLiteral("?, ").repeated(ids.size() - 1) + QLatin1Char('?');
        if (!db.exec(q,
                     QStringLiteral("SELECT id, key, label, label_zh, scale FROM "
                                    "qa_scorecard_items WHERE id IN (%1) ORDER BY key, id")
                         .arg(marks),
                     ids, error))
            return false;
    }
    while (!counts.isEmpty() && q.next()) {
        const std::optional<ScoreScale> scale = scaleFromColumn(q.value(4).toString());
        if (!scale)
            continue;
        qint64 failed = 0;
        for (const auto &[value, n] : counts.value(q.value(0).toLongLong()))
            if (value < scalePassLevel(*scale))
                failed += n;
        if (failed == 0)
            continue;
        QaFailingItemRow &row = items[q.value(1).toString()];
        if (row.key.isEmpty()) { // the oldest version's names
            row.key = q.value(1).toString();
            row.title = q.value(2).toString();
            row.titleZh = q.value(3).toString();
        }
        row.failed += failed;
    }
    QList<QaFailingItemRow> rows = items.values();
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const QaFailingItemRow &a, const QaFailingItemRow &b) { return a.failed > b.failed; });
    out.failedRatings = 0;
    for (const QaFailingItemRow &r : std::as_const(rows))
        out.failedRatings += r.failed;
    qint64 running = 0;
    for (QaFailingItemRow &r : rows) {
        running += r.failed;
        r.share = double(r.failed) / double(out.failedRatings);
        r.cumulative = double(running) / double(out.failedRatings);
    }
    out.failingItems = rows.mid(0, QaDashboardQueries::kItemLimit);
    return true;
}

bool disputesIn(Database &db, const Period &p, bool rollups, QaDashboard &out, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 rollups ? rollupDisputeCounts()
                         : QStringLiteral(
                               "SELECT COUNT(*), COUNT(DISTINCT d.review_id), SUM(CASE WHEN "
                               "d.state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN d.state <> 'open' THEN 1 ELSE 0 END) FROM "
                               "qa_disputes d JOIN qa_reviews r ON r.id = d.review_id LEFT JOIN "
                               "qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE %1")
                               .arg(periodWhere()),
                 p.values, error))
        return false;
    if (q.next()) {
        out.disputes = q.value(0).toLongLong();
        out.disputedReviews = q.value(1).toLongLong();
        out.overturned = q.value(2).toLongLong();
        out.decided = q.value(3).toLongLong();
    }
    return true;
}

// The strata of the sampled days with the scores of their sample reviews: the estimates,
// overall and per group, and the coverage per stratum key.
// The coverage per stratum key of strata given as SampledStratum or SampledSums.
template <typename Stratum, typename Reviewed>
QList<QaCoverageRow> coverageOf(const QList<Stratum> &strata, Reviewed reviewed) {
    QMap<QString, QaCoverageRow> coverage;
    QHash<QString, double> rated; // Σ rate × N_h per key
    for (const Stratum &s : strata) {
        QaCoverageRow &c = coverage[s.key];
        c.stratum = s.key;
        c.population += s.population;
        c.planned += s.planned;
        c.reviewed += reviewed(s);
        rated[s.key] += s.rate * double(s.population);
    }
    for (auto it = coverage.begin(); it != coverage.end(); ++it)
        it->targetRate = it->population > 0 ? rated.value(it.key()) / double(it->population) : 0;
    return coverage.values();
}

bool strataIn(Database &db, const QDate &from, const QDate &to, bool rollups, QaDashboard &out,
              QString &error) {
    QHash<QString, StratifiedEstimate> groups;
    if (rollups) {
        QList<SampledSums> strata;
        if (!sampledSums(db, from, to, out.grouping, strata, out.coverageTruncated, error))
            return false;
        out.coverage = coverageOf(strata, [](const SampledSums &s) { return s.all.n; });
        if (!sumsEstimate(strata, false, out.scoreEstimate, error) ||
            !sumsEstimate(strata, true, out.passEstimate, error) ||
            !groupEstimates(strata, groups, error))
            return false;
    } else {
        QList<SampledStratum> strata;
        if (!sampledStrata(db, from, to, out.grouping, strata, out.coverageTruncated, error))
            return false;
        out.coverage = coverageOf(strata, [](const SampledStratum &s) { return s.scores.size(); });
        if (!scoreEstimate(strata, ReviewMeasure::Score, out.scoreEstimate, error) ||
            !scoreEstimate(strata, ReviewMeasure::Passed, out.passEstimate, error) ||
            !groupEstimates(strata, groups, error))
            return false;
    }
    for (QaGroupRow &g : out.groups)
        g.scoreEstimate = groups.value(g.key);
    return true;
}

// Sampled tickets of the period still without the submitted review they are assigned for
// (first or blind second), once their day's due time (QaReviewStore::dueTime) has passed:
// counted per day and inspector (from the roll-ups, or one probe per sampled ticket), the due
// time then decided per day, now.
bool overdueIn(Database &db, const Clock &clock, const QDate &from, const QDate &to, bool rollups,
               QaDashboard &out, QString &error) {
    if (rollups && !usePendingRollups(db, rollups, error))
        return false;
    QSqlQuery q(db.db());
    const QString rows =
        rollups
            ? rollupPendingCounts()
            : QStringLiteral(
                  "SELECT x.day, x.who, s.name, COUNT(*) FROM (SELECT q.day, q.assignee_id AS who "
                  "FROM qa_sample_tickets q WHERE q.replacement_id IS NULL AND q.assignee_id IS "
                  "NOT NULL AND q.day >= ? AND q.day <= ? AND NOT EXISTS (SELECT 1 FROM qa_reviews "
                  "r "
                  "WHERE r.ticket_id = q.ticket_id AND r.reviewer_id = q.assignee_id AND r.kind = "
                  "'sample' AND r.state = 'submitted') UNION ALL SELECT q.day, "
                  "q.second_assignee_id AS who FROM qa_sample_tickets q WHERE q.replacement_id IS "
                  "NULL AND q.second_assignee_id IS NOT NULL AND q.day >= ? AND q.day <= ? AND NOT "
                  "EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = q.ticket_id AND "
                  "r.reviewer_id = q.second_assignee_id AND r.kind = 'double' AND r.state = "
                  "'submitted')) x LEFT JOIN staff s ON s.id = x.who GROUP BY x.day, x.who, s.name "
                  "ORDER BY x.day LIMIT 20000");
    QVariantList values{dayText(from), dayText(to)};
    if (!rollups)
        values << dayText(from) << dayText(to);
    if (!db.exec(q, rows, values, error))
        return false;
    BusinessCalendar calendar;
    bool calendarLoaded = false;
    QHash<QString, qint64> dueByDay;
    QMap<qint64, QaOverdueRow> byInspector;
    const qint64 now = clock.nowMs();
    out.overdue = 0;
    while (q.next()) {
        const QString day = q.value(0).toString();
        if (!dueByDay.contains(day)) {
            if (!calendarLoaded && !CalendarStore(db).load(calendar, error))
                return false;
            calendarLoaded = true;
            dueByDay.insert(
                day, QaReviewStore::dueTime(calendar,
                                            QDate::fromString(day, QStringLiteral("yyyy-MM-dd"))));
        }
        if (now <= dueByDay.value(day))
            continue;
        const qint64 who = q.value(1).toLongLong();
        QaOverdueRow &row = byInspector[who];
        row.inspectorId = who;
        row.inspector = q.value(2).toString();
        row.overdue += q.value(3).toLongLong();
        out.overdue += q.value(3).toLongLong();
    }
    out.overdueByInspector = byInspector.values();
    std::stable_sort(
        out.overdueByInspector.begin(), out.overdueByInspector.end(),
        [](const QaOverdueRow &a, const QaOverdueRow &b) { return a.overdue > b.overdue; });
    return true;
}

} // namespace

QString qaGroupingKey(QaGrouping grouping) {
    switch (grouping) {
    case QaGrouping::Agent:
        return QStringLiteral("agent");
    case QaGrouping::Team:
        return QStringLiteral("team");
    case QaGrouping::Channel:
        return QStringLiteral("channel");
    case QaGrouping::ProblemType:
        return QStringLiteral("problem_type");
    }
    return {};
}

std::optional<QaGrouping> qaGroupingFromKey(const QString &key) {
    for (QaGrouping g :
         {QaGrouping::Agent, QaGrouping::Team, QaGrouping::Channel, QaGrouping::ProblemType})
        if (qaGroupingKey(g) == key)
            return g;
    return std::nullopt;
}

bool QaDashboardQueries::groups(Database &db, const QDate &from, const QDate &to,
                                QaGrouping grouping, QList<QaGroupRow> &out, bool &truncated,
                                QString &error) {
    Period p;
    bool rollups = false;
    bool strataTruncated = false;
    QHash<QString, StratifiedEstimate> estimates;
    if (!periodOf(db, from, to, p, error) || !useRollups(db, rollups, error) ||
        !groupsIn(db, p, grouping, rollups, out, truncated, error))
        return false;
    if (rollups) {
        QList<SampledSums> strata;
        if (!sampledSums(db, from, to, grouping, strata, strataTruncated, error) ||
            !groupEstimates(strata, estimates, error))
            return false;
    } else {
        QList<SampledStratum> strata;
        if (!sampledStrata(db, from, to, grouping, strata, strataTruncated, error) ||
            !groupEstimates(strata, estimates, error))
            return false;
    }
    for (QaGroupRow &g : out)
        g.scoreEstimate = estimates.value(g.key);
    return true;
}

bool QaDashboardQueries::load(Database &db, const Clock &clock, const QDate &from, const QDate &to,
                              QaGrouping grouping, QaDashboard &out, QString &error) {
    QaDashboard d;
    d.from = from;
    d.to = to;
    d.grouping = grouping;
    Period p;
    bool rollups = false;
    if (!periodOf(db, from, to, p, error) || !useRollups(db, rollups, error) ||
        !groupsIn(db, p, grouping, rollups, d.groups, d.groupsTruncated, error))
        return false;
    // Every group is there: the overall figures are their sums (one pass less).
    if (d.groupsTruncated) {
        if (!overallIn(db, p, rollups, d.overall, error))
            return false;
    } else {
        d.overall = sumOf(d.groups);
    }
    if (!failingItemsIn(db, p, rollups, d, error) || !disputesIn(db, p, rollups, d, error) ||
        !strataIn(db, from, to, rollups, d, error) ||
        !overdueIn(db, clock, from, to, rollups, d, error))
        return false;
    out = d;
    return true;
}

} // namespace sb
