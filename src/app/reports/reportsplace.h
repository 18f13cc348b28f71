#pragma once

#include "reports/reportengine.h"
#include "reports/reportscreen.h"
#include "reports/supervisionstore.h"
#include "shell/workspace.h"
#include "storage/longjob.h"

#include <QTimeZone>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QTabWidget;

namespace Ui {
class ReportsPlace;
}

namespace sb::app {

class ReportView;

// Reports (定期通报): pick the periodic report with every section or chosen sections, the
// period kind and period (by default the last complete one in the business calendar's zone)
// and a comparison; Run builds it on the place's own worker (with its own connection), with
// progress per section and Cancel. The report shows its period and data cut-off, then its
// sections as tables and charts; a number that counts tickets opens exactly those tickets in
// the Tickets place (when the workspace can navigate). Recurring (督办) rows offer a supervision
// item (supervisionRequested). The report on screen exports as PDF, CSV, Excel or JSON. A
// report is a snapshot: changed tickets only raise "New data since the cut-off".
// The first tab is the report; other parts of the feature add tabs (tabs(), addTab()).
class ReportsPlace : public QWidget, public Place {
    Q_OBJECT
public:
    enum class Format { Pdf, Csv, Xlsx, Json };

    explicit ReportsPlace(const Workspace &ws, QWidget *parent = nullptr);
    ~ReportsPlace() override;
    void applyChanges(const QList<sb::Change> &changes) override;

    QTabWidget *tabs() const;
    // A page of the feature (supervision, schedules, archive) as one more tab; `onChanges`
    // gets what the change feed delivers while the place lives.
    int addTab(QWidget *page, const QString &title,
               std::function<void(const QList<sb::Change> &)> onChanges = {});
    ReportView *view() const { return m_view; }

    // True once the business calendar's zone is known (the default period is then set).
    bool isReady() const { return m_zone.isValid(); }
    QTimeZone zone() const { return m_zone; }
    // The period the controls name; false with the reason when they name none.
    bool period(ReportPeriod &out, QString &error) const;
    void setPeriodKind(ReportPeriodKind kind); // also resets the period to the last complete one
    void setPeriodText(const QString &at);
    void setRange(const QString &from, const QString &to);
    void setComparison(ReportComparison comparison);
    // Empty: every section.
    void setSections(const QStringList &keys);
    QStringList chosenSections() const;

    void run();
    void cancel();
    bool isRunning() const { return m_running; }
    bool hasReport() const { return m_report.has_value(); }
    const Report &report() const { return *m_report; }
    QString statusText() const;
    bool isStale() const { return m_stale; }

    // Writes the report on screen to `path` (off the GUI thread); exportFinished tells.
    void exportTo(Format format, const QString &path);

Q_SIGNALS:
    void ready();
    // Before each section (index from 0 of count) and at the end (index == count).
    void progressed(int index, int count, const QString &sectionKey);
    void runFinished(bool ok, const QString &message);
    void drillFinished(bool ok, const QString &message);
    void exportFinished(bool ok, const QString &message);
    // "Open supervision item…" on a recurring row.
    void supervisionRequested(const sb::SupervisionDraft &draft);

private:
    struct Built;
    void loadZone();
    void kindChanged();
    void updateControls();
    void showProgress(int generation, int index, int count, const QString &key);
    void takeBuilt(Built &built);
    void showDocument();
    void openDrill(const ReportDrill &drill, const QString &heading, qint64 count);
    void chooseExport(Format format);
    void setStatus(const QString &text);
    QString language() const;
    ReportPeriodKind currentKind() const;
    ReportComparison currentComparison() const;

    Workspace m_ws;
    std::unique_ptr<Ui::ReportsPlace> m_ui;
    LongJob m_run{QStringLiteral("reports")}; // a build's own connection, closed when it is done
    std::unique_ptr<DbWorker> m_ownWorker;    // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;             // drills and exports
    ReportView *m_view = nullptr;
    QList<std::function<void(const QList<sb::Change> &)>> m_tabChanges;
    QTimeZone m_zone;
    std::optional<Report> m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_running = false;
    bool m_stale = false;
    int m_exporting = 0;
};

} // namespace sb::app
