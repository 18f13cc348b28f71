// VolumePlace: turning the monitor into chart lines, the grid order, the trend table and
// the exports.
#include "volume/volumeplace.h"

#include "domain/labels.h"
#include "io/csvwriter.h"

#include "ui_volumeplace.h"

#include <QDateTime>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

namespace sb::app {

namespace {
constexpr int kGridColumns = 4;
constexpr int kSmallPoints = 240;
constexpr int kLargePoints = 1500;

QString windowKey(qint64 ms) {
    return QString::number(ms / 60000);
}
QString percent(double g) {
    return QStringLiteral("%1%2 %")
        .arg(g > 0 ? QStringLiteral("+") : QString())
        .arg(qRound(g * 100));
}
// "12 (+42 %)"; against nothing, "0 (new)".
QString compared(int then, int now, double growth) {
    if (then == 0 && now > 0)
        return VolumePlace::tr("0 (new)");
    return VolumePlace::tr("%1 (%2)").arg(then).arg(percent(growth));
}
} // namespace

TimeChart *VolumePlace::typeChart(const QString &problemType) const {
    return m_typeCharts.value(problemType);
}

QColor VolumePlace::gradeColour(Grade g) const {
    switch (g) {
    case Grade::General:
        return m_palette.yellow;
    case Grade::Serious:
        return m_palette.orange;
    case Grade::Urgent:
        return m_palette.red;
    case Grade::Major:
        return m_palette.black;
    }
    return m_palette.text;
}

namespace {
ChartLine makeLine(qint64 windowMs, int colour, const std::vector<VolumeMonitor::Point> &pts) {
    ChartLine l;
    l.key = windowKey(windowMs);
    l.name = VolumePlace::tr("%1-minute count").arg(windowMs / 60000);
    l.colourIndex = colour;
    l.points.reserve(qsizetype(pts.size()));
    for (const auto &p : pts)
        l.points.append(QPointF(double(p.atMs), p.count));
    return l;
}
} // namespace

QList<ChartLine> VolumePlace::linesFor(const QList<int> &types, bool large) const {
    const RuleSet &rules = m_monitor.rules();
    const int points = large ? kLargePoints : kSmallPoints;
    return {makeLine(rules.burstWindowMs(), 0,
                     m_monitor.series(types, m_tier, rules.burstWindowMs(), fromMs(), points)),
            makeLine(rules.gradingWindowMs(), 1,
                     m_monitor.series(types, m_tier, rules.gradingWindowMs(), fromMs(), points))};
}

QList<ChartThreshold> VolumePlace::thresholdsFor(int type) const {
    QList<ChartThreshold> out;
    for (const VolumeThreshold &t : volumeThresholds(m_monitor.rules(), type, m_tier)) {
        ChartThreshold c;
        c.value = t.count;
        if (t.grade) {
            c.name = tr("%1 from %2 in %3 min")
                         .arg(Labels::grade(gradeKey(*t.grade)))
                         .arg(t.count)
                         .arg(t.windowMs / 60000);
            c.colour = gradeColour(*t.grade);
        } else {
            c.name = tr("Incident opens at %1 in %2 min").arg(t.count).arg(t.windowMs / 60000);
            c.colour = m_palette.yellow;
            c.dashed = true;
        }
        out.append(c);
    }
    return out;
}

QString VolumePlace::hoverText(int type, const QString &key, qint64 at, double y) const {
    const qint64 w = key.toLongLong() * 60000;
    QString text =
        tr("%1\n%2, %3-minute count: %4")
            .arg(QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 Labels::problemType(problemTypes().at(type).key))
            .arg(w / 60000)
            .arg(qRound(y));
    const auto crossed =
        crossedThreshold(volumeThresholds(m_monitor.rules(), type, m_tier), w, qRound(y));
    if (crossed)
        text += QLatin1Char('\n') +
                (crossed->grade
                     ? tr("Reached: %1 (from %2)")
                           .arg(Labels::grade(gradeKey(*crossed->grade)))
                           .arg(crossed->count)
                     : tr("Reached: burst threshold %1 (opens an incident)").arg(crossed->count));
    return text;
}

void VolumePlace::redraw() {
    if (!m_loaded)
        return;
    m_monitor.advanceTo(m_ws.clock->nowMs());
    m_lastDrawMinute = m_monitor.nowMs() / 60000;
    m_dirty = false;
    if (m_ui->volumeStack->currentIndex() == 0)
        drawGrid();
    else
        drawDetail();
    drawTrends(false);
}

void VolumePlace::drawGrid() {
    const RuleSet &rules = m_monitor.rules();
    if (m_grouping == Grouping::ByClass) {
        for (auto it = m_classCharts.cbegin(); it != m_classCharts.cend(); ++it) {
            const ProblemClass pc = *problemClassFromKey(it.key());
            QList<int> types;
            for (int t = 0; t < problemTypes().size(); ++t)
                if (rules.typeClass(t) == pc)
                    types.append(t);
            TimeChart *c = it.value();
            c->setTitle(tr("%1: %2 · %3")
                            .arg(Labels::problemClass(it.key()))
                            .arg(m_monitor.current(types, m_tier, rules.burstWindowMs()))
                            .arg(m_monitor.current(types, m_tier, rules.gradingWindowMs())));
            const int burst = rules.burstThreshold(pc, m_tier);
            c->setThresholds({{tr("Burst threshold of the class: %1 in %2 min (per type)")
                                   .arg(burst)
                                   .arg(rules.burstWindowMs() / 60000),
                               double(burst), m_palette.yellow, true}});
            c->setLines(linesFor(types, false));
            c->setTimeRange(fromMs(), m_monitor.nowMs());
        }
        return;
    }
    const auto &types = problemTypes();
    QList<QPair<double, QString>> order;
    // Every type's lines in one pass over the buckets per window.
    const auto all30 = m_monitor.seriesAll(rules.burstWindowMs(), fromMs(), kSmallPoints);
    const auto all60 = m_monitor.seriesAll(rules.gradingWindowMs(), fromMs(), kSmallPoints);
    for (int t = 0; t < types.size(); ++t) {
        const QString key = types.at(t).key;
        TimeChart *c = m_typeCharts.value(key);
        const int c30 = m_monitor.current(t, m_tier, rules.burstWindowMs());
        const int c60 = m_monitor.current(t, m_tier, rules.gradingWindowMs());
        c->setTitle(tr("%1: %2 · %3").arg(Labels::problemType(key)).arg(c30).arg(c60));
        c->setToolTip(tr("%1: %2 in 30 min, %3 in 60 min. Click to open large.")
                          .arg(Labels::problemType(key))
                          .arg(c30)
                          .arg(c60));
        c->setThresholds(thresholdsFor(t));
        const std::size_t series = std::size_t(t * VolumeBuckets::kTiers + int(m_tier));
        c->setLines({makeLine(rules.burstWindowMs(), 0, all30[series]),
                     makeLine(rules.gradingWindowMs(), 1, all60[series])});
        c->setTimeRange(fromMs(), m_monitor.nowMs());
        order.append({thresholdCloseness(rules, t, m_tier, c30, c60), key});
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList keys;
    for (const auto &o : order)
        keys.append(o.second);
    if (keys != m_order) {
        m_order = keys;
        relayoutGrid();
    }
}

void VolumePlace::relayoutGrid() {
    // All out first: a cell still held by a chart not yet moved would stack two in it.
    for (TimeChart *c : std::as_const(m_typeCharts))
        m_ui->volumeGridLayout->removeWidget(c);
    for (TimeChart *c : std::as_const(m_classCharts))
        m_ui->volumeGridLayout->removeWidget(c);
    const bool byClass = m_grouping == Grouping::ByClass;
    for (TimeChart *c : std::as_const(m_typeCharts))
        c->setVisible(!byClass);
    int i = 0;
    if (byClass) {
        for (const ProblemClass pc :
             {ProblemClass::Security, ProblemClass::Key, ProblemClass::Routine}) {
            TimeChart *c = m_classCharts.value(problemClassKey(pc));
            m_ui->volumeGridLayout->addWidget(c, 0, i++);
            c->show();
        }
        return;
    }
    for (TimeChart *c : std::as_const(m_classCharts))
        c->hide();
    for (const QString &key : std::as_const(m_order)) {
        m_ui->volumeGridLayout->addWidget(m_typeCharts.value(key), i / kGridColumns,
                                          i % kGridColumns);
        ++i;
    }
}

void VolumePlace::drawDetail() {
    const int t = RuleSet::typeIndex(QStringView(m_detailType));
    if (t < 0)
        return;
    const RuleSet &rules = m_monitor.rules();
    const QString label = Labels::problemType(m_detailType);
    m_ui->detailHeading->setText(
        tr("%1 (%2 customers): %3 in 30 min, %4 in 60 min")
            .arg(label, m_tier == GradingTier::Vip ? tr("VIP") : tr("normal"))
            .arg(m_monitor.current(t, m_tier, rules.burstWindowMs()))
            .arg(m_monitor.current(t, m_tier, rules.gradingWindowMs())));
    m_detail->setTitle(label);
    m_detail->setThresholds(thresholdsFor(t));
    if (m_zoomed) {
        // Zoomed in: points for the visible range only, at up to full minute resolution
        // (one bucket beyond each edge, so the line reaches both).
        const qint64 from = m_zoomFrom - 60000, to = m_zoomTo + 60000;
        m_detail->setLines(
            {makeLine(rules.burstWindowMs(), 0,
                      m_monitor.series({t}, m_tier, rules.burstWindowMs(), from, kLargePoints, to)),
             makeLine(
                 rules.gradingWindowMs(), 1,
                 m_monitor.series({t}, m_tier, rules.gradingWindowMs(), from, kLargePoints, to))});
    } else {
        m_detail->setLines(linesFor({t}, true));
    }
    m_detail->setHoverText(
        [this, t](const QString &k, qint64 at, double y) { return hoverText(t, k, at, y); });
    QList<ChartMarker> markers;
    for (const IncidentMarker &m : std::as_const(m_markers)) {
        ChartMarker cm;
        cm.atMs = m.atMs;
        QString what = m.event;
        if (m.event == QLatin1StringView("opened"))
            what = tr("opened");
        else if (m.event == QLatin1StringView("regraded"))
            what = tr("regraded");
        else if (m.event == QLatin1StringView("closed") || m.event == QLatin1StringView("resolved"))
            what = tr("resolved");
        cm.label = m.grade >= 0 ? tr("Incident #%1 %2 (%3)")
                                      .arg(m.incidentId)
                                      .arg(what, Labels::grade(gradeKey(Grade(m.grade))))
                                : tr("Incident #%1 %2").arg(m.incidentId).arg(what);
        cm.colour = m.grade >= 0 ? gradeColour(Grade(std::clamp(m.grade, 0, 3))) : m_palette.text;
        markers.append(cm);
    }
    m_detail->setMarkers(markers);
    m_detail->setTimeRange(fromMs(), m_monitor.nowMs());
    drawChannels();
}

void VolumePlace::drawChannels() {
    QList<ChartBand> bands;
    for (int c = 0; c < m_channelData.channels.size(); ++c) {
        ChartBand b;
        b.name = Labels::channel(m_channelData.channels.at(c));
        for (int v : m_channelData.rows[std::size_t(c)])
            b.values.append(v);
        bands.append(b);
    }
    m_channels->setTitle(tr("By channel, per %1 min").arg(m_channelData.bucketMs / 60000));
    m_channels->setBands(m_channelData.startMs, m_channelData.bucketMs, bands);
    m_channels->setTimeRange(fromMs(), m_monitor.nowMs());
}

void VolumePlace::drawTrends(bool requery) {
    if (!m_loaded)
        return;
    if (requery) {
        QString e;
        QList<TypeTrend> trends;
        // Three one-hour counts on the covering index: short enough for this thread.
        if (computeTrends(*m_ws.db, m_ws.clock->nowMs(), m_flagCount, m_flagMinCount, trends, e))
            m_trends = trends;
        m_lastTrendQuery = m_ws.clock->nowMs();
    }
    // Between re-reads the last hour comes from the live complaints.
    const qint64 hour = std::min<qint64>(3600000, m_monitor.leadMs());
    for (TypeTrend &t : m_trends)
        t.lastHour = m_monitor.current(t.type, GradingTier::Normal, hour) +
                     m_monitor.current(t.type, GradingTier::Vip, hour);
    rankTrends(m_trends, m_flagCount, m_flagMinCount);
    m_trendModel->setRowCount(int(m_trends.size()));
    for (int r = 0; r < m_trends.size(); ++r) {
        const TypeTrend &t = m_trends.at(r);
        const QString key = problemTypes().at(t.type).key;
        const QStringList cells{
            (t.fastest ? QStringLiteral("▲ ") : QString()) + Labels::problemType(key),
            QString::number(t.lastHour), compared(t.yesterday, t.lastHour, t.growthDay),
            compared(t.lastWeek, t.lastHour, t.growthWeek)};
        for (int c = 0; c < cells.size(); ++c) {
            QStandardItem *item = m_trendModel->item(r, c);
            if (!item) {
                item = new QStandardItem;
                m_trendModel->setItem(r, c, item);
            }
            if (item->text() != cells.at(c))
                item->setText(cells.at(c));
            if (c == 0)
                item->setData(key, Qt::UserRole);
            QFont f = item->font();
            if (f.bold() != t.fastest) {
                f.setBold(t.fastest);
                item->setFont(f);
            }
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

bool VolumePlace::exportPng(const QString &path, QString &error) const {
    const QImage img = m_ui->volumeStack->currentIndex() == 1 ? m_detail->render({})
                                                              : m_ui->volumeGrid->grab().toImage();
    if (!img.save(path, "PNG")) {
        error = tr("Could not write %1").arg(path);
        return false;
    }
    return true;
}

bool VolumePlace::exportCsv(const QString &path, QString &error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        error = tr("Could not open %1: %2").arg(path, f.errorString());
        return false;
    }
    {
        CsvWriter w(&f);
        w.writeRecord({QStringLiteral("time_utc"), QStringLiteral("problem_type"),
                       QStringLiteral("tier"), QStringLiteral("window_minutes"),
                       QStringLiteral("count"), QStringLiteral("threshold_reached")});
        const QString tier =
            m_tier == GradingTier::Vip ? QStringLiteral("vip") : QStringLiteral("normal");
        // What is shown: the open type, the class charts, or the type grid in its order.
        struct Shown {
            QString key;
            const TimeChart *chart;
            QList<VolumeThreshold> lines;
        };
        QList<Shown> shown;
        const RuleSet &rules = m_monitor.rules();
        if (!m_detailType.isEmpty()) {
            const int t = RuleSet::typeIndex(QStringView(m_detailType));
            shown.append({m_detailType, m_detail, volumeThresholds(rules, t, m_tier)});
        } else if (m_grouping == Grouping::ByClass) {
            for (const ProblemClass pc :
                 {ProblemClass::Security, ProblemClass::Key, ProblemClass::Routine}) {
                const QString key = problemClassKey(pc);
                shown.append(
                    {QStringLiteral("class:") + key,
                     m_classCharts.value(key),
                     {{rules.burstThreshold(pc, m_tier), rules.burstWindowMs(), std::nullopt}}});
            }
        } else {
            for (const QString &key : m_order)
                shown.append(
                    {key, m_typeCharts.value(key),
                     volumeThresholds(rules, RuleSet::typeIndex(QStringView(key)), m_tier)});
        }
        for (const Shown &s : std::as_const(shown)) {
            for (const ChartLine &l : s.chart->lines()) {
                const qint64 window = l.key.toLongLong() * 60000;
                for (const QPointF &p : l.points) {
                    const auto crossed = crossedThreshold(s.lines, window, qRound(p.y()));
                    const QString reached = !crossed         ? QString()
                                            : crossed->grade ? gradeKey(*crossed->grade)
                                                             : QStringLiteral("burst");
                    w.writeRecord({QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC)
                                       .toString(Qt::ISODate),
                                   s.key, tier, l.key, QString::number(qRound(p.y())), reached});
                }
            }
        }
        if (!w.flush()) {
            error = tr("Could not write %1: %2").arg(path, f.errorString());
            return false;
        }
    }
    if (!f.commit()) {
        error = tr("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace sb::app
