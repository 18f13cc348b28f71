#include "volume/volumeplace.h"

#include "domain/labels.h"
#include "shell/queryplace.h"
#include "volume/volumefeature.h"

#include "ui_volumeplace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr qint64 kMinute = 60000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

VolumePlace::VolumePlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::VolumePlace>()) {
    buildUi();
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("volume-history"),
                                                 nullptr, QThread::LowPriority);
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    // Live reads on the workstation's worker; the history of longer ranges on a standby when
    // the connection asks for standby reads (opened for the load only).
    m_loader = std::make_unique<VolumeLoader>(
        *m_worker, ws.db->url(),
        [this](std::shared_ptr<VolumeLoadResult> result) { takeLoad(result); });
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("volumeTimer"));
    connect(m_timer, &QTimer::timeout, this, &VolumePlace::tick);
    m_timer->start(1000); // live updates at 1 Hz, drawn only when something changed
    m_sinceDetailLoad.start();
    requestLoad(true);
}

VolumePlace::~VolumePlace() {
    if (m_wall)
        delete m_wall.data();
}

QWidget *createVolumePlace(const Workspace &ws, QWidget *parent) {
    return new VolumePlace(ws, parent);
}

void VolumePlace::buildUi() {
    m_ui->setupUi(this);
    QFont hf = m_ui->volumeHeading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_ui->volumeHeading->setFont(hf);

    connect(m_ui->rangeBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setRange(static_cast<Range>(i)); });
    connect(m_ui->tierBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setTier(i == 1 ? GradingTier::Vip : GradingTier::Normal); });
    connect(m_ui->groupBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setGrouping(i == 1 ? Grouping::ByClass : Grouping::ByType); });
    connect(m_ui->darkBox, &QCheckBox::toggled, this, &VolumePlace::setDark);
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export chart"), {}, tr("PNG image (*.png)"));
        QString e;
        if (!path.isEmpty() && !exportPng(path, e))
            QMessageBox::warning(this, tr("Export chart"), e);
    });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export chart data"), {}, tr("CSV file (*.csv)"));
        QString e;
        if (!path.isEmpty() && !exportCsv(path, e))
            QMessageBox::warning(this, tr("Export chart data"), e);
    });
    connect(m_ui->wallButton, &QPushButton::clicked, this, [this] { setWallMode(!isWallMode()); });

    // Body: small multiples or one large chart, and the trend table beside them. The charts
    // come from the adapter, one per problem type and class.
    const auto &types = problemTypes();
    for (int t = 0; t < types.size(); ++t) {
        const QString key = types.at(t).key;
        TimeChart *c = createTimeChart(m_ui->volumeGrid);
        c->setObjectName(QStringLiteral("typeChart_") + key);
        c->setCompact(true);
        c->setMinimumSize(190, 150);
        c->setToolTip(tr("Click to open large"));
        connect(c, &TimeChart::clicked, this, [this, key] { openType(key); });
        c->setHoverText(
            [this, t](const QString &k, qint64 at, double y) { return hoverText(t, k, at, y); });
        m_typeCharts.insert(key, c);
        m_order.append(key);
    }
    for (const ProblemClass pc :
         {ProblemClass::Security, ProblemClass::Key, ProblemClass::Routine}) {
        const QString key = problemClassKey(pc);
        TimeChart *c = createTimeChart(m_ui->volumeGrid);
        c->setObjectName(QStringLiteral("classChart_") + key);
        c->setCompact(true);
        c->setMinimumSize(190, 150);
        c->hide();
        m_classCharts.insert(key, c);
    }
    relayoutGrid();
    // The scroll area keeps the size hint its widget had when first asked, which was while
    // the form was built, without charts: set the filled grid again so that it asks anew and
    // the body's splitter gives the charts their share.
    m_ui->volumeScroll->setWidget(m_ui->volumeScroll->takeWidget());

    connect(m_ui->backButton, &QPushButton::clicked, this, &VolumePlace::showGrid);
    m_detail = createTimeChart(m_ui->detailSplit);
    m_detail->setObjectName(QStringLiteral("detailChart"));
    m_detail->setCompact(false);
    connect(m_detail, &TimeChart::zoomChanged, this, [this](bool zoomed, qint64 from, qint64 to) {
        m_zoomed = zoomed;
        m_zoomFrom = from;
        m_zoomTo = to;
        m_dirty = true;
        // Once the axis has settled: finer points for what is visible now.
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                redraw();
        });
    });
    m_channels = createTimeChart(m_ui->detailSplit);
    m_channels->setObjectName(QStringLiteral("channelChart"));
    m_channels->setCompact(false);
    m_ui->detailSplit->addWidget(m_detail);
    m_ui->detailSplit->addWidget(m_channels);
    m_ui->detailSplit->setStretchFactor(0, 3);
    m_ui->detailSplit->setStretchFactor(1, 2);
    connect(m_ui->resetZoomButton, &QPushButton::clicked, this, [this] {
        m_detail->resetZoom();
        m_channels->resetZoom();
    });

    m_trendModel = new QStandardItemModel(0, 4, this);
    m_trendModel->setHorizontalHeaderLabels(
        {tr("Problem type"), tr("Last hour"), tr("Yesterday"), tr("Last week")});
    QTableView *trends = m_ui->trendView;
    trends->setModel(m_trendModel);
    trends->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    trends->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(trends, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        openType(m_trendModel->item(i.row(), 0)->data(Qt::UserRole).toString());
    });
    m_ui->volumeBody->setStretchFactor(0, 4);
    m_ui->volumeBody->setStretchFactor(1, 1);
}

qint64 VolumePlace::fromMs() const {
    const qint64 now = m_monitor.nowMs() ? m_monitor.nowMs() : m_ws.clock->nowMs();
    switch (m_range) {
    case Range::LiveTwoHours:
        return now - 2 * kHour;
    case Range::Today:
        return m_fixedFrom;
    case Range::SevenDays:
        return now - 7 * kDay;
    case Range::ThirtyDays:
        return now - 30 * kDay;
    }
    return now - 2 * kHour;
}

qint64 VolumePlace::channelBucketMs() const {
    switch (m_range) {
    case Range::LiveTwoHours:
        return 5 * kMinute;
    case Range::Today:
        return 30 * kMinute;
    case Range::SevenDays:
        return 6 * kHour;
    case Range::ThirtyDays:
        return kDay;
    }
    return kHour;
}

void VolumePlace::requestLoad(bool buckets) {
    const qint64 now = m_ws.clock->nowMs();
    if (m_range == Range::Today)
        m_fixedFrom = startOfTodayMs(*m_ws.clock);
    VolumeLoadRequest r;
    r.nowMs = now;
    r.buckets = buckets;
    if (buckets) {
        r.generation = ++m_generation;
        m_loading = true;
        m_pendingIds.clear();
        m_ui->volumeStatus->setText(tr("Loading…"));
    } else {
        r.generation = m_generation;
    }
    switch (m_range) {
    case Range::LiveTwoHours:
        r.fromMs = now - 2 * kHour;
        break;
    case Range::Today:
        r.fromMs = m_fixedFrom;
        break;
    case Range::SevenDays:
        r.fromMs = now - 7 * kDay;
        break;
    case Range::ThirtyDays:
        r.fromMs = now - 30 * kDay;
        break;
    }
    r.problemType = m_detailType;
    r.channelBucketMs = channelBucketMs();
    m_sinceDetailLoad.restart();
    m_detailDirty = false;
    r.history = m_range != Range::LiveTwoHours;
    m_loader->load(r);
}

void VolumePlace::takeLoad(const std::shared_ptr<VolumeLoadResult> &r) {
    if (r->generation != m_generation)
        return; // a newer request is on its way
    if (!r->error.isEmpty()) {
        m_ui->volumeStatus->setText(tr("Could not load volume: %1").arg(r->error));
        m_loading = false;
        return;
    }
    if (r->bucketsLoaded) {
        m_monitor.setRules(r->rules);
        m_ruleVersion = r->ruleVersion;
        m_flagCount = r->trendFlagCount;
        m_flagMinCount = r->trendMinCount;
        m_monitor.reset(std::move(r->buckets), std::move(r->recent), r->request.nowMs);
        // What arrived while the snapshot was taken: only the newer rows are still missing.
        QList<qint64> later;
        for (qint64 id : std::as_const(m_pendingIds))
            if (id > r->maxTicketId)
                later.append(id);
        m_pendingIds.clear();
        m_loading = false;
        if (!later.isEmpty()) {
            QList<VolumeEvent> events;
            QString e;
            if (VolumeBuckets::fetchEvents(*m_ws.db, later, events, e)) {
                m_monitor.add(events);
                m_applied += events.size();
            }
        }
        QString status = m_ruleVersion
                             ? tr("Rule set version %1 · loaded in %2 ms")
                                   .arg(m_ruleVersion)
                                   .arg(qRound(r->elapsedMs))
                             : tr("Shipped rule set · loaded in %1 ms").arg(qRound(r->elapsedMs));
        if (r->onStandby) {
            // A standby lags: say so, and what the primary added to it.
            status += QStringLiteral(" · ");
            status += r->standbyReplayedAtMs > 0
                          ? tr("history from a standby as of %1, %n newer complaint(s) from the "
                               "primary",
                               nullptr, r->addedFromPrimary)
                                .arg(QDateTime::fromMSecsSinceEpoch(r->standbyReplayedAtMs)
                                         .toString(QStringLiteral("HH:mm:ss")))
                          : tr("history from a standby, %n newer complaint(s) from the primary",
                               nullptr, r->addedFromPrimary);
        }
        m_ui->volumeStatus->setText(status);
    }
    if (r->request.problemType == m_detailType && !m_detailType.isEmpty()) {
        m_channelData = std::move(r->channels);
        m_markers = r->markers;
    }
    m_loaded = true;
    m_dirty = true;
    redraw();
    drawTrends(true);
    Q_EMIT loaded();
}

void VolumePlace::applyChanges(const QList<Change> &changes) {
    QList<qint64> ids;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Ticket && c.op == ChangeOp::Insert)
            ids.append(c.entityId);
        else if ((c.entity == ChangeEntity::Incident || c.entity == ChangeEntity::IncidentEvent) &&
                 !m_detailType.isEmpty())
            m_detailDirty = true; // markers
        else if (c.entity == ChangeEntity::RuleSet)
            m_detailDirty = true;
    }
    if (ids.isEmpty())
        return;
    if (m_loading) {
        m_pendingIds.append(ids);
        return;
    }
    QList<VolumeEvent> events;
    QString e;
    if (!VolumeBuckets::fetchEvents(*m_ws.db, ids, events, e)) {
        m_ui->volumeStatus->setText(tr("Could not read new complaints: %1").arg(e));
        return;
    }
    m_monitor.add(events);
    m_applied += events.size();
    if (!m_detailType.isEmpty()) {
        const int t = RuleSet::typeIndex(QStringView(m_detailType));
        for (const VolumeEvent &ev : std::as_const(events))
            if (ev.type == t)
                m_detailDirty = true; // its channel breakdown
    }
    m_dirty = true;
}

void VolumePlace::tick() {
    if (!m_loaded || m_loading)
        return;
    const qint64 now = m_ws.clock->nowMs();
    m_monitor.advanceTo(now);
    const qint64 minute = now / kMinute;
    if (minute != m_lastDrawMinute)
        m_dirty = true; // a new bucket: the windows slid
    // The channel breakdown and markers of the open type: re-read at most every 2 s.
    if (m_detailDirty && !m_detailType.isEmpty() && m_sinceDetailLoad.elapsed() > 2000)
        requestLoad(false);
    if (now - m_lastTrendQuery > kMinute)
        drawTrends(true);
    if (m_dirty && isVisible())
        redraw();
}

void VolumePlace::setRange(Range r) {
    if (r == m_range)
        return;
    m_range = r;
    if (m_ui->rangeBox->currentIndex() != int(r))
        m_ui->rangeBox->setCurrentIndex(int(r));
    requestLoad(true);
}

void VolumePlace::setTier(GradingTier t) {
    m_tier = t;
    if (m_ui->tierBox->currentIndex() != int(t))
        m_ui->tierBox->setCurrentIndex(int(t));
    m_dirty = true;
    redraw();
}

void VolumePlace::setGrouping(Grouping g) {
    m_grouping = g;
    if (m_ui->groupBox->currentIndex() != int(g))
        m_ui->groupBox->setCurrentIndex(int(g));
    if (m_ui->volumeStack->currentIndex() != 0)
        showGrid();
    relayoutGrid();
    m_dirty = true;
    redraw();
}

void VolumePlace::openType(const QString &problemType) {
    if (RuleSet::typeIndex(QStringView(problemType)) < 0)
        return;
    m_detailType = problemType;
    m_channelData = {};
    m_markers.clear();
    m_detail->resetZoom();
    m_channels->resetZoom();
    m_ui->volumeStack->setCurrentIndex(1);
    m_dirty = true;
    redraw();
    requestLoad(false);
}

void VolumePlace::showGrid() {
    m_detailType.clear();
    m_ui->volumeStack->setCurrentIndex(0);
    m_dirty = true;
    redraw();
}

void VolumePlace::setDark(bool dark) {
    m_dark = dark;
    if (m_ui->darkBox->isChecked() != dark)
        m_ui->darkBox->setChecked(dark);
    m_palette = dark ? ChartPalette::dark() : ChartPalette::light();
    for (TimeChart *c : std::as_const(m_typeCharts))
        c->setPalette(m_palette);
    for (TimeChart *c : std::as_const(m_classCharts))
        c->setPalette(m_palette);
    m_detail->setPalette(m_palette);
    m_channels->setPalette(m_palette);
    if (m_wall) {
        QPalette p = m_wall->palette();
        p.setColor(QPalette::Window, m_palette.background);
        p.setColor(QPalette::WindowText, m_palette.text);
        m_wall->setPalette(p);
    }
    m_dirty = true;
    redraw();
}

void VolumePlace::setWallMode(bool on) {
    if (on == isWallMode())
        return;
    auto *outer = static_cast<QVBoxLayout *>(layout());
    if (on) {
        auto *wall = new QWidget(nullptr, Qt::Window);
        wall->setObjectName(QStringLiteral("volumeWall"));
        wall->setWindowTitle(tr("Signalboard — complaint volume"));
        wall->setAutoFillBackground(true);
        auto *wl = new QVBoxLayout(wall);
        wl->setContentsMargins(8, 8, 8, 8);
        m_ui->volumeBody->setParent(wall);
        wl->addWidget(m_ui->volumeBody);
        wall->installEventFilter(this);
        m_wall = wall;
        m_ui->wallButton->setText(tr("Leave wall mode"));
        setDark(true); // wall screens: dark by default, the checkbox still switches
        wall->showFullScreen();
    } else {
        QWidget *wall = m_wall;
        m_wall = nullptr;
        m_ui->volumeBody->setParent(this);
        outer->addWidget(m_ui->volumeBody, 1);
        m_ui->volumeBody->show();
        m_ui->wallButton->setText(tr("Wall mode"));
        wall->removeEventFilter(this);
        wall->deleteLater();
    }
    m_dirty = true;
    redraw();
}

bool VolumePlace::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_wall) {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            setWallMode(false);
            return true;
        }
        if (event->type() == QEvent::Close) {
            QTimer::singleShot(0, this, [this] { setWallMode(false); });
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb::app
