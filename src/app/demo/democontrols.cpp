#include "demo/democontrols.h"

#include "demo/simulator.h"
#include "domain/labels.h"
#include "domain/types.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>

namespace sb::app {

DemoControls::DemoControls(Simulator *simulator, double initialRate, QWidget *parent)
    : QToolBar(tr("Demo stream"), parent)
    , m_sim(simulator)
    , m_rate(new QSpinBox(this))
    , m_count(new QLabel(this)) {
    setObjectName(QStringLiteral("demoControls"));
    addWidget(new QLabel(tr("Demo stream:"), this));
    QAction *pause = addAction(tr("Pause"));
    pause->setObjectName(QStringLiteral("demoPause"));
    pause->setCheckable(true);
    connect(pause, &QAction::toggled, this, [this, pause](bool paused) {
        pause->setText(paused ? tr("Resume") : tr("Pause"));
        QMetaObject::invokeMethod(
            m_sim, [sim = m_sim, paused] { sim->setPaused(paused); }, Qt::QueuedConnection);
    });
    m_rate->setObjectName(QStringLiteral("demoRate"));
    m_rate->setRange(0, 600);
    m_rate->setValue(int(initialRate));
    m_rate->setSuffix(tr(" per minute"));
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int v) {
        QMetaObject::invokeMethod(
            m_sim, [sim = m_sim, v] { sim->setRatePerMinute(v); }, Qt::QueuedConnection);
    });
    addWidget(m_rate);
    addSeparator();
    auto *type = new QComboBox(this);
    type->setObjectName(QStringLiteral("demoBurstType"));
    for (const ProblemTypeInfo &t : problemTypes())
        type->addItem(Labels::problemType(t.key), t.key);
    addWidget(type);
    QAction *burst = addAction(tr("Burst of 8"));
    burst->setObjectName(QStringLiteral("demoBurst"));
    connect(burst, &QAction::triggered, this, [this, type] {
        const QString key = type->currentData().toString();
        QMetaObject::invokeMethod(
            m_sim, [sim = m_sim, key] { sim->burst(key, 8); }, Qt::QueuedConnection);
    });
    addSeparator();
    addWidget(m_count);
    countGenerated(0);
}

void DemoControls::countGenerated(int n) {
    m_total += n;
    m_count->setText(tr("%n complaint(s) simulated", nullptr, int(qMin<qint64>(m_total, INT_MAX))));
}

} // namespace sb::app
