#pragma once

#include "reports/reportschedule.h"
#include "shell/workspace.h"

#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QStandardItemModel;

namespace Ui {
class ReportArchivePanel;
}

namespace sb::app {

// The report archive: every stored run, newest period first, filtered by schedule, state and
// the day the period starts (the business calendar's days). A run shows its period, schedule,
// state (a failed one in red, its error as text and tooltip), data cut-off, when it finished,
// its runner and outputs; the selected run lists its files (format, name, size, SHA-256) and,
// when it was broadcast, how many recipients have read it. Open and Save as… read the stored
// bytes, check them against the SHA-256 and write them with QSaveFile (a mismatch is an error
// naming the run and the file, and nothing is written). Reads and file writes run on the
// background worker; change-feed notices (ReportRun, ReportSchedule, Message) coalesce into
// one read.
class ReportArchivePanel;
} // namespace sb::app

namespace sb::app {

// The report archive: every stored run, newest period first, filtered by schedule, state and
// the day the period starts (the business calendar's days). A run shows its period, schedule, state
// (a failed one in red, its error as text and tooltip), data cut-off, when it finished, its runner
// and outputs; the selected run lists its files (format, name, size, SHA-256) and, when it was
// broadcast, how many recipients have read it. Open and Save as… read the stored bytes, check them
// against the SHA-256 and write them with QSaveFile (a mismatch is an error naming the run and the
// file, and nothing is written). Reads and file writes run on the background worker; change-feed
// notices (ReportRun, ReportSchedule, Message) coalesce into one read.
class ReportArchivePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;
    static constexpr int kRunRole = Qt::UserRole; // on column 0: the run id
    enum Column { Period, Schedule, State, Cutoff, Finished, Runner, Outputs, ColumnCount };
    enum OutputColumn { Format, File, Size, Sha256, OutputColumnCount };

    ReportArchivePanel(const Workspace &ws, QWidget *parent = nullptr);
    ~ReportArchivePanel() override;
    void applyChanges(const QList<sb::Change> &changes);

    void reload();
    bool isLoaded() const { return m_loaded; }
    const QList<ReportRun> &runs() const { return m_runs; }
    QStandardItemModel *runsModel() const { return m_runsModel; }
    QStandardItemModel *outputsModel() const { return m_outputsModel; }
    QString statusText() const;
    QString receiptsText() const;
    bool selectRun(qint64 runId);
    qint64 selectedRun() const;
    QString selectedFormat() const;
    bool selectOutput(const QString &format);

    // Filters (the same as the bar's widgets); each reads again.
    void setScheduleFilter(qint64 scheduleId); // 0: every schedule
    void setStateFilter(std::optional<ReportRunState> state);
    void setDateFilter(const QDate &from, const QDate &to); // null dates: no date filter

    // Writes the output to `path` after checking its SHA-256; actionFinished says how it went.
    void saveOutput(qint64 runId, const QString &format, const QString &path);
    // Writes the output to a temporary file and opens it with the desktop's application.
    void openOutput(qint64 runId, const QString &format);
    // How a written file is opened (QDesktopServices::openUrl by default; tests replace it).
    void setOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }

Q_SIGNALS:
    void loaded();
    void receiptsLoaded();
    void actionFinished(bool ok, const QString &message);

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void showRun();
    void updateButtons();
    void showStatus(const QString &message, bool isError);
    void saveAsSelected();
    void writeOutput(qint64 runId, const QString &format, const QString &path, bool open);
    const ReportRun *run(qint64 runId) const;
    ReportRunFilter filter() const;

    Workspace m_ws;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    std::unique_ptr<Ui::ReportArchivePanel> m_ui;
    QStandardItemModel *m_runsModel;
    QStandardItemModel *m_outputsModel;
    QTimer m_pending;
    QList<ReportRun> m_runs;
    std::function<bool(const QUrl &)> m_opener;
    QTimeZone m_zone = QTimeZone::systemTimeZone(); // the calendar's, once read
    int m_generation = 0;
    int m_receiptsGeneration = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace sb::app
