#include "broadcast/tickerbar.h"

#include <QMouseEvent>
#include <QPainter>

namespace sb::app {

TickerBar::TickerBar(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("broadcastTicker"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Messages for you; click to open the inbox."));
    m_timer.setInterval(30);
    connect(&m_timer, &QTimer::timeout, this, &TickerBar::step);
}

void TickerBar::setText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    m_offset = 0;
    if (m_text.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
    update();
}

QSize TickerBar::sizeHint() const {
    return {400, fontMetrics().height() + 8};
}

void TickerBar::step() {
    if (!isVisible())
        return;
    const int textWidth = fontMetrics().horizontalAdvance(m_text);
    m_offset += 2;
    if (m_offset > width() + textWidth)
        m_offset = 0;
    update();
}

void TickerBar::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0xff, 0xf3, 0xe0));
    if (m_text.isEmpty())
        return;
    p.setPen(QColor(0xb7, 0x1c, 0x1c));
    const int x = width() - m_offset;
    // drawText with a point draws the string as is: no rich text, no mnemonics.
    p.drawText(QPoint(x, (height() + fontMetrics().ascent() - fontMetrics().descent()) / 2),
               m_text);
}

void TickerBar::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
}

} // namespace sb::app
