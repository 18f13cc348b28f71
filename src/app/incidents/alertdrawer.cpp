#include "incidents/alertdrawer.h"

#include "domain/labels.h"
#include "incidents/incidentlabels.h"
#include "security/permissions.h"

#include "ui_alertdrawer.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace sb::app {

namespace {
enum Column { GradeColumn, TypeColumn, SinceColumn, AckColumn, ActionsColumn };
}

AlertDrawer::AlertDrawer(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , ui(std::make_unique<Ui::AlertDrawer>()) {
    ui->setupUi(this);
    setObjectName(QStringLiteral("alertDrawer"));
    ui->alertTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->alertTable->horizontalHeader()->setStretchLastSection(true);
    connect(ui->alertTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_alerts.size())
            Q_EMIT openRequested(m_alerts.at(row).incidentId);
    });
    reload();
}

AlertDrawer::~AlertDrawer() = default;

bool AlertDrawer::reload() {
    QString error;
    QList<OpenIncidentAlert> list;
    if (!m_ws.db || !IncidentAlertAcks::openAlerts(*m_ws.db, list, error)) {
        ui->summaryLabel->setText(tr("The alerts could not be read: %1").arg(error));
        return false;
    }
    m_alerts = list;
    fill();
    Q_EMIT reloaded();
    return true;
}

bool AlertDrawer::acknowledge(qint64 incidentId) {
    Grade grade = Grade::General;
    bool found = false;
    for (const OpenIncidentAlert &a : std::as_const(m_alerts)) {
        if (a.incidentId == incidentId) {
            grade = a.grade;
            found = true;
        }
    }
    QString error;
    if (!found || !m_ws.db || !m_ws.clock) {
        ui->summaryLabel->setText(tr("Incident #%1 is no longer open.").arg(incidentId));
        return false;
    }
    if (!IncidentAlertAcks(*m_ws.db, *m_ws.clock)
             .acknowledge(m_ws.user.staffId, incidentId, grade, error)) {
        reload();
        ui->summaryLabel->setText(tr("Not acknowledged: %1").arg(error));
        return false;
    }
    return reload();
}

int AlertDrawer::unacknowledged() const {
    int n = 0;
    for (const OpenIncidentAlert &a : m_alerts)
        n += a.ack ? 0 : 1;
    return n;
}

std::optional<Grade> AlertDrawer::worstUnacknowledged() const {
    std::optional<Grade> worst;
    for (const OpenIncidentAlert &a : m_alerts)
        if (!a.ack && (!worst || a.grade > *worst))
            worst = a.grade;
    return worst;
}

std::optional<OpenIncidentAlert> AlertDrawer::mostSevere() const {
    std::optional<OpenIncidentAlert> best;
    for (const OpenIncidentAlert &a : m_alerts)
        if (!best || a.grade > best->grade || (a.grade == best->grade && a.atMs > best->atMs))
            best = a;
    return best;
}

QString AlertDrawer::shortTime(qint64 ms, qint64 nowMs) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toLocalTime();
    return at.toString(at.date() == now.date() ? QStringLiteral("HH:mm")
                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
}

void AlertDrawer::fill() {
    const qint64 now = m_ws.clock ? m_ws.clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    const bool mayAck = m_ws.user.permissions.has(perm::IncidentsConfirm) && m_ws.canWrite;
    QTableWidget *t = ui->alertTable;
    t->clearContents();
    t->setRowCount(int(m_alerts.size()));
    for (int row = 0; row < m_alerts.size(); ++row) {
        const OpenIncidentAlert &a = m_alerts.at(row);
        auto *grade = new QTableWidgetItem(Labels::grade(gradeKey(a.grade)));
        grade->setBackground(IncidentLabels::gradeColour(a.grade));
        grade->setForeground(IncidentLabels::gradeTextColour(a.grade));
        grade->setData(Qt::UserRole, a.incidentId);
        t->setItem(row, GradeColumn, grade);
        t->setItem(row, TypeColumn, new QTableWidgetItem(Labels::problemType(a.problemType)));
        t->setItem(row, SinceColumn, new QTableWidgetItem(shortTime(a.openedAtMs, now)));
        t->setItem(
            row, AckColumn,
            new QTableWidgetItem(a.ack ? tr("Acknowledged by %1 at %2")
                                             .arg(a.ack->staffName, shortTime(a.ack->atMs, now))
                                       : tr("Not acknowledged")));

        auto *cell = new QWidget(t);
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(2, 0, 2, 0);
        if (!a.ack) {
            auto *ack = new QPushButton(tr("Acknowledge"), cell);
            ack->setObjectName(QStringLiteral("acknowledgeButton"));
            ack->setProperty("incidentId", a.incidentId);
            ack->setEnabled(mayAck);
            if (!mayAck)
                ack->setToolTip(
                    tr("Acknowledging needs the permission %1.").arg(perm::IncidentsConfirm));
            connect(ack, &QPushButton::clicked, this,
                    [this, id = a.incidentId] { acknowledge(id); });
            layout->addWidget(ack);
        }
        auto *open = new QPushButton(tr("Open grading wizard"), cell);
        open->setObjectName(QStringLiteral("openWizardButton"));
        open->setProperty("incidentId", a.incidentId);
        connect(open, &QPushButton::clicked, this,
                [this, id = a.incidentId] { Q_EMIT openRequested(id); });
        layout->addWidget(open);
        layout->addStretch();
        t->setCellWidget(row, ActionsColumn, cell);
    }
    const int waiting = unacknowledged();
    ui->summaryLabel->setText(
        m_alerts.isEmpty()
            ? tr("No open incidents.")
            : tr("Open incidents: %1, not acknowledged: %2.").arg(m_alerts.size()).arg(waiting));
}

} // namespace sb::app
