#include "today/sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace sb::app {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<int> &values, int reference) {
    m_values = values;
    m_reference = std::max(reference, 0);
    update();
}

void Sparkline::setColour(const QColor &colour) {
    m_colour = colour;
    update();
}

QSize Sparkline::sizeHint() const {
    return {120, 24};
}

QSize Sparkline::minimumSizeHint() const {
    return {48, 16};
}

void Sparkline::paintEvent(QPaintEvent *) {
    if (m_values.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const int top = std::max(*std::max_element(m_values.cbegin(), m_values.cend()), 1);
    const int scale = std::max(top, m_reference);
    auto yOf = [&](int v) {
        return area.bottom() - area.height() * v / scale;
    };
    if (m_reference > 0) {
        QPen dash(palette().color(QPalette::Mid));
        dash.setStyle(Qt::DashLine);
        p.setPen(dash);
        p.drawLine(QPointF(area.left(), yOf(m_reference)), QPointF(area.right(), yOf(m_reference)));
    }
    const qsizetype n = m_values.size();
    const qreal step = n > 1 ? area.width() / qreal(n - 1) : 0;
    QPainterPath path;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF pt(area.left() + step * qreal(i), yOf(m_values.at(i)));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    QPen line(m_colour.isValid() ? m_colour : palette().color(QPalette::Highlight));
    line.setWidthF(1.5);
    p.setPen(line);
    p.drawPath(path);
}

} // namespace sb::app
