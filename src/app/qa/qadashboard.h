#pragma once

#include "qa/dashboard.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class QaDashboard;
}

namespace sb::app {

class TimeChart;

// The QA dashboard (质检看板): for a period and a grouping (agent, team, channel, problem
// type) the internal quality score, pass and critical-fail rates per group; the stratified
// estimate with its 95 % interval; failing items as a Pareto list; dispute and overturn
// rates, coverage per stratum and overdue reviews. Each group row has its own estimate with
// its interval ("n too small" when it has none). The trend chart shows, per day (periods of
// up to a month) or per week, the estimate with its 95 % interval as a band, the internal
// quality score and the pass and critical-fail rates (in %), for the whole period or for the
// group chosen in "Trend of". "Export week summary…" writes the
// team-meeting summary of the week holding the first day as CSV, "Export PDF…" the same
// summary as a printable PDF (QaWeekDocument) in the interface's language. Reads run on the
// background worker (the PDF is drawn on the GUI thread from the figures read); change-feed
// notices are coalesced into one read (scheduleReload).
class QaDashboardView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;

    QaDashboardView(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    ~QaDashboardView() override;

    void setPeriod(const QDate &from, const QDate &to);
    void setGrouping(QaGrouping grouping);
    void reload();
    void scheduleReload() { m_pending.start(); }
    // Writes the week summary to `path` on the background worker; exported() follows.
    void exportWeek(const QString &path);
    // Reads the week summary on the background worker and writes it to `path` as PDF;
    // exported() follows.
    void exportWeekPdf(const QString &path);

    bool isLoaded() const { return m_loaded; }
    const QaDashboard &dashboard() const { return m_dashboard; }
    QStandardItemModel *groupsModel() const { return m_groups; }
    QStandardItemModel *paretoModel() const { return m_pareto; }
    QStandardItemModel *coverageModel() const { return m_coverage; }
    QString estimateText() const;
    QString ratesText() const;
    QString statusText() const;

    TimeChart *trendChart() const { return m_trendChart; }
    const QaTrend &trend() const { return m_trend; }
    bool isTrendLoaded() const { return m_trendLoaded; }
    // Chooses the group of the trend by its key (QaGroupRow::key) among the loaded groups;
    // false when it is not one of them. The trend reloads.
    bool setTrendGroup(const QString &key);
    void setWholePeriodTrend();
    void reloadTrend();
    // "n too small", or the interval as "low – high".
    static QString intervalText(const StratifiedEstimate &e);

Q_SIGNALS:
    void loaded();
    void trendLoaded();
    void exported(bool ok, const QString &message);

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void show();
    void chooseExport();
    void choosePdfExport();
    QString groupLabel(const QaGroupRow &row) const;
    struct TrendLoaded;
    void takeTrend(const TrendLoaded &r);
    void showTrend();
    void fillTrendGroups();

    Workspace m_ws;
    DbWorker *m_worker;
    std::unique_ptr<Ui::QaDashboard> m_ui;
    QStandardItemModel *m_groups;
    QStandardItemModel *m_pareto;
    QStandardItemModel *m_coverage;
    QTimer m_pending;
    QaDashboard m_dashboard;
    int m_generation = 0;
    bool m_loaded = false;
    TimeChart *m_trendChart = nullptr;
    QaTrend m_trend;
    int m_trendGeneration = 0;
    bool m_trendLoaded = false;
};

} // namespace sb::app
