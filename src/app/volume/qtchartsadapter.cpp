// The only file that includes Qt Charts (deprecated from Qt 6.10): TimeChart on QChartView.
#include "volume/timechart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace sb::app {

ChartPalette ChartPalette::light() {
    ChartPalette p;
    p.background = QColor(0xfa, 0xfa, 0xfa);
    p.plot = Qt::white;
    p.text = QColor(0x21, 0x21, 0x21);
    p.grid = QColor(0xdd, 0xdd, 0xdd);
    p.lines = {QColor(0x15, 0x65, 0xc0), QColor(0x00, 0x89, 0x7b), QColor(0x6a, 0x1b, 0x9a),
               QColor(0x8d, 0x6e, 0x63), QColor(0x55, 0x8b, 0x2f), QColor(0xd8, 0x1b, 0x60),
               QColor(0x37, 0x47, 0x4f), QColor(0xff, 0xa0, 0x00), QColor(0x00, 0x83, 0x8f),
               QColor(0x5d, 0x40, 0x37), QColor(0x9e, 0x9d, 0x24), QColor(0x45, 0x27, 0xa0)};
    p.yellow = QColor(0xf9, 0xa8, 0x25); // darker than pure yellow: readable on white
    p.orange = QColor(0xef, 0x6c, 0x00);
    p.red = QColor(0xc6, 0x28, 0x28);
    p.black = QColor(0x10, 0x10, 0x10);
    return p;
}

ChartPalette ChartPalette::dark() {
    ChartPalette p;
    p.background = QColor(0x12, 0x12, 0x12);
    p.plot = QColor(0x1e, 0x1e, 0x1e);
    p.text = QColor(0xee, 0xee, 0xee);
    p.grid = QColor(0x3a, 0x3a, 0x3a);
    p.lines = {QColor(0x64, 0xb5, 0xf6), QColor(0xa5, 0xd6, 0xa7), QColor(0xce, 0x93, 0xd8),
               QColor(0xbc, 0xaa, 0xa4), QColor(0xae, 0xd5, 0x81), QColor(0xf4, 0x8f, 0xb1),
               QColor(0xb0, 0xbe, 0xc5), QColor(0xff, 0xd5, 0x4f), QColor(0x80, 0xde, 0xea),
               QColor(0xa1, 0x88, 0x7f), QColor(0xe6, 0xee, 0x9c), QColor(0xb3, 0x9d, 0xdb)};
    p.yellow = QColor(0xff, 0xee, 0x58);
    p.orange = QColor(0xff, 0xa7, 0x26);
    p.red = QColor(0xef, 0x53, 0x50);
    p.black = QColor(0xf5, 0xf5, 0xf5); // "black" grade drawn white-on-dark, labelled
    return p;
}

namespace {

class View : public QChartView {
public:
    View(QChart *chart, QWidget *parent, std::function<void()> onClick,
         std::function<void()> onReset)
        : QChartView(chart, parent)
        , m_onClick(std::move(onClick))
        , m_onReset(std::move(onReset)) {}
    bool compact = false;
    bool zoomed = false;

protected:
    void mouseReleaseEvent(QMouseEvent *e) override {
        if (compact && e->button() == Qt::LeftButton) {
            m_onClick();
            return;
        }
        if (e->button() == Qt::RightButton && !compact) {
            m_onReset(); // back to the whole range
            e->accept();
            return;
        }
        if (e->button() == Qt::LeftButton)
            zoomed = true; // a rubber band zoom (set before the axis moves)
        QChartView::mouseReleaseEvent(e);
    }
    void wheelEvent(QWheelEvent *e) override {
        if (compact)
            return QChartView::wheelEvent(e);
        const double f = e->angleDelta().y() > 0 ? 0.8 : 1.25;
        const QRectF plot = chart()->plotArea();
        const double cx = e->position().x();
        QRectF r = plot;
        r.setWidth(plot.width() * f);
        r.moveLeft(cx - (cx - plot.left()) * f);
        zoomed = true;
        chart()->zoomIn(r);
        e->accept();
    }
    void keyPressEvent(QKeyEvent *e) override {
        switch (e->key()) {
        case Qt::Key_Left:
            zoomed = true;
            chart()->scroll(-chart()->plotArea().width() / 10, 0);
            return;
        case Qt::Key_Right:
            zoomed = true;
            chart()->scroll(chart()->plotArea().width() / 10, 0);
            return;
        case Qt::Key_Plus:
            zoomed = true;
            chart()->zoom(1.25);
            return;
        case Qt::Key_Minus:
            zoomed = true;
            chart()->zoom(0.8);
            return;
        default:
            QChartView::keyPressEvent(e);
        }
    }

private:
    std::function<void()> m_onClick;
    std::function<void()> m_onReset;
};

class QtChartsTimeChart final : public TimeChart {
public:
    explicit QtChartsTimeChart(QWidget *parent)
        : TimeChart(parent)
        , m_chart(new QChart) {
        m_view = new View(
            m_chart, this, [this] { Q_EMIT clicked(); }, [this] { resetZoom(); });
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setRubberBand(QChartView::HorizontalRubberBand);
        m_view->setObjectName(QStringLiteral("chartView"));
        auto *lay = new QVBoxLayout(this);
        lay->setContentsMargins(0, 0, 0, 0);
        lay->addWidget(m_view);
        m_x = new QDateTimeAxis;
        m_y = new QValueAxis;
        m_y->setLabelFormat(QStringLiteral("%d"));
        m_chart->addAxis(m_x, Qt::AlignBottom);
        m_chart->addAxis(m_y, Qt::AlignLeft);
        connect(m_x, &QDateTimeAxis::rangeChanged, this,
                [this](const QDateTime &min, const QDateTime &max) {
                    if (m_view->zoomed)
                        Q_EMIT zoomChanged(true, min.toMSecsSinceEpoch(), max.toMSecsSinceEpoch());
                });
        m_chart->legend()->setAlignment(Qt::AlignBottom);
        setPalette(ChartPalette::light());
    }

    void setTitle(const QString &title) override { m_chart->setTitle(title); }

    void setPalette(const ChartPalette &p) override {
        m_palette = p;
        m_chart->setBackgroundBrush(p.background);
        m_chart->setPlotAreaBackgroundBrush(p.plot);
        m_chart->setPlotAreaBackgroundVisible(true);
        m_chart->setTitleBrush(p.text);
        m_chart->legend()->setLabelColor(p.text);
        for (QAbstractAxis *a :
             {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
            a->setLabelsColor(p.text);
            a->setGridLineColor(p.grid);
            a->setLinePenColor(p.grid);
        }
        restyle();
    }

    void setCompact(bool compact) override {
        m_view->compact = compact;
        m_view->setRubberBand(compact ? QChartView::NoRubberBand
                                      : QChartView::HorizontalRubberBand);
        m_view->setCursor(compact ? Qt::PointingHandCursor : Qt::CrossCursor);
        m_chart->legend()->setVisible(!compact);
        m_chart->layout()->setContentsMargins(compact ? 0 : 6, compact ? 0 : 6, compact ? 0 : 6,
                                              compact ? 0 : 6);
        m_chart->setMargins(compact ? QMargins(2, 2, 2, 2) : QMargins(8, 8, 8, 8));
        QFont f = font();
        if (compact)
            f.setPointSizeF(f.pointSizeF() * 0.8);
        m_x->setLabelsFont(f);
        m_y->setLabelsFont(f);
        m_x->setTickCount(compact ? 3 : 7);
        QFont t = font();
        t.setBold(true);
        m_chart->setTitleFont(t);
    }

    void setTimeRange(qint64 fromMs, qint64 toMs) override {
        m_from = fromMs;
        m_to = std::max(toMs, fromMs + 1);
        const qint64 span = m_to - m_from;
        m_x->setFormat(m_dateLabels            ? QStringLiteral("yyyy-MM-dd")
                       : span > 2 * 86400000LL ? QStringLiteral("dd.MM HH:mm")
                                               : QStringLiteral("HH:mm"));
        if (!m_view->zoomed)
            m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_from),
                          QDateTime::fromMSecsSinceEpoch(m_to));
        layoutThresholds();
        layoutMarkers();
    }

    void setLines(const QList<ChartLine> &lines) override {
        // Keep the series objects; replace their points (O(n) once, not per point).
        while (m_lineSeries.size() > lines.size())
            drop(m_lineSeries.takeLast());
        while (m_lineSeries.size() < lines.size()) {
            auto *s = new QLineSeries;
            m_chart->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            connect(s, &QLineSeries::hovered, this,
                    [this, s](const QPointF &p, bool on) { hover(s, p, on); });
            m_lineSeries.append(s);
        }
        m_lines = lines;
        m_dataMax = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QLineSeries *s = m_lineSeries.at(i);
            s->setName(lines.at(i).name);
            s->replace(lines.at(i).points);
            for (const QPointF &p : lines.at(i).points)
                m_dataMax = std::max(m_dataMax, p.y());
        }
        m_dataMax = std::max({m_dataMax, m_bandMax, m_rangeMax});
        restyle();
        rescaleY();
    }

    void setThresholds(const QList<ChartThreshold> &t) override {
        const bool same =
            t.size() == m_thresholds.size() &&
            std::equal(t.begin(), t.end(), m_thresholds.begin(),
                       [](const ChartThreshold &a, const ChartThreshold &b) {
                           return a.name == b.name && a.value == b.value && a.colour == b.colour;
                       });
        if (same)
            return;
        m_thresholds = t;
        for (QLineSeries *s : std::as_const(m_thresholdSeries))
            drop(s);
        m_thresholdSeries.clear();
        for (const ChartThreshold &th : t) {
            auto *s = new QLineSeries;
            s->setName(th.name);
            QPen pen(th.colour, 2, th.dashed ? Qt::DashLine : Qt::SolidLine);
            s->setPen(pen);
            m_chart->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            m_thresholdSeries.append(s);
        }
        layoutThresholds();
        rescaleY();
    }

    void setMarkers(const QList<ChartMarker> &markers) override {
        for (QLineSeries *s : std::as_const(m_markerSeries))
            drop(s);
        m_markerSeries.clear();
        m_markers = markers;
        for (const ChartMarker &m : markers) {
            auto *s = new QLineSeries;
            s->setName(m.label);
            s->setPen(QPen(m.colour, 2, Qt::DotLine));
            m_chart->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            const QString label = m.label;
            connect(s, &QLineSeries::hovered, this,
                    [this, label, at = m.atMs](const QPointF &, bool on) {
                        if (!on)
                            return;
                        const QString text = QStringLiteral("%1\n%2").arg(
                            QDateTime::fromMSecsSinceEpoch(at).toString(
                                QStringLiteral("dd.MM HH:mm:ss")),
                            label);
                        QToolTip::showText(QCursor::pos(), text, m_view);
                        Q_EMIT hovered(text);
                    });
            for (QLegendMarker *lm : m_chart->legend()->markers(s))
                lm->setVisible(false);
            m_markerSeries.append(s);
        }
        layoutMarkers();
    }

    void setBands(qint64 fromMs, qint64 bucketMs, const QList<ChartBand> &bands) override {
        for (QAreaSeries *a : std::as_const(m_bandSeries)) {
            m_chart->removeSeries(a);
            delete a->upperSeries();
            delete a->lowerSeries();
            delete a;
        }
        m_bandSeries.clear();
        m_bands = bands;
        m_bandMax = 0;
        if (bands.isEmpty())
            return;
        const qsizetype n = bands.first().values.size();
        QList<double> below(n, 0.0);
        for (qsizetype b = 0; b < bands.size(); ++b) {
            auto *lower = new QLineSeries;
            auto *upper = new QLineSeries;
            QList<QPointF> lo, up;
            for (qsizetype i = 0; i < n; ++i) {
                const double x0 = double(fromMs + i * bucketMs);
                const double x1 = double(fromMs + (i + 1) * bucketMs);
                const double v = i < bands.at(b).values.size() ? bands.at(b).values.at(i) : 0.0;
                lo << QPointF(x0, below[i]) << QPointF(x1, below[i]);
                up << QPointF(x0, below[i] + v) << QPointF(x1, below[i] + v);
                below[i] += v;
                m_bandMax = std::max(m_bandMax, below[i]);
            }
            lower->replace(lo);
            upper->replace(up);
            auto *area = new QAreaSeries(upper, lower);
            area->setName(bands.at(b).name);
            const QColor c = m_palette.lines.at(b % m_palette.lines.size());
            area->setColor(c);
            area->setBorderColor(c.darker(130));
            m_chart->addSeries(area);
            area->attachAxis(m_x);
            area->attachAxis(m_y);
            m_bandSeries.append(area);
        }
        m_dataMax = std::max(m_dataMax, m_bandMax);
        rescaleY();
    }

    void setHoverText(HoverText text) override { m_hoverText = std::move(text); }

    void setRanges(const QList<ChartRange> &ranges) override {
        for (QAreaSeries *a : std::as_const(m_rangeSeries)) {
            m_chart->removeSeries(a);
            delete a->upperSeries();
            delete a->lowerSeries();
            delete a;
        }
        m_rangeSeries.clear();
        m_ranges = ranges;
        m_rangeMax = 0;
        for (const ChartRange &r : ranges) {
            auto *lower = new QLineSeries;
            auto *upper = new QLineSeries;
            lower->replace(r.low);
            upper->replace(r.high);
            for (const QPointF &p : r.high)
                m_rangeMax = std::max(m_rangeMax, p.y());
            auto *area = new QAreaSeries(upper, lower);
            area->setName(r.name);
            QColor c = m_palette.lines.at(r.colourIndex % m_palette.lines.size());
            area->setBorderColor(c);
            c.setAlpha(60);
            area->setColor(c);
            m_chart->addSeries(area);
            area->attachAxis(m_x);
            area->attachAxis(m_y);
            m_rangeSeries.append(area);
        }
        m_dataMax = std::max(m_dataMax, m_rangeMax);
        rescaleY();
    }

    void setDateLabels(bool dates) override {
        m_dateLabels = dates;
        setTimeRange(m_from, m_to);
    }

    void resetZoom() override {
        const bool was = m_view->zoomed;
        m_view->zoomed = false;
        m_chart->zoomReset();
        setTimeRange(m_from, m_to);
        if (was)
            Q_EMIT zoomChanged(false, m_from, m_to);
    }

    QList<ChartLine> lines() const override {
        QList<ChartLine> out = m_lines;
        for (qsizetype i = 0; i < out.size() && i < m_lineSeries.size(); ++i)
            out[i].points = m_lineSeries.at(i)->points(); // what the series really holds
        return out;
    }
    QList<ChartThreshold> thresholds() const override { return m_thresholds; }
    QList<ChartMarker> markers() const override { return m_markers; }
    QList<ChartRange> ranges() const override {
        QList<ChartRange> out = m_ranges;
        for (qsizetype i = 0; i < out.size() && i < m_rangeSeries.size(); ++i) {
            out[i].low = m_rangeSeries.at(i)->lowerSeries()->points();
            out[i].high = m_rangeSeries.at(i)->upperSeries()->points();
        }
        return out;
    }

    QImage render(const QSize &size) const override {
        const QSize s = size.isValid() ? size : m_view->size();
        QImage img(s, QImage::Format_ARGB32_Premultiplied);
        img.fill(m_palette.background);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        m_view->render(&p, QRectF(QPointF(0, 0), QSizeF(s)), m_view->viewport()->rect());
        return img;
    }

private:
    void drop(QAbstractSeries *s) {
        m_chart->removeSeries(s); // gives ownership back
        delete s;
    }

    void hover(QLineSeries *s, const QPointF &p, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const qsizetype i = m_lineSeries.indexOf(s);
        const QString key = i >= 0 && i < m_lines.size() ? m_lines.at(i).key : QString();
        // The nearest real point of the series, not the interpolated cursor position.
        const QList<QPointF> pts = s->points();
        QPointF best = p;
        double d = 1e300;
        for (const QPointF &q : pts) {
            if (std::abs(q.x() - p.x()) < d) {
                d = std::abs(q.x() - p.x());
                best = q;
            }
        }
        QString text = m_hoverText ? m_hoverText(key, qint64(best.x()), best.y())
                                   : QStringLiteral("%1: %2").arg(s->name()).arg(best.y());
        QToolTip::showText(QCursor::pos(), text, m_view);
        Q_EMIT hovered(text);
    }

    void restyle() {
        for (qsizetype i = 0; i < m_lineSeries.size() && i < m_lines.size(); ++i) {
            const ChartLine &l = m_lines.at(i);
            QPen pen(m_palette.lines.at(l.colourIndex % m_palette.lines.size()),
                     m_view->compact ? 2 : 3, l.dashed ? Qt::DashLine : Qt::SolidLine);
            m_lineSeries.at(i)->setPen(pen);
        }
    }

    void layoutThresholds() {
        for (qsizetype i = 0; i < m_thresholdSeries.size(); ++i) {
            const double v = m_thresholds.at(i).value;
            m_thresholdSeries.at(i)->replace(
                {QPointF(double(m_from), v), QPointF(double(m_to), v)});
        }
    }

    void layoutMarkers() {
        const double top = m_y->max();
        for (qsizetype i = 0; i < m_markerSeries.size(); ++i) {
            const double x = double(m_markers.at(i).atMs);
            m_markerSeries.at(i)->replace({QPointF(x, 0), QPointF(x, top)});
        }
    }

    // Up to the data's peak and the next threshold above it: thresholds far above the data
    // would flatten it; the ones it is heading for stay visible.
    void rescaleY() {
        double top = std::max(1.0, m_dataMax);
        double next = 0;
        for (const ChartThreshold &t : std::as_const(m_thresholds)) {
            if (t.value > m_dataMax && (next == 0 || t.value < next))
                next = t.value;
        }
        top = std::max(top, next) * 1.1;
        if (m_view->compact) {
            // Three fixed ticks on an even top: whole numbers, and the time labels keep
            // their room (dynamic ticks on a small chart lose the time axis labels).
            top = std::max(2.0, std::ceil(top / 2) * 2);
            if (top != m_y->max() || m_y->tickType() != QValueAxis::TicksFixed) {
                m_y->setTickType(QValueAxis::TicksFixed);
                m_y->setTickCount(3);
                m_y->setRange(0, top);
                layoutMarkers();
            }
            return;
        }
        // Whole-number ticks at 1, 2 or 5 × 10^k: counts are integers.
        const double raw = top / 5.0;
        const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
        const double norm = raw / mag;
        const double step = std::max(1.0, (norm <= 1   ? 1
                                           : norm <= 2 ? 2
                                           : norm <= 5 ? 5
                                                       : 10) *
                                              mag);
        top = std::ceil(top / step) * step;
        if (top != m_y->max() || step != m_y->tickInterval() ||
            m_y->tickType() != QValueAxis::TicksDynamic) {
            m_y->setTickType(QValueAxis::TicksDynamic);
            m_y->setTickAnchor(0);
            m_y->setTickInterval(step);
            m_y->setRange(0, top);
            layoutMarkers();
        }
    }

    QChart *m_chart;
    View *m_view = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    ChartPalette m_palette;
    qint64 m_from = 0, m_to = 1;
    double m_dataMax = 0, m_bandMax = 0;
    QList<ChartLine> m_lines;
    QList<QLineSeries *> m_lineSeries;
    QList<ChartThreshold> m_thresholds;
    QList<QLineSeries *> m_thresholdSeries;
    QList<ChartMarker> m_markers;
    QList<QLineSeries *> m_markerSeries;
    QList<ChartBand> m_bands;
    QList<QAreaSeries *> m_bandSeries;
    QList<ChartRange> m_ranges;
    QList<QAreaSeries *> m_rangeSeries;
    double m_rangeMax = 0;
    bool m_dateLabels = false;
    HoverText m_hoverText;
};

} // namespace

TimeChart *createTimeChart(QWidget *parent) {
    return new QtChartsTimeChart(parent);
}

} // namespace sb::app
