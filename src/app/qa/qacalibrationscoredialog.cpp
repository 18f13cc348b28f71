#include "qa/qacalibrationscoredialog.h"

#include "tickets/ticketdetail.h"
#include "tickets/ticketenv.h"
#include "workflow/workflow.h"

#include "ui_qacalibrationscoredialog.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kTicketRole = Qt::UserRole;
} // namespace

struct QaCalibrationScoreDialog::Outcome {
    bool ok = false;
    qint64 ticketId = 0;
    QList<QaCalibrationTicketStatus> tickets;
    QString error;
};

QaCalibrationScoreDialog::QaCalibrationScoreDialog(const Workspace &ws, DbWorker *worker,
                                                   qint64 sessionId, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_sessionId(sessionId)
    , m_ui(std::make_unique<Ui::QaCalibrationScoreDialog>())
    , m_env(std::make_unique<TicketEnv>()) {
    m_ui->setupUi(this);
    m_ui->submitTicketAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->submitTicketButton->setToolTip(
        tr("Submit your scores of this ticket: final, they cannot be changed (%1)")
            .arg(m_ui->submitTicketAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_ui->submitTicketAction, &QAction::triggered, this,
            &QaCalibrationScoreDialog::requestSubmit);
    connect(m_ui->submitTicketButton, &QPushButton::clicked, this,
            &QaCalibrationScoreDialog::requestSubmit);
    connect(m_ui->closeScoringButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->ticketList, &QListWidget::currentRowChanged, this,
            &QaCalibrationScoreDialog::ticketChanged);
    m_ui->scoreSplitter->setStretchFactor(0, 1);
    m_ui->scoreSplitter->setStretchFactor(1, 4);
    m_ui->scoreSplitter->setStretchFactor(2, 2);
}

QaCalibrationScoreDialog::~QaCalibrationScoreDialog() {
    delete m_ticket; // it refers to m_env
}

bool QaCalibrationScoreDialog::begin(QString &error) {
    std::optional<QaCalibrationSession> s;
    if (!QaCalibrationStore(*m_ws.db, *m_ws.clock).load(m_sessionId, s, error))
        return false;
    if (!s) {
        error = tr("Calibration session #%1 does not exist.").arg(m_sessionId);
        return false;
    }
    m_session = *s;
    bool participant = false;
    for (const QaCalibrationParticipant &p : std::as_const(m_session.participants))
        participant = participant || p.staffId == m_ws.user.staffId;
    if (!participant) {
        error = tr("You do not take part in “%1”.").arg(m_session.title);
        return false;
    }
    if (m_session.state != QaCalibrationState::Open) {
        error = tr("“%1” is closed: nothing more is scored.").arg(m_session.title);
        return false;
    }
    if (!QaReviewStore(*m_ws.db, *m_ws.clock)
             .scorecardVersion(m_session.scorecardVersionId, m_version, error) ||
        !QaCalibrationQueries::myTickets(*m_ws.db, m_sessionId, m_ws.user.staffId, m_tickets,
                                         error))
        return false;
    // The ticket is only read here: acting on it would make the inspector one of its handlers.
    Workspace readOnly = m_ws;
    readOnly.canWrite = false;
    readOnly.readOnlyReason = tr("The calibration screen shows the ticket read-only.");
    if (!m_env->init(readOnly, error))
        return false;
    m_ticket = new TicketDetailPanel(*m_env, m_ui->ticketHost);
    m_ticket->setActionsShown(false);
    m_ui->ticketHostLayout->addWidget(m_ticket);

    setWindowTitle(tr("Calibration “%1”: score the tickets").arg(m_session.title));
    m_ui->scorecardTitle->setText(
        tr("Scorecard “%1”, version %2").arg(m_version.card.name).arg(m_version.card.version));
    buildItems();
    fillTicketList();
    // The list shows each serial with its state in full.
    int widest = 0;
    for (int i = 0; i < m_ui->ticketList->count(); ++i)
        widest = qMax(widest, m_ui->ticketList->fontMetrics().horizontalAdvance(
                                  m_ui->ticketList->item(i)->text()));
    m_ui->ticketList->setMinimumWidth(widest + 4 * m_ui->ticketList->frameWidth() +
                                      m_ui->ticketList->verticalScrollBar()->sizeHint().width());
    int first = 0;
    for (int i = 0; i < m_tickets.size(); ++i) {
        if (!m_tickets.at(i).scoredByMe) {
            first = i;
            break;
        }
    }
    m_ui->ticketList->setCurrentRow(first);
    return true;
}

void QaCalibrationScoreDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (m_shown || m_ratings.isEmpty())
        return;
    m_shown = true;
    // The work starts at the first item (after the ticket panel has placed its own widgets).
    QTimer::singleShot(0, m_ratings.first(), [this] {
        if (m_ratings.first()->isEnabled())
            m_ratings.first()->setFocus();
    });
}

QString QaCalibrationScoreDialog::itemTitle(qsizetype index) const {
    const ScorecardItem &it = m_version.card.items.at(index);
    return Workflow::localName(it.title, m_version.titlesZh.value(index));
}

void QaCalibrationScoreDialog::buildItems() {
    static const char *const kPassFail[] = {QT_TR_NOOP("Fail"), QT_TR_NOOP("Pass")};
    static const char *const kZeroTwo[] = {QT_TR_NOOP("Not met"), QT_TR_NOOP("Partly met"),
                                           QT_TR_NOOP("Fully met")};
    static const char *const kOneFive[] = {QT_TR_NOOP("Very poor"), QT_TR_NOOP("Poor"),
                                           QT_TR_NOOP("Acceptable"), QT_TR_NOOP("Good"),
                                           QT_TR_NOOP("Excellent")};
    QList<QWidget *> chain{m_ui->ticketList};
    for (qsizetype i = 0; i < m_version.card.items.size(); ++i) {
        const ScorecardItem &it = m_version.card.items.at(i);
        auto *box = new QGroupBox(i < 9 ? tr("&%1 %2").arg(i + 1).arg(itemTitle(i))
                                        : tr("%1 %2").arg(i + 1).arg(itemTitle(i)),
                                  m_ui->itemsHost);
        box->setObjectName(QStringLiteral("item_") + it.key);
        auto *layout = new QVBoxLayout(box);
        QStringList flags{tr("weight %1").arg(it.weight)};
        if (it.critical)
            flags << tr("critical: failing it sets the score to 0");
        auto *meta = new QLabel(flags.join(QStringLiteral(" · ")), box);
        meta->setTextFormat(Qt::PlainText);
        meta->setWordWrap(true);
        layout->addWidget(meta);
        auto *rating = new QComboBox(box);
        rating->setObjectName(QStringLiteral("rating_") + it.key);
        rating->addItem(tr("— not rated —"), kNotRated);
        const int lo = scaleMinimum(it.scale);
        for (int v = lo; v <= scaleMaximum(it.scale); ++v) {
            const char *label = it.scale == ScoreScale::PassFail    ? kPassFail[v - lo]
                                : it.scale == ScoreScale::ZeroToTwo ? kZeroTwo[v - lo]
                                                                    : kOneFive[v - lo];
            rating->addItem(tr("%1 — %2").arg(v).arg(tr(label)), v);
        }
        if (it.naAllowed)
            rating->addItem(tr("N/A — not applicable"), kNotApplicable);
        box->setFocusProxy(rating);
        layout->addWidget(rating);
        m_ui->itemsLayout->addWidget(box);
        connect(rating, &QComboBox::currentIndexChanged, this,
                &QaCalibrationScoreDialog::ratingChanged);
        chain << rating;
        m_ratings.append(rating);
    }
    m_ui->itemsLayout->addStretch(1);
    chain << m_ui->submitTicketButton << m_ui->closeScoringButton;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void QaCalibrationScoreDialog::fillTicketList() {
    m_filling = true;
    const int row = m_ui->ticketList->currentRow();
    m_ui->ticketList->clear();
    for (const QaCalibrationTicketStatus &t : std::as_const(m_tickets)) {
        auto *item = new QListWidgetItem(t.scoredByMe ? tr("%1 · submitted").arg(t.serial)
                                                      : tr("%1 · to score").arg(t.serial),
                                         m_ui->ticketList);
        item->setData(kTicketRole, t.ticketId);
    }
    if (row >= 0 && row < m_ui->ticketList->count())
        m_ui->ticketList->setCurrentRow(row);
    m_filling = false;
}

const QaCalibrationTicketStatus *QaCalibrationScoreDialog::status(qint64 ticketId) const {
    for (const QaCalibrationTicketStatus &t : m_tickets)
        if (t.ticketId == ticketId)
            return &t;
    return nullptr;
}

qint64 QaCalibrationScoreDialog::currentTicket() const {
    return m_current;
}

bool QaCalibrationScoreDialog::showTicket(qint64 ticketId) {
    for (int i = 0; i < m_ui->ticketList->count(); ++i) {
        if (m_ui->ticketList->item(i)->data(kTicketRole).toLongLong() == ticketId) {
            m_ui->ticketList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void QaCalibrationScoreDialog::ticketChanged() {
    if (m_filling)
        return;
    const QListWidgetItem *item = m_ui->ticketList->currentItem();
    const qint64 id = item ? item->data(kTicketRole).toLongLong() : 0;
    if (id == m_current)
        return;
    m_current = id;
    if (m_ticket && id > 0)
        m_ticket->showTicket(id);
    const QaCalibrationTicketStatus *s = status(id);
    const bool scored = s && s->scoredByMe;
    const QList<int> typed = m_typed.value(id);
    m_filling = true;
    for (qsizetype i = 0; i < m_ratings.size(); ++i) {
        QComboBox *box = m_ratings.at(i);
        box->setCurrentIndex(
            qMax(0, box->findData(scored ? kNotRated : typed.value(i, kNotRated))));
        box->setEnabled(!scored && !m_busy);
    }
    m_filling = false;
    m_ui->submitTicketButton->setEnabled(!scored && id > 0 && !m_busy);
    showMessage(scored ? tr("You have submitted your scores of %1.").arg(s->serial) : QString(),
                false);
    updatePreview();
}

void QaCalibrationScoreDialog::ratingChanged() {
    if (m_filling || m_current == 0)
        return;
    QList<int> values;
    for (const QComboBox *box : std::as_const(m_ratings))
        values.append(box->currentData().toInt());
    m_typed.insert(m_current, values);
    updatePreview();
}

QList<ItemRating> QaCalibrationScoreDialog::ratings() const {
    QList<ItemRating> out;
    for (qsizetype i = 0; i < m_ratings.size(); ++i) {
        const int v = m_ratings.at(i)->currentData().toInt();
        if (v == kNotRated)
            continue;
        ItemRating r;
        r.key = m_version.card.items.at(i).key;
        r.na = v == kNotApplicable;
        if (v >= 0)
            r.value = v;
        out.append(r);
    }
    return out;
}

void QaCalibrationScoreDialog::updatePreview() {
    const QaCalibrationTicketStatus *s = status(m_current);
    if (s && s->scoredByMe) {
        m_ui->scorePreview->setText(tr("Submitted."));
        return;
    }
    const QList<ItemRating> rs = ratings();
    const ReviewScore score = Scorecards::score(m_version.card, rs);
    const QString text = !score.scored ? tr("Score: none yet (no item rated)")
                         : score.criticalFailed
                             ? tr("Score: 0 — a critical item failed")
                             : tr("Score: %1").arg(QString::number(score.score, 'f', 1));
    m_ui->scorePreview->setText(
        tr("%1 · %2 of %3 items rated").arg(text).arg(rs.size()).arg(m_ratings.size()));
}

void QaCalibrationScoreDialog::showMessage(const QString &message, bool isError) {
    m_ui->scoreMessage->setStyleSheet(isError ? QStringLiteral("color: #c62828; font-weight: bold;")
                                              : QString());
    m_ui->scoreMessage->setText(message);
}

QString QaCalibrationScoreDialog::messageText() const {
    return m_ui->scoreMessage->text();
}

QString QaCalibrationScoreDialog::previewText() const {
    return m_ui->scorePreview->text();
}

QMessageBox *QaCalibrationScoreDialog::requestSubmit() {
    const QaCalibrationTicketStatus *s = status(m_current);
    if (!s || s->scoredByMe || m_busy)
        return nullptr;
    for (qsizetype i = 0; i < m_ratings.size(); ++i) {
        if (m_ratings.at(i)->currentData().toInt() == kNotRated) {
            showMessage(tr("Not submitted: “%1” is not rated.").arg(itemTitle(i)), true);
            m_ratings.at(i)->setFocus();
            return nullptr;
        }
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Submit ticket"),
        tr("Submit your scores of %1? This is final: they cannot be changed afterwards.")
            .arg(s->serial),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("calibrationSubmitConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 ticket = m_current;
    connect(box, &QMessageBox::finished, this, [this, ticket](int result) {
        if (result == QMessageBox::Yes && ticket == m_current)
            submitCurrent();
    });
    box->open();
    return box;
}

void QaCalibrationScoreDialog::submitCurrent() {
    const QaCalibrationTicketStatus *s = status(m_current);
    if (!s || s->scoredByMe || m_busy)
        return;
    m_busy = true;
    for (QComboBox *box : std::as_const(m_ratings))
        box->setEnabled(false);
    m_ui->submitTicketButton->setEnabled(false);
    const QString serial = s->serial;
    showMessage(tr("Submitting your scores of %1…").arg(serial), false);
    const QaActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    const qint64 session = m_sessionId;
    const qint64 ticket = m_current;
    const QList<ItemRating> rs = ratings();
    m_worker->post(
        this,
        [actor, clock, session, ticket, rs](DbWorker::Context &c) {
            Outcome o;
            o.ticketId = ticket;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            o.ok = QaCalibrationStore(*c.db, *clock).submit(actor, session, ticket, rs, o.error);
            QString ignored; // the list is read again in any case; a failure keeps the old one
            QaCalibrationQueries::myTickets(*c.db, session, actor.staffId, o.tickets, ignored);
            return o;
        },
        [this, serial](const Outcome &o) {
            m_busy = false;
            if (!o.tickets.isEmpty())
                m_tickets = o.tickets;
            if (o.ok)
                m_typed.remove(o.ticketId);
            fillTicketList();
            m_current = 0; // shows the ticket afresh
            qint64 next = 0;
            for (const QaCalibrationTicketStatus &t : std::as_const(m_tickets))
                if (!t.scoredByMe && next == 0)
                    next = t.ticketId;
            if (!o.ok) {
                showTicket(o.ticketId);
                ticketChanged();
                showMessage(tr("Not submitted: %1").arg(o.error), true); // ratings stay
                return;
            }
            showTicket(next > 0 ? next : o.ticketId);
            ticketChanged();
            showMessage(next > 0
                            ? tr("Your scores of %1 are submitted.").arg(serial)
                            : tr("Your scores of %1 are submitted. You have scored every ticket "
                                 "of the session: the results show the others' scores as they "
                                 "submit theirs.")
                                  .arg(serial),
                        false);
            if (next > 0)
                QTimer::singleShot(0, m_ratings.value(0), [this] {
                    if (!m_ratings.isEmpty())
                        m_ratings.first()->setFocus();
                });
            Q_EMIT submitted(m_sessionId, o.ticketId);
        });
}

} // namespace sb::app
