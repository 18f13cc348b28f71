#include "incidents/alertpopup.h"

#include "incidents/incidentlabels.h"

#include "domain/labels.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::app {

AlertPopup::AlertPopup(const IncidentAlertInfo &info, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this)) {
    setObjectName(QStringLiteral("incidentAlert"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setLineWidth(2);
    m_title->setObjectName(QStringLiteral("alertTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("alertDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);

    auto *open = new QPushButton(tr("Open grading wizard"), this);
    open->setObjectName(QStringLiteral("openWizardButton"));
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("dismissButton"));
    connect(open, &QPushButton::clicked, this, [this] {
        Q_EMIT openWizard(m_info.incidentId);
        hide();
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        Q_EMIT dismissed(m_info.incidentId);
        hide();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    setFixedWidth(360);
    hide();
    setInfo(info);
}

void AlertPopup::setInfo(const IncidentAlertInfo &info) {
    m_info = info;
    const QColor bg = IncidentLabels::gradeColour(info.grade);
    const QColor fg = IncidentLabels::gradeTextColour(info.grade);
    setProperty("grade", static_cast<int>(info.grade));
    setProperty("incidentId", info.incidentId);
    setProperty("background", bg.name());
    setStyleSheet(QStringLiteral("QFrame#incidentAlert { background: %1; border: 2px solid %3; }"
                                 "QFrame#incidentAlert QLabel { color: %2; }")
                      .arg(bg.name(), fg.name(), fg.name()));
    const QString type = Labels::problemType(info.problemType);
    const QString grade = Labels::grade(gradeKey(info.grade));
    m_title->setText(
        info.fromGrade < 0
            ? tr("Incident: %1 — %2").arg(type, grade)
            : tr("Incident raised: %1 — %2 (was %3)")
                  .arg(type, grade,
                       Labels::grade(gradeKey(static_cast<Grade>(qBound(0, info.fromGrade, 3))))));
    const QString when = QDateTime::fromMSecsSinceEpoch(info.atMs, Qt::UTC)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_detail->setText(tr("Class: %1\nGrade: %2\nNormal customers: %3 in 30 min, %4 in 60 min\n"
                         "VIP customers: %5 in 30 min, %6 in 60 min\nAt: %7")
                          .arg(Labels::problemClass(info.problemClass), grade)
                          .arg(info.normal30)
                          .arg(info.normal60)
                          .arg(info.vip30)
                          .arg(info.vip60)
                          .arg(when));
    setWindowTitle(m_title->text());
}

} // namespace sb::app
