#pragma once

#include "reports/reportschedule.h"
#include "shell/workspace.h"

#include <QDialog>

#include <memory>

class QListWidget;

namespace Ui {
class ReportScheduleDialog;
}

namespace sb::app {

// Creates or edits a report schedule (定期通报): its name, sections, period kind and build time
// (time of day, weekday, day of month), formats, language, skip-if-empty, whether it is active,
// and its delivery (a broadcast to roles, teams and named people, a folder, the chat
// webhooks). OK checks every field (ReportScheduleStore::issues, each message naming the field)
// and saves on the background worker; a refusal keeps the dialog open with every input as
// typed. A schedule changed by someone else since it was opened is refused (its version), and
// "Reload the stored schedule" then shows what is stored.
class ReportScheduleDialog : public QDialog {
    Q_OBJECT
public:
    // `schedule.id` 0: a new schedule (a duplicate too); otherwise the stored one to edit.
    ReportScheduleDialog(const Workspace &ws, DbWorker *worker, const ReportSchedule &schedule,
                         QWidget *parent = nullptr);
    ~ReportScheduleDialog() override;

    // What the fields say now (with the id and version the dialog edits).
    ReportSchedule schedule() const;
    void setSchedule(const ReportSchedule &schedule);
    // True once the roles, teams and people to pick from are read.
    bool isReady() const { return m_ready; }
    bool isSaving() const { return m_saving; }
    QString errorText() const;
    // True after a save was refused because someone else changed (or removed) the schedule.
    bool hasConflict() const { return m_conflict; }
    // Reads the stored schedule into the fields (after a conflict).
    void reloadStored();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void ready();
    void saved(const sb::ReportSchedule &stored);
    void saveFinished(bool ok, const QString &message);

private:
    struct Choices;
    void takeChoices(const Choices &c);
    void applyAudience();
    void periodChanged();
    void broadcastToggled();
    void filterPeople(const QString &text);
    void updateAudienceSummary();
    void showError(const QString &message);

    std::unique_ptr<Ui::ReportScheduleDialog> m_ui;
    Workspace m_ws;
    DbWorker *m_worker;
    qint64 m_id = 0;
    qint64 m_version = 0;
    QList<Audience> m_audience; // applied once the choices are read
    bool m_ready = false;
    bool m_saving = false;
    bool m_conflict = false;
};

} // namespace sb::app
