#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace sb::app {

// A tiny line chart of counts, oldest left: a polyline over the widget, with a dashed line at
// `reference` (the threshold it is compared with) when that is above zero. Painted as is: no
// axes, no labels (the caller shows the figures beside it, and the tooltip).
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const QList<int> &values, int reference = 0);
    const QList<int> &values() const { return m_values; }
    int reference() const { return m_reference; }
    void setColour(const QColor &colour);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_values;
    int m_reference = 0;
    QColor m_colour;
};

} // namespace sb::app
