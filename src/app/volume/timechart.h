#pragma once

// The charts adapter: everything outside src/app/volume/ (and most inside) sees only this
// interface. Qt Charts is deprecated from Qt 6.10; its includes stay in qtchartsadapter.cpp so
// that moving to Qt Graphs replaces one file.

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <functional>

namespace sb::app {

struct ChartPalette {
    QColor background;
    QColor plot;
    QColor text;
    QColor grid;
    QList<QColor> lines;               // series colours, in order
    QColor yellow, orange, red, black; // warning levels; "black" must show on dark too
    static ChartPalette light();
    static ChartPalette dark();
};

// A line over time: x = milliseconds since the epoch (UTC), y = count.
struct ChartLine {
    QString key;  // stable, for tests and CSV
    QString name; // shown in the legend
    QList<QPointF> points;
    int colourIndex = 0;
    bool dashed = false;
};

// A horizontal threshold line across the whole time axis.
struct ChartThreshold {
    QString name; // legend/hover text, e.g. "Urgent (60 min) ≥ 11"
    double value = 0;
    QColor colour;
    bool dashed = false;
};

// A vertical marker on the time axis (incident opened, regraded, resolved).
struct ChartMarker {
    qint64 atMs = 0;
    QString label;
    QColor colour;
};

// One stacked band (e.g. a channel) over equal time buckets.
struct ChartBand {
    QString name;
    QList<double> values;
};

// A band between two lines over time, such as an estimate's 95 % interval: drawn translucent.
struct ChartRange {
    QString key;         // stable, for tests
    QString name;        // shown in the legend
    QList<QPointF> low;  // x = milliseconds since the epoch (UTC), as ChartLine
    QList<QPointF> high; // the same x values as `low`
    int colourIndex = 0;
};

class TimeChart : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setTitle(const QString &title) = 0;
    virtual void setPalette(const ChartPalette &palette) = 0;
    // Compact: no legend, small margins and fonts (the small multiples).
    virtual void setCompact(bool compact) = 0;
    virtual void setTimeRange(qint64 fromMs, qint64 toMs) = 0;
    // Replaces the points of every line (one replace per series, never per-point appends).
    virtual void setLines(const QList<ChartLine> &lines) = 0;
    virtual void setThresholds(const QList<ChartThreshold> &thresholds) = 0;
    virtual void setMarkers(const QList<ChartMarker> &markers) = 0;
    // Stacked bars: bucket i starts at fromMs + i·bucketMs.
    virtual void setBands(qint64 fromMs, qint64 bucketMs, const QList<ChartBand> &bands) = 0;
    // For hover text: what the y value means at a given time.
    using HoverText = std::function<QString(const QString &lineKey, qint64 atMs, double y)>;
    virtual void setHoverText(HoverText text) = 0;
    // Replaces the ranges (bands between two lines).
    virtual void setRanges(const QList<ChartRange> &ranges) = 0;
    // Time axis labels as dates only (a series of days or weeks).
    virtual void setDateLabels(bool dates) = 0;
    virtual void resetZoom() = 0;

    // What is drawn now (tests, CSV export).
    virtual QList<ChartLine> lines() const = 0;
    virtual QList<ChartThreshold> thresholds() const = 0;
    virtual QList<ChartMarker> markers() const = 0;
    virtual QList<ChartRange> ranges() const = 0;
    virtual QImage render(const QSize &size) const = 0;

Q_SIGNALS:
    void clicked();
    void hovered(const QString &text);
    // The user zoomed or panned the time axis (to fromMs..toMs), or reset it (zoomed false):
    // the owner may supply finer points for the visible range.
    void zoomChanged(bool zoomed, qint64 fromMs, qint64 toMs);
};

// The chart implementation behind the adapter (Qt Charts today).
TimeChart *createTimeChart(QWidget *parent);

} // namespace sb::app
