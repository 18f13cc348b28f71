#pragma once

#include "qa/calibration.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QMessageBox;
class QStandardItemModel;

namespace Ui {
class QaCalibrationPanel;
}

namespace sb::app {

class QaCalibrationNewDialog;
class QaCalibrationResultsView;
class QaCalibrationScoreDialog;

// The calibration (校准) tab of the QA place: the sessions the user may read (title, state,
// tickets, participants, how many have scored every ticket, the user's own part), newest
// first, and the selected session's results below (QaCalibrationResultsView). A QA lead
// (qa.calibrate) opens a session ("New session…", QaCalibrationNewDialog) and closes one
// ("Close session…", after confirming); a participant scores the tickets blind ("Score…",
// QaCalibrationScoreDialog). Reads and writes run on the background worker; change-feed
// notices (ChangeEntity::QaCalibration) coalesce into one read.
class QaCalibrationPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;
    static constexpr int kSessionRole = Qt::UserRole; // on column 0: the session id

    QaCalibrationPanel(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    ~QaCalibrationPanel() override;
    void applyChanges(const QList<sb::Change> &changes);

    void reload();
    void scheduleReload() { m_pending.start(); }
    bool isLoaded() const { return m_loaded; }
    const QList<QaCalibrationSession> &sessions() const { return m_sessions; }
    QStandardItemModel *sessionsModel() const { return m_model; }
    QaCalibrationResultsView *results() const { return m_results; }
    QString statusText() const;
    bool selectSession(qint64 sessionId);
    qint64 selectedSession() const;

    // Opens the new-session dialog (window-modal); nullptr without qa.calibrate.
    QaCalibrationNewDialog *openNewSession();
    // Opens the scoring screen of the selected session; nullptr (the reason shown) when the
    // user cannot score it.
    QaCalibrationScoreDialog *openScoring();
    // Asks to confirm closing the selected session; Yes closes it. The box, or nullptr.
    QMessageBox *closeSelected();
    void closeSession(qint64 sessionId);

Q_SIGNALS:
    void loaded();
    void actionFinished(bool ok, const QString &message);

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void updateButtons();
    void showStatus(const QString &message, bool isError);
    const QaCalibrationSession *session(qint64 sessionId) const;
    const QaCalibrationParticipant *me(const QaCalibrationSession &s) const;

    Workspace m_ws;
    DbWorker *m_worker;
    std::unique_ptr<Ui::QaCalibrationPanel> m_ui;
    QStandardItemModel *m_model;
    QaCalibrationResultsView *m_results;
    QTimer m_pending;
    QList<QaCalibrationSession> m_sessions;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace sb::app
