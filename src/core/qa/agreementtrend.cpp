#include "qa/agreementtrend.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace sb {

namespace {

constexpr qsizetype kChunk = 500; // ids bound per statement

QString dayText(const QDate &day) {
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

std::optional<ScoreScale> scaleOf(const QString &stored) {
    if (stored == QLatin1StringView("pass_fail"))
        return ScoreScale::PassFail;
    if (stored == QLatin1StringView("0_2"))
        return ScoreScale::ZeroToTwo;
    if (stored == QLatin1StringView("1_5"))
        return ScoreScale::OneToFive;
    return std::nullopt;
}

// A double-reviewed ticket with both reviews submitted.
struct Pair {
    QDate week;
    qint64 first = 0; // review ids
    qint64 second = 0;
    std::optional<double> firstScore;
    std::optional<double> secondScore;
    bool firstPassed = false;
    bool secondPassed = false;
};

struct ItemInfo {
    QString title;
    QString titleZh;
    ScoreScale scale = ScoreScale::PassFail;
    qint64 position = 0;
};

struct Rating {
    std::optional<double> value; // missing when N/A or not rated
    QString scale;
};

} // namespace

bool QaAgreementTrend::weeks(Database &db, const QDate &from, const QDate &to,
                             QList<QaAgreementWeek> &out, QString &error) {
    out.clear();
    if (!from.isValid() || !to.isValid() || to < from) {
        error = tr("The weeks to show need a valid first and last day, in order.");
        return false;
    }
    const QDate first = weekStart(from);
    const QDate last = weekStart(to);
    if (first.daysTo(last) / 7 + 1 > kMaxWeeks) {
        error = tr("At most %1 weeks can be shown at once.").arg(kMaxWeeks);
        return false;
    }
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral(
                     "SELECT s.day, a.id, a.score, a.passed, b.id, b.score, b.passed FROM "
                     "qa_sample_tickets s JOIN qa_reviews a ON a.ticket_id = s.ticket_id AND "
                     "a.reviewer_id = s.assignee_id AND a.kind = 'sample' AND a.state = "
                     "'submitted' JOIN qa_reviews b ON b.ticket_id = s.ticket_id AND "
                     "b.reviewer_id = s.second_assignee_id AND b.kind = 'double' AND b.state = "
                     "'submitted' WHERE s.second_assignee_id IS NOT NULL AND s.day >= ? AND "
                     "s.day <= ? ORDER BY s.day, s.ticket_id"),
                 {dayText(first), dayText(last.addDays(6))}, error))
        return false;
    QList<Pair> pairs;
    while (q.next()) {
        Pair p;
        p.week = weekStart(QDate::fromString(q.value(0).toString(), QStringLiteral("yyyy-MM-dd")));
        p.first = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            p.firstScore = q.value(2).toDouble();
        p.firstPassed = q.value(3).toLongLong() != 0;
        p.second = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            p.secondScore = q.value(5).toDouble();
        p.secondPassed = q.value(6).toLongLong() != 0;
        if (p.week.isValid())
            pairs.append(p);
    }
    // The items of those reviews: review id → item key → rating.
    QHash<qint64, QHash<QString, Rating>> ratings;
    QHash<QString, ItemInfo> items;
    QList<qint64> ids;
    for (const Pair &p : std::as_const(pairs))
        ids << p.first << p.second;
    for (qsizetype at = 0; at < ids.size(); at += kChunk) {
        const QList<qint64> part = ids.mid(at, kChunk);
        QVariantList values;
        QStringList marks;
        for (const qint64 id : part) {
            values.append(id);
            marks.append(QStringLiteral("?"));
        }
        if (!db.exec(q,
                     QStringLiteral("SELECT ri.review_id, i.key, i.scale, i.label, i.label_zh, "
                                    "i.position, ri.value, ri.na, i.version_id FROM "
                                    "qa_review_items ri JOIN qa_scorecard_items i ON i.id = "
                                    "ri.item_id WHERE ri.review_id IN (%1)")
                         .arg(marks.join(QStringLiteral(", "))),
                     values, error))
            return false;
        QHash<QString, qint64> versionOf; // the newest version's title and place win
        while (q.next()) {
            const QString key = q.value(1).toString();
            const std::optional<ScoreScale> scale = scaleOf(q.value(2).toString());
            if (!scale)
                continue;
            const qint64 version = q.value(8).toLongLong();
            if (!items.contains(key) || version > versionOf.value(key)) {
                items.insert(key, {q.value(3).toString(), q.value(4).toString(), *scale,
                                   q.value(5).toLongLong()});
                versionOf.insert(key, version);
            }
            Rating r;
            r.scale = q.value(2).toString();
            if (q.value(7).toLongLong() == 0 && !q.value(6).isNull())
                r.value = q.value(6).toDouble();
            ratings[q.value(0).toLongLong()].insert(key, r);
        }
    }
    QStringList keys = items.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qint64 pa = items.value(a).position;
        const qint64 pb = items.value(b).position;
        return pa != pb ? pa < pb : a < b;
    });
    for (QDate week = first; week <= last; week = week.addDays(7)) {
        QaAgreementWeek w;
        w.weekStart = week;
        ReliabilityData scores(2);
        ReliabilityData passed(2);
        QHash<QString, ReliabilityData> byItem;
        for (const Pair &p : std::as_const(pairs)) {
            if (p.week != week)
                continue;
            ++w.tickets;
            scores[0].append(p.firstScore);
            scores[1].append(p.secondScore);
            passed[0].append(p.firstPassed ? 1.0 : 0.0);
            passed[1].append(p.secondPassed ? 1.0 : 0.0);
            for (const QString &key : std::as_const(keys)) {
                const Rating a = ratings.value(p.first).value(key);
                const Rating b = ratings.value(p.second).value(key);
                ReliabilityData &d = byItem[key];
                if (d.isEmpty())
                    d.resize(2);
                // Ratings on different scales (a changed scorecard) are not comparable.
                const bool comparable =
                    a.scale.isEmpty() || b.scale.isEmpty() || a.scale == b.scale;
                d[0].append(comparable ? a.value : std::nullopt);
                d[1].append(comparable ? b.value : std::nullopt);
            }
        }
        w.scoreAlpha = Agreement::krippendorffAlpha(scores, AlphaMetric::Interval);
        w.passAgreement = Agreement::percentAgreement(passed);
        for (const QString &key : std::as_const(keys)) {
            const ItemInfo info = items.value(key);
            QaAgreementItem it;
            it.key = key;
            it.title = info.title;
            it.titleZh = info.titleZh;
            it.scale = info.scale;
            it.metric = Agreement::metricFor(info.scale);
            const ReliabilityData d = byItem.value(key, ReliabilityData(2));
            it.alpha = Agreement::krippendorffAlpha(d, it.metric);
            it.percent = Agreement::percentAgreement(d);
            w.items.append(it);
        }
        out.append(w);
    }
    return true;
}

} // namespace sb
