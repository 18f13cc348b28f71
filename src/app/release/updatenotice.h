#pragma once

#include "shell/workspace.h"
#include "storage/releasestore.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Ui {
class UpdateNoticeForm;
}

namespace sb::app {

// Tells the user that a newer version was published: the version, its notes as plain text and
// where to get it (opened in the browser). Non-modal: work goes on while it is open.
class UpdateNotice : public QDialog {
    Q_OBJECT
public:
    explicit UpdateNotice(const QString &running, QWidget *parent);
    ~UpdateNotice() override;

    void showRelease(const ReleaseInfo &info);
    const ReleaseInfo &release() const { return m_info; }
    QString notesText() const;

Q_SIGNALS:
    void remindTomorrow(const QString &version);
    void dismissVersion(const QString &version);

private:
    std::unique_ptr<Ui::UpdateNoticeForm> m_ui;
    QString m_running;
    ReleaseInfo m_info;
};

// Compares the published version with this program's at sign-in, once a day (by the Clock),
// and whenever the shared settings change, and shows the notice when the published one is
// newer. "Remind me tomorrow" and "Dismiss this version" are remembered per version on this
// computer (QSettings).
class UpdateChecker : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kDayMs = qint64(24) * 60 * 60 * 1000;
    static constexpr int kTickMs = 10 * 60 * 1000; // how often the Clock is looked at

    UpdateChecker(const Workspace &ws, const QString &running, QWidget *window);

    // Reads the published release and shows the notice when due. `again`: show it even when
    // the user already closed it for the same version in this session (sign-in, daily).
    void check(bool again = true);
    // The daily check, when a day has passed on the Clock since the last one.
    void tick();
    void applyChanges(const QList<sb::Change> &changes);
    UpdateNotice *notice() const { return m_notice; }
    QString lastError() const { return m_lastError; }

    static QString settingsKey(const QString &version, const char *what);

private:
    bool suppressed(const QString &version) const;

    Workspace m_ws;
    QString m_running;
    QPointer<QWidget> m_window;
    QPointer<UpdateNotice> m_notice;
    QTimer *m_tick;
    QTimer *m_settingsChanged;
    qint64 m_nextCheckMs = 0;
    QString m_shownVersion;
    QString m_lastError;
};

} // namespace sb::app
