#pragma once

#include "shell/workspace.h"

#include <QDate>
#include <QObject>
#include <QTime>
#include <QTimeZone>
#include <QTimer>

#include <memory>

namespace sb::app {

class MainWindow;

// The automatic daily draw of the spot check (抽检), on a workstation whose user holds
// qa.sample and may write. Once a minute it looks at the workspace clock: from qa.draw_at
// (00:30 by default, local time of the business calendar's zone) on, it draws yesterday on
// the background worker unless that day is stored. Several workstations may try at once: the
// store keeps the first draw and the others read it back, which counts as done.
class QaAutoDraw : public QObject {
    Q_OBJECT
public:
    QaAutoDraw(const Workspace &ws, QObject *parent);
    ~QaAutoDraw() override;

    // Draws the due day when it is due and not done yet (the timer calls this).
    void check();
    // Reads qa.draw_at and the calendar's zone again, then checks.
    void reloadSettings();

    bool isReady() const { return m_ready; }
    QDate doneDay() const { return m_doneDay; }
    QTime drawAt() const { return m_drawAt; }
    static constexpr int kCheckIntervalMs = 60 * 1000;

Q_SIGNALS:
    // Settings read: checks may start.
    void ready();
    // A due day was handled: drawn now, found drawn (`drawnNow` false), or failed (`error`).
    void settled(const QDate &day, bool drawnNow, const QString &error);

private:
    Workspace m_ws;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    QTimer m_timer;
    QTimeZone m_zone;
    QTime m_drawAt;
    QDate m_doneDay;
    qint64 m_retryAtMs = 0; // after a failure: not before this time
    bool m_ready = false;
    bool m_busy = false;
    int m_settingsGeneration = 0;
};

// The always-on part of the QA feature: the automatic draw, with its failures said once in
// the status bar.
void installQaFeature(MainWindow &window);

} // namespace sb::app
