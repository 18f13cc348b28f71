#include "qa/qareviewdialog.h"

#include "shell/queryplace.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketenv.h"
#include "workflow/workflow.h"

#include "ui_qareviewdialog.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kTickMs = 1000;
constexpr int kCauseRows = 4; // root-cause lists show this many rows before they scroll

QString duration(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QaReviewDialog::QaReviewDialog(const Workspace &ws, qint64 ticketId, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_ticketId(ticketId)
    , m_ui(std::make_unique<Ui::QaReviewDialog>())
    , m_env(std::make_unique<TicketEnv>()) {
    m_ui->setupUi(this);
    m_ui->submitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->saveDraftButton->setToolTip(
        tr("Keep the ratings as a draft (%1)")
            .arg(m_ui->saveDraftAction->shortcut().toString(QKeySequence::NativeText)));
    m_ui->submitButton->setToolTip(
        tr("Submit the review: it is scored and reaches the agent (%1)")
            .arg(m_ui->submitAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_ui->saveDraftAction, &QAction::triggered, this, &QaReviewDialog::saveDraft);
    connect(m_ui->submitAction, &QAction::triggered, this, &QaReviewDialog::submitReview);
    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, &QaReviewDialog::saveDraft);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &QaReviewDialog::submitReview);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QaReviewDialog::reject);
    connect(m_ui->reviewComment, &QPlainTextEdit::textChanged, this, &QaReviewDialog::changed);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &QaReviewDialog::updateTime);
    m_ui->reviewSplitter->setStretchFactor(0, 3);
    m_ui->reviewSplitter->setStretchFactor(1, 2);
}

QaReviewDialog::~QaReviewDialog() {
    delete m_ticket; // it refers to m_env
}

bool QaReviewDialog::begin(QString &error) {
    const QaActor actor{m_ws.user.staffId, m_ws.user.login};
    QaReviewStore store(*m_ws.db, *m_ws.clock);
    if (!store.start(actor, m_ticketId, m_review, error) ||
        !store.scorecardVersion(m_review.scorecardVersionId, m_version, error) ||
        !store.currentPassMark(m_passMark, error))
        return false;
    // The ticket is only read here: acting on it would make the reviewer one of its handlers.
    Workspace readOnly = m_ws;
    readOnly.canWrite = false;
    readOnly.readOnlyReason = tr("The review screen shows the ticket read-only.");
    if (!m_env->init(readOnly, error))
        return false;
    m_ticket = new TicketDetailPanel(*m_env, m_ui->ticketHost);
    m_ticket->setActionsShown(false);
    m_ui->ticketHostLayout->addWidget(m_ticket);
    m_ticket->showTicket(m_ticketId);

    setWindowTitle(tr("Review of ticket %1").arg(m_review.serial));
    m_ui->scorecardTitle->setText(tr("Scorecard “%1”, version %2 · pass mark %3")
                                      .arg(m_version.card.name)
                                      .arg(m_version.card.version)
                                      .arg(QString::number(m_passMark, 'f', 0)));
    buildItems();
    fillFrom(m_review);
    m_since = m_ws.clock->nowMs();
    m_tick.start();
    updateTime();
    if (m_review.updatedAt > m_review.createdAt)
        showMessage(tr("Your draft of %1 is resumed.").arg(formatTime(m_review.updatedAt)), false);
    return true;
}

void QaReviewDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (m_shown || m_rows.isEmpty())
        return;
    m_shown = true;
    // The work starts at the first item (after the ticket panel has placed its own widgets).
    QTimer::singleShot(0, m_rows.first().rating, [this] { m_rows.first().rating->setFocus(); });
}

QString QaReviewDialog::itemTitle(const QString &key) const {
    for (qsizetype i = 0; i < m_version.card.items.size(); ++i) {
        const ScorecardItem &it = m_version.card.items.at(i);
        if (it.key == key)
            return Workflow::localName(it.title, m_version.titlesZh.value(i));
    }
    return key;
}

void QaReviewDialog::buildItems() {
    QList<QWidget *> chain;
    for (qsizetype i = 0; i < m_version.card.items.size(); ++i) {
        const ScorecardItem &it = m_version.card.items.at(i);
        ItemRow row;
        row.key = it.key;
        const QString title = itemTitle(it.key);
        row.box = new QGroupBox(i < 9 ? tr("&%1 %2").arg(i + 1).arg(title)
                                      : tr("%1 %2").arg(i + 1).arg(title),
                                m_ui->itemsHost);
        row.box->setObjectName(QStringLiteral("item_") + it.key);
        auto *layout = new QVBoxLayout(row.box);

        QStringList flags{tr("weight %1").arg(it.weight)};
        if (it.critical)
            flags << tr("critical: failing it sets the score to 0");
        if (it.commentRequiredBelowPass)
            flags << tr("comment required below pass");
        auto *meta = new QLabel(flags.join(QStringLiteral(" · ")), row.box);
        meta->setTextFormat(Qt::PlainText);
        meta->setWordWrap(true);
        layout->addWidget(meta);

        row.rating = new QComboBox(row.box);
        row.rating->setObjectName(QStringLiteral("rating_") + it.key);
        row.rating->addItem(tr("— not rated —"), kNotRated);
        static const char *const kPassFail[] = {QT_TR_NOOP("Fail"), QT_TR_NOOP("Pass")};
        static const char *const kZeroTwo[] = {QT_TR_NOOP("Not met"), QT_TR_NOOP("Partly met"),
                                               QT_TR_NOOP("Fully met")};
        static const char *const kOneFive[] = {QT_TR_NOOP("Very poor"), QT_TR_NOOP("Poor"),
                                               QT_TR_NOOP("Acceptable"), QT_TR_NOOP("Good"),
                                               QT_TR_NOOP("Excellent")};
        const int lo = scaleMinimum(it.scale);
        for (int v = lo; v <= scaleMaximum(it.scale); ++v) {
            const char *label = it.scale == ScoreScale::PassFail    ? kPassFail[v - lo]
                                : it.scale == ScoreScale::ZeroToTwo ? kZeroTwo[v - lo]
                                                                    : kOneFive[v - lo];
            row.rating->addItem(tr("%1 — %2").arg(v).arg(tr(label)), v);
        }
        if (it.naAllowed)
            row.rating->addItem(tr("N/A — not applicable"), kNotApplicable);
        row.box->setFocusProxy(row.rating);
        layout->addWidget(row.rating);

        row.comment = new QLineEdit(row.box);
        row.comment->setObjectName(QStringLiteral("comment_") + it.key);
        row.comment->setMaxLength(Scorecards::kMaxCommentLength);
        row.comment->setPlaceholderText(
            it.commentRequiredBelowPass ? tr("Comment (required below pass)") : tr("Comment"));
        layout->addWidget(row.comment);

        row.causes = new QListWidget(row.box);
        row.causes->setObjectName(QStringLiteral("causes_") + it.key);
        row.causes->setToolTip(tr("Root causes: Space ticks the one highlighted"));
        const QStringList zh = m_version.rootCausesZh.value(i);
        for (qsizetype c = 0; c < it.rootCauses.size(); ++c) {
            auto *cause =
                new QListWidgetItem(Workflow::localName(it.rootCauses.at(c), zh.value(c)));
            cause->setData(Qt::UserRole, it.rootCauses.at(c)); // stored as the scorecard has it
            cause->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            cause->setCheckState(Qt::Unchecked);
            row.causes->addItem(cause);
        }
        if (it.rootCauses.isEmpty())
            row.causes->hide();
        else
            row.causes->setMaximumHeight(row.causes->sizeHintForRow(0) * kCauseRows +
                                         2 * row.causes->frameWidth());
        layout->addWidget(row.causes);

        row.hint = new QLabel(row.box);
        row.hint->setTextFormat(Qt::PlainText);
        row.hint->setWordWrap(true);
        row.hint->setStyleSheet(QStringLiteral("color: #c62828;"));
        layout->addWidget(row.hint);
        m_ui->itemsLayout->addWidget(row.box);

        connect(row.rating, &QComboBox::currentIndexChanged, this, &QaReviewDialog::changed);
        connect(row.comment, &QLineEdit::textChanged, this, &QaReviewDialog::changed);
        connect(row.causes, &QListWidget::itemChanged, this, &QaReviewDialog::changed);
        chain << row.rating << row.comment;
        if (!it.rootCauses.isEmpty())
            chain << row.causes;
        m_rows.append(row);
    }
    m_ui->itemsLayout->addStretch(1);
    chain << m_ui->reviewComment << m_ui->saveDraftButton << m_ui->submitButton
          << m_ui->closeButton;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void QaReviewDialog::fillFrom(const QaReview &review) {
    m_filling = true;
    for (const ItemRow &row : std::as_const(m_rows)) {
        const ItemRating *r = nullptr;
        for (const ItemRating &x : review.ratings)
            if (x.key == row.key)
                r = &x;
        const int value = !r ? kNotRated : r->na ? kNotApplicable : r->value.value_or(kNotRated);
        row.rating->setCurrentIndex(qMax(0, row.rating->findData(value)));
        row.comment->setText(r ? r->comment : QString());
        for (int c = 0; c < row.causes->count(); ++c) {
            QListWidgetItem *cause = row.causes->item(c);
            cause->setCheckState(r && r->rootCauses.contains(cause->data(Qt::UserRole).toString())
                                     ? Qt::Checked
                                     : Qt::Unchecked);
        }
    }
    m_ui->reviewComment->setPlainText(review.comment);
    m_filling = false;
    m_dirty = false;
    for (const ItemRow &row : std::as_const(m_rows))
        updateRow(row);
    updatePreview();
}

bool QaReviewDialog::belowPass(const ItemRow &row) const {
    const ScorecardItem *it = m_version.card.item(row.key);
    const int v = row.rating->currentData().toInt();
    return it && v >= 0 && v < scalePassLevel(it->scale);
}

void QaReviewDialog::updateRow(const ItemRow &row) {
    const ScorecardItem *it = m_version.card.item(row.key);
    const bool below = belowPass(row);
    row.causes->setEnabled(below);
    row.hint->setText(below && it && it->commentRequiredBelowPass &&
                              row.comment->text().trimmed().isEmpty()
                          ? tr("Below pass: say why in the comment.")
                          : QString());
}

void QaReviewDialog::changed() {
    if (m_filling)
        return;
    m_dirty = true;
    for (const ItemRow &row : std::as_const(m_rows))
        updateRow(row);
    updatePreview();
}

QList<ItemRating> QaReviewDialog::ratings() const {
    QList<ItemRating> out;
    for (const ItemRow &row : m_rows) {
        ItemRating r;
        r.key = row.key;
        const int v = row.rating->currentData().toInt();
        r.na = v == kNotApplicable;
        if (v >= 0)
            r.value = v;
        r.comment = row.comment->text().trimmed();
        if (belowPass(row)) {
            for (int c = 0; c < row.causes->count(); ++c)
                if (row.causes->item(c)->checkState() == Qt::Checked)
                    r.rootCauses << row.causes->item(c)->data(Qt::UserRole).toString();
        }
        if (r.value || r.na || !r.comment.isEmpty() || !r.rootCauses.isEmpty())
            out.append(r);
    }
    return out;
}

void QaReviewDialog::updatePreview() {
    const QList<ItemRating> rs = ratings();
    qsizetype done = 0;
    for (const ItemRating &r : rs)
        done += (r.value || r.na) ? 1 : 0;
    const ReviewScore s = Scorecards::score(m_version.card, rs, m_passMark);
    QString text;
    if (!s.scored)
        text = tr("Score: none yet (no item rated)");
    else if (s.criticalFailed)
        text = tr("Score: 0 — a critical item failed: fails");
    else
        text = s.passed ? tr("Score: %1 — passes (pass mark %2)")
                              .arg(QString::number(s.score, 'f', 1))
                              .arg(QString::number(m_passMark, 'f', 0))
                        : tr("Score: %1 — fails (pass mark %2)")
                              .arg(QString::number(s.score, 'f', 1))
                              .arg(QString::number(m_passMark, 'f', 0));
    m_ui->scorePreview->setText(
        tr("%1 · %2 of %3 items rated").arg(text).arg(done).arg(m_version.card.items.size()));
}

qint64 QaReviewDialog::spentSinceSave() const {
    return qBound(qint64(0), m_ws.clock->nowMs() - m_since, QaReviewStore::kMaxSpentMs);
}

void QaReviewDialog::updateTime() {
    m_ui->timeSpent->setText(
        tr("Time spent: %1").arg(duration(m_review.timeSpentMs + spentSinceSave())));
}

void QaReviewDialog::showMessage(const QString &message, bool isError) {
    m_ui->reviewMessage->setStyleSheet(isError ? QStringLiteral("color: #c62828; font-weight: "
                                                                "bold;")
                                               : QString());
    m_ui->reviewMessage->setText(message);
}

QString QaReviewDialog::messageText() const {
    return m_ui->reviewMessage->text();
}

QString QaReviewDialog::previewText() const {
    return m_ui->scorePreview->text();
}

QaReviewInput QaReviewDialog::input() const {
    QaReviewInput in;
    in.ratings = ratings();
    in.comment = m_ui->reviewComment->toPlainText().trimmed();
    in.spentMs = spentSinceSave();
    return in;
}

bool QaReviewDialog::saveDraft() {
    if (m_review.id == 0)
        return false;
    QaReview saved;
    QString error;
    const QaReviewInput in = input();
    if (!QaReviewStore(*m_ws.db, *m_ws.clock)
             .saveDraft({m_ws.user.staffId, m_ws.user.login}, m_review.id, in, saved, error)) {
        showMessage(tr("The draft was not saved: %1").arg(error), true);
        return false;
    }
    m_review = saved;
    m_since += in.spentMs;
    m_dirty = false;
    updateTime();
    showMessage(tr("Draft saved %1.").arg(formatTime(m_ws.clock->nowMs())), false);
    Q_EMIT draftSaved(m_review);
    return true;
}

bool QaReviewDialog::submitReview() {
    if (m_review.id == 0)
        return false;
    const QaReviewInput in = input();
    // The same checks the store makes, first here: the sentence names the item by its title
    // and the cursor goes to it.
    const QList<QaIssue> issues = Scorecards::validateReview(m_version.card, in.ratings);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const QaIssue &issue : issues)
            lines << (issue.item.isEmpty()
                          ? issue.message
                          : tr("“%1”: %2").arg(itemTitle(issue.item), issue.message));
        showMessage(tr("Not submitted:\n%1").arg(lines.join(QLatin1Char('\n'))), true);
        for (const ItemRow &row : std::as_const(m_rows)) {
            if (row.key != issues.first().item)
                continue;
            const bool comment = issues.first().field == QLatin1StringView("comment");
            (comment ? static_cast<QWidget *>(row.comment) : row.rating)->setFocus();
        }
        return false;
    }
    QaReview done;
    QString error;
    if (!QaReviewStore(*m_ws.db, *m_ws.clock)
             .submit({m_ws.user.staffId, m_ws.user.login}, m_review.id, in, done, error)) {
        showMessage(tr("Not submitted: %1").arg(error), true); // every rating stays as typed
        return false;
    }
    m_review = done;
    m_since += in.spentMs;
    m_dirty = false;
    m_tick.stop();
    showMessage(tr("Submitted: score %1.").arg(QString::number(done.score.value_or(0), 'f', 1)),
                false);
    Q_EMIT submitted(m_review);
    accept();
    return true;
}

void QaReviewDialog::reject() {
    if (m_dirty && !m_closeAnyway && m_review.id > 0 && !m_review.submitted && !saveDraft()) {
        m_closeAnyway = true;
        showMessage(tr("%1\nClose again to leave without saving.").arg(messageText()), true);
        return;
    }
    m_tick.stop();
    QDialog::reject();
}

} // namespace sb::app
