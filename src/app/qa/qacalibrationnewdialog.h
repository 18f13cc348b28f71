#pragma once

#include "shell/workspace.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QListWidget;

namespace Ui {
class QaCalibrationNewDialog;
}

namespace sb::app {

// A QA lead opens a calibration session (校准): a title, tickets ticked in a day's spot check
// (抽检) and/or typed by serial, and the active inspectors (质检员) who take part. OK creates
// the session and adds the participants on the background worker; a refusal (a serial that
// names no ticket, say) is shown in the dialog, which keeps everything typed. When the session
// was opened but adding the participants failed, OK tries the participants again.
class QaCalibrationNewDialog : public QDialog {
    Q_OBJECT
public:
    QaCalibrationNewDialog(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    ~QaCalibrationNewDialog() override;

    // The day whose sample is listed (reads it again).
    void setSampleDay(const QDate &day);
    QDate sampleDay() const;
    bool isLoaded() const { return m_loaded; } // the inspectors and a day's sample are listed
    bool isBusy() const { return m_busy; }
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    void loaded();
    // The session is open with its participants.
    void created(qint64 sessionId, const QString &title, int tickets, int participants);

private:
    struct Loaded;
    struct Outcome;
    void loadSample(const QDate &day);
    void takeLoad(const Loaded &r);
    void showError(const QString &message);
    QList<qint64> checked(const QListWidget *list) const;

    Workspace m_ws;
    DbWorker *m_worker;
    std::unique_ptr<Ui::QaCalibrationNewDialog> m_ui;
    qint64 m_createdId = 0; // opened, participants still to add
    int m_createdTickets = 0;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace sb::app
