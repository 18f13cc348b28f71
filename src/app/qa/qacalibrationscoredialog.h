#pragma once

#include "qa/calibration.h"
#include "qa/calibrationqueries.h"
#include "shell/workspace.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;
class QMessageBox;

namespace Ui {
class QaCalibrationScoreDialog;
}

namespace sb::app {

class TicketDetailPanel;
struct TicketEnv;

// A participant scores the tickets of a calibration session (校准), blind: the session's
// tickets on the left (scored or not), the whole ticket (read-only ticket detail panel) in the
// middle and the pinned scorecard (评分表) version's items on the right, with a live score
// preview, as on the review screen. It shows nothing of anybody else's scores. Submitting a
// ticket asks for confirmation and is final; the next unscored ticket follows. Worked from
// the keyboard: Alt+T goes to the tickets, every rating is in the tab order, Ctrl+Enter
// submits. Ratings typed for a ticket stay while the screen is open, not after. Submissions
// run on the background worker.
class QaCalibrationScoreDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kNotRated = -1;
    static constexpr int kNotApplicable = -2;

    QaCalibrationScoreDialog(const Workspace &ws, DbWorker *worker, qint64 sessionId,
                             QWidget *parent = nullptr);
    ~QaCalibrationScoreDialog() override;

    // Reads the session, its scorecard version and one's progress (short reads); false with
    // the reason when the user cannot score it.
    bool begin(QString &error);

    qint64 currentTicket() const;
    bool showTicket(qint64 ticketId);
    const QList<QaCalibrationTicketStatus> &tickets() const { return m_tickets; }
    QList<ItemRating> ratings() const;
    QString messageText() const;
    QString previewText() const;
    bool isBusy() const { return m_busy; }

    // Checks that every item is rated, then asks to confirm (the box is returned); its Yes
    // submits. nullptr when there is nothing to submit (the reason is shown).
    QMessageBox *requestSubmit();
    // Submits the current ticket's ratings without asking.
    void submitCurrent();

Q_SIGNALS:
    void submitted(qint64 sessionId, qint64 ticketId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome;
    void buildItems();
    void fillTicketList();
    void ticketChanged();
    void ratingChanged();
    void updatePreview();
    void showMessage(const QString &message, bool isError);
    QString itemTitle(qsizetype index) const;
    const QaCalibrationTicketStatus *status(qint64 ticketId) const;

    Workspace m_ws;
    DbWorker *m_worker;
    qint64 m_sessionId;
    std::unique_ptr<Ui::QaCalibrationScoreDialog> m_ui;
    std::unique_ptr<TicketEnv> m_env;
    TicketDetailPanel *m_ticket = nullptr;
    QaCalibrationSession m_session;
    QaScorecardVersion m_version;
    QList<QaCalibrationTicketStatus> m_tickets;
    QList<QComboBox *> m_ratings;      // per scorecard item
    QHash<qint64, QList<int>> m_typed; // ticket → rating box values, one's own
    qint64 m_current = 0;
    bool m_filling = false;
    bool m_busy = false;
    bool m_shown = false; // the first rating has had the focus once
};

} // namespace sb::app
