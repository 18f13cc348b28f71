#include "reports/qasection.h"

#include "qa/dashboarddrill.h"
#include "qa/qadayqueries.h"
#include "reports/reportfigures.h"
#include "reports/reportperiod.h"
#include "reports/sectionsql.h"
#include "util/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace sb {

namespace {

// Every period a report takes has QA figures.
static_assert(ReportPeriod::kMaxRangeDays <= QaDashboardQueries::kMaxDays);

double rounded(double v, int digits) {
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

} // namespace

bool QaSection::load(Database &db, const ReportWindow &w, const ReportSettings &s, QaFigures &out,
                     QString &error) {
    out = {};
    if (w.isEmpty()) {
        error = tr("The report's period is empty.");
        return false;
    }
    out.from = QDateTime::fromMSecsSinceEpoch(w.startMs, w.zone).date();
    out.to = QDateTime::fromMSecsSinceEpoch(w.endMs - 1, w.zone).date();
    // Overdue reviews are counted at the window's end, or at the data cut-off before it.
    qint64 seq = 0;
    qint64 cutoff = 0;
    if (!ReportFigures::dataCutoff(db, seq, cutoff, error))
        return false;
    const qint64 asOf = cutoff > 0 ? std::min(w.endMs, std::max(cutoff, w.startMs)) : w.endMs;
    const ManualClock clock(QDateTime::fromMSecsSinceEpoch(asOf, Qt::UTC));
    if (!QaDashboardQueries::load(db, clock, out.from, out.to, QaGrouping::Agent, out.dashboard,
                                  error))
        return false;
    if (out.dashboard.failingItems.size() > s.topLimit)
        out.dashboard.failingItems.resize(s.topLimit);
    return true;
}

QJsonObject QaSection::toJson(const QaFigures &f) {
    const QaDashboard &d = f.dashboard;
    QJsonArray items;
    for (const QaFailingItemRow &r : d.failingItems)
        items.append(QJsonObject{{QStringLiteral("key"), r.key},
                                 {QStringLiteral("title"), r.title},
                                 {QStringLiteral("failed"), r.failed},
                                 {QStringLiteral("share"), rounded(r.share, 4)}});
    const StratifiedEstimate &e = d.scoreEstimate;
    const QJsonValue score =
        e.defined ? QJsonValue(QJsonObject{{QStringLiteral("estimate"), rounded(e.estimate, 2)},
                                           {QStringLiteral("low"), rounded(e.low, 2)},
                                           {QStringLiteral("high"), rounded(e.high, 2)},
                                           {QStringLiteral("approximate"), e.approximate}})
                  : QJsonValue();
    const Proportion &p = d.overall.passed;
    return {
        {QStringLiteral("from"), f.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
        {QStringLiteral("reviews"), d.overall.reviews},
        {QStringLiteral("mean_score"),
         d.overall.meanScore ? QJsonValue(rounded(*d.overall.meanScore, 2)) : QJsonValue()},
        {QStringLiteral("score"), score},
        {QStringLiteral("pass_rate"),
         QJsonObject{{QStringLiteral("passed"), p.count},
                     {QStringLiteral("failed"), p.total - p.count},
                     {QStringLiteral("scored"), p.total},
                     {QStringLiteral("rate"),
                      p.defined() ? QJsonValue(rounded(p.value(), 4)) : QJsonValue()}}},
        {QStringLiteral("critical_failed"), d.overall.criticalFailed.count},
        {QStringLiteral("disputes"), d.disputes},
        {QStringLiteral("overturned"), d.overturned},
        {QStringLiteral("top_failing_items"), items},
    };
}

bool QaSection::ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    std::optional<QaReviewSet> set;
    QString item;
    if (d.dimension.isEmpty()) {
        set = d.measure == QLatin1StringView("mean_score") ? std::optional(QaReviewSet::Scored)
                                                           : qaReviewSetFromKey(d.measure);
        if (set == QaReviewSet::FailingItem)
            set.reset();
    } else if (d.measure == QLatin1StringView("top_failing_items") &&
               d.dimension == QLatin1StringView("item") && !d.value.isEmpty()) {
        set = QaReviewSet::FailingItem;
        item = d.value;
    }
    if (!set) {
        error = reportsql::unknownDrill(d);
        return false;
    }
    if (d.endMs <= d.startMs) {
        error = tr("The report's period is empty.");
        return false;
    }
    // The local days of the window, in the business calendar's zone (the report's).
    QTimeZone zone;
    if (!QaDayQueries::businessZone(db, zone, error))
        return false;
    const QDate from = QDateTime::fromMSecsSinceEpoch(d.startMs, zone).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(d.endMs - 1, zone).date();
    return QaDashboardDrill::ticketIds(db, from, to, *set, item, limit, out, truncated, error);
}

} // namespace sb
