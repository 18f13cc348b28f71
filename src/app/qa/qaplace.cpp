#include "qa/qaplace.h"

#include "domain/labels.h"
#include "qa/qaagreementtrend.h"
#include "qa/qacalibrationpanel.h"
#include "qa/qadashboard.h"
#include "qa/qafeature.h"
#include "qa/qamyreviews.h"
#include "qa/qareplacedialog.h"
#include "qa/qareviewdialog.h"
#include "qa/qascorecardeditor.h"
#include "security/permissions.h"
#include "shell/queryplace.h"

#include "ui_qaplace.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

namespace {
constexpr int kCoalesceMs = 250; // change-feed notices within this time make one read
constexpr int kTicketIdRole = Qt::UserRole;
constexpr int kInSampleRole = Qt::UserRole + 1;
constexpr int kAssigneeRole = Qt::UserRole + 2;

QString dayText(const QDate &day) {
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

QString coverage(qint64 drawn, qint64 frame) {
    return frame > 0 ? QStringLiteral("%1 %").arg(100.0 * double(drawn) / double(frame), 0, 'f', 1)
                     : QStringLiteral("–");
}

QStandardItem *numberItem(qint64 n) {
    auto *item = new QStandardItem(QString::number(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

// One read of the place's day: the calendar's zone and the day as stored.
struct QaPlace::Loaded {
    int generation = 0;
    QTimeZone zone;
    QaDayOverview overview;
    QString error;
};

namespace {
// What a draw or a replacement came back with.
struct ActionResult {
    bool ok = false;
    bool drawnNow = false;
    qint64 frameSize = 0;
    qint64 sampleSize = 0;
    QString serial; // the replacement's
    QString error;
};
} // namespace

QWidget *createQaPlace(const Workspace &ws, QWidget *parent) {
    return new QaPlace(ws, parent);
}

QaPlace::QaPlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::QaPlace>()) {
    m_ui->setupUi(this);
    QFont hf = m_ui->qaHeading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_ui->qaHeading->setFont(hf);

    m_strata = new QStandardItemModel(0, 4, this);
    m_strata->setHorizontalHeaderLabels(
        {tr("Stratum"), tr("Closed that day (N_h)"), tr("Drawn (n_h)"), tr("Coverage")});
    m_tickets = new QStandardItemModel(0, 6, this);
    m_tickets->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Stratum"), tr("Rank"), tr("Inspector"), tr("State"), tr("Reason")});
    for (QTableView *v : {m_ui->strataView, m_ui->ticketsView}) {
        v->verticalHeader()->hide();
        v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        v->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->strataView->setModel(m_strata);
    m_ui->ticketsView->setModel(m_tickets);
    m_ui->qaBody->setStretchFactor(0, 1);
    m_ui->qaBody->setStretchFactor(1, 3);

    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("qa-place"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    m_myReviews = new QaMyReviews(ws, m_worker, m_ui->reviewsTab);
    m_ui->reviewsLayout->addWidget(m_myReviews);
    connect(m_myReviews, &QaMyReviews::openRequested, this, &QaPlace::openReview);
    m_dashboard = new QaDashboardView(ws, m_worker, m_ui->dashboardTab);
    m_ui->dashboardTabLayout->addWidget(m_dashboard);
    if (ws.user.permissions.has(perm::QaCalibrate) || ws.user.permissions.has(perm::QaReview)) {
        m_calibration = new QaCalibrationPanel(ws, m_worker, m_ui->calibrationTab);
        m_ui->calibrationTabLayout->addWidget(m_calibration);
    } else {
        delete m_ui->calibrationTab; // the tab goes with it
        m_ui->calibrationTab = nullptr;
    }
    if (ws.user.permissions.has(perm::QaScorecards)) {
        m_scorecards = new QaScorecardEditor(ws, m_worker, m_ui->qaTabs);
        m_scorecards->setObjectName(QStringLiteral("scorecardEditor"));
        m_ui->qaTabs->addTab(m_scorecards, tr("Scorecards"));
    }
    if (ws.user.permissions.has(perm::QaReadAll) || ws.user.permissions.has(perm::QaCalibrate)) {
        m_agreement = new QaAgreementTrendView(ws, m_worker, m_ui->agreementTab);
        m_ui->agreementTabLayout->addWidget(m_agreement);
    } else {
        m_ui->qaTabs->removeTab(m_ui->qaTabs->indexOf(m_ui->agreementTab));
    }

    m_ui->dayEdit->setEnabled(false); // until the calendar's zone says which day is yesterday
    connect(m_ui->dayEdit, &QDateEdit::dateChanged, this, &QaPlace::setDay);
    connect(m_ui->drawButton, &QPushButton::clicked, this, &QaPlace::drawNow);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &QaPlace::replaceSelected);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &QaPlace::reviewSelected);
    connect(m_ui->ticketsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_ui->ticketsView->selectRow(index.row());
        if (selectedIsMine())
            reviewSelected();
    });
    connect(m_ui->ticketsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QaPlace::updateButtons);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaPlace::reload);

    m_ui->drawButton->hide(); // shown for a day that is not drawn
    updateButtons();
    reload();
}

QaPlace::~QaPlace() = default;

void QaPlace::setDay(const QDate &day) {
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    if (m_ui->dayEdit->date() != day) {
        const QSignalBlocker block(m_ui->dayEdit);
        m_ui->dayEdit->setDate(day);
    }
    m_overview = {};
    m_overview.day = day;
    m_ui->actionStatus->clear();
    showOverview();
    updateButtons();
    reload();
}

void QaPlace::reload() {
    const int generation = ++m_generation;
    const QDate day = m_day;
    const Clock *clock = m_ws.clock;
    if (!m_loaded)
        m_ui->sampleSummary->setText(tr("Loading…"));
    m_worker->post(
        this,
        [generation, day, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            if (!QaDayQueries::businessZone(*c.db, r.zone, r.error))
                return r;
            const QDate d = day.isValid() ? day : QaDayQueries::yesterday(clock->now(), r.zone);
            QaDayQueries::overview(*c.db, *clock, d, r.overview, r.error);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void QaPlace::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    if (!r.error.isEmpty()) {
        m_overview = {};
        m_overview.day = m_day;
        showOverview();
        m_ui->sampleSummary->setText(tr("The spot check could not be read: %1").arg(r.error));
        updateButtons();
        Q_EMIT loaded();
        return;
    }
    m_zone = r.zone;
    if (!m_day.isValid()) {
        m_day = r.overview.day;
        const QSignalBlocker block(m_ui->dayEdit);
        m_ui->dayEdit->setDate(m_day);
    }
    m_ui->dayEdit->setEnabled(true);
    m_overview = r.overview;
    showOverview();
    updateButtons();
    Q_EMIT loaded();
}

QString QaPlace::stratifyLabel(QaStratifyBy by) const {
    switch (by) {
    case QaStratifyBy::Channel:
        return tr("stratified by channel");
    case QaStratifyBy::ProblemType:
        return tr("stratified by problem type");
    case QaStratifyBy::Handler:
        return tr("stratified by handler");
    case QaStratifyBy::Team:
        return tr("stratified by team");
    case QaStratifyBy::None:
        break;
    }
    return tr("not stratified");
}

QString QaPlace::stratumLabel(const QString &key) const {
    if (key.isEmpty())
        return tr("(none)");
    switch (m_overview.sample ? m_overview.sample->stratifyBy : QaStratifyBy::None) {
    case QaStratifyBy::Channel:
        return Labels::channel(key);
    case QaStratifyBy::ProblemType:
        return Labels::problemType(key);
    default:
        return key;
    }
}

void QaPlace::showOverview() {
    m_strata->setRowCount(0);
    m_tickets->setRowCount(0);
    if (!m_day.isValid())
        return;
    if (!m_overview.sample) {
        m_ui->sampleSummary->setText(
            dayHasEnded() || !m_zone.isValid()
                ? tr("The spot check of %1 has not been drawn yet.").arg(dayText(m_day))
                : tr("The spot check of %1 has not been drawn yet: the day has not ended.")
                      .arg(dayText(m_day)));
        return;
    }
    const QaSampleDay &s = *m_overview.sample;
    qint64 replaced = 0;
    for (const QaDayTicketRow &r : std::as_const(m_overview.tickets))
        replaced += r.ticket.inSample() ? 0 : 1;
    QString summary =
        tr("%1: %2 of %3 tickets closed that day drawn (%4) · rate %5 · %6 · "
           "seed %7 · drawn %8 by %9")
            .arg(dayText(s.day))
            .arg(s.sampleSize)
            .arg(s.frameSize)
            .arg(coverage(s.sampleSize, s.frameSize), s.rate, stratifyLabel(s.stratifyBy),
                 QString::number(s.seed), formatTime(s.drawnAt), s.drawnBy);
    if (replaced > 0)
        summary += tr(" · replaced: %1").arg(replaced);
    m_ui->sampleSummary->setText(summary);

    for (const QaStratum &st : s.strata) {
        auto *key = new QStandardItem(stratumLabel(st.key));
        key->setData(st.key, Qt::UserRole);
        m_strata->appendRow({key, numberItem(st.frameSize), numberItem(st.sampleSize),
                             new QStandardItem(coverage(st.sampleSize, st.frameSize))});
    }
    const QColor replacedColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (const QaDayTicketRow &r : std::as_const(m_overview.tickets)) {
        const QaSampledTicket &t = r.ticket;
        auto *serial = new QStandardItem(t.serial);
        serial->setData(t.ticketId, kTicketIdRole);
        serial->setData(t.inSample(), kInSampleRole);
        serial->setData(t.assigneeId, kAssigneeRole);
        auto *state = new QStandardItem(
            t.inSample() ? tr("In the sample") : tr("Replaced by %1").arg(r.replacedBySerial));
        if (!t.inSample())
            state->setToolTip(tr("Replaced %1 by %2").arg(formatTime(t.replacedAt), t.replacedBy));
        QList<QStandardItem *> row{serial,
                                   new QStandardItem(stratumLabel(t.stratum)),
                                   numberItem(t.position),
                                   new QStandardItem(r.assigneeName.isEmpty()
                                                         ? tr("nobody (no inspector may take it)")
                                                         : r.assigneeName),
                                   state,
                                   new QStandardItem(t.replaceReason)};
        if (!t.inSample()) {
            for (QStandardItem *item : std::as_const(row))
                item->setForeground(replacedColour);
        }
        m_tickets->appendRow(row);
    }
}

bool QaPlace::dayHasEnded() const {
    return m_zone.isValid() && m_day.isValid() &&
           m_day < m_ws.clock->now().toTimeZone(m_zone).date();
}

qint64 QaPlace::selectedTicket(QString *serial) const {
    const QModelIndexList rows = m_ui->ticketsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QStandardItem *item = m_tickets->item(rows.first().row(), 0);
    if (!item || !item->data(kInSampleRole).toBool())
        return 0; // replaced already
    if (serial)
        *serial = item->text();
    return item->data(kTicketIdRole).toLongLong();
}

bool QaPlace::selectedIsMine() const {
    const QModelIndexList rows = m_ui->ticketsView->selectionModel()->selectedRows();
    if (rows.isEmpty() || selectedTicket() == 0)
        return false;
    const QStandardItem *item = m_tickets->item(rows.first().row(), 0);
    return item && item->data(kAssigneeRole).toLongLong() == m_ws.user.staffId;
}

void QaPlace::updateButtons() {
    const PermissionSet &p = m_ws.user.permissions;
    const bool drawn = m_overview.sample.has_value();

    m_ui->drawButton->setVisible(m_loaded && m_day.isValid() && !drawn);
    const bool mayDraw = m_ws.canWrite && p.has(perm::QaSample);
    m_ui->drawButton->setEnabled(mayDraw && dayHasEnded() && !m_busy);
    m_ui->drawButton->setToolTip(!m_ws.canWrite ? m_ws.readOnlyReason
                                 : !mayDraw     ? tr("Needs the permission %1.").arg(perm::QaSample)
                                 : !dayHasEnded() ? tr("Only a day that has ended can be drawn.")
                                                  : tr("Draw this day's spot check now and "
                                                       "store it"));

    const bool mayReplace = m_ws.canWrite && (p.has(perm::QaSample) || p.has(perm::QaReview));
    const bool selected = selectedTicket() > 0;
    m_ui->replaceButton->setEnabled(mayReplace && drawn && selected && !m_busy);
    m_ui->replaceButton->setToolTip(
        !m_ws.canWrite ? m_ws.readOnlyReason
        : !mayReplace  ? tr("Needs the permission %1 or %2.").arg(perm::QaSample, perm::QaReview)
        : !selected    ? tr("Select a ticket of the sample to replace it.")
                       : tr("Replace the selected ticket by the next-ranked one of its stratum"));

    const bool mayReview = m_ws.canWrite && p.has(perm::QaReview);
    const bool mine = selectedIsMine();
    m_ui->reviewButton->setEnabled(mayReview && mine);
    m_ui->reviewButton->setToolTip(
        !m_ws.canWrite ? m_ws.readOnlyReason
        : !mayReview   ? tr("Needs the permission %1.").arg(perm::QaReview)
        : !mine        ? tr("Select a ticket of the sample assigned to you to review it.")
                       : tr("Review the selected ticket (Enter)"));
}

QaReviewDialog *QaPlace::openReview(qint64 ticketId) {
    auto *dialog = new QaReviewDialog(m_ws, ticketId, this);
    QString error;
    if (!dialog->begin(error)) {
        delete dialog;
        const QString message = tr("The review could not be opened: %1").arg(error);
        m_myReviews->setStatus(message, true);
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Review"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("reviewRefusedBox"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    m_myReviews->setStatus(QString(), false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QaReviewDialog::submitted, this, [this](const QaReview &r) {
        m_myReviews->setStatus(tr("Review of %1 submitted: score %2.")
                                   .arg(r.serial, QString::number(r.score.value_or(0), 'f', 1)),
                               false);
    });
    // Saved or submitted: the list changes (the feed says so too; this is at once).
    connect(dialog, &QDialog::finished, m_myReviews, &QaMyReviews::reload);
    connect(dialog, &QaReviewDialog::draftSaved, m_myReviews, &QaMyReviews::scheduleReload);
    dialog->open();
    return dialog;
}

void QaPlace::reviewSelected() {
    const qint64 ticketId = selectedTicket();
    if (ticketId > 0 && m_ui->reviewButton->isEnabled())
        openReview(ticketId);
}

void QaPlace::finishAction(bool ok, const QString &message) {
    m_busy = false;
    m_ui->actionStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_ui->actionStatus->setText(message);
    updateButtons();
    reload();
    Q_EMIT actionFinished(ok, message);
}

void QaPlace::drawNow() {
    if (m_busy || !m_day.isValid() || m_overview.sample || !m_ui->drawButton->isEnabled())
        return;
    m_busy = true;
    updateButtons();
    const QDate day = m_day;
    m_ui->actionStatus->setStyleSheet(QString());
    m_ui->actionStatus->setText(tr("Drawing the spot check of %1…").arg(dayText(day)));
    QaDrawRequest request;
    request.day = day;
    request.actor = m_ws.user.login;
    request.actorId = m_ws.user.staffId;
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [request, clock](DbWorker::Context &c) {
            ActionResult r;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaDrawResult drawn;
            r.ok = QaSampleStore(*c.db, *clock).draw(request, drawn, r.error);
            r.drawnNow = drawn.drawnNow;
            r.frameSize = drawn.sample.frameSize;
            r.sampleSize = drawn.sample.sampleSize;
            return r;
        },
        [this, day](const ActionResult &r) {
            if (!r.ok)
                finishAction(
                    false, tr("The spot check of %1 was not drawn: %2").arg(dayText(day), r.error));
            else if (r.drawnNow)
                finishAction(true, tr("Drew the spot check of %1: %2 of %3 tickets.")
                                       .arg(dayText(day))
                                       .arg(r.sampleSize)
                                       .arg(r.frameSize));
            else
                finishAction(true, tr("The spot check of %1 had been drawn already; the stored "
                                      "sample is shown.")
                                       .arg(dayText(day)));
        });
}

void QaPlace::replaceSelected() {
    QString serial;
    const qint64 ticketId = selectedTicket(&serial);
    if (!ticketId || m_busy || !m_ui->replaceButton->isEnabled())
        return;
    auto *dialog = new QaReplaceDialog(serial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ticketId] { replaceTicket(ticketId, dialog->reason()); });
    dialog->open();
}

void QaPlace::replaceTicket(qint64 ticketId, const QString &reason) {
    if (m_busy || !m_day.isValid())
        return;
    QString serial = QString::number(ticketId);
    for (const QaDayTicketRow &r : std::as_const(m_overview.tickets)) {
        if (r.ticket.ticketId == ticketId)
            serial = r.ticket.serial;
    }
    m_busy = true;
    updateButtons();
    m_ui->actionStatus->setStyleSheet(QString());
    m_ui->actionStatus->setText(tr("Replacing ticket %1…").arg(serial));
    const QDate day = m_day;
    const QString login = m_ws.user.login;
    const qint64 staffId = m_ws.user.staffId;
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [day, ticketId, reason, login, staffId, clock](DbWorker::Context &c) {
            ActionResult r;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaSampledTicket replacement;
            r.ok = QaSampleStore(*c.db, *clock)
                       .replace(day, ticketId, reason, login, staffId, replacement, r.error);
            r.serial = replacement.serial;
            return r;
        },
        [this, serial](const ActionResult &r) {
            if (r.ok)
                finishAction(true, tr("Ticket %1 was replaced by %2.").arg(serial, r.serial));
            else
                finishAction(false, tr("Ticket %1 was not replaced: %2").arg(serial, r.error));
        });
}

QString QaPlace::summaryText() const {
    return m_ui->sampleSummary->text();
}

QString QaPlace::actionText() const {
    return m_ui->actionStatus->text();
}

void QaPlace::applyChanges(const QList<sb::Change> &changes) {
    if (m_calibration)
        m_calibration->applyChanges(changes);
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::QaSample || c.entity == ChangeEntity::QaSampleTicket ||
            c.entity == ChangeEntity::Staff || c.entity == ChangeEntity::QaReview ||
            c.entity == ChangeEntity::CalendarDay)
            m_myReviews->scheduleReload(); // one read for a burst of changes
    }
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::QaSample || c.entity == ChangeEntity::QaSampleTicket ||
            c.entity == ChangeEntity::QaReview || c.entity == ChangeEntity::QaDispute ||
            c.entity == ChangeEntity::Staff || c.entity == ChangeEntity::CalendarDay) {
            m_dashboard->scheduleReload(); // coalesced: one read for a burst of changes
            if (m_agreement)
                m_agreement->scheduleReload();
            break;
        }
    }
    for (const Change &c : changes) {
        if (m_scorecards && c.entity == ChangeEntity::QaScorecard) {
            m_scorecards->scheduleReload(); // coalesced: one read for a burst of changes
            break;
        }
    }
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::QaSample || c.entity == ChangeEntity::QaSampleTicket ||
            c.entity == ChangeEntity::Staff) {
            m_pending.start(); // one read for a burst of changes
            return;
        }
    }
}

} // namespace sb::app
