#include "qa/qamyreviews.h"

#include "security/permissions.h"
#include "shell/queryplace.h"

#include "ui_qamyreviews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

namespace {
const QColor kOverdueColour(0xc6, 0x28, 0x28);
} // namespace

// One read of the inspector's due reviews.
struct QaMyReviews::Loaded {
    int generation = 0;
    QList<QaDueReview> reviews;
    QString error;
};

QaMyReviews::QaMyReviews(const Workspace &ws, DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_ui(std::make_unique<Ui::QaMyReviews>())
    , m_model(new QStandardItemModel(0, 6, this)) {
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Sampled day"), tr("Stratum"), tr("Review"), tr("Due by"), tr("Status")});
    QTableView *v = m_ui->reviewsView;
    v->setModel(m_model);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    // Enter on a row and a double click both "activate" it.
    connect(v, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_ui->reviewsView->selectRow(index.row());
        openSelected();
    });
    connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QaMyReviews::updateButtons);
    connect(m_ui->openReviewButton, &QPushButton::clicked, this, &QaMyReviews::openSelected);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaMyReviews::reload);
    updateButtons();
    reload();
}

QaMyReviews::~QaMyReviews() = default;

void QaMyReviews::reload() {
    const int generation = ++m_generation;
    const qint64 reviewer = m_ws.user.staffId;
    const Clock *clock = m_ws.clock;
    if (!m_loaded)
        m_ui->reviewsSummary->setText(tr("Loading…"));
    m_worker->post(
        this,
        [generation, reviewer, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaReviewStore(*c.db, *clock).dueReviews(reviewer, r.reviews, r.error);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void QaMyReviews::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    if (!r.error.isEmpty()) {
        show({});
        m_ui->reviewsSummary->setText(tr("Your reviews could not be read: %1").arg(r.error));
    } else {
        show(r.reviews);
    }
    updateButtons();
    Q_EMIT loaded();
}

void QaMyReviews::show(const QList<QaDueReview> &reviews) {
    const qint64 selected = selectedTicket();
    m_reviews = reviews;
    m_model->setRowCount(0);
    qint64 overdue = 0;
    for (const QaDueReview &d : reviews) {
        auto *ticket = new QStandardItem(d.serial);
        ticket->setData(d.ticketId, kTicketRole);
        ticket->setData(d.overdue, kOverdueRole);
        QString status = d.overdue ? tr("Overdue") : tr("Due");
        if (d.reviewId > 0)
            status = tr("%1 · draft saved").arg(status);
        QList<QStandardItem *> row{
            ticket,
            new QStandardItem(d.day.toString(QStringLiteral("yyyy-MM-dd"))),
            new QStandardItem(d.stratum.isEmpty() ? tr("(none)") : d.stratum),
            new QStandardItem(d.kind == QaReviewKind::Double ? tr("Blind second review")
                                                             : tr("Sample review")),
            new QStandardItem(d.dueAt > 0 ? formatTime(d.dueAt) : QString()),
            new QStandardItem(status)};
        if (d.overdue) {
            ++overdue;
            for (QStandardItem *item : std::as_const(row)) {
                item->setForeground(kOverdueColour);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(tr("Overdue: it was due %1.").arg(formatTime(d.dueAt)));
            }
        }
        m_model->appendRow(row);
        if (d.ticketId == selected)
            m_ui->reviewsView->selectRow(m_model->rowCount() - 1);
    }
    if (!m_ws.user.permissions.has(perm::QaReview))
        m_ui->reviewsSummary->setText(tr("Reviewing needs the permission %1.").arg(perm::QaReview));
    else if (reviews.isEmpty())
        m_ui->reviewsSummary->setText(tr("No reviews are due. Well done."));
    else
        m_ui->reviewsSummary->setText(
            tr("%1 reviews due, %2 of them overdue.").arg(reviews.size()).arg(overdue));
}

QString QaMyReviews::summaryText() const {
    return m_ui->reviewsSummary->text();
}

void QaMyReviews::setStatus(const QString &message, bool isError) {
    m_ui->reviewsStatus->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_ui->reviewsStatus->setText(message);
}

qint64 QaMyReviews::selectedTicket() const {
    const QModelIndexList rows = m_ui->reviewsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->index(rows.first().row(), 0).data(kTicketRole).toLongLong();
}

void QaMyReviews::openSelected() {
    const qint64 ticket = selectedTicket();
    if (ticket > 0 && m_ui->openReviewButton->isEnabled())
        Q_EMIT openRequested(ticket);
}

void QaMyReviews::updateButtons() {
    const bool may = m_ws.canWrite && m_ws.user.permissions.has(perm::QaReview);
    const bool selected = selectedTicket() > 0;
    m_ui->openReviewButton->setEnabled(may && selected);
    m_ui->openReviewButton->setToolTip(!m_ws.canWrite ? m_ws.readOnlyReason
                                       : !may ? tr("Needs the permission %1.").arg(perm::QaReview)
                                       : !selected ? tr("Select a ticket to review it.")
                                                   : tr("Review the selected ticket (Enter)"));
}

} // namespace sb::app
