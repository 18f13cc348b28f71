#include "reports/reportscreen.h"

#include "domain/labels.h"
#include "reportjsondocument.h"
#include "reports/reportlabels.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace sb::app {

namespace {

const QString kItems = QStringLiteral("items");

// The drill of a row's cell in `column`, or none.
using DrillOf = std::function<std::optional<ReportDrill>(const QList<ReportCell> &row, int index)>;

// The index of the column with stable key `column`, -1 when there is none.
qsizetype columnOf(const ReportTable &t, const QString &column) {
    return t.columns.indexOf(column);
}

void drillColumn(ReportTable &t, const QString &column, const DrillOf &drillOf) {
    const qsizetype c = columnOf(t, column);
    if (c < 0)
        return;
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        ReportCell &cell = t.rows[i][c];
        if (cell.isNumber())
            cell.drill = drillOf(t.rows.at(i), int(i));
    }
}

// The stable key of a cell: the key behind its label, else its text.
QString keyOfCell(const ReportCell &cell) {
    return cell.key.isEmpty() ? cell.text : cell.key;
}

// The stable key of the first cell of a row (the key column of ReportJsonDocument's tables).
QString keyOf(const QList<ReportCell> &row) {
    return row.isEmpty() ? QString() : keyOfCell(row.first());
}

QString cellText(const ReportTable &t, const QList<ReportCell> &row, const QString &column) {
    const qsizetype c = columnOf(t, column);
    return c < 0 ? QString() : keyOfCell(row.at(c));
}

struct Windows {
    QString section;
    qint64 start = 0;
    qint64 end = 0;
    ReportDrill make(const QString &measure, const QString &dimension = {},
                     const QString &value = {}) const {
        return {section, measure, dimension, value, start, end};
    }
};

// The figures table (no caption, "Figure | Value"): measure per figure key.
void drillFigures(ReportTable &t, const Windows &w, const QMap<QString, QString> &measures,
                  const QString &repeatValue = {}) {
    for (QList<ReportCell> &row : t.rows) {
        if (row.size() < 2 || !row.at(1).isNumber() || !measures.contains(keyOf(row)))
            continue;
        const QString measure = measures.value(keyOf(row));
        row[1].drill =
            w.make(measure, {}, measure == QLatin1StringView("repeats") ? repeatValue : QString());
    }
}

// A table of key and value, the key a stable key of `dimension`.
void drillKeyed(ReportTable &t, const Windows &w, const QString &measure,
                const QString &dimension) {
    for (QList<ReportCell> &row : t.rows)
        if (row.size() == 2 && row.at(1).isNumber())
            row[1].drill = w.make(measure, dimension, keyOf(row));
}

// The series as a table of local bucket starts and ends with their counts (each a drill) and
// a line chart labelled by the bucket's local time.
void replaceVolumeSeries(ReportSection &s, const Report &r, const Windows &w) {
    if (!r.volume)
        return;
    const QTimeZone &zone = r.period.zone();
    const bool hourly =
        r.period.kind() == ReportPeriodKind::Hour || r.period.kind() == ReportPeriodKind::Day;
    const auto local = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(
            hourly ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    };
    ReportTable table{
        ReportScreenDocument::tr("Tickets received per %1")
            .arg(hourly ? ReportScreenDocument::tr("hour") : ReportScreenDocument::tr("day")),
        {ReportScreenDocument::tr("From"), ReportScreenDocument::tr("To"),
         ReportScreenDocument::tr("Tickets")},
        {}};
    ReportSeries series{ReportScreenDocument::tr("Tickets received"), {}};
    for (const SeriesPoint &p : r.volume->series) {
        table.rows.append(
            {ReportCell::ofText(local(p.startMs)), ReportCell::ofText(local(p.endMs)),
             ReportCell::ofNumber(
                 double(p.count), NumberFormat::Integer,
                 ReportDrill{w.section, QStringLiteral("series"), {}, {}, p.startMs, p.endMs})});
        // A DST day's repeated hour keeps its own point: the label carries the offset then.
        QString label = QDateTime::fromMSecsSinceEpoch(p.startMs, zone)
                            .toString(hourly ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd"));
        for (const ReportPoint &earlier : std::as_const(series.points))
            if (earlier.label == label)
                label += QStringLiteral(" (%1)").arg(
                    QDateTime::fromMSecsSinceEpoch(p.startMs, zone).timeZoneAbbreviation());
        series.points.append({label, double(p.count)});
    }
    const ReportChart chart{ChartKind::Line,
                            table.caption,
                            ReportScreenDocument::tr("Tickets"),
                            NumberFormat::Integer,
                            {series}};
    QList<ReportBlock> blocks;
    for (const ReportBlock &b : std::as_const(s.blocks)) {
        const auto *t = std::get_if<ReportTable>(&b);
        const auto *c = std::get_if<ReportChart>(&b);
        if (t && t->key == QLatin1StringView("series"))
            blocks.append(table);
        else if (!(c && c->key == QLatin1StringView("series")))
            blocks.append(b);
    }
    if (series.points.size() > 1)
        blocks.append(chart);
    s.blocks = blocks;
}

void attachVolume(ReportSection &s, const Windows &w) {
    static const QMap<QString, QString> keyed{
        {QStringLiteral("by_channel"), QStringLiteral("channel")},
        {QStringLiteral("by_problem_type"), QStringLiteral("problem_type")},
        {QStringLiteral("by_customer_tier"), QStringLiteral("customer_tier")},
        {QStringLiteral("by_region"), QStringLiteral("region")}};
    for (ReportBlock &b : s.blocks) {
        auto *t = std::get_if<ReportTable>(&b);
        if (!t)
            continue;
        if (t->key.isEmpty())
            drillFigures(*t, w, {{QStringLiteral("total"), QStringLiteral("total")}});
        else if (keyed.contains(t->key))
            drillKeyed(*t, w, QStringLiteral("received"), keyed.value(t->key));
    }
}

// The received total of the period next to the compared one's, as the engine counted it.
void addComparison(ReportSection &s, const Report &r, ReportComparison comparison,
                   const Windows &w) {
    if (!r.volume || comparison == ReportComparison::None)
        return;
    const VolumeFigures &v = *r.volume;
    const bool previous = comparison == ReportComparison::Previous;
    const ReportPeriod other = previous ? r.period.previous() : r.period.yearEarlier();
    const std::optional<qint64> then =
        previous ? std::optional<qint64>(v.previousTotal) : v.yearEarlierTotal;
    ReportTable t{ReportScreenDocument::tr("Comparison"),
                  {ReportScreenDocument::tr("Figure"),
                   ReportScreenDocument::tr("This period (%1)").arg(r.period.at()),
                   previous ? ReportScreenDocument::tr("Previous period (%1)").arg(other.at())
                            : ReportScreenDocument::tr("A year earlier (%1)").arg(other.at()),
                   ReportScreenDocument::tr("Change")},
                  {}};
    QList<ReportCell> row{ReportCell::ofText(ReportScreenDocument::tr("Tickets received")),
                          ReportCell::ofNumber(double(v.total), NumberFormat::Integer,
                                               w.make(QStringLiteral("total")))};
    if (then) {
        const qint64 start = previous ? v.previousStartMs : other.startMs();
        const qint64 end = previous ? v.previousEndMs : other.endMs();
        const QString measure =
            previous ? QStringLiteral("previous_total") : QStringLiteral("year_earlier_total");
        row.append(ReportCell::ofNumber(double(*then), NumberFormat::Integer,
                                        ReportDrill{w.section, measure, {}, {}, start, end}));
        row.append(*then > 0 ? ReportCell::ofNumber(double(v.total - *then) / double(*then),
                                                    NumberFormat::Percent)
                             : ReportCell::ofText(QStringLiteral("–")));
    } else {
        row.append(ReportCell::ofText(ReportScreenDocument::tr("no data that far back")));
        row.append(ReportCell::ofText(QStringLiteral("–")));
    }
    t.rows.append(row);
    s.blocks.prepend(t);
}

// Minutes (first response) or hours (handling) of a duration, empty as "–".
ReportCell durationCell(const std::optional<double> &ms, double unitMs) {
    return ms ? ReportCell::ofNumber(*ms / unitMs, NumberFormat::Decimal1)
              : ReportCell::ofText(QStringLiteral("–"));
}

QList<ReportCell> statsCells(const DurationStats &d, double unitMs) {
    return {durationCell(d.meanMs, unitMs), durationCell(d.medianMs, unitMs),
            durationCell(d.p90Ms, unitMs)};
}

// The response section as two readable tables (the machine form nests its statistics):
// first response per channel in minutes, handling per problem type in hours, wall clock and
// working time side by side; counts drill.
void replaceResponse(ReportSection &s, const Report &r, const Windows &w) {
    if (!r.response)
        return;
    const ResponseFigures &f = *r.response;
    constexpr double kMinute = 60.0 * 1000.0;
    constexpr double kHour = 60.0 * kMinute;
    const QStringList stats{ReportScreenDocument::tr("Mean"), ReportScreenDocument::tr("Median"),
                            ReportScreenDocument::tr("P90")};
    QStringList wallWorking;
    for (const QString &clock :
         {ReportScreenDocument::tr("wall"), ReportScreenDocument::tr("working")})
        for (const QString &stat : stats)
            wallWorking.append(ReportScreenDocument::tr("%1 (%2)").arg(stat, clock));
    ReportTable first{ReportScreenDocument::tr("First response (minutes)"),
                      QStringList{ReportScreenDocument::tr("Channel"),
                                  ReportScreenDocument::tr("Received"),
                                  ReportScreenDocument::tr("Responded")} +
                          wallWorking,
                      {}};
    const auto firstRow = [&](const FirstResponseRow &row, const ReportCell &label) {
        const QString dimension = row.channel.isEmpty() ? QString() : QStringLiteral("channel");
        QList<ReportCell> cells{
            label,
            ReportCell::ofNumber(double(row.received), NumberFormat::Integer,
                                 w.make(QStringLiteral("received"), dimension, row.channel)),
            ReportCell::ofNumber(double(row.responded), NumberFormat::Integer,
                                 w.make(QStringLiteral("responded"), dimension, row.channel))};
        cells += statsCells(row.wall, kMinute);
        cells += statsCells(row.working, kMinute);
        first.rows.append(cells);
    };
    firstRow(f.allChannels, ReportCell::ofText(ReportScreenDocument::tr("All channels")));
    for (const FirstResponseRow &row : f.firstResponse)
        firstRow(row, ReportCell::ofText(Labels::channel(row.channel), row.channel));
    ReportTable handling{
        ReportScreenDocument::tr("Handling to the first close (hours)"),
        QStringList{ReportScreenDocument::tr("Problem type"), ReportScreenDocument::tr("Closed")} +
            wallWorking,
        {}};
    const auto handlingRow = [&](const HandlingRow &row, const ReportCell &label) {
        QList<ReportCell> cells{
            label,
            ReportCell::ofNumber(
                double(row.wall.count), NumberFormat::Integer,
                w.make(QStringLiteral("closed"),
                       row.problemType.isEmpty() ? QString() : QStringLiteral("problem_type"),
                       row.problemType))};
        cells += statsCells(row.wall, kHour);
        cells += statsCells(row.working, kHour);
        handling.rows.append(cells);
    };
    handlingRow(f.allTypes, ReportCell::ofText(ReportScreenDocument::tr("All problem types")));
    for (const HandlingRow &row : f.handling)
        handlingRow(row, ReportCell::ofText(Labels::problemType(row.problemType), row.problemType));
    s.blocks = {first, handling};
}

// Tables of reasons ({reason, count}): each count drills by its reason.
void drillReasons(ReportSection &s, const QString &caption, const QString &measure,
                  const Windows &w) {
    for (ReportBlock &b : s.blocks) {
        auto *t = std::get_if<ReportTable>(&b);
        if (!t || t->key != caption)
            continue;
        const ReportTable &table = *t;
        drillColumn(*t, QStringLiteral("count"), [&](const QList<ReportCell> &row, int) {
            return std::optional(w.make(measure, QStringLiteral("reason"),
                                        cellText(table, row, QStringLiteral("reason"))));
        });
    }
}

void attachDeadlines(ReportSection &s, const Windows &w) {
    static const QStringList measures{QStringLiteral("met"), QStringLiteral("breached"),
                                      QStringLiteral("pending"), QStringLiteral("open_breached")};
    for (ReportBlock &b : s.blocks) {
        auto *t = std::get_if<ReportTable>(&b);
        if (!t)
            continue;
        if (t->key.isEmpty()) {
            QMap<QString, QString> m;
            for (const QString &k : measures)
                m.insert(k, k);
            drillFigures(*t, w, m);
        } else if (t->key == QLatin1StringView("by_milestone")) {
            for (const QString &measure : measures)
                drillColumn(*t, measure, [&](const QList<ReportCell> &row, int) {
                    return std::optional(w.make(measure, QStringLiteral("milestone"), keyOf(row)));
                });
        }
    }
}

void attachSatisfaction(ReportSection &s, const Report &r, const Windows &w) {
    for (ReportBlock &b : s.blocks) {
        auto *t = std::get_if<ReportTable>(&b);
        if (!t)
            continue;
        if (t->key.isEmpty())
            drillFigures(*t, w,
                         {{QStringLiteral("responses"), QStringLiteral("responses")},
                          {QStringLiteral("low"), QStringLiteral("low")}});
        else if (t->key == QLatin1StringView("by_level"))
            drillKeyed(*t, w, QStringLiteral("level"), QStringLiteral("score"));
        else if (t->key == QLatin1StringView("trend") && r.satisfaction)
            drillColumn(*t, QStringLiteral("responses"),
                        [&](const QList<ReportCell> &, int i) -> std::optional<ReportDrill> {
                            if (i >= r.satisfaction->trend.size())
                                return std::nullopt;
                            const SatisfactionPoint &p = r.satisfaction->trend.at(i);
                            return ReportDrill{
                                w.section, QStringLiteral("responses"), {}, {}, p.startMs, p.endMs};
                        });
    }
    drillReasons(s, QStringLiteral("low_score_reasons"), QStringLiteral("low_reason"), w);
}

void attachEscalation(ReportSection &s, const Report &r, const Windows &w) {
    const QString days = r.escalation ? QString::number(r.escalation->repeatDays) : QString();
    for (ReportBlock &b : s.blocks)
        if (auto *t = std::get_if<ReportTable>(&b); t && t->key.isEmpty())
            drillFigures(*t, w,
                         {{QStringLiteral("received"), QStringLiteral("received")},
                          {QStringLiteral("tier2"), QStringLiteral("tier2")},
                          {QStringLiteral("tier3"), QStringLiteral("tier3")},
                          {QStringLiteral("appeals"), QStringLiteral("appeals")},
                          {QStringLiteral("repeats"), QStringLiteral("repeats")}},
                         days);
    drillReasons(s, QStringLiteral("reasons"), QStringLiteral("reason"), w);
}

void attachGrowth(ReportSection &s, const Report &r, const Windows &w) {
    const ReportPeriod before = r.period.previous();
    for (ReportBlock &b : s.blocks) {
        auto *t = std::get_if<ReportTable>(&b);
        if (!t || t->key != QLatin1StringView("problem_types"))
            continue;
        const ReportTable &table = *t;
        drillColumn(*t, QStringLiteral("current"), [&](const QList<ReportCell> &row, int) {
            return std::optional(w.make(QStringLiteral("current"), QStringLiteral("problem_type"),
                                        cellText(table, row, QStringLiteral("problem_type"))));
        });
        drillColumn(*t, QStringLiteral("previous"), [&](const QList<ReportCell> &row, int) {
            return std::optional(ReportDrill{w.section, QStringLiteral("previous"),
                                             QStringLiteral("problem_type"),
                                             cellText(table, row, QStringLiteral("problem_type")),
                                             before.startMs(), before.endMs()});
        });
    }
}

// The recurring rows as one table: each period's count a drill, the item's state readable.
void replaceRecurring(ReportSection &s, const Report &r, const Windows &w) {
    if (!r.recurring)
        return;
    const RecurringFigures &f = *r.recurring;
    ReportTable t{ReportScreenDocument::recurringCaption(),
                  {ReportScreenDocument::tr("Dimension"), ReportScreenDocument::tr("Key")},
                  {}};
    for (const RecurringPeriod &p : f.periods)
        t.header.append(QDateTime::fromMSecsSinceEpoch(p.startMs, r.period.zone())
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    t.header.append(ReportScreenDocument::tr("Supervision"));
    for (const RecurringRow &row : f.rows) {
        QList<ReportCell> cells{
            ReportCell::ofText(ReportLabels::dimension(row.dimension), row.dimension),
            ReportCell::ofText(ReportLabels::value(row.dimension, row.key), row.key)};
        for (qsizetype i = 0; i < f.periods.size(); ++i) {
            if (i >= row.counts.size()) {
                cells.append(ReportCell::ofText(QStringLiteral("–")));
                continue;
            }
            cells.append(ReportCell::ofNumber(
                double(row.counts.at(i)), NumberFormat::Integer,
                ReportDrill{w.section, QStringLiteral("count"), row.dimension, row.key,
                            f.periods.at(i).startMs, f.periods.at(i).endMs}));
        }
        cells.append(ReportCell::ofText(
            row.supervision ? ReportScreenDocument::supervisionText(*row.supervision)
                            : ReportScreenDocument::tr("none")));
        t.rows.append(cells);
    }
    for (ReportBlock &b : s.blocks)
        if (auto *old = std::get_if<ReportTable>(&b); old && old->key == kItems) {
            b = t;
            return;
        }
    s.blocks.append(t);
}

} // namespace

QString ReportScreenDocument::recurringCaption() {
    return tr("Recurring problems");
}

ReportDocument ReportScreenDocument::build(const Report &report, ReportComparison comparison,
                                           const QString &language) {
    QJsonObject json = ReportEngine::toJson(report);
    json.insert(QStringLiteral("language"), language);
    if (json.contains(QStringLiteral("volume"))) {
        // The comparison table shows the compared total; the figures table keeps this period's.
        QJsonObject volume = json.value(QStringLiteral("volume")).toObject();
        volume.remove(QStringLiteral("previous_total"));
        volume.remove(QStringLiteral("year_earlier_total"));
        json.insert(QStringLiteral("volume"), volume);
    }
    ReportDocument doc = ReportJsonDocument::build(json, language);
    for (ReportSection &s : doc.sections) {
        const Windows w{s.key, report.period.startMs(), report.period.endMs()};
        if (s.key == QLatin1StringView("volume")) {
            attachVolume(s, w);
            replaceVolumeSeries(s, report, w);
            addComparison(s, report, comparison, w);
        } else if (s.key == QLatin1StringView("response")) {
            replaceResponse(s, report, w);
        } else if (s.key == QLatin1StringView("deadlines")) {
            attachDeadlines(s, w);
        } else if (s.key == QLatin1StringView("satisfaction")) {
            attachSatisfaction(s, report, w);
        } else if (s.key == QLatin1StringView("escalation")) {
            attachEscalation(s, report, w);
        } else if (s.key == QLatin1StringView("growth")) {
            attachGrowth(s, report, w);
        } else if (s.key == QLatin1StringView("recurring")) {
            replaceRecurring(s, report, w);
        }
    }
    return doc;
}

QString ReportScreenDocument::drillTitle(const QString &heading, const ReportDrill &drill,
                                         const ReportPeriod &period) {
    QString window = period.at();
    if (drill.startMs != period.startMs() || drill.endMs != period.endMs()) {
        const auto local = [&](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, period.zone())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        window = tr("%1 – %2").arg(local(drill.startMs), local(drill.endMs));
    }
    QStringList parts{heading, ReportLabels::measure(drill.section, drill.measure)};
    if (!drill.dimension.isEmpty())
        parts.append(tr("%1 %2").arg(ReportLabels::dimension(drill.dimension),
                                     drill.value.isEmpty()
                                         ? tr("(none)")
                                         : ReportLabels::value(drill.dimension, drill.value)));
    parts.append(window);
    return parts.join(QStringLiteral(" · "));
}

QString ReportScreenDocument::supervisionText(const SupervisionItem &item) {
    QString status;
    switch (item.status) {
    case SupervisionStatus::Open:
        status = tr("Open");
        break;
    case SupervisionStatus::InProgress:
        status = tr("In progress");
        break;
    case SupervisionStatus::Closed:
        status = tr("Closed");
        break;
    }
    return tr("%1 · %2 · due %3")
        .arg(status, item.ownerName, item.due.toString(QStringLiteral("yyyy-MM-dd")));
}

} // namespace sb::app
