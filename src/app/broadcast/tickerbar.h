#pragma once

#include <QTimer>
#include <QWidget>

namespace sb::app {

// A thin strip that scrolls the ticker messages (滚动字幕) right to left. Text is drawn as
// plain text. Hidden while there is nothing to show; a click asks to open the inbox.
class TickerBar : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString text READ text)
public:
    explicit TickerBar(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void step();

    QString m_text;
    QTimer m_timer;
    int m_offset = 0;
};

} // namespace sb::app
