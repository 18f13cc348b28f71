#pragma once

#include "qa/reviewstore.h"
#include "shell/workspace.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class QaFeedbackPlace;
}

namespace sb::app {

class QaCoachingPanel;
class QaDecideDialog;
class QaDisputeDialog;

// QA feedback (质检反馈). "My QA results": the submitted reviews of the signed-in person's
// tickets with score, verdict, and each item's rating and comment; the person acknowledges
// a review, or requests a review check (质检复核) of named items with a reason within
// qa.dispute_days. "Review checks to decide" (qa.decide_dispute): the open checks of other
// people's reviews, oldest first, accepted, partly accepted or rejected with a reason.
// "Coaching" (辅导): QaCoachingPanel. Reads
// and writes run on the background worker; the place follows the change feed, coalesced.
class QaFeedbackPlace : public QWidget, public Place {
    Q_OBJECT
public:
    explicit QaFeedbackPlace(const Workspace &ws, QWidget *parent = nullptr);
    ~QaFeedbackPlace() override;
    void applyChanges(const QList<sb::Change> &changes) override;

    void reload();
    bool isLoaded() const { return m_loaded; }

    QStandardItemModel *resultsModel() const { return m_results; }
    QStandardItemModel *resultItemsModel() const { return m_resultItems; }
    QStandardItemModel *disputesModel() const { return m_disputes; }
    QStandardItemModel *disputeItemsModel() const { return m_disputeItems; }
    bool showsDisputes() const;
    QaCoachingPanel *coaching() const { return m_coaching; }
    QString statusText() const;

    // Selects the result of review `reviewId` / the open check `disputeId`; false when absent.
    bool selectResult(qint64 reviewId);
    bool selectDispute(qint64 disputeId);
    qint64 selectedReview() const;
    qint64 selectedDispute() const;

    void acknowledgeSelected();
    // Opens the dialogs (window-modal); their OK sends.
    QaDisputeDialog *requestCheckForSelected();
    QaDecideDialog *decideSelected();

    void raiseDispute(qint64 reviewId, const QString &reason, const QList<QaDisputedItem> &items);
    void decideDispute(qint64 disputeId, QaDisputeOutcome outcome, const QString &reason,
                       const QList<ItemRating> &decided);

    struct Loaded;

Q_SIGNALS:
    void loaded();
    // After acknowledging, requesting a check or deciding: whether it worked and the message.
    void actionFinished(bool ok, const QString &message);

private:
    void takeLoad(const Loaded &r);
    void showResults();
    void showDisputes();
    void showResultItems();
    void showDisputeItems();
    void updateButtons();
    void run(const QString &busyText,
             std::function<bool(QaReviewStore &, const QaActor &, QString &)> work,
             const QString &doneText, const QString &failedText);
    void finishAction(bool ok, const QString &message);
    const QaResult *result(qint64 reviewId) const;
    const QaDispute *dispute(qint64 disputeId) const;
    QString itemTitle(qint64 versionId, const QString &key) const;
    QString ratingText(qint64 versionId, const QString &key, const std::optional<int> &value,
                       bool na) const;
    QString feedbackText(const QaResult &r) const;
    QString outcomeText(const QaDispute &d) const;

    Workspace m_ws;
    std::unique_ptr<Ui::QaFeedbackPlace> m_ui;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    QStandardItemModel *m_results = nullptr;
    QStandardItemModel *m_resultItems = nullptr;
    QStandardItemModel *m_disputes = nullptr;
    QStandardItemModel *m_disputeItems = nullptr;
    QaCoachingPanel *m_coaching = nullptr; // the coaching (辅导) tab
    QTimer m_pending;                      // coalesces change-feed notices into one read
    QList<QaResult> m_resultRows;
    QList<QaDispute> m_disputeRows;
    QHash<qint64, QaReview> m_disputedReviews;    // by review id
    QHash<qint64, QaScorecardVersion> m_versions; // by version id
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace sb::app
