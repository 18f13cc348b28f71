#pragma once

#include "qa/qadayqueries.h"
#include "shell/workspace.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class QaPlace;
}

namespace sb::app {

class QaAgreementTrendView;
class QaCalibrationPanel;
class QaDashboardView;
class QaMyReviews;
class QaReviewDialog;
class QaScorecardEditor;

// Quality assurance (质检): the daily spot check (抽检) of one day, yesterday in the
// business calendar's zone by default. A drawn day shows what it was drawn with (seed, rate,
// stratum column), its strata with N_h, n_h and coverage, and every sampled ticket with its
// stratum, rank, inspector and, once replaced, what replaced it and why. A day not drawn
// says so and offers "Draw now" (qa.sample). "Replace…" (qa.sample or qa.review) asks for a
// reason and swaps the selected ticket for the next-ranked one of its stratum. Reads, draws
// and replacements run on the background worker; the place follows the change feed.
// A second tab, "My reviews" (QaMyReviews), lists the inspector's due reviews; a review opens
// from there or, for a ticket assigned to the signed-in inspector, from the sample's table
// ("Review…", Enter or a double click) in the review screen (QaReviewDialog). A third tab,
// "Dashboard" (QaDashboardView), shows the quality figures of a period. A fourth,
// "Calibration" (QaCalibrationPanel), is there for holders of qa.calibrate or qa.review. A
// fifth, "Agreement" (QaAgreementTrendView), trends the agreement of the double reviews over
// weeks; only holders of qa.read_all or qa.calibrate see it. Holders of qa.scorecards also
// get "Scorecards" (QaScorecardEditor): editing and publishing versions.
class QaPlace : public QWidget, public Place {
    Q_OBJECT
public:
    explicit QaPlace(const Workspace &ws, QWidget *parent = nullptr);
    ~QaPlace() override;
    void applyChanges(const QList<sb::Change> &changes) override;

    QDate day() const { return m_day; }
    void setDay(const QDate &day);
    // Reads the day again (on the background worker).
    void reload();
    // Draws the day shown, when it has ended and is not drawn yet.
    void drawNow();
    // Asks for a reason for the selected ticket, then replaces it.
    void replaceSelected();
    // Replaces sampled ticket `ticketId` of the day shown for `reason`.
    void replaceTicket(qint64 ticketId, const QString &reason);
    // Opens the review screen for `ticketId` (started or resumed); nullptr, with the reason
    // shown, when the review cannot be started.
    QaReviewDialog *openReview(qint64 ticketId);
    // Opens the review of the selected sampled ticket when it is assigned to the signed-in
    // inspector.
    void reviewSelected();

    QaMyReviews *myReviews() const { return m_myReviews; }
    QaDashboardView *dashboard() const { return m_dashboard; }
    // Null without the permission qa.scorecards.
    QaScorecardEditor *scorecardEditor() const { return m_scorecards; }
    // nullptr when the user holds neither qa.calibrate nor qa.review.
    QaCalibrationPanel *calibration() const { return m_calibration; }
    // nullptr when the signed-in person holds neither qa.read_all nor qa.calibrate.
    QaAgreementTrendView *agreement() const { return m_agreement; }

    bool isLoaded() const { return m_loaded; }
    const QaDayOverview &overview() const { return m_overview; }
    QStandardItemModel *strataModel() const { return m_strata; }
    QStandardItemModel *ticketsModel() const { return m_tickets; }
    QString summaryText() const;
    QString actionText() const;

Q_SIGNALS:
    // After each read of the day has been shown.
    void loaded();
    // After "Draw now" or a replacement: whether it worked and the message shown.
    void actionFinished(bool ok, const QString &message);

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void showOverview();
    void updateButtons();
    bool dayHasEnded() const;
    qint64 selectedTicket(QString *serial = nullptr) const;
    bool selectedIsMine() const;
    void finishAction(bool ok, const QString &message);
    QString stratifyLabel(QaStratifyBy by) const;
    QString stratumLabel(const QString &key) const;

    Workspace m_ws;
    std::unique_ptr<Ui::QaPlace> m_ui;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    QStandardItemModel *m_strata = nullptr;
    QStandardItemModel *m_tickets = nullptr;
    QaMyReviews *m_myReviews = nullptr;
    QaDashboardView *m_dashboard = nullptr;
    QaScorecardEditor *m_scorecards = nullptr;
    QaCalibrationPanel *m_calibration = nullptr;
    QaAgreementTrendView *m_agreement = nullptr;
    QTimer m_pending; // coalesces change-feed notices into one read
    QDate m_day;      // invalid until the calendar's zone is known: then yesterday
    QTimeZone m_zone;
    QaDayOverview m_overview;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false; // a draw or replacement is on its way
};

} // namespace sb::app
