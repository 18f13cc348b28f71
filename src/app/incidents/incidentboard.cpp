#include "incidents/incidentboard.h"
#include "security/permissions.h"

#include "domain/labels.h"
#include "incidents/gradingwizard.h"
#include "incidents/incidentdetail.h"
#include "incidents/incidentlabels.h"
#include "shell/mainwindow.h"

#include "ui_incidentboard.h"

#include <QHeaderView>

namespace sb::app {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kOpenRole = Qt::UserRole + 2;
constexpr qint64 kResolvedDays = 7;

QStandardItem *item(const QString &text) {
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}
} // namespace

IncidentBoard::IncidentBoard(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_queries(*ws.db)
    , ui(std::make_unique<Ui::IncidentBoard>())
    , m_model(new QStandardItemModel(this)) {
    ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Problem type"), tr("Class"), tr("Grade"), tr("Owner"),
                                        tr("Age"), tr("30 min (normal/VIP)"),
                                        tr("60 min (normal/VIP)"), tr("Growth"), tr("Identified")});
    ui->incidentsView->setModel(m_model);
    ui->incidentsView->horizontalHeader()->setStretchLastSection(true);
    ui->incidentsView->verticalHeader()->hide();
    ui->incidentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    const bool canGrade = m_ws.canWrite && m_ws.user.permissions.has(perm::IncidentsGrade);
    for (QPushButton *b : {ui->gradeButton, ui->newGradeButton}) {
        b->setEnabled(canGrade);
        if (!canGrade)
            b->setToolTip(m_ws.canWrite ? tr("Needs the permission %1.").arg(perm::IncidentsGrade)
                                        : m_ws.readOnlyReason);
    }
    if (!m_ws.user.permissions.has(perm::IncidentsResolve))
        ui->resolveButton->setToolTip(tr("Needs the permission %1.").arg(perm::IncidentsResolve));

    connect(ui->gradeButton, &QPushButton::clicked, this,
            [this] { openWizard(selectedIncident()); });
    connect(ui->newGradeButton, &QPushButton::clicked, this, [this] { openWizard(0); });
    connect(ui->detailButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedIncident())
            openDetail(id);
    });
    connect(ui->resolveButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedIncident())
            openDetail(id)->showResolve();
    });
    connect(ui->incidentsView, &QAbstractItemView::doubleClicked, this, [this] {
        if (const qint64 id = selectedIncident())
            openDetail(id);
    });
    connect(ui->incidentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentBoard::updateButtons);
    connect(ui->showResolvedCheck, &QCheckBox::toggled, this, &IncidentBoard::refresh);

    m_pending.setSingleShot(true);
    m_pending.setInterval(250);
    connect(&m_pending, &QTimer::timeout, this, &IncidentBoard::refresh);
    // Ages grow and complaints leave the sliding windows without any change being written.
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &IncidentBoard::refresh);
    m_minute.start();
    refresh();
}

IncidentBoard::~IncidentBoard() = default;

void IncidentBoard::applyChanges(const QList<sb::Change> &changes) {
    bool incidents = false;
    for (const sb::Change &c : changes) {
        if (c.entity == ChangeEntity::Incident || c.entity == ChangeEntity::IncidentEvent) {
            incidents = true;
            m_pending.start();
        } else if (c.entity == ChangeEntity::Ticket || c.entity == ChangeEntity::Staff) {
            m_pending.start();
        }
    }
    if (incidents)
        for (const QPointer<IncidentDetail> &d : std::as_const(m_details))
            if (d)
                d->refresh();
}

void IncidentBoard::refresh() {
    const qint64 selected = selectedIncident();
    QList<BoardRow> rows;
    QString error;
    RuleSet rules = RuleSet::defaults();
    const qint64 now = m_ws.clock->nowMs();
    if (!m_queries.currentRules(rules, error) ||
        !m_queries.board(now, rules.burstWindowMs(), rules.gradingWindowMs(), rows, error)) {
        ui->boardStatus->setText(error);
        return;
    }
    QList<IncidentRecord> resolved;
    if (ui->showResolvedCheck->isChecked() &&
        !m_queries.resolvedSince(now - kResolvedDays * 24 * 3600 * 1000, resolved, error)) {
        ui->boardStatus->setText(error);
        return;
    }
    m_model->removeRows(0, m_model->rowCount());
    for (const BoardRow &r : std::as_const(rows))
        appendRow(r.incident, now, &r);
    for (const IncidentRecord &i : std::as_const(resolved))
        appendRow(i, now, nullptr);
    ui->incidentsView->resizeColumnsToContents();
    ui->boardStatus->setText(
        rows.isEmpty() ? tr("No incident is open.")
                       : tr("%n open incident(s)", nullptr, static_cast<int>(rows.size())));
    if (selected)
        selectIncident(selected);
    updateButtons();
}

void IncidentBoard::appendRow(const IncidentRecord &i, qint64 now, const BoardRow *live) {
    const bool open = live != nullptr;
    QString age = IncidentLabels::age(now - i.openedAt);
    if (!open && i.closedAt)
        age = tr("resolved after %1").arg(IncidentLabels::age(*i.closedAt - i.openedAt));
    QString identified = IncidentLabels::confirmation(i.confirmation);
    if (i.postGrade)
        identified += QStringLiteral(" · ") +
                      tr("post-incident: %1").arg(IncidentLabels::grade(*i.postGrade));
    QList<QStandardItem *> row{
        item(Labels::problemType(i.problemType)),
        item(Labels::problemClass(i.problemClass)),
        item(IncidentLabels::grade(i.grade)),
        item(i.ownerName.isEmpty() ? tr("(nobody)") : i.ownerName),
        item(age),
        item(open ? tr("%1 / %2").arg(live->counts.normal30).arg(live->counts.vip30) : QString()),
        item(open ? tr("%1 / %2").arg(live->counts.normal60).arg(live->counts.vip60) : QString()),
        item(open ? IncidentLabels::growth(live->growth()) : QString()),
        item(identified),
    };
    row[GradeCol]->setBackground(IncidentLabels::gradeColour(i.grade));
    row[GradeCol]->setForeground(IncidentLabels::gradeTextColour(i.grade));
    if (open)
        row[Growth]->setToolTip(
            tr("%1 complaints in the last 30 minutes, %2 in the 30 minutes before")
                .arg(live->last30())
                .arg(live->previous30));
    else
        for (int c = 0; c < row.size(); ++c)
            if (c != GradeCol)
                row[c]->setForeground(QColor(Qt::gray));
    row[Type]->setData(i.id, kIdRole);
    row[Type]->setData(open, kOpenRole);
    m_model->appendRow(row);
}

qint64 IncidentBoard::selectedIncident() const {
    const QModelIndex current = ui->incidentsView->selectionModel()->currentIndex();
    const QModelIndexList rows = ui->incidentsView->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? current : rows.first();
    if (!index.isValid())
        return 0;
    return m_model->item(index.row(), Type)->data(kIdRole).toLongLong();
}

void IncidentBoard::selectIncident(qint64 id) {
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, Type)->data(kIdRole).toLongLong() == id) {
            ui->incidentsView->selectRow(r);
            return;
        }
}

void IncidentBoard::updateButtons() {
    const bool any = selectedIncident() > 0;
    const QModelIndexList rows = ui->incidentsView->selectionModel()->selectedRows();
    const bool open =
        any && !rows.isEmpty() && m_model->item(rows.first().row(), Type)->data(kOpenRole).toBool();
    const bool canGrade = m_ws.canWrite && m_ws.user.permissions.has(perm::IncidentsGrade);
    ui->gradeButton->setEnabled(open && canGrade);
    ui->detailButton->setEnabled(any);
    ui->resolveButton->setEnabled(open && m_ws.canWrite &&
                                  m_ws.user.permissions.has(perm::IncidentsResolve));
}

void IncidentBoard::openWizard(qint64 incidentId) {
    auto *w = new GradingWizard(m_ws, incidentId, QString(), window());
    w->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *main = qobject_cast<MainWindow *>(window()))
        w->follow(*main);
    connect(w, &GradingWizard::graded, this, [this](qint64 id) {
        refresh();
        selectIncident(id);
    });
    w->show();
}

IncidentDetail *IncidentBoard::openDetail(qint64 incidentId) {
    for (const QPointer<IncidentDetail> &d : std::as_const(m_details))
        if (d && d->incidentId() == incidentId) {
            d->raise();
            d->activateWindow();
            return d;
        }
    m_details.removeAll(nullptr);
    auto *d = new IncidentDetail(m_ws, incidentId, window());
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &IncidentDetail::gradeRequested, this, &IncidentBoard::openWizard);
    connect(d, &IncidentDetail::changed, this, &IncidentBoard::refresh);
    m_details.append(d);
    d->show();
    return d;
}

} // namespace sb::app
