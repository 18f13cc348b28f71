#include "qa/qafeedbackplace.h"

#include "qa/qacoachingpanel.h"
#include "qa/qadecidedialog.h"
#include "qa/qadisputedialog.h"
#include "qa/qafeedbackfeature.h"
#include "security/permissions.h"
#include "shell/queryplace.h"

#include "ui_qafeedbackplace.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

namespace {
constexpr int kCoalesceMs = 250; // change-feed notices within this time make one read

QString scoreText(const std::optional<double> &score) {
    return score ? QString::number(*score, 'f', 1) : QStringLiteral("–");
}

QStandardItem *keyed(const QString &text, qint64 id) {
    auto *item = new QStandardItem(text);
    item->setData(id, Qt::UserRole);
    return item;
}
} // namespace

// One read: the person's results, the open checks they may decide, and the scorecard
// versions both use.
struct QaFeedbackPlace::Loaded {
    int generation = 0;
    QList<QaResult> results;
    QList<QaDispute> disputes;
    QHash<qint64, QaReview> disputedReviews;
    QHash<qint64, QaScorecardVersion> versions;
    QString error;
};

QWidget *createQaFeedbackPlace(const Workspace &ws, QWidget *parent) {
    return new QaFeedbackPlace(ws, parent);
}

QaFeedbackPlace::QaFeedbackPlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::QaFeedbackPlace>()) {
    m_ui->setupUi(this);
    QFont hf = m_ui->feedbackHeading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_ui->feedbackHeading->setFont(hf);

    m_results = new QStandardItemModel(0, 6, this);
    m_results->setHorizontalHeaderLabels({tr("Ticket"), tr("Submitted"), tr("Score"), tr("Result"),
                                          tr("Inspector"), tr("Feedback")});
    m_resultItems = new QStandardItemModel(0, 4, this);
    m_resultItems->setHorizontalHeaderLabels(
        {tr("Item"), tr("Rating"), tr("Comment"), tr("Root causes")});
    m_disputes = new QStandardItemModel(0, 6, this);
    m_disputes->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Agent"), tr("Inspector"), tr("Requested"), tr("Score"), tr("Reason")});
    m_disputeItems = new QStandardItemModel(0, 3, this);
    m_disputeItems->setHorizontalHeaderLabels({tr("Item"), tr("Rating"), tr("Agent's reason")});
    const std::pair<QTableView *, QStandardItemModel *> views[] = {
        {m_ui->resultsView, m_results},
        {m_ui->resultItemsView, m_resultItems},
        {m_ui->disputesView, m_disputes},
        {m_ui->disputeItemsView, m_disputeItems}};
    for (const auto &[view, model] : views) {
        view->setModel(model);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->feedbackTabs->setTabVisible(m_ui->feedbackTabs->indexOf(m_ui->disputesTab),
                                      showsDisputes());

    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("qa-feedback"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    m_coaching = new QaCoachingPanel(ws, m_worker, m_ui->coachingTab);
    m_ui->coachingLayout->addWidget(m_coaching);

    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                showResultItems();
                updateButtons();
            });
    connect(m_ui->disputesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                showDisputeItems();
                updateButtons();
            });
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this,
            &QaFeedbackPlace::acknowledgeSelected);
    connect(m_ui->disputeButton, &QPushButton::clicked, this,
            &QaFeedbackPlace::requestCheckForSelected);
    connect(m_ui->decideButton, &QPushButton::clicked, this, &QaFeedbackPlace::decideSelected);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaFeedbackPlace::reload);
    updateButtons();
    reload();
}

QaFeedbackPlace::~QaFeedbackPlace() = default;

bool QaFeedbackPlace::showsDisputes() const {
    return m_ws.user.permissions.has(perm::QaDecideDispute);
}

void QaFeedbackPlace::reload() {
    const int generation = ++m_generation;
    const qint64 me = m_ws.user.staffId;
    const bool decides = showsDisputes();
    const Clock *clock = m_ws.clock;
    if (!m_loaded)
        m_ui->feedbackStatus->setText(tr("Loading…"));
    m_worker->post(
        this,
        [generation, me, decides, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaReviewStore store(*c.db, *clock);
            QSet<qint64> versions;
            if (!store.results(me, r.results, r.error))
                return r;
            for (const QaResult &x : std::as_const(r.results))
                versions.insert(x.review.scorecardVersionId);
            QList<QaDispute> open;
            if (decides && !store.openDisputes(open, r.error))
                return r;
            for (const QaDispute &d : std::as_const(open)) {
                std::optional<QaReview> review;
                if (!store.load(d.reviewId, review, r.error))
                    return r;
                if (!review || d.raisedBy == me || review->reviewerId == me)
                    continue; // never their own
                r.disputes.append(d);
                r.disputedReviews.insert(review->id, *review);
                versions.insert(review->scorecardVersionId);
            }
            for (const qint64 id : std::as_const(versions)) {
                QaScorecardVersion v;
                if (!store.scorecardVersion(id, v, r.error))
                    return r;
                r.versions.insert(id, v);
            }
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void QaFeedbackPlace::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    if (!r.error.isEmpty()) {
        m_ui->feedbackStatus->setText(tr("QA feedback could not be read: %1").arg(r.error));
        Q_EMIT loaded();
        return;
    }
    const qint64 review = selectedReview();
    const qint64 disputeId = selectedDispute();
    m_resultRows = r.results;
    m_disputeRows = r.disputes;
    m_disputedReviews = r.disputedReviews;
    m_versions = r.versions;
    showResults();
    showDisputes();
    if (review > 0)
        selectResult(review);
    if (disputeId > 0)
        selectDispute(disputeId);
    showResultItems();
    showDisputeItems();
    if (!m_busy && m_ui->feedbackStatus->text() == tr("Loading…"))
        m_ui->feedbackStatus->clear();
    updateButtons();
    Q_EMIT loaded();
}

QString QaFeedbackPlace::itemTitle(qint64 versionId, const QString &key) const {
    const QaScorecardVersion v = m_versions.value(versionId);
    for (qsizetype i = 0; i < v.card.items.size(); ++i) {
        if (v.card.items.at(i).key != key)
            continue;
        const QString zh = v.titlesZh.value(i);
        return QLocale().language() == QLocale::Chinese && !zh.isEmpty() ? zh
                                                                         : v.card.items.at(i).title;
    }
    return key;
}

QString QaFeedbackPlace::ratingText(qint64 versionId, const QString &key,
                                    const std::optional<int> &value, bool na) const {
    if (na)
        return tr("N/A");
    if (!value)
        return QStringLiteral("–");
    const auto v = m_versions.constFind(versionId);
    const ScorecardItem *it = v == m_versions.constEnd() ? nullptr : v->card.item(key);
    if (!it)
        return QString::number(*value);
    if (it->scale == ScoreScale::PassFail)
        return *value >= scalePassLevel(it->scale) ? tr("pass") : tr("fail");
    return tr("%1 of %2").arg(*value).arg(scaleMaximum(it->scale));
}

QString QaFeedbackPlace::outcomeText(const QaDispute &d) const {
    if (d.isOpen())
        return tr("Review check requested %1; waiting for a decision").arg(formatTime(d.raisedAt));
    const QString score =
        tr("score %1 → %2").arg(scoreText(d.scoreBefore), scoreText(d.scoreAfter));
    switch (*d.outcome) {
    case QaDisputeOutcome::Accepted:
        return tr("Review check accepted (%1): %2").arg(score, d.decisionReason);
    case QaDisputeOutcome::PartlyAccepted:
        return tr("Review check partly accepted (%1): %2").arg(score, d.decisionReason);
    case QaDisputeOutcome::Rejected:
        break;
    }
    return tr("Review check rejected: %1").arg(d.decisionReason);
}

QString QaFeedbackPlace::feedbackText(const QaResult &r) const {
    if (r.dispute)
        return outcomeText(*r.dispute);
    if (r.review.acknowledgedAt > 0)
        return tr("Acknowledged %1").arg(formatTime(r.review.acknowledgedAt));
    if (r.mayDispute)
        return tr("To acknowledge; a review check may be requested until %1")
            .arg(formatTime(r.disputeUntil));
    return tr("To acknowledge; the time for a review check has passed");
}

void QaFeedbackPlace::showResults() {
    m_results->setRowCount(0);
    for (const QaResult &r : std::as_const(m_resultRows)) {
        const QaReview &v = r.review;
        auto *score = new QStandardItem(scoreText(v.score));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->appendRow(
            {keyed(v.serial, v.id), new QStandardItem(formatTime(v.submittedAt)), score,
             new QStandardItem(v.passed           ? tr("Passed")
                               : v.criticalFailed ? tr("Failed (critical item)")
                                                  : tr("Failed")),
             new QStandardItem(v.reviewerLogin), new QStandardItem(feedbackText(r))});
    }
    if (m_resultRows.isEmpty())
        m_ui->resultDetail->setText(tr("No review of your tickets has been submitted yet."));
}

void QaFeedbackPlace::showDisputes() {
    m_disputes->setRowCount(0);
    for (const QaDispute &d : std::as_const(m_disputeRows)) {
        const QaReview v = m_disputedReviews.value(d.reviewId);
        m_disputes->appendRow({keyed(v.serial, d.id), new QStandardItem(v.agentLogin),
                               new QStandardItem(v.reviewerLogin),
                               new QStandardItem(formatTime(d.raisedAt)),
                               new QStandardItem(scoreText(v.score)), new QStandardItem(d.reason)});
    }
}

void QaFeedbackPlace::showResultItems() {
    m_resultItems->setRowCount(0);
    const QaResult *r = result(selectedReview());
    if (!r) {
        if (!m_resultRows.isEmpty())
            m_ui->resultDetail->setText(tr("Select a review to see its items."));
        return;
    }
    const QaReview &v = r->review;
    for (const ItemRating &x : v.ratings) {
        QString comment = x.comment;
        if (r->dispute) {
            for (const QaDisputedItem &d : r->dispute->items) {
                if (d.key != x.key)
                    continue;
                comment += (comment.isEmpty() ? QString() : QStringLiteral("\n")) +
                           tr("Review check: %1")
                               .arg(d.reason.isEmpty() ? tr("(no reason given)") : d.reason);
            }
        }
        m_resultItems->appendRow(
            {new QStandardItem(itemTitle(v.scorecardVersionId, x.key)),
             new QStandardItem(ratingText(v.scorecardVersionId, x.key, x.value, x.na)),
             new QStandardItem(comment),
             new QStandardItem(x.rootCauses.join(QStringLiteral(", ")))});
    }
    QString detail =
        tr("Ticket %1 · score %2 · %3").arg(v.serial, scoreText(v.score), feedbackText(*r));
    if (!v.comment.isEmpty())
        detail += QStringLiteral("\n") + tr("Inspector's comment: %1").arg(v.comment);
    if (r->dispute)
        detail += QStringLiteral("\n") + tr("Your reason: %1").arg(r->dispute->reason);
    m_ui->resultDetail->setText(detail);
}

void QaFeedbackPlace::showDisputeItems() {
    m_disputeItems->setRowCount(0);
    const QaDispute *d = dispute(selectedDispute());
    if (!d)
        return;
    const QaReview v = m_disputedReviews.value(d->reviewId);
    for (const QaDisputedItem &x : d->items)
        m_disputeItems->appendRow({new QStandardItem(itemTitle(v.scorecardVersionId, x.key)),
                                   new QStandardItem(ratingText(v.scorecardVersionId, x.key,
                                                                x.originalValue, x.originalNa)),
                                   new QStandardItem(x.reason)});
}

const QaResult *QaFeedbackPlace::result(qint64 reviewId) const {
    for (const QaResult &r : m_resultRows)
        if (r.review.id == reviewId)
            return &r;
    return nullptr;
}

const QaDispute *QaFeedbackPlace::dispute(qint64 disputeId) const {
    for (const QaDispute &d : m_disputeRows)
        if (d.id == disputeId)
            return &d;
    return nullptr;
}

namespace {
qint64 selectedId(const QTableView *view, const QStandardItemModel *model) {
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const QStandardItem *item = rows.isEmpty() ? nullptr : model->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool selectId(QTableView *view, const QStandardItemModel *model, qint64 id) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}
} // namespace

qint64 QaFeedbackPlace::selectedReview() const {
    return selectedId(m_ui->resultsView, m_results);
}

qint64 QaFeedbackPlace::selectedDispute() const {
    return selectedId(m_ui->disputesView, m_disputes);
}

bool QaFeedbackPlace::selectResult(qint64 reviewId) {
    m_ui->feedbackTabs->setCurrentWidget(m_ui->resultsTab);
    return selectId(m_ui->resultsView, m_results, reviewId);
}

bool QaFeedbackPlace::selectDispute(qint64 disputeId) {
    if (!showsDisputes())
        return false;
    m_ui->feedbackTabs->setCurrentWidget(m_ui->disputesTab);
    return selectId(m_ui->disputesView, m_disputes, disputeId);
}

QString QaFeedbackPlace::statusText() const {
    return m_ui->feedbackStatus->text();
}

void QaFeedbackPlace::updateButtons() {
    const QaResult *r = result(selectedReview());
    const bool open = r && !r->dispute && r->review.acknowledgedAt == 0;
    const bool write = m_ws.canWrite && !m_busy;
    m_ui->acknowledgeButton->setEnabled(write && open);
    m_ui->disputeButton->setEnabled(write && open && r->mayDispute);
    const QString why = !m_ws.canWrite ? m_ws.readOnlyReason
                        : !r           ? tr("Select a review of your tickets.")
                        : !open        ? tr("This review was acknowledged or checked already.")
                                       : QString();
    m_ui->acknowledgeButton->setToolTip(why.isEmpty() ? tr("Confirm that you have read this review")
                                                      : why);
    m_ui->disputeButton->setToolTip(
        !why.isEmpty()   ? why
        : !r->mayDispute ? tr("The time for a review check has passed.")
                         : tr("Ask another inspector or a QA lead to check named items"));
    const bool picked = dispute(selectedDispute()) != nullptr;
    m_ui->decideButton->setEnabled(write && picked && showsDisputes());
    m_ui->decideButton->setToolTip(!m_ws.canWrite ? m_ws.readOnlyReason
                                   : !picked      ? tr("Select a review check to decide it.")
                                             : tr("Accept, partly accept or reject the check"));
}

void QaFeedbackPlace::finishAction(bool ok, const QString &message) {
    m_busy = false;
    m_ui->feedbackStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_ui->feedbackStatus->setText(message);
    updateButtons();
    reload();
    Q_EMIT actionFinished(ok, message);
}

void QaFeedbackPlace::run(const QString &busyText,
                          std::function<bool(QaReviewStore &, const QaActor &, QString &)> work,
                          const QString &doneText, const QString &failedText) {
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_ui->feedbackStatus->setStyleSheet(QString());
    m_ui->feedbackStatus->setText(busyText);
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
            QaReviewStore store(*c.db, *clock);
            o.ok = work(store, actor, o.error);
            return o;
        },
        [this, doneText, failedText](const Outcome &o) {
            finishAction(o.ok, o.ok ? doneText : failedText.arg(o.error));
        });
}

void QaFeedbackPlace::acknowledgeSelected() {
    const QaResult *r = result(selectedReview());
    if (!r || !m_ui->acknowledgeButton->isEnabled())
        return;
    const qint64 id = r->review.id;
    const QString serial = r->review.serial;
    run(
        tr("Acknowledging the review of ticket %1…").arg(serial),
        [id](QaReviewStore &s, const QaActor &a, QString &e) { return s.acknowledge(a, id, e); },
        tr("You acknowledged the review of ticket %1.").arg(serial),
        tr("The review of ticket %1 was not acknowledged: %2").arg(serial));
}

QaDisputeDialog *QaFeedbackPlace::requestCheckForSelected() {
    const QaResult *r = result(selectedReview());
    if (!r || !m_ui->disputeButton->isEnabled())
        return nullptr;
    const QaReview &v = r->review;
    QList<QaDisputeDialog::Item> items;
    for (const ItemRating &x : v.ratings)
        items.append({x.key, itemTitle(v.scorecardVersionId, x.key),
                      ratingText(v.scorecardVersionId, x.key, x.value, x.na), x.comment});
    auto *dialog = new QaDisputeDialog(v.serial, formatTime(r->disputeUntil), items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = v.id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id] { raiseDispute(id, dialog->reason(), dialog->items()); });
    dialog->open();
    return dialog;
}

void QaFeedbackPlace::raiseDispute(qint64 reviewId, const QString &reason,
                                   const QList<QaDisputedItem> &items) {
    const QaResult *r = result(reviewId);
    const QString serial = r ? r->review.serial : QString::number(reviewId);
    run(
        tr("Requesting a review check of ticket %1…").arg(serial),
        [reviewId, reason, items](QaReviewStore &s, const QaActor &a, QString &e) {
            QaDispute out;
            return s.dispute(a, reviewId, reason, items, out, e);
        },
        tr("A review check of ticket %1 was requested.").arg(serial),
        tr("The review check of ticket %1 was not requested: %2").arg(serial));
}

QaDecideDialog *QaFeedbackPlace::decideSelected() {
    const QaDispute *d = dispute(selectedDispute());
    if (!d || !m_ui->decideButton->isEnabled())
        return nullptr;
    const QaReview v = m_disputedReviews.value(d->reviewId);
    const QaScorecardVersion version = m_versions.value(v.scorecardVersionId);
    QList<QaDecideDialog::Item> items;
    for (const QaDisputedItem &x : d->items) {
        QaDecideDialog::Item it{
            x.key,
            itemTitle(v.scorecardVersionId, x.key),
            ratingText(v.scorecardVersionId, x.key, x.originalValue, x.originalNa),
            x.reason,
            x.originalValue,
            x.originalNa,
            {}};
        if (const ScorecardItem *si = version.card.item(x.key)) {
            for (int value = scaleMinimum(si->scale); value <= scaleMaximum(si->scale); ++value)
                it.choices.append(
                    {ratingText(v.scorecardVersionId, x.key, value, false), value, false});
            if (si->naAllowed)
                it.choices.append({tr("N/A"), std::nullopt, true});
        }
        items.append(it);
    }
    const QString summary =
        tr("Ticket %1, reviewed by %2: score %3. %4 requests a check: %5")
            .arg(v.serial, v.reviewerLogin, scoreText(v.score), v.agentLogin, d->reason);
    auto *dialog = new QaDecideDialog(summary, items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = d->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        decideDispute(id, dialog->outcome().value_or(QaDisputeOutcome::Rejected), dialog->reason(),
                      dialog->decided());
    });
    dialog->open();
    return dialog;
}

void QaFeedbackPlace::decideDispute(qint64 disputeId, QaDisputeOutcome outcome,
                                    const QString &reason, const QList<ItemRating> &decided) {
    const QaDispute *d = dispute(disputeId);
    const QString serial =
        d ? m_disputedReviews.value(d->reviewId).serial : QString::number(disputeId);
    run(
        tr("Deciding the review check of ticket %1…").arg(serial),
        [disputeId, outcome, reason, decided](QaReviewStore &s, const QaActor &a, QString &e) {
            QaDispute out;
            return s.decide(a, disputeId, outcome, reason, decided, out, e);
        },
        tr("The review check of ticket %1 was decided.").arg(serial),
        tr("The review check of ticket %1 was not decided: %2").arg(serial));
}

void QaFeedbackPlace::applyChanges(const QList<sb::Change> &changes) {
    m_coaching->applyChanges(changes);
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::QaReview || c.entity == ChangeEntity::QaDispute ||
            c.entity == ChangeEntity::QaScorecard) {
            m_pending.start(); // one read for a burst of changes
            return;
        }
    }
}

} // namespace sb::app
