#include "qa/dashboard.h"

#include "io/csvwriter.h"

#include <QIODevice>
#include <QSaveFile>

namespace sb {

namespace {

QString number(double v, int decimals) {
    return QString::number(v, 'f', decimals);
}

QString share(const Proportion &p) {
    return p.defined() ? number(p.value(), 4) : QString();
}

// The figures of one group as lines (section, group, metric, value).
void figures(CsvWriter &w, const QString &section, const QString &group,
             const QaQualityFigures &f) {
    const QString g = QaDashboardQueries::spreadsheetSafe(group);
    w.writeRecord({section, g, QStringLiteral("reviews"), QString::number(f.reviews)});
    w.writeRecord({section, g, QStringLiteral("quality_score"),
                   f.meanScore ? number(*f.meanScore, 2) : QString()});
    w.writeRecord({section, g, QStringLiteral("pass_rate"), share(f.passed)});
    w.writeRecord({section, g, QStringLiteral("critical_fail_rate"), share(f.criticalFailed)});
}

// A group's estimate and its interval (empty when it has none: n too small).
void groupEstimate(CsvWriter &w, const QString &section, const QaGroupRow &row) {
    const QString g = QaDashboardQueries::spreadsheetSafe(row.label);
    const StratifiedEstimate &e = row.scoreEstimate;
    w.writeRecord(
        {section, g, QStringLiteral("estimate"), e.defined ? number(e.estimate, 2) : QString()});
    w.writeRecord({section, g, QStringLiteral("estimate_low"),
                   e.hasInterval() ? number(e.low, 2) : QString()});
    w.writeRecord({section, g, QStringLiteral("estimate_high"),
                   e.hasInterval() ? number(e.high, 2) : QString()});
}

void estimate(CsvWriter &w, const QString &metric, const StratifiedEstimate &e, int decimals) {
    const QString section = QStringLiteral("estimate");
    if (!e.defined) {
        w.writeRecord({section, QString(), metric, QString()});
        return;
    }
    w.writeRecord({section, QString(), metric, number(e.estimate, decimals)});
    w.writeRecord({section, QString(), metric + QStringLiteral("_low"), number(e.low, decimals)});
    w.writeRecord({section, QString(), metric + QStringLiteral("_high"), number(e.high, decimals)});
    w.writeRecord({section, QString(), metric + QStringLiteral("_approximate"),
                   e.approximate ? QStringLiteral("yes") : QStringLiteral("no")});
}

} // namespace

QString QaDashboardQueries::spreadsheetSafe(const QString &text) {
    if (!text.isEmpty()) {
        const QChar c = text.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return QLatin1Char('\'') + text;
    }
    return text;
}

bool QaDashboardQueries::weekSummary(Database &db, const Clock &clock, const QDate &day,
                                     QaWeekSummary &out, QString &error) {
    const QDate from = weekStart(day);
    const QDate to = from.addDays(6);
    QaWeekSummary s;
    bool truncated = false;
    if (!load(db, clock, from, to, QaGrouping::Agent, s.byAgent, error) ||
        !groups(db, from, to, QaGrouping::Team, s.teams, truncated, error))
        return false;
    out = s;
    return true;
}

bool QaDashboardQueries::writeSummaryCsv(const QaWeekSummary &summary, QIODevice *out,
                                         QString &error) {
    const QaDashboard &d = summary.byAgent;
    CsvWriter w(out);
    w.writeRecord({QStringLiteral("section"), QStringLiteral("group"), QStringLiteral("metric"),
                   QStringLiteral("value")});
    const QString period = QStringLiteral("period");
    w.writeRecord(
        {period, QString(), QStringLiteral("from"), d.from.toString(QStringLiteral("yyyy-MM-dd"))});
    w.writeRecord(
        {period, QString(), QStringLiteral("to"), d.to.toString(QStringLiteral("yyyy-MM-dd"))});
    figures(w, QStringLiteral("overall"), QString(), d.overall);
    estimate(w, QStringLiteral("score"), d.scoreEstimate, 2);
    estimate(w, QStringLiteral("pass_rate"), d.passEstimate, 4);
    for (const QaGroupRow &g : summary.teams) {
        figures(w, QStringLiteral("team"), g.label, g.figures);
        groupEstimate(w, QStringLiteral("team"), g);
    }
    for (const QaGroupRow &g : d.groups) {
        figures(w, QStringLiteral("agent"), g.label, g.figures);
        groupEstimate(w, QStringLiteral("agent"), g);
    }
    for (const QaFailingItemRow &i : d.failingItems) {
        const QString title = spreadsheetSafe(i.title);
        w.writeRecord({QStringLiteral("failing_item"), title, QStringLiteral("below_pass"),
                       QString::number(i.failed)});
        w.writeRecord({QStringLiteral("failing_item"), title, QStringLiteral("cumulative_share"),
                       number(i.cumulative, 4)});
    }
    const QString disputes = QStringLiteral("disputes");
    w.writeRecord({disputes, QString(), QStringLiteral("disputes"), QString::number(d.disputes)});
    w.writeRecord({disputes, QString(), QStringLiteral("dispute_rate"), share(d.disputeRate())});
    w.writeRecord({disputes, QString(), QStringLiteral("overturn_rate"), share(d.overturnRate())});
    for (const QaCoverageRow &c : d.coverage) {
        const QString key = spreadsheetSafe(c.stratum);
        const QString section = QStringLiteral("coverage");
        w.writeRecord({section, key, QStringLiteral("population"), QString::number(c.population)});
        w.writeRecord({section, key, QStringLiteral("reviewed"), QString::number(c.reviewed)});
        w.writeRecord({section, key, QStringLiteral("coverage"), number(c.coverage(), 4)});
        w.writeRecord({section, key, QStringLiteral("target_rate"), number(c.targetRate, 4)});
    }
    w.writeRecord({QStringLiteral("overdue"), QString(), QStringLiteral("reviews"),
                   QString::number(d.overdue)});
    for (const QaOverdueRow &o : d.overdueByInspector)
        w.writeRecord({QStringLiteral("overdue"), spreadsheetSafe(o.inspector),
                       QStringLiteral("reviews"), QString::number(o.overdue)});
    if (!w.flush()) {
        error = tr("cannot write the CSV: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool QaDashboardQueries::exportWeekSummary(Database &db, const Clock &clock, const QDate &day,
                                           const QString &path, QString &error) {
    QaWeekSummary summary;
    if (!weekSummary(db, clock, day, summary, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeSummaryCsv(summary, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sb
