#include "qaweekdocument.h"

namespace sb {

namespace {

ReportCell count(qint64 n) {
    return ReportCell::ofNumber(double(n));
}

ReportCell share(const Proportion &p) {
    return p.defined() ? ReportCell::ofNumber(p.value(), NumberFormat::Percent)
                       : ReportCell::ofText(QStringLiteral("–"));
}

ReportCell score(const std::optional<double> &v) {
    return v ? ReportCell::ofNumber(*v, NumberFormat::Decimal1)
             : ReportCell::ofText(QStringLiteral("–"));
}

} // namespace

ReportCell QaWeekDocument::estimateCell(const StratifiedEstimate &e) {
    return e.defined ? ReportCell::ofNumber(e.estimate, NumberFormat::Decimal1)
                     : ReportCell::ofText(QStringLiteral("–"));
}

ReportCell QaWeekDocument::intervalCell(const StratifiedEstimate &e) {
    if (!e.defined)
        return ReportCell::ofText(QStringLiteral("–"));
    if (!e.hasInterval())
        return ReportCell::ofText(tr("n too small"));
    const QLocale c = QLocale::c();
    return ReportCell::ofText(
        QStringLiteral("%1 – %2").arg(formatNumber(e.low, NumberFormat::Decimal1, c),
                                      formatNumber(e.high, NumberFormat::Decimal1, c)));
}

QString QaWeekDocument::isoWeek(const QDate &day) {
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

ReportDocument QaWeekDocument::build(const QaWeekSummary &summary, const QString &language,
                                     const QDateTime &readAt) {
    const QaDashboard &d = summary.byAgent;
    const bool chinese = language.startsWith(QLatin1StringView("zh"));
    const QString iso = QStringLiteral("yyyy-MM-dd");
    ReportDocument doc;
    doc.language = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    doc.title = tr("QA team-meeting summary");
    doc.subtitle =
        tr("Week %1 (%2 – %3)").arg(isoWeek(d.from), d.from.toString(iso), d.to.toString(iso));
    doc.cutoff =
        tr("Figures as read at %1").arg(readAt.toString(QStringLiteral("yyyy-MM-dd HH:mm t")));
    const QString none = tr("(none)");

    ReportSection overall{QStringLiteral("overall"), tr("Overall"), {}};
    if (d.overall.reviews == 0)
        overall.blocks.append(ReportParagraph{tr("No review was submitted for this week.")});
    ReportTable figures{QString(), {tr("Figure"), tr("Value")}, {}};
    auto row = [&figures](const QString &label, const ReportCell &value) {
        figures.rows.append({ReportCell::ofText(label), value});
    };
    row(tr("Reviews"), count(d.overall.reviews));
    row(tr("Quality score (mean review score)"), score(d.overall.meanScore));
    const StratifiedEstimate &e = d.scoreEstimate;
    row(tr("Estimated quality (stratified sample)"), estimateCell(e));
    row(tr("95 % interval"), intervalCell(e));
    row(tr("Pass rate"), share(d.overall.passed));
    row(tr("Critical-fail rate"), share(d.overall.criticalFailed));
    row(tr("Disputes"), count(d.disputes));
    row(tr("Dispute rate"), share(d.disputeRate()));
    row(tr("Overturn rate"), share(d.overturnRate()));
    row(tr("Overdue reviews"), count(d.overdue));
    overall.blocks.append(figures);
    if (e.defined)
        overall.blocks.append(ReportParagraph{
            tr("The estimate weights each stratum's mean score by its share of the %1 handled "
               "tickets; %2 tickets were sampled.")
                .arg(e.population)
                .arg(e.sampled)});
    if (e.defined && e.approximate)
        overall.blocks.append(ReportParagraph{
            tr("The interval is approximate: some strata have fewer than two reviews.")});
    doc.sections.append(overall);

    const QStringList groupHeader{
        QString(),           tr("Reviews"),   tr("Quality score"),     tr("Estimate"),
        tr("95 % interval"), tr("Pass rate"), tr("Critical-fail rate")};
    auto groupTable = [&](const QString &first, const QList<QaGroupRow> &groups) {
        ReportTable t{QString(), groupHeader, {}};
        t.header[0] = first;
        for (const QaGroupRow &g : groups)
            t.rows.append({ReportCell::ofText(g.key.isEmpty()     ? none
                                              : g.label.isEmpty() ? g.key
                                                                  : g.label),
                           count(g.figures.reviews), score(g.figures.meanScore),
                           estimateCell(g.scoreEstimate), intervalCell(g.scoreEstimate),
                           share(g.figures.passed), share(g.figures.criticalFailed)});
        return t;
    };
    ReportSection agents{QStringLiteral("agents"), tr("Per agent"), {}};
    agents.blocks.append(groupTable(tr("Agent"), d.groups));
    if (d.groupsTruncated)
        agents.blocks.append(
            ReportParagraph{tr("Only the %1 agents with the most reviews are listed.")
                                .arg(QaDashboardQueries::kGroupLimit)});
    doc.sections.append(agents);
    ReportSection teams{QStringLiteral("teams"), tr("Per team"), {}};
    teams.blocks.append(groupTable(tr("Team"), summary.teams));
    doc.sections.append(teams);

    ReportSection failing{QStringLiteral("failing_items"), tr("Failing items"), {}};
    ReportChart pareto;
    pareto.kind = ChartKind::Pareto;
    pareto.title = tr("Ratings below pass per scorecard item");
    pareto.valueAxis = tr("ratings");
    ReportSeries below{tr("Below pass"), {}};
    ReportTable items{
        QString(), {tr("Scorecard item"), tr("Below pass"), tr("Share"), tr("Cumulative")}, {}};
    for (const QaFailingItemRow &i : d.failingItems) {
        const QString title = chinese && !i.titleZh.isEmpty() ? i.titleZh : i.title;
        below.points.append({title, double(i.failed)});
        items.rows.append({ReportCell::ofText(title), count(i.failed),
                           ReportCell::ofNumber(i.share, NumberFormat::Percent),
                           ReportCell::ofNumber(i.cumulative, NumberFormat::Percent)});
    }
    pareto.series.append(below);
    if (d.failingItems.isEmpty())
        failing.blocks.append(ReportParagraph{tr("No item was rated below pass.")});
    else
        failing.blocks.append(pareto);
    failing.blocks.append(items);
    doc.sections.append(failing);

    ReportSection coverage{QStringLiteral("coverage"), tr("Coverage of the sample"), {}};
    ReportTable strata{QString(),
                       {tr("Stratum"), tr("Handled (N_h)"), tr("Drawn (n_h)"), tr("Reviewed"),
                        tr("Coverage"), tr("Target"), tr("All drawn reviewed")},
                       {}};
    for (const QaCoverageRow &c : d.coverage)
        strata.rows.append({ReportCell::ofText(c.stratum.isEmpty() ? none : c.stratum),
                            count(c.population), count(c.planned), count(c.reviewed),
                            ReportCell::ofNumber(c.coverage(), NumberFormat::Percent),
                            ReportCell::ofNumber(c.targetRate, NumberFormat::Percent),
                            ReportCell::ofText(c.met() ? tr("yes") : tr("no"))});
    coverage.blocks.append(strata);
    if (d.coverageTruncated)
        coverage.blocks.append(ReportParagraph{tr("Not every stratum is listed.")});
    doc.sections.append(coverage);

    ReportSection overdue{QStringLiteral("overdue"), tr("Overdue reviews"), {}};
    ReportTable inspectors{QString(), {tr("Inspector"), tr("Overdue reviews")}, {}};
    for (const QaOverdueRow &o : d.overdueByInspector)
        inspectors.rows.append({ReportCell::ofText(o.inspector), count(o.overdue)});
    overdue.blocks.append(inspectors);
    doc.sections.append(overdue);
    return doc;
}

} // namespace sb
