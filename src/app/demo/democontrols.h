#pragma once

#include <QToolBar>

class QSpinBox;
class QLabel;

namespace sb {
class Simulator;
}

namespace sb::app {

// The demo stream's controls: pause, rate, and a burst on demand. Talks to the simulator
// (which lives on its own thread) by queued calls only.
class DemoControls : public QToolBar {
    Q_OBJECT
public:
    DemoControls(Simulator *simulator, double initialRate, QWidget *parent = nullptr);
    void countGenerated(int n);

private:
    Simulator *m_sim;
    QSpinBox *m_rate;
    QLabel *m_count;
    qint64 m_total = 0;
};

} // namespace sb::app
