#include "reports/qasection.h"

#include "reports/reportfigures.h"
#include "reports/reportperiod.h"
#include "util/clock.h"

#include <QDateTime>
#include <QJsonArray>

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
                     {QStringLiteral("scored"), p.total},
                     {QStringLiteral("rate"),
                      p.defined() ? QJsonValue(rounded(p.value(), 4)) : QJsonValue()}}},
        {QStringLiteral("critical_failed"), d.overall.criticalFailed.count},
        {QStringLiteral("disputes"), d.disputes},
        {QStringLiteral("overturned"), d.overturned},
        {QStringLiteral("top_failing_items"), items},
    };
}

bool QaSection::ticketIds(Database &, const ReportDrill &d, int, QList<qint64> &out,
                          bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    error = tr("The QA figure \"%1\" opens in the QA place, not as a ticket list.")
                .arg(d.measure.left(40));
    return false;
}

} // namespace sb
