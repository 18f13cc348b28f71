#pragma once

#include "shell/workspace.h"
#include "volume/timechart.h"
#include "volume/volumeload.h"
#include "volume/volumeloader.h"
#include "volume/volumemonitor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QStandardItemModel;
class QTimer;

namespace Ui {
class VolumePlace;
}

namespace sb::app {

// Complaint volume against the grading thresholds, live. Small multiples (one chart
// per problem type, the nearest to a threshold first), a large chart with incident markers
// and a stacked channel breakdown, a trend table (growth against the same hour yesterday and
// last week), PNG/CSV export, light/dark palettes and a full-screen wall mode.
class VolumePlace : public QWidget, public Place {
    Q_OBJECT
public:
    enum class Range { LiveTwoHours, Today, SevenDays, ThirtyDays };
    enum class Grouping { ByType, ByClass };

    VolumePlace(const Workspace &ws, QWidget *parent = nullptr);
    ~VolumePlace() override;
    void applyChanges(const QList<sb::Change> &changes) override;

    void setRange(Range r);
    Range range() const { return m_range; }
    void setTier(GradingTier t);
    GradingTier tier() const { return m_tier; }
    void setGrouping(Grouping g);
    Grouping grouping() const { return m_grouping; }
    void openType(const QString &problemType); // the large chart
    void showGrid();
    QString openedType() const { return m_detailType; }
    void setDark(bool dark);
    void setWallMode(bool on);
    bool isWallMode() const { return m_wall != nullptr; }

    bool exportPng(const QString &path, QString &error) const;
    bool exportCsv(const QString &path, QString &error) const;

    // Draws what is visible now from the monitor (1 Hz when something changed).
    void redraw();
    bool isLoaded() const { return m_loaded; }
    const VolumeMonitor &monitor() const { return m_monitor; }
    TimeChart *typeChart(const QString &problemType) const;
    TimeChart *classChart(const QString &classKey) const { return m_classCharts.value(classKey); }
    TimeChart *detailChart() const { return m_detail; }
    TimeChart *channelChart() const { return m_channels; }
    QStringList gridOrder() const { return m_order; }
    qint64 appliedInserts() const { return m_applied; }
    // Whether the connection asks for history on a standby, and the history loads run on that
    // reading connection so far.
    bool historyOnStandby() const { return m_loader->historyOnStandby(); }
    int historyLoads() const { return m_loader->historyLoads(); }

Q_SIGNALS:
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void requestLoad(bool buckets);
    void takeLoad(const std::shared_ptr<VolumeLoadResult> &r);
    void tick();
    qint64 fromMs() const;
    qint64 channelBucketMs() const;
    QList<ChartLine> linesFor(const QList<int> &types, bool large) const;
    QList<ChartThreshold> thresholdsFor(int type) const;
    QString hoverText(int type, const QString &key, qint64 at, double y) const;
    void drawGrid();
    void drawDetail();
    void drawTrends(bool requery);
    void drawChannels();
    void relayoutGrid();
    QColor gradeColour(Grade g) const;

    Workspace m_ws;
    VolumeMonitor m_monitor;
    int m_ruleVersion = 0;
    int m_flagCount = 3;
    int m_flagMinCount = 3;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    std::unique_ptr<VolumeLoader> m_loader; // history on a standby when the URL asks for it
    int m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    QList<qint64> m_pendingIds; // inserts seen while a load runs
    Range m_range = Range::LiveTwoHours;
    qint64 m_fixedFrom = 0; // Today: midnight at load time
    GradingTier m_tier = GradingTier::Normal;
    bool m_dark = false;
    ChartPalette m_palette = ChartPalette::light();
    bool m_dirty = true;
    bool m_detailDirty = false;
    qint64 m_lastDrawMinute = -1;
    qint64 m_lastTrendQuery = 0;
    qint64 m_applied = 0;
    QElapsedTimer m_sinceDetailLoad;

    std::unique_ptr<Ui::VolumePlace> m_ui;
    Grouping m_grouping = Grouping::ByType;
    QHash<QString, TimeChart *> m_classCharts;
    QHash<QString, TimeChart *> m_typeCharts;
    QStringList m_order;
    QString m_detailType;
    bool m_zoomed = false; // the large chart shows m_zoomFrom..m_zoomTo at finer points
    qint64 m_zoomFrom = 0;
    qint64 m_zoomTo = 0;
    TimeChart *m_detail = nullptr;
    TimeChart *m_channels = nullptr;
    ChannelBreakdown m_channelData;
    QList<IncidentMarker> m_markers;
    QStandardItemModel *m_trendModel = nullptr;
    QList<TypeTrend> m_trends;
    QTimer *m_timer = nullptr;
    QPointer<QWidget> m_wall;
};

} // namespace sb::app
