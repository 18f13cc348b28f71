#include "qa/qacoachingpanel.h"

#include "qa/qacoachingdialog.h"
#include "shell/queryplace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kCoalesceMs = 250; // change-feed notices within this time make one read
} // namespace

struct QaCoachingPanel::Loaded {
    int generation = 0;
    QList<QaCoachingItem> items;
    QString error;
};

QaCoachingPanel::QaCoachingPanel(const Workspace &ws, DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_worker(worker) {
    setObjectName(QStringLiteral("coachingPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Coaching after failed reviews: team leads record the one-to-one "
                                "meeting, the agent acknowledges it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("coachingView"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels({tr("Ticket"), tr("Agent"), tr("Team lead"), tr("Score"),
                                        tr("State"), tr("Agreed actions")});
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_recordButton = new QPushButton(tr("&Record meeting…"), this);
    m_recordButton->setObjectName(QStringLiteral("coachingRecordButton"));
    m_acknowledgeButton = new QPushButton(tr("Ac&knowledge"), this);
    m_acknowledgeButton->setObjectName(QStringLiteral("coachingAcknowledgeButton"));
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_acknowledgeButton);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("coachingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QaCoachingPanel::updateButtons);
    connect(m_recordButton, &QPushButton::clicked, this, &QaCoachingPanel::recordSelected);
    connect(m_acknowledgeButton, &QPushButton::clicked, this,
            &QaCoachingPanel::acknowledgeSelected);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaCoachingPanel::reload);
    updateButtons();
    reload();
}

void QaCoachingPanel::reload() {
    const int generation = ++m_generation;
    const qint64 me = m_ws.user.staffId;
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [generation, me, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaCoachingStore store(*c.db, *clock);
            QList<QaCoachingItem> mine;
            if (!store.openForLead(me, r.items, r.error) || !store.forAgent(me, mine, r.error))
                return r;
            for (const QaCoachingItem &x : std::as_const(mine))
                if (x.agentId == me && x.leadId != me) // as an agent; no item twice
                    r.items.append(x);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

QString QaCoachingPanel::stateText(const QaCoachingItem &c) const {
    switch (c.state) {
    case QaCoachingState::Open:
        return tr("Meeting to record");
    case QaCoachingState::Held:
        return tr("Meeting held %1; to acknowledge").arg(QLocale().toString(c.heldOn));
    case QaCoachingState::Acknowledged:
        break;
    }
    return tr("Acknowledged %1").arg(formatTime(c.acknowledgedAt));
}

void QaCoachingPanel::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    if (!r.error.isEmpty()) {
        m_status->setText(tr("Coaching items could not be read: %1").arg(r.error));
        Q_EMIT loaded();
        return;
    }
    const qint64 selected = selectedItem();
    m_rows = r.items;
    m_model->setRowCount(0);
    for (const QaCoachingItem &c : std::as_const(m_rows)) {
        auto *ticket = new QStandardItem(c.serial);
        ticket->setData(c.id, Qt::UserRole);
        m_model->appendRow(
            {ticket, new QStandardItem(c.agentLogin), new QStandardItem(c.leadLogin),
             new QStandardItem(c.score ? QString::number(*c.score, 'f', 1) : QStringLiteral("–")),
             new QStandardItem(stateText(c)), new QStandardItem(c.actions)});
    }
    if (selected > 0)
        selectItem(selected);
    updateButtons();
    Q_EMIT loaded();
}

const QaCoachingItem *QaCoachingPanel::item(qint64 itemId) const {
    for (const QaCoachingItem &c : m_rows)
        if (c.id == itemId)
            return &c;
    return nullptr;
}

qint64 QaCoachingPanel::selectedItem() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QStandardItem *it = rows.isEmpty() ? nullptr : m_model->item(rows.first().row(), 0);
    return it ? it->data(Qt::UserRole).toLongLong() : 0;
}

bool QaCoachingPanel::selectItem(qint64 itemId) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(Qt::UserRole).toLongLong() == itemId) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

QString QaCoachingPanel::statusText() const {
    return m_status->text();
}

void QaCoachingPanel::updateButtons() {
    const QaCoachingItem *c = item(selectedItem());
    const qint64 me = m_ws.user.staffId;
    const bool write = m_ws.canWrite && !m_busy;
    const bool records = c && c->agentId != me && c->state != QaCoachingState::Acknowledged;
    const bool acknowledges = c && c->agentId == me && c->state == QaCoachingState::Held;
    m_recordButton->setEnabled(write && records);
    m_acknowledgeButton->setEnabled(write && acknowledges);
    const QString why = !m_ws.canWrite ? m_ws.readOnlyReason : QString();
    m_recordButton->setToolTip(
        why.isEmpty() ? tr("Record the coaching meeting with the selected agent") : why);
    m_acknowledgeButton->setToolTip(why.isEmpty() ? tr("Confirm the recorded coaching meeting")
                                                  : why);
}

void QaCoachingPanel::run(const QString &busyText,
                          std::function<bool(QaCoachingStore &, const QaActor &, QString &)> work,
                          const QString &doneText, const QString &failedText) {
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_status->setStyleSheet(QString());
    m_status->setText(busyText);
    const QaActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    struct Outcome {
        bool ok = false;
        QString error;
    };
    m_worker->post(
        this,
        [actor, clock, work](DbWorker::Context &c) {
            Outcome o;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            QaCoachingStore store(*c.db, *clock);
            o.ok = work(store, actor, o.error);
            return o;
        },
        [this, doneText, failedText](const Outcome &o) {
            m_busy = false;
            const QString message = o.ok ? doneText : failedText.arg(o.error);
            m_status->setStyleSheet(o.ok ? QString() : QStringLiteral("color: #c62828;"));
            m_status->setText(message);
            updateButtons();
            reload();
            Q_EMIT actionFinished(o.ok, message);
        });
}

QaCoachingDialog *QaCoachingPanel::recordSelected() {
    const QaCoachingItem *c = item(selectedItem());
    if (!c || !m_recordButton->isEnabled())
        return nullptr;
    const QString summary =
        tr("Coaching of %1 after the review of ticket %2 (score %3).")
            .arg(c->agentLogin, c->serial,
                 c->score ? QString::number(*c->score, 'f', 1) : QStringLiteral("–"));
    auto *dialog = new QaCoachingDialog(summary, m_ws.clock->now().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (c->state == QaCoachingState::Held)
        dialog->setMeeting({c->heldOn, c->notes, c->actions});
    const qint64 id = c->id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id] { record(id, dialog->meeting()); });
    dialog->open();
    return dialog;
}

void QaCoachingPanel::record(qint64 itemId, const QaCoachingMeeting &meeting) {
    const QaCoachingItem *c = item(itemId);
    const QString serial = c ? c->serial : QString::number(itemId);
    run(
        tr("Recording the coaching meeting for ticket %1…").arg(serial),
        [itemId, meeting](QaCoachingStore &s, const QaActor &a, QString &e) {
            QaCoachingItem out;
            return s.record(a, itemId, meeting, out, e);
        },
        tr("The coaching meeting for ticket %1 was recorded.").arg(serial),
        tr("The coaching meeting for ticket %1 was not recorded: %2").arg(serial));
}

void QaCoachingPanel::acknowledgeSelected() {
    const QaCoachingItem *c = item(selectedItem());
    if (!c || !m_acknowledgeButton->isEnabled())
        return;
    const qint64 id = c->id;
    const QString serial = c->serial;
    run(
        tr("Acknowledging the coaching for ticket %1…").arg(serial),
        [id](QaCoachingStore &s, const QaActor &a, QString &e) {
            QaCoachingItem out;
            return s.acknowledge(a, id, out, e);
        },
        tr("You acknowledged the coaching for ticket %1.").arg(serial),
        tr("The coaching for ticket %1 was not acknowledged: %2").arg(serial));
}

void QaCoachingPanel::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::QaCoaching || c.entity == ChangeEntity::QaReview) {
            m_pending.start(); // one read for a burst of changes
            return;
        }
    }
}

} // namespace sb::app
