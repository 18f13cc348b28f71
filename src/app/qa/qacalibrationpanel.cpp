#include "qa/qacalibrationpanel.h"

#include "qa/qacalibrationnewdialog.h"
#include "qa/qacalibrationresults.h"
#include "qa/qacalibrationscoredialog.h"
#include "security/permissions.h"
#include "shell/queryplace.h"

#include "ui_qacalibrationpanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

struct QaCalibrationPanel::Loaded {
    int generation = 0;
    QList<QaCalibrationSession> sessions;
    QString error;
};

QaCalibrationPanel::QaCalibrationPanel(const Workspace &ws, DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_ui(std::make_unique<Ui::QaCalibrationPanel>())
    , m_model(new QStandardItemModel(0, 7, this)) {
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Session"), tr("State"), tr("Tickets"),
                                        tr("Participants"), tr("Scored everything"),
                                        tr("Your part"), tr("Opened")});
    QTableView *v = m_ui->sessionsView;
    v->setModel(m_model);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    m_results = new QaCalibrationResultsView(ws, worker, m_ui->resultsHost);
    m_ui->resultsHostLayout->addWidget(m_results);
    m_ui->calibrationBody->setStretchFactor(0, 1);
    m_ui->calibrationBody->setStretchFactor(1, 3);

    connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_results->setSession(selectedSession());
        updateButtons();
    });
    // Enter or a double click on a session: score it when that is the user's part.
    connect(v, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_ui->sessionsView->selectRow(index.row());
        if (m_ui->scoreButton->isEnabled())
            openScoring();
    });
    connect(m_ui->newSessionButton, &QPushButton::clicked, this,
            &QaCalibrationPanel::openNewSession);
    connect(m_ui->scoreButton, &QPushButton::clicked, this, &QaCalibrationPanel::openScoring);
    connect(m_ui->closeSessionButton, &QPushButton::clicked, this,
            &QaCalibrationPanel::closeSelected);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaCalibrationPanel::reload);
    updateButtons();
    reload();
}

QaCalibrationPanel::~QaCalibrationPanel() = default;

void QaCalibrationPanel::reload() {
    const int generation = ++m_generation;
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [generation, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaCalibrationStore(*c.db, *clock).sessions(r.sessions, r.error);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

const QaCalibrationParticipant *QaCalibrationPanel::me(const QaCalibrationSession &s) const {
    for (const QaCalibrationParticipant &p : s.participants)
        if (p.staffId == m_ws.user.staffId)
            return &p;
    return nullptr;
}

void QaCalibrationPanel::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    if (!r.error.isEmpty()) {
        showStatus(tr("The calibration sessions could not be read: %1").arg(r.error), true);
        Q_EMIT loaded();
        return;
    }
    const qint64 selected = selectedSession();
    m_sessions = r.sessions;
    {
        const QSignalBlocker block(m_ui->sessionsView->selectionModel());
        m_model->setRowCount(0);
        for (const QaCalibrationSession &s : std::as_const(m_sessions)) {
            QStringList people;
            int done = 0;
            for (const QaCalibrationParticipant &p : s.participants) {
                people << p.login;
                done += p.submittedAt > 0 ? 1 : 0;
            }
            const QaCalibrationParticipant *mine = me(s);
            auto *title = new QStandardItem(s.title);
            title->setData(s.id, kSessionRole);
            m_model->appendRow(
                {title,
                 new QStandardItem(s.state == QaCalibrationState::Closed ? tr("Closed")
                                                                         : tr("Open")),
                 new QStandardItem(QString::number(s.ticketIds.size())),
                 new QStandardItem(people.join(QStringLiteral(", "))),
                 new QStandardItem(tr("%1 of %2").arg(done).arg(s.participants.size())),
                 new QStandardItem(!mine                                   ? tr("—")
                                   : mine->submittedAt > 0                 ? tr("Scored")
                                   : s.state == QaCalibrationState::Closed ? tr("Not scored")
                                                                           : tr("To score")),
                 new QStandardItem(formatTime(s.createdAt))});
        }
    }
    if (selected > 0 && !selectSession(selected))
        m_results->setSession(0); // the session is gone or no longer readable
    else
        m_results->scheduleReload();
    updateButtons();
    Q_EMIT loaded();
}

const QaCalibrationSession *QaCalibrationPanel::session(qint64 sessionId) const {
    for (const QaCalibrationSession &s : m_sessions)
        if (s.id == sessionId)
            return &s;
    return nullptr;
}

qint64 QaCalibrationPanel::selectedSession() const {
    const QModelIndexList rows = m_ui->sessionsView->selectionModel()->selectedRows();
    const QStandardItem *it = rows.isEmpty() ? nullptr : m_model->item(rows.first().row(), 0);
    return it ? it->data(kSessionRole).toLongLong() : 0;
}

bool QaCalibrationPanel::selectSession(qint64 sessionId) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(kSessionRole).toLongLong() == sessionId) {
            m_ui->sessionsView->selectRow(row);
            m_results->setSession(sessionId);
            updateButtons();
            return true;
        }
    }
    return false;
}

QString QaCalibrationPanel::statusText() const {
    return m_ui->calibrationStatus->text();
}

void QaCalibrationPanel::showStatus(const QString &message, bool isError) {
    m_ui->calibrationStatus->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_ui->calibrationStatus->setText(message);
}

void QaCalibrationPanel::updateButtons() {
    const PermissionSet &p = m_ws.user.permissions;
    const QaCalibrationSession *s = session(selectedSession());
    const bool open = s && s->state == QaCalibrationState::Open;
    const QaCalibrationParticipant *mine = s ? me(*s) : nullptr;

    const bool lead = m_ws.canWrite && p.has(perm::QaCalibrate);
    m_ui->newSessionButton->setEnabled(lead && !m_busy);
    m_ui->newSessionButton->setToolTip(
        !m_ws.canWrite ? m_ws.readOnlyReason
        : !lead        ? tr("Needs the permission %1.").arg(perm::QaCalibrate)
                       : tr("Open a calibration session: tickets and inspectors"));

    const bool mayScore = m_ws.canWrite && p.has(perm::QaReview);
    const bool toScore = open && mine && mine->submittedAt == 0;
    m_ui->scoreButton->setEnabled(mayScore && toScore && !m_busy);
    m_ui->scoreButton->setToolTip(
        !m_ws.canWrite ? m_ws.readOnlyReason
        : !mayScore    ? tr("Needs the permission %1.").arg(perm::QaReview)
        : !toScore     ? tr("Select an open session you take part in and have not finished.")
                       : tr("Score the session's tickets, blind (Enter)"));

    m_ui->closeSessionButton->setEnabled(lead && open && !m_busy);
    m_ui->closeSessionButton->setToolTip(
        !m_ws.canWrite ? m_ws.readOnlyReason
        : !lead        ? tr("Needs the permission %1.").arg(perm::QaCalibrate)
        : !open        ? tr("Select an open session to close it.")
                       : tr("Close the session: nothing more is scored, and everyone in it "
                                   "sees all the scores"));
}

QaCalibrationNewDialog *QaCalibrationPanel::openNewSession() {
    if (!m_ui->newSessionButton->isEnabled())
        return nullptr;
    auto *dialog = new QaCalibrationNewDialog(m_ws, m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QaCalibrationNewDialog::created, this,
            [this](qint64 id, const QString &title, int tickets, int participants) {
                const QString message =
                    tr("Calibration session “%1” opened: %2 tickets, %3 inspectors.")
                        .arg(title)
                        .arg(tickets)
                        .arg(participants);
                showStatus(message, false);
                connect(
                    this, &QaCalibrationPanel::loaded, this, [this, id] { selectSession(id); },
                    Qt::SingleShotConnection);
                reload();
                Q_EMIT actionFinished(true, message);
            });
    dialog->open();
    return dialog;
}

QaCalibrationScoreDialog *QaCalibrationPanel::openScoring() {
    const qint64 id = selectedSession();
    if (id <= 0 || !m_ui->scoreButton->isEnabled())
        return nullptr;
    auto *dialog = new QaCalibrationScoreDialog(m_ws, m_worker, id, this);
    QString error;
    if (!dialog->begin(error)) {
        delete dialog;
        showStatus(tr("The session cannot be scored: %1").arg(error), true);
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QaCalibrationScoreDialog::submitted, this, [this] {
        scheduleReload(); // the feed says so too; this is at once
    });
    dialog->open();
    return dialog;
}

QMessageBox *QaCalibrationPanel::closeSelected() {
    const QaCalibrationSession *s = session(selectedSession());
    if (!s || !m_ui->closeSessionButton->isEnabled())
        return nullptr;
    int done = 0;
    for (const QaCalibrationParticipant &p : s->participants)
        done += p.submittedAt > 0 ? 1 : 0;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Close session"),
        tr("Close “%1”? %2 of %3 inspectors have scored every ticket. Nothing more can be "
           "scored afterwards, and everyone in the session sees all the scores.")
            .arg(s->title)
            .arg(done)
            .arg(s->participants.size()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("calibrationCloseConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = s->id;
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            closeSession(id);
    });
    box->open();
    return box;
}

void QaCalibrationPanel::closeSession(qint64 sessionId) {
    if (m_busy)
        return;
    const QaCalibrationSession *s = session(sessionId);
    const QString title = s ? s->title : QString::number(sessionId);
    m_busy = true;
    updateButtons();
    showStatus(tr("Closing “%1”…").arg(title), false);
    const QaActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    struct Outcome {
        bool ok = false;
        QString error;
    };
    m_worker->post(
        this,
        [actor, clock, sessionId](DbWorker::Context &c) {
            Outcome o;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            o.ok = QaCalibrationStore(*c.db, *clock).close(actor, sessionId, o.error);
            return o;
        },
        [this, title](const Outcome &o) {
            m_busy = false;
            const QString message = o.ok ? tr("“%1” is closed.").arg(title)
                                         : tr("“%1” was not closed: %2").arg(title, o.error);
            showStatus(message, !o.ok);
            updateButtons();
            reload();
            Q_EMIT actionFinished(o.ok, message);
        });
}

void QaCalibrationPanel::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::QaCalibration || c.entity == ChangeEntity::Staff) {
            m_pending.start(); // one read for a burst of changes
            return;
        }
    }
}

} // namespace sb::app
