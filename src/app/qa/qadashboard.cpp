#include "qa/qadashboard.h"

#include "domain/labels.h"
#include "pdfrenderer.h"
#include "qaweekdocument.h"
#include "volume/timechart.h"
#include "workflow/workflow.h"

#include "ui_qadashboard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::app {

namespace {

QStandardItem *numberItem(const QString &text) {
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double share) {
    return QStringLiteral("%1 %").arg(100.0 * share, 0, 'f', 1);
}

QString percent(const Proportion &p) {
    return p.defined() ? percent(p.value()) : QStringLiteral("–");
}

} // namespace

// One read of the dashboard.
struct QaDashboardView::Loaded {
    int generation = 0;
    QaDashboard dashboard;
    QString error;
};

// One read of the trend.
struct QaDashboardView::TrendLoaded {
    int generation = 0;
    QaTrend trend;
    QString error;
};

QaDashboardView::QaDashboardView(const Workspace &ws, DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_ui(std::make_unique<Ui::QaDashboard>())
    , m_groups(new QStandardItemModel(0, 7, this))
    , m_pareto(new QStandardItemModel(0, 4, this))
    , m_coverage(new QStandardItemModel(0, 5, this)) {
    m_ui->setupUi(this);
    m_groups->setHorizontalHeaderLabels({tr("Group"), tr("Reviews"), tr("Quality score"),
                                         tr("Estimate"), tr("95 % interval"), tr("Pass rate"),
                                         tr("Critical-fail rate")});
    m_groups->horizontalHeaderItem(3)->setToolTip(
        tr("The group's stratified estimate Σ W_h ȳ_h from its reviews within the sampled "
           "strata"));
    m_pareto->setHorizontalHeaderLabels(
        {tr("Failing item"), tr("Below pass"), tr("Share"), tr("Cumulative")});
    m_coverage->setHorizontalHeaderLabels(
        {tr("Stratum"), tr("Handled (N_h)"), tr("Reviewed"), tr("Coverage"), tr("Target")});
    const QList<QPair<QTableView *, QStandardItemModel *>> views{{m_ui->groupsView, m_groups},
                                                                 {m_ui->paretoView, m_pareto},
                                                                 {m_ui->coverageView, m_coverage}};
    for (const auto &[v, model] : views) {
        v->setModel(model);
        v->verticalHeader()->hide();
        v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        v->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->groupingCombo->addItem(tr("Agent"), QVariant::fromValue(int(QaGrouping::Agent)));
    m_ui->groupingCombo->addItem(tr("Team"), QVariant::fromValue(int(QaGrouping::Team)));
    m_ui->groupingCombo->addItem(tr("Channel"), QVariant::fromValue(int(QaGrouping::Channel)));
    m_ui->groupingCombo->addItem(tr("Problem type"),
                                 QVariant::fromValue(int(QaGrouping::ProblemType)));
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ws.clock->nowMs()).date();
    m_ui->fromEdit->setDate(today.addDays(-6));
    m_ui->toEdit->setDate(today);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &QaDashboardView::scheduleReload);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &QaDashboardView::scheduleReload);
    connect(m_ui->groupingCombo, &QComboBox::currentIndexChanged, this,
            &QaDashboardView::scheduleReload);
    connect(m_ui->exportWeekButton, &QPushButton::clicked, this, &QaDashboardView::chooseExport);
    m_trendChart = createTimeChart(m_ui->trendChartHost);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_trendChart->setTitle(tr("Quality over time"));
    m_trendChart->setDateLabels(true);
    m_ui->trendChartLayout->addWidget(m_trendChart);
    m_ui->trendGroupCombo->addItem(tr("Whole period"));
    connect(m_ui->trendGroupCombo, &QComboBox::currentIndexChanged, this,
            &QaDashboardView::reloadTrend);
    m_ui->exportWeekButton->setToolTip(
        tr("The team-meeting summary of the week (Monday to Sunday) holding the first day, as "
           "CSV"));
    connect(m_ui->exportWeekPdfButton, &QPushButton::clicked, this,
            &QaDashboardView::choosePdfExport);
    m_ui->exportWeekPdfButton->setToolTip(
        tr("The team-meeting summary of the week (Monday to Sunday) holding the first day, as "
           "a PDF to print"));
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaDashboardView::reload);
    reload();
}

QaDashboardView::~QaDashboardView() = default;

void QaDashboardView::setPeriod(const QDate &from, const QDate &to) {
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
}

void QaDashboardView::setGrouping(QaGrouping grouping) {
    m_ui->groupingCombo->setCurrentIndex(
        m_ui->groupingCombo->findData(QVariant::fromValue(int(grouping))));
}

void QaDashboardView::reload() {
    m_pending.stop();
    const int generation = ++m_generation;
    const QDate from = m_ui->fromEdit->date();
    const QDate to = m_ui->toEdit->date();
    const auto grouping = QaGrouping(m_ui->groupingCombo->currentData().toInt());
    const Clock *clock = m_ws.clock;
    if (!m_loaded)
        m_ui->dashboardStatus->setText(tr("Loading…"));
    m_worker->post(
        this,
        [generation, from, to, grouping, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaDashboardQueries::load(*c.db, *clock, from, to, grouping, r.dashboard, r.error);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void QaDashboardView::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    m_dashboard = r.error.isEmpty() ? r.dashboard : QaDashboard{};
    show();
    if (!r.error.isEmpty())
        m_ui->dashboardStatus->setText(tr("The dashboard could not be read: %1").arg(r.error));
    fillTrendGroups();
    Q_EMIT loaded();
    reloadTrend();
}

QString QaDashboardView::intervalText(const StratifiedEstimate &e) {
    if (!e.defined)
        return QStringLiteral("–");
    if (!e.hasInterval())
        return tr("n too small");
    return QStringLiteral("%1 – %2").arg(QString::number(e.low, 'f', 1),
                                         QString::number(e.high, 'f', 1));
}

// "Trend of": the whole period, then the loaded groups; the chosen group stays chosen when it
// is still there.
void QaDashboardView::fillTrendGroups() {
    QComboBox *combo = m_ui->trendGroupCombo;
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("Whole period"));
    for (const QaGroupRow &g : std::as_const(m_dashboard.groups))
        combo->addItem(groupLabel(g), g.key);
    const int at = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(0, at));
}

bool QaDashboardView::setTrendGroup(const QString &key) {
    const int at = m_ui->trendGroupCombo->findData(key);
    if (at <= 0)
        return false;
    m_ui->trendGroupCombo->setCurrentIndex(at);
    return true;
}

void QaDashboardView::setWholePeriodTrend() {
    m_ui->trendGroupCombo->setCurrentIndex(0);
}

void QaDashboardView::reloadTrend() {
    if (!m_loaded || !m_dashboard.from.isValid())
        return;
    const int generation = ++m_trendGeneration;
    const QDate from = m_dashboard.from;
    const QDate to = m_dashboard.to;
    const QVariant chosen = m_ui->trendGroupCombo->currentData();
    const std::optional<QaGrouping> grouping =
        chosen.isValid() ? std::optional(m_dashboard.grouping) : std::nullopt;
    const QString key = chosen.toString();
    m_worker->post(
        this,
        [generation, from, to, grouping, key](DbWorker::Context &c) {
            TrendLoaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaDashboardQueries::trend(*c.db, from, to, grouping, key, r.trend, r.error);
            return r;
        },
        [this](const TrendLoaded &r) { takeTrend(r); });
}

void QaDashboardView::takeTrend(const TrendLoaded &r) {
    if (r.generation != m_trendGeneration)
        return;
    m_trendLoaded = true;
    m_trend = r.error.isEmpty() ? r.trend : QaTrend{};
    showTrend();
    if (!r.error.isEmpty())
        m_ui->dashboardStatus->setText(tr("The trend could not be read: %1").arg(r.error));
    Q_EMIT trendLoaded();
}

void QaDashboardView::showTrend() {
    const auto x = [](const QDate &day) {
        return double(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
    };
    ChartLine estimate{QStringLiteral("estimate"), tr("Estimated quality"), {}, 0, false};
    ChartLine mean{QStringLiteral("quality_score"), tr("Quality score"), {}, 1, true};
    ChartLine pass{QStringLiteral("pass_rate"), tr("Pass rate (%)"), {}, 4, false};
    ChartLine critical{
        QStringLiteral("critical_fail_rate"), tr("Critical-fail rate (%)"), {}, 5, false};
    ChartRange interval{QStringLiteral("interval"), tr("95 % interval"), {}, {}, 0};
    for (const QaTrendPoint &p : std::as_const(m_trend.points)) {
        const double at = x(p.from);
        const StratifiedEstimate &e = p.scoreEstimate;
        if (e.defined)
            estimate.points.append({at, e.estimate});
        if (e.hasInterval()) { // drawn within the score's scale; the figures are not clipped
            interval.low.append({at, std::clamp(e.low, 0.0, 100.0)});
            interval.high.append({at, std::clamp(e.high, 0.0, 100.0)});
        }
        if (p.figures.meanScore)
            mean.points.append({at, *p.figures.meanScore});
        if (p.figures.passed.defined())
            pass.points.append({at, 100.0 * p.figures.passed.value()});
        if (p.figures.criticalFailed.defined())
            critical.points.append({at, 100.0 * p.figures.criticalFailed.value()});
    }
    if (!m_trend.points.isEmpty())
        m_trendChart->setTimeRange(qint64(x(m_trend.points.first().from)),
                                   qint64(x(m_trend.points.last().to.addDays(1))));
    m_trendChart->setRanges({interval});
    m_trendChart->setLines({estimate, mean, pass, critical});
    m_ui->trendStepLabel->setText(m_trend.step == QaTrendStep::Week ? tr("per week")
                                                                    : tr("per day"));
}

QString QaDashboardView::groupLabel(const QaGroupRow &row) const {
    if (row.key.isEmpty())
        return tr("(none)");
    switch (m_dashboard.grouping) {
    case QaGrouping::Channel:
        return Labels::channel(row.key);
    case QaGrouping::ProblemType:
        return Labels::problemType(row.key);
    case QaGrouping::Agent:
    case QaGrouping::Team:
        break;
    }
    return row.label.isEmpty() ? row.key : row.label;
}

void QaDashboardView::show() {
    const QaDashboard &d = m_dashboard;
    m_groups->setRowCount(0);
    for (const QaGroupRow &g : d.groups) {
        const QaQualityFigures &f = g.figures;
        const StratifiedEstimate &e = g.scoreEstimate;
        m_groups->appendRow(
            {new QStandardItem(groupLabel(g)), numberItem(QString::number(f.reviews)),
             numberItem(f.meanScore ? QString::number(*f.meanScore, 'f', 1) : QStringLiteral("–")),
             numberItem(e.defined ? QString::number(e.estimate, 'f', 1) : QStringLiteral("–")),
             numberItem(intervalText(e)), numberItem(percent(f.passed)),
             numberItem(percent(f.criticalFailed))});
    }
    m_pareto->setRowCount(0);
    for (const QaFailingItemRow &i : d.failingItems)
        m_pareto->appendRow({new QStandardItem(Workflow::localName(i.title, i.titleZh)),
                             numberItem(QString::number(i.failed)), numberItem(percent(i.share)),
                             numberItem(percent(i.cumulative))});
    m_coverage->setRowCount(0);
    for (const QaCoverageRow &c : d.coverage) {
        auto *coverage = numberItem(percent(c.coverage()));
        if (!c.met())
            coverage->setToolTip(
                tr("%1 of %2 drawn tickets reviewed").arg(c.reviewed).arg(c.planned));
        m_coverage->appendRow({new QStandardItem(c.stratum.isEmpty() ? tr("(none)") : c.stratum),
                               numberItem(QString::number(c.population)),
                               numberItem(QString::number(c.reviewed)), coverage,
                               numberItem(percent(c.targetRate))});
    }
    const StratifiedEstimate &e = d.scoreEstimate;
    QString estimate =
        !e.defined
            ? tr("No sampled ticket of the period has a submitted review: no estimate.")
            : tr("Estimated quality %1 (95 % interval %2 – %3) from %4 of %5 handled tickets; "
                 "internal quality score %6.")
                  .arg(QString::number(e.estimate, 'f', 1), QString::number(e.low, 'f', 1),
                       QString::number(e.high, 'f', 1))
                  .arg(e.sampled)
                  .arg(e.population)
                  .arg(d.overall.meanScore ? QString::number(*d.overall.meanScore, 'f', 1)
                                           : QStringLiteral("–"));
    if (e.defined && e.approximate)
        estimate += QLatin1Char(' ') + tr("The interval is approximate: some strata have fewer "
                                          "than two reviews.");
    m_ui->estimateLabel->setText(estimate);
    m_ui->ratesLabel->setText(
        tr("%1 reviews · pass rate %2 · critical-fail rate %3 · disputed %4 · overturned %5 · "
           "%6 reviews overdue")
            .arg(d.overall.reviews)
            .arg(percent(d.overall.passed), percent(d.overall.criticalFailed),
                 percent(d.disputeRate()), percent(d.overturnRate()))
            .arg(d.overdue));
    m_ui->dashboardStatus->setText(
        d.groupsTruncated
            ? tr("Only the %1 largest groups are shown.").arg(QaDashboardQueries::kGroupLimit)
            : QString());
}

QString QaDashboardView::estimateText() const {
    return m_ui->estimateLabel->text();
}

QString QaDashboardView::ratesText() const {
    return m_ui->ratesLabel->text();
}

QString QaDashboardView::statusText() const {
    return m_ui->dashboardStatus->text();
}

void QaDashboardView::chooseExport() {
    const QDate start = QaDashboardQueries::weekStart(m_ui->fromEdit->date());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export week summary"),
        QStringLiteral("qa-week-%1.csv").arg(start.toString(QStringLiteral("yyyy-MM-dd"))),
        tr("CSV file (*.csv)"));
    if (!path.isEmpty())
        exportWeek(path);
}

void QaDashboardView::exportWeek(const QString &path) {
    const QDate day = m_ui->fromEdit->date();
    const Clock *clock = m_ws.clock;
    m_ui->exportWeekButton->setEnabled(false);
    m_worker->post(
        this,
        [day, path, clock](DbWorker::Context &c) {
            QString error;
            if (!c.db)
                return c.openError;
            QaDashboardQueries::exportWeekSummary(*c.db, *clock, day, path, error);
            return error;
        },
        [this, path](const QString &error) {
            m_ui->exportWeekButton->setEnabled(true);
            const QString message =
                error.isEmpty() ? tr("Week summary written to %1.").arg(path)
                                : tr("The week summary could not be written: %1").arg(error);
            m_ui->dashboardStatus->setText(message);
            Q_EMIT exported(error.isEmpty(), message);
        });
}

void QaDashboardView::choosePdfExport() {
    const QDate start = QaDashboardQueries::weekStart(m_ui->fromEdit->date());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export week summary as PDF"),
        QStringLiteral("qa-week-%1.pdf").arg(QaWeekDocument::isoWeek(start)),
        tr("PDF file (*.pdf)"));
    if (!path.isEmpty())
        exportWeekPdf(path);
}

void QaDashboardView::exportWeekPdf(const QString &path) {
    struct Read {
        QaWeekSummary summary;
        qint64 readAtMs = 0;
        QString error;
    };
    const QDate day = m_ui->fromEdit->date();
    const Clock *clock = m_ws.clock;
    m_ui->exportWeekPdfButton->setEnabled(false);
    m_worker->post(
        this,
        [day, clock](DbWorker::Context &c) {
            Read r;
            r.readAtMs = clock->nowMs();
            if (!c.db)
                r.error = c.openError;
            else
                QaDashboardQueries::weekSummary(*c.db, *clock, day, r.summary, r.error);
            return r;
        },
        [this, path](const Read &r) {
            QString error = r.error;
            if (error.isEmpty()) {
                const QString language = QLocale().name().startsWith(QLatin1StringView("zh"))
                                             ? QStringLiteral("zh_CN")
                                             : QStringLiteral("en");
                const ReportDocument doc = QaWeekDocument::build(
                    r.summary, language, QDateTime::fromMSecsSinceEpoch(r.readAtMs));
                PdfRenderer::renderToFile(doc, path, error);
            }
            m_ui->exportWeekPdfButton->setEnabled(true);
            const QString message =
                error.isEmpty() ? tr("Week summary written to %1.").arg(path)
                                : tr("The week summary could not be written: %1").arg(error);
            m_ui->dashboardStatus->setText(message);
            Q_EMIT exported(error.isEmpty(), message);
        });
}

} // namespace sb::app
