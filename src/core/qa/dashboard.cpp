#include "qa/dashboard.h"

#include "qa/qadayqueries.h"
#include "qa/reviewstore.h"
#include "qa/scorecard.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

// The period's submitted reviews (r), with their sample row (q): sample reviews by the
// sampled day, extra reviews by the day they were submitted; blind second reviews left out.
// Binds: first day, last day (text), start and end (ms, end excluded).
const auto kPeriodFrom =
    QStringLiteral("FROM qa_reviews r LEFT JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id ");
const auto kPeriodWhere = QStringLiteral(
    "r.state = 'submitted' AND r.kind <> 'double' AND ((q.id IS NOT NULL AND q.day >= ? AND "
    "q.day <= ?) OR (q.id IS NULL AND r.submitted_at >= ? AND r.submitted_at < ?))");
const auto kFigures = QStringLiteral(
    "COUNT(*), AVG(r.score), COUNT(r.score), SUM(CASE WHEN r.score IS NOT NULL AND r.passed = 1 "
    "THEN 1 ELSE 0 END), SUM(CASE WHEN r.score IS NOT NULL AND r.critical_failed = 1 THEN 1 ELSE "
    "0 END)");

QString dayText(const QDate &d) {
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

// The grouping's key and label columns and the join they need: a fixed list, never input.
struct GroupColumns {
    QString key;
    QString label;
    QString join;
};

GroupColumns groupColumns(QaGrouping g) {
    switch (g) {
    case QaGrouping::Agent:
        return {QStringLiteral("r.agent_id"), QStringLiteral("g.name"),
                QStringLiteral("LEFT JOIN staff g ON g.id = r.agent_id ")};
    case QaGrouping::Team:
        return {QStringLiteral("t.team_id"), QStringLiteral("g.name"),
                QStringLiteral("LEFT JOIN teams g ON g.id = t.team_id ")};
    case QaGrouping::Channel:
        return {QStringLiteral("t.channel"), QStringLiteral("t.channel"), QString()};
    case QaGrouping::ProblemType:
        return {QStringLiteral("t.problem_type"), QStringLiteral("t.problem_type"), QString()};
    }
    return {};
}

// Reads the five columns of kFigures starting at `at`.
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

std::optional<ScoreScale> scaleFromColumn(const QString &s) {
    if (s == QLatin1StringView("pass_fail"))
        return ScoreScale::PassFail;
    if (s == QLatin1StringView("0_2"))
        return ScoreScale::ZeroToTwo;
    if (s == QLatin1StringView("1_5"))
        return ScoreScale::OneToFive;
    return std::nullopt;
}

struct Period {
    QVariantList values; // for kPeriodWhere
};

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
    QTimeZone zone;
    if (!QaDayQueries::businessZone(db, zone, error))
        return false;
    out.values = {dayText(from), dayText(to),
                  QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch(),
                  QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
    return true;
}

bool groupsIn(Database &db, const Period &p, QaGrouping grouping, QList<QaGroupRow> &out,
              bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    const GroupColumns c = groupColumns(grouping);
    QSqlQuery q(db.db());
    QVariantList values = p.values;
    values << QaDashboardQueries::kGroupLimit + 1;
    if (!db.exec(q,
                 QStringLiteral("SELECT %1, %2, %3 %4LEFT JOIN tickets t ON t.id = r.ticket_id %5"
                                "WHERE %6 GROUP BY %1, %2 ORDER BY COUNT(*) DESC, %1 LIMIT ?")
                     .arg(c.key, c.label, kFigures, kPeriodFrom, c.join, kPeriodWhere),
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

bool overallIn(Database &db, const Period &p, QaQualityFigures &out, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("SELECT %1 %2WHERE %3").arg(kFigures, kPeriodFrom, kPeriodWhere),
                 p.values, error))
        return false;
    out = q.next() ? figuresFrom(q, 0) : QaQualityFigures{};
    return true;
}

bool failingItemsIn(Database &db, const Period &p, QaDashboard &out, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT i.key, MIN(i.label), MIN(i.label_zh), i.scale, ri.value, "
                                "COUNT(*) FROM qa_review_items ri JOIN qa_reviews r ON r.id = "
                                "ri.review_id JOIN qa_scorecard_items i ON i.id = ri.item_id LEFT "
                                "JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE %1 "
                                "AND ri.na = 0 AND ri.value IS NOT NULL GROUP BY i.key, i.scale, "
                                "ri.value ORDER BY i.key LIMIT 10000")
                     .arg(kPeriodWhere),
                 p.values, error))
        return false;
    QMap<QString, QaFailingItemRow> items;
    while (q.next()) {
        const std::optional<ScoreScale> scale = scaleFromColumn(q.value(3).toString());
        if (!scale || q.value(4).toDouble() >= scalePassLevel(*scale))
            continue;
        QaFailingItemRow &row = items[q.value(0).toString()];
        row.key = q.value(0).toString();
        row.title = q.value(1).toString();
        row.titleZh = q.value(2).toString();
        row.failed += q.value(5).toLongLong();
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

bool disputesIn(Database &db, const Period &p, QaDashboard &out, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT d.review_id), SUM(CASE WHEN "
                                "d.state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END), "
                                "SUM(CASE WHEN d.state <> 'open' THEN 1 ELSE 0 END) FROM "
                                "qa_disputes d JOIN qa_reviews r ON r.id = d.review_id LEFT JOIN "
                                "qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE %1")
                     .arg(kPeriodWhere),
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

// The strata of the sampled days with the scores of their sample reviews: the estimates and
// the coverage per stratum key.
bool strataIn(Database &db, const QDate &from, const QDate &to, QaDashboard &out, QString &error) {
    struct Stratum {
        QString day;
        QString key;
        qint64 population = 0;
        qint64 planned = 0;
        double rate = 0;
    };
    QList<Stratum> strata;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral("SELECT s.day, s.key, s.frame_size, s.sample_size, d.rate FROM "
                                "qa_sample_strata s JOIN qa_sample_days d ON d.day = s.day WHERE "
                                "s.day >= ? AND s.day <= ? ORDER BY s.day, s.key LIMIT ?"),
                 {dayText(from), dayText(to), QaDashboardQueries::kStrataLimit + 1}, error))
        return false;
    out.coverageTruncated = false;
    while (q.next()) {
        if (strata.size() == QaDashboardQueries::kStrataLimit) {
            out.coverageTruncated = true;
            break;
        }
        strata.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toString().toDouble()});
    }
    // One score per sampled ticket still in the sample: its newest submitted sample review.
    QHash<QString, QList<ReviewScore>> scores; // "day\nkey" → reviews
    if (!db.exec(q,
                 QStringLiteral("SELECT q.id, q.day, q.stratum, r.score, r.passed, "
                                "r.critical_failed, r.submitted_at FROM qa_reviews r JOIN "
                                "qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.state = "
                                "'submitted' AND r.kind = 'sample' AND r.score IS NOT NULL AND "
                                "q.replacement_id IS NULL AND q.day >= ? AND q.day <= ? ORDER BY "
                                "q.id, r.submitted_at, r.id"),
                 {dayText(from), dayText(to)}, error))
        return false;
    qint64 lastRow = 0;
    while (q.next()) {
        const qint64 row = q.value(0).toLongLong();
        const QString stratum = q.value(1).toString() + QLatin1Char('\n') + q.value(2).toString();
        ReviewScore s;
        s.scored = true;
        s.score = q.value(3).toDouble();
        s.passed = q.value(4).toLongLong() == 1;
        s.criticalFailed = q.value(5).toLongLong() == 1;
        if (row == lastRow)
            scores[stratum].last() = s; // a newer review of the same sampled ticket
        else
            scores[stratum].append(s);
        lastRow = row;
    }
    QList<StratumReviews> input;
    QMap<QString, QaCoverageRow> coverage;
    QHash<QString, double> rated; // Σ rate × N_h per key
    for (const Stratum &s : std::as_const(strata)) {
        const QString id = s.day + QLatin1Char('\n') + s.key;
        const QList<ReviewScore> reviews = scores.value(id);
        input.append({s.day + QLatin1Char('/') + s.key, s.population,
                      reviews.mid(0, qMax<qint64>(0, s.population))});
        QaCoverageRow &c = coverage[s.key];
        c.stratum = s.key;
        c.population += s.population;
        c.planned += s.planned;
        c.reviewed += reviews.size();
        rated[s.key] += s.rate * double(s.population);
    }
    for (auto it = coverage.begin(); it != coverage.end(); ++it)
        it->targetRate = it->population > 0 ? rated.value(it.key()) / double(it->population) : 0;
    out.coverage = coverage.values();
    return QaEstimates::stratified(input, ReviewMeasure::Score, out.scoreEstimate, error) &&
           QaEstimates::stratified(input, ReviewMeasure::Passed, out.passEstimate, error);
}

// Sampled tickets of the period still without the submitted review they are assigned for
// (first or blind second), once their day's due time (QaReviewStore::dueTime) has passed.
bool overdueIn(Database &db, const Clock &clock, const QDate &from, const QDate &to,
               QaDashboard &out, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(
            q,
            QStringLiteral(
                "SELECT x.day, x.who, s.name, COUNT(*) FROM (SELECT q.day, q.assignee_id AS who "
                "FROM qa_sample_tickets q WHERE q.replacement_id IS NULL AND q.assignee_id IS NOT "
                "NULL AND q.day >= ? AND q.day <= ? AND NOT EXISTS (SELECT 1 FROM qa_reviews r "
                "WHERE r.ticket_id = q.ticket_id AND r.reviewer_id = q.assignee_id AND r.kind = "
                "'sample' AND r.state = 'submitted') UNION ALL SELECT q.day, "
                "q.second_assignee_id AS who FROM qa_sample_tickets q WHERE q.replacement_id IS "
                "NULL AND q.second_assignee_id IS NOT NULL AND q.day >= ? AND q.day <= ? AND NOT "
                "EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = q.ticket_id AND "
                "r.reviewer_id = q.second_assignee_id AND r.kind = 'double' AND r.state = "
                "'submitted')) x LEFT JOIN staff s ON s.id = x.who GROUP BY x.day, x.who, s.name "
                "ORDER BY x.day LIMIT 20000"),
            {dayText(from), dayText(to), dayText(from), dayText(to)}, error))
        return false;
    QaReviewStore store(db, clock);
    QHash<QString, qint64> dueByDay;
    QMap<qint64, QaOverdueRow> rows;
    const qint64 now = clock.nowMs();
    out.overdue = 0;
    while (q.next()) {
        const QString day = q.value(0).toString();
        if (!dueByDay.contains(day)) {
            qint64 due = 0;
            if (!store.dueTime(QDate::fromString(day, QStringLiteral("yyyy-MM-dd")), due, error))
                return false;
            dueByDay.insert(day, due);
        }
        if (now <= dueByDay.value(day))
            continue;
        const qint64 who = q.value(1).toLongLong();
        QaOverdueRow &row = rows[who];
        row.inspectorId = who;
        row.inspector = q.value(2).toString();
        row.overdue += q.value(3).toLongLong();
        out.overdue += q.value(3).toLongLong();
    }
    out.overdueByInspector = rows.values();
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
    return periodOf(db, from, to, p, error) && groupsIn(db, p, grouping, out, truncated, error);
}

bool QaDashboardQueries::load(Database &db, const Clock &clock, const QDate &from, const QDate &to,
                              QaGrouping grouping, QaDashboard &out, QString &error) {
    QaDashboard d;
    d.from = from;
    d.to = to;
    d.grouping = grouping;
    Period p;
    if (!periodOf(db, from, to, p, error) || !overallIn(db, p, d.overall, error) ||
        !groupsIn(db, p, grouping, d.groups, d.groupsTruncated, error) ||
        !failingItemsIn(db, p, d, error) || !disputesIn(db, p, d, error) ||
        !strataIn(db, from, to, d, error) || !overdueIn(db, clock, from, to, d, error))
        return false;
    out = d;
    return true;
}

} // namespace sb
