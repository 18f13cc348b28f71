#pragma once

#include "reports/reportschedule.h"
#include "reports/reportschedulelabels.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QMessageBox;
class QStandardItemModel;

namespace Ui {
class ReportSchedulesPanel;
}

namespace sb::app {

class ReportScheduleDialog;

// The report schedules (定期通报) of the Reports place: each schedule's name, sections, period,
// when it is built, audience, formats, language, delivery, whether it is active and its last
// run. With reports.schedule: New, Edit, Duplicate and Delete (ReportScheduleDialog), and
// "Run now (preview)", which says which period a run now would report, building nothing.
// Without it the list is read-only, the buttons saying which permission they need. Reads and
// writes run on the background worker; change-feed notices (ReportSchedule, ReportRun)
// coalesce into one read.
class ReportSchedulesPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;
    static constexpr int kScheduleRole = Qt::UserRole; // on column 0: the schedule id
    enum Column {
        Name,
        Sections,
        Period,
        When,
        Audience,
        Formats,
        Language,
        Delivery,
        Active,
        LastRun,
        ColumnCount
    };

    ReportSchedulesPanel(const Workspace &ws, QWidget *parent = nullptr);
    ~ReportSchedulesPanel() override;
    void applyChanges(const QList<sb::Change> &changes);

    void reload();
    bool isLoaded() const { return m_loaded; }
    const QList<ReportSchedule> &schedules() const { return m_schedules; }
    QStandardItemModel *model() const { return m_model; }
    QString statusText() const;
    bool selectSchedule(qint64 scheduleId);
    qint64 selectedSchedule() const;

    // Each opens the dialog (window-modal) or the confirmation; nullptr when not allowed.
    ReportScheduleDialog *openNew();
    ReportScheduleDialog *openEdit();
    ReportScheduleDialog *openDuplicate();
    QMessageBox *deleteSelected();
    void removeSchedule(qint64 scheduleId, qint64 version);
    // Says (in the status line) which period the selected schedule would report now.
    void previewSelected();

Q_SIGNALS:
    void loaded();
    void actionFinished(bool ok, const QString &message);

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void updateButtons();
    void showStatus(const QString &message, bool isError);
    const ReportSchedule *schedule(qint64 scheduleId) const;
    ReportScheduleDialog *openDialog(const ReportSchedule &s);

    Workspace m_ws;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    std::unique_ptr<Ui::ReportSchedulesPanel> m_ui;
    QStandardItemModel *m_model;
    QTimer m_pending;
    QList<ReportSchedule> m_schedules;
    AudienceNames m_names;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace sb::app
