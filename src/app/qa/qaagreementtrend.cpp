#include "qa/qaagreementtrend.h"

#include "workflow/workflow.h"

#include "ui_qaagreementtrend.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineSeries>
#include <QPen>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sb::app {

namespace {

QStandardItem *numberItem(const QString &text) {
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString alphaText(const AlphaResult &a) {
    return a.defined() ? QString::number(a.alpha, 'f', 3) : QStringLiteral("–");
}

QString percentText(const PercentAgreement &p) {
    return p.defined() ? QStringLiteral("%1 %").arg(100.0 * p.value(), 0, 'f', 1)
                       : QStringLiteral("–");
}

qint64 weekMs(const QDate &monday) {
    return QDateTime(monday, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

// One read of the weeks.
struct QaAgreementTrendView::Loaded {
    int generation = 0;
    QList<QaAgreementWeek> weeks;
    QString error;
};

QaAgreementTrendView::QaAgreementTrendView(const Workspace &ws, DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_ui(std::make_unique<Ui::QaAgreementTrendForm>())
    , m_model(new QStandardItemModel(0, 4, this)) {
    m_ui->setupUi(this);
    m_ui->weeksView->setModel(m_model);
    m_ui->weeksView->verticalHeader()->hide();
    m_ui->weeksView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->weeksView->horizontalHeader()->setStretchLastSection(true);

    m_chart = new QChart;
    m_chart->setTitle(tr("Agreement of the double reviews per week (Krippendorff's α)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(m_chart, m_ui->chartHolder);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    m_ui->chartLayout->addWidget(view);
    m_ui->agreementBody->setStretchFactor(0, 1);
    m_ui->agreementBody->setStretchFactor(1, 1);

    connect(m_ui->weeksSpin, &QSpinBox::valueChanged, this, &QaAgreementTrendView::scheduleReload);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaAgreementTrendView::reload);
    reload();
}

QaAgreementTrendView::~QaAgreementTrendView() = default;

void QaAgreementTrendView::setWeeks(int weeks) {
    m_ui->weeksSpin->setValue(weeks);
}

int QaAgreementTrendView::weekCount() const {
    return m_ui->weeksSpin->value();
}

QString QaAgreementTrendView::statusText() const {
    return m_ui->agreementStatus->text();
}

void QaAgreementTrendView::reload() {
    m_pending.stop();
    const int generation = ++m_generation;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ws.clock->nowMs()).date();
    const QDate to = QaAgreementTrend::weekStart(today);
    const QDate from = to.addDays(-7 * (qint64(m_ui->weeksSpin->value()) - 1));
    if (!m_loaded)
        m_ui->agreementStatus->setText(tr("Loading…"));
    m_worker->post(
        this,
        [generation, from, to](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaAgreementTrend::weeks(*c.db, from, to, r.weeks, r.error);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void QaAgreementTrendView::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    m_weeks = r.error.isEmpty() ? r.weeks : QList<QaAgreementWeek>{};
    show();
    if (!r.error.isEmpty())
        m_ui->agreementStatus->setText(tr("The agreement could not be read: %1").arg(r.error));
    Q_EMIT loaded();
}

void QaAgreementTrendView::show() {
    QStringList headers{tr("Week"), tr("Double-reviewed tickets"), tr("α of the score"),
                        tr("Pass/fail agreement")};
    const QList<QaAgreementItem> items =
        m_weeks.isEmpty() ? QList<QaAgreementItem>{} : m_weeks.constFirst().items;
    for (const QaAgreementItem &it : items)
        headers.append(tr("α: %1").arg(Workflow::localName(it.title, it.titleZh)));
    m_model->clear();
    m_model->setColumnCount(headers.size());
    m_model->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < items.size(); ++i)
        m_model->horizontalHeaderItem(4 + i)->setToolTip(items.at(i).metric == AlphaMetric::Nominal
                                                             ? tr("Nominal α (pass/fail item)")
                                                             : tr("Ordinal α (graded item)"));
    qint64 tickets = 0;
    // Newest week first in the table; the chart runs left to right.
    for (auto it = m_weeks.crbegin(); it != m_weeks.crend(); ++it) {
        const QaAgreementWeek &w = *it;
        tickets += w.tickets;
        QList<QStandardItem *> row{
            new QStandardItem(tr("%1 (week %2)")
                                  .arg(w.weekStart.toString(QStringLiteral("yyyy-MM-dd")))
                                  .arg(w.weekStart.weekNumber())),
            numberItem(QString::number(w.tickets)), numberItem(alphaText(w.scoreAlpha)),
            numberItem(percentText(w.passAgreement))};
        for (const QaAgreementItem &item : w.items)
            row.append(numberItem(alphaText(item.alpha)));
        m_model->appendRow(row);
    }
    m_ui->agreementStatus->setText(
        tickets == 0
            ? tr("No double-reviewed ticket has both reviews submitted in these weeks.")
            : tr("%1 double-reviewed tickets with both reviews submitted over %2 weeks. α ≥ %3 "
                 "is reliable; α ≥ %4 allows tentative conclusions only.")
                  .arg(tickets)
                  .arg(m_weeks.size())
                  .arg(QaAgreementTrend::kReliable)
                  .arg(QaAgreementTrend::kTentative));
    drawChart();
}

void QaAgreementTrendView::drawChart() {
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (m_weeks.isEmpty())
        return;
    const qint64 first = weekMs(m_weeks.constFirst().weekStart);
    const qint64 last = std::max(weekMs(m_weeks.constLast().weekStart), first + 86400000LL * 7);
    auto *alpha = new QLineSeries;
    alpha->setName(tr("α of the review score"));
    alpha->setPointsVisible(true);
    double low = 0;
    for (const QaAgreementWeek &w : std::as_const(m_weeks)) {
        if (!w.scoreAlpha.defined())
            continue;
        alpha->append(double(weekMs(w.weekStart)), w.scoreAlpha.alpha);
        low = std::min(low, w.scoreAlpha.alpha);
    }
    const auto reference = [&](double level, const QString &name) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->append(double(first), level);
        s->append(double(last), level);
        QPen pen = s->pen();
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        s->setPen(pen);
        return s;
    };
    QList<QLineSeries *> series{
        alpha, reference(QaAgreementTrend::kReliable, tr("%1: reliable").arg(0.8)),
        reference(QaAgreementTrend::kTentative, tr("%1: tentative conclusions").arg(0.667))};
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTitleText(tr("Week from"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    auto *y = new QValueAxis;
    y->setTitleText(tr("α"));
    y->setRange(std::floor((low - 0.05) * 10) / 10, 1.0);
    y->applyNiceNumbers(); // ticks at round values (0, 0.2 …), not at fifths of the range
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : series) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace sb::app
