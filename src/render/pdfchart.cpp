// PdfLayout's charts: bars, stacked bars and lines, drawn with QPainter primitives on the PDF
// device, so they stay vector paths (no raster image) at any zoom and on paper.
#include "pdflayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kAxis(0x60, 0x60, 0x60);
const QColor kGrid(0xdd, 0xdd, 0xdd);

QColor seriesColor(qsizetype i) {
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
    return palette[i % qsizetype(std::size(palette))];
}

// A step of 1, 2 or 5 × 10^k giving about `ticks` intervals over `span`.
double niceStep(double span, int ticks) {
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

} // namespace

void PdfLayout::chart(const ReportChart &chart) {
    const QFontMetricsF small(m_small, &m_writer);
    const QFontMetricsF bold(m_bold, &m_writer);
    const qreal height = kChartHeight;
    ensure(height);
    const qreal top = m_y;
    m_y += height + mm(4);
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    p.save();
    p.setPen(kInk);
    p.setFont(m_bold);
    p.drawText(QRectF(m_body.left(), top, m_body.width(), bold.height()),
               Qt::AlignLeft | Qt::AlignTop, chart.title);
    const qreal legendTop = top + bold.height() + mm(1);
    chartLegend(chart, legendTop);

    QStringList categories = chart.categories();
    if (chart.kind == ChartKind::Pareto && !chart.series.isEmpty()) {
        QList<ReportPoint> points = chart.series.first().points;
        std::stable_sort(
            points.begin(), points.end(),
            [](const ReportPoint &a, const ReportPoint &b) { return a.value > b.value; });
        categories.clear();
        for (const ReportPoint &point : points)
            categories.append(point.label);
    }
    // The value range: from 0 (or the lowest value of a line) to the highest value or sum.
    double low = 0;
    double high = 0;
    for (const QString &c : categories) {
        double sum = 0;
        for (const ReportSeries &s : chart.series) {
            const double v = ReportChart::valueAt(s, c);
            sum += std::max(v, 0.0);
            high = std::max(high, v);
            low = std::min(low, v);
        }
        if (chart.kind == ChartKind::StackedBar)
            high = std::max(high, sum);
    }
    if (high <= low)
        high = low + 1;
    const double step = niceStep(high - low, 5);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;

    qreal labelWidth = 0;
    for (double v = low; v <= high + step / 2; v += step)
        labelWidth =
            std::max(labelWidth, small.horizontalAdvance(formatNumber(v, chart.format, m_locale)));
    // Below the legend: the value axis's unit, if any, then the plot.
    const qreal plotTop = legendTop + small.height() + mm(3) +
                          (chart.valueAxis.isEmpty() ? 0 : small.height() + mm(0.5));
    const qreal rightAxis = chart.kind == ChartKind::Pareto ? mm(13) : 0;
    const QRectF plot(m_body.left() + labelWidth + mm(2), plotTop,
                      m_body.width() - labelWidth - mm(2) - rightAxis,
                      top + height - plotTop - small.height() - mm(3));
    auto yOf = [&](double v) {
        return plot.bottom() - (v - low) / (high - low) * plot.height();
    };

    // Grid and value axis.
    p.setFont(m_small);
    for (double v = low; v <= high + step / 2; v += step) {
        const qreal y = yOf(v);
        p.setPen(QPen(kGrid, mm(0.15)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(m_body.left(), y - small.height() / 2, labelWidth, small.height()),
                   Qt::AlignRight | Qt::AlignVCenter, formatNumber(v, chart.format, m_locale));
    }
    if (!chart.valueAxis.isEmpty())
        p.drawText(QRectF(plot.left() + mm(1), plot.top() - small.height() - mm(0.5),
                          plot.width() / 2, small.height()),
                   Qt::AlignLeft | Qt::AlignBottom, chart.valueAxis);

    const qsizetype n = categories.size();
    if (n > 0) {
        const qreal slot = plot.width() / qreal(n);
        const qsizetype seriesCount = std::max<qsizetype>(chart.series.size(), 1);
        for (qsizetype i = 0; i < n; ++i) {
            const qreal x0 = plot.left() + slot * qreal(i);
            if (chart.kind == ChartKind::Bar) {
                const qreal barWidth = slot * 0.75 / qreal(seriesCount);
                for (qsizetype s = 0; s < chart.series.size(); ++s) {
                    const double v = ReportChart::valueAt(chart.series.at(s), categories.at(i));
                    const qreal x = x0 + slot * 0.125 + barWidth * qreal(s);
                    const qreal y1 = yOf(std::max(v, 0.0));
                    const qreal y2 = yOf(std::min(v, 0.0));
                    p.fillRect(QRectF(x, y1, barWidth, y2 - y1), seriesColor(s));
                }
            } else if (chart.kind == ChartKind::Pareto && !chart.series.isEmpty()) {
                const double v = ReportChart::valueAt(chart.series.first(), categories.at(i));
                const qreal y1 = yOf(std::max(v, 0.0));
                p.fillRect(QRectF(x0 + slot * 0.15, y1, slot * 0.7, yOf(0) - y1), seriesColor(0));
            } else if (chart.kind == ChartKind::StackedBar) {
                double base = 0;
                for (qsizetype s = 0; s < chart.series.size(); ++s) {
                    const double v =
                        std::max(ReportChart::valueAt(chart.series.at(s), categories.at(i)), 0.0);
                    const qreal y1 = yOf(base + v);
                    const qreal y2 = yOf(base);
                    p.fillRect(QRectF(x0 + slot * 0.15, y1, slot * 0.7, y2 - y1), seriesColor(s));
                    base += v;
                }
            }
        }
        if (chart.kind == ChartKind::Line) {
            for (qsizetype s = 0; s < chart.series.size(); ++s) {
                QPainterPath path;
                for (qsizetype i = 0; i < n; ++i) {
                    const QPointF point(
                        plot.left() + slot * (qreal(i) + 0.5),
                        yOf(ReportChart::valueAt(chart.series.at(s), categories.at(i))));
                    if (i == 0)
                        path.moveTo(point);
                    else
                        path.lineTo(point);
                }
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(seriesColor(s), mm(0.5)));
                p.drawPath(path);
                if (n <= 60) {
                    p.setBrush(seriesColor(s));
                    for (qsizetype i = 0; i < n; ++i)
                        p.drawEllipse(QPointF(path.elementAt(int(i))), mm(0.6), mm(0.6));
                }
            }
        }
        if (chart.kind == ChartKind::Pareto && !chart.series.isEmpty())
            paretoLine(chart.series.first(), categories, plot);
        chartCategoryLabels(categories, plot);
    }
    p.setPen(QPen(kAxis, mm(0.25)));
    p.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    p.drawLine(plot.topLeft(), plot.bottomLeft());
    p.restore();
}

void PdfLayout::paretoLine(const ReportSeries &series, const QStringList &categories,
                           const QRectF &plot) {
    QPainter &p = *m_painter;
    const QFontMetricsF small(m_small, &m_writer);
    double total = 0;
    for (const QString &c : categories)
        total += std::max(ReportChart::valueAt(series, c), 0.0);
    if (total <= 0)
        return;
    // The right axis: the cumulative share, 0 to 100 %.
    p.setFont(m_small);
    p.setPen(kAxis);
    for (int pct = 0; pct <= 100; pct += 20) {
        const qreal y = plot.bottom() - plot.height() * pct / 100.0;
        p.drawText(QRectF(plot.right() + mm(1), y - small.height() / 2, mm(12), small.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   formatNumber(pct / 100.0, NumberFormat::Percent, m_locale));
    }
    const qreal slot = plot.width() / qreal(categories.size());
    QPainterPath path;
    double running = 0;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        running += std::max(ReportChart::valueAt(series, categories.at(i)), 0.0);
        const QPointF point(plot.left() + slot * (qreal(i) + 0.5),
                            plot.bottom() - plot.height() * running / total);
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(seriesColor(1), mm(0.5)));
    p.drawPath(path);
    p.setBrush(seriesColor(1));
    for (int i = 0; i < path.elementCount(); ++i)
        p.drawEllipse(QPointF(path.elementAt(i)), mm(0.6), mm(0.6));
}

void PdfLayout::chartLegend(const ReportChart &chart, qreal top) {
    QPainter &p = *m_painter;
    const QFontMetricsF small(m_small, &m_writer);
    p.setFont(m_small);
    qreal x = m_body.left();
    const qreal box = small.ascent() * 0.8;
    // A Pareto chart draws its first series and the cumulative share of it.
    QStringList names;
    for (const ReportSeries &series : chart.series)
        names.append(series.name);
    if (chart.kind == ChartKind::Pareto && !names.isEmpty())
        names = QStringList{names.first(), m_doc.translation.text("sb::PdfRenderer",
                                                                  QT_TR_NOOP("Cumulative share"))};
    for (qsizetype s = 0; s < names.size(); ++s) {
        const QString &name = names.at(s);
        const qreal w = box + mm(1) + small.horizontalAdvance(name) + mm(4);
        if (x + w > m_body.right())
            break;
        p.fillRect(QRectF(x, top + (small.height() - box) / 2, box, box), seriesColor(s));
        p.setPen(kInk);
        p.drawText(QRectF(x + box + mm(1), top, w, small.height()), Qt::AlignLeft | Qt::AlignTop,
                   name);
        x += w;
    }
}

void PdfLayout::chartCategoryLabels(const QStringList &categories, const QRectF &plot) {
    QPainter &p = *m_painter;
    const QFontMetricsF small(m_small, &m_writer);
    const qsizetype n = categories.size();
    const qreal slot = plot.width() / qreal(n);
    qreal widest = 0;
    for (const QString &c : categories)
        widest = std::max(widest, small.horizontalAdvance(c));
    // Every k-th label when they would overlap; long labels elided to their room.
    const qsizetype every =
        std::max<qsizetype>(1, qsizetype(std::ceil((std::min(widest, mm(30)) + mm(1)) / slot)));
    const qreal room = slot * qreal(every) - mm(1);
    p.setFont(m_small);
    p.setPen(kAxis);
    for (qsizetype i = 0; i < n; i += every) {
        const qreal centre = plot.left() + slot * (qreal(i) + 0.5);
        p.drawText(QRectF(centre - room / 2, plot.bottom() + mm(1), room, small.height()),
                   Qt::AlignHCenter | Qt::AlignTop,
                   small.elidedText(categories.at(i), Qt::ElideRight, room));
    }
}

} // namespace sb
