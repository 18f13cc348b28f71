#include "reports/reportview.h"

#include "reports/reportscreen.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sb::app {

namespace {
constexpr int kDrillRole = Qt::UserRole + 1; // index into m_drills, -1: none
constexpr int kCountRole = Qt::UserRole + 2;
constexpr int kKeyRole = Qt::UserRole + 3; // the stable key behind a label ("phone")
constexpr int kChartHeight = 260;
constexpr int kChartMaxWidth = 820;

QLabel *label(const QString &text, QWidget *parent, qreal scale = 1.0, bool bold = false) {
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (scale != 1.0 || bold) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        f.setBold(bold);
        l->setFont(f);
    }
    return l;
}
} // namespace

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(6, 6, 6, 6);
}

void ReportView::clear() {
    delete m_body;
    m_body = nullptr;
    m_tables.clear();
    m_tableSections.clear();
    m_tableHeadings.clear();
    m_drills.clear();
    m_recurring = nullptr;
    m_doc = {};
    m_shown = false;
}

void ReportView::setDocument(const ReportDocument &doc, bool drills, qint64 periodStartMs,
                             qint64 periodEndMs) {
    clear();
    m_doc = doc;
    m_shown = true;
    m_drills.clear();
    m_periodStartMs = periodStartMs;
    m_periodEndMs = periodEndMs;
    m_drillsEnabled = drills;
    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(10);
    auto *title = label(doc.title, m_body, 1.5, true);
    title->setObjectName(QStringLiteral("reportTitle"));
    body->addWidget(title);
    auto *period = label(doc.subtitle, m_body);
    period->setObjectName(QStringLiteral("reportPeriod"));
    body->addWidget(period);
    auto *cutoff = label(doc.cutoff, m_body);
    cutoff->setObjectName(QStringLiteral("reportCutoff"));
    body->addWidget(cutoff);
    if (!doc.note.isEmpty()) {
        // Archived tickets: the figures are a month's roll-up, or some tickets are gone.
        auto *note = label(doc.note, m_body, 1.0, true);
        note->setTextFormat(Qt::PlainText);
        note->setObjectName(QStringLiteral("reportArchivedNote"));
        body->addWidget(note);
    }
    for (const ReportSection &section : doc.sections) {
        auto *group = new QGroupBox(section.heading, m_body);
        group->setObjectName(section.key + QStringLiteral("Section"));
        group->setCheckable(true); // unchecked: collapsed to its heading
        group->setChecked(true);
        auto *content = new QWidget(group);
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(content);
        auto *blocks = new QVBoxLayout(content);
        blocks->setContentsMargins(4, 4, 4, 4);
        blocks->setSpacing(8);
        connect(group, &QGroupBox::toggled, content, &QWidget::setVisible);
        for (const ReportBlock &block : section.blocks) {
            if (const auto *p = std::get_if<ReportParagraph>(&block)) {
                blocks->addWidget(label(p->text, content));
            } else if (const auto *t = std::get_if<ReportTable>(&block)) {
                blocks->addWidget(tableWidget(section, *t));
            } else if (const auto *c = std::get_if<ReportChart>(&block)) {
                blocks->addWidget(chartWidget(*c));
            }
        }
        body->addWidget(group);
    }
    body->addStretch(1);
    m_layout->addWidget(m_body);
}

QWidget *ReportView::tableWidget(const ReportSection &section, const ReportTable &table) {
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!table.caption.isEmpty())
        layout->addWidget(label(table.caption, box, 1.0, true));
    const QLocale locale = m_doc.locale();
    auto *model = new QStandardItemModel(int(table.rows.size()), int(table.header.size()), box);
    model->setHorizontalHeaderLabels(table.header);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<ReportCell> &row = table.rows.at(r);
        for (qsizetype c = 0; c < row.size() && c < table.header.size(); ++c) {
            const ReportCell &cell = row.at(c);
            auto *item = new QStandardItem(cell.display(locale));
            item->setEditable(false);
            item->setData(-1, kDrillRole);
            item->setData(cell.key.isEmpty() ? cell.text : cell.key, kKeyRole);
            if (cell.isNumber() || cell.text == QStringLiteral("–")) // "–": no number
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (cell.isNumber() && cell.drill && m_drillsEnabled) {
                const qint64 n = qint64(*cell.number);
                item->setData(int(m_drills.size()), kDrillRole);
                item->setData(n, kCountRole);
                m_drills.append(*cell.drill);
                item->setToolTip(tr("Double-click to open the %n ticket(s)", nullptr, int(n)));
                QFont f = item->font();
                f.setUnderline(true);
                item->setFont(f);
                item->setForeground(palette().brush(QPalette::Link));
            }
            model->setItem(int(r), int(c), item);
        }
    }
    auto *view = new QTableView(box);
    view->setModel(model);
    view->setObjectName(section.key + QStringLiteral("Table") + QString::number(m_tables.size()));
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setMinimumSectionSize(80);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->resizeRowsToContents();
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() +
                         view->verticalHeader()->length() + 2 * view->frameWidth() + 2);
    // As wide as its columns: numbers stay next to their keys instead of across the page.
    view->setMaximumWidth(view->horizontalHeader()->length() + 2 * view->frameWidth() + 2);
    connect(view, &QTableView::activated, this,
            [this, view](const QModelIndex &index) { activate(view, index); });
    m_tables.append(view);
    m_tableSections.append(section.key);
    m_tableHeadings.append(section.heading);
    layout->addWidget(view);

    if (section.key == QLatin1StringView("recurring") &&
        table.caption == ReportScreenDocument::recurringCaption()) {
        m_recurring = view;
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            if (!view->indexAt(pos).isValid())
                return;
            view->selectRow(view->indexAt(pos).row());
            QMenu menu(view);
            menu.addAction(tr("Open supervision item…"), this, &ReportView::requestSupervision);
            menu.exec(view->viewport()->mapToGlobal(pos));
        });
        auto *open = new QPushButton(tr("Open &supervision item…"), box);
        open->setObjectName(QStringLiteral("openSupervisionButton"));
        open->setToolTip(tr("Opens a supervision item for the selected recurring problem"));
        open->setEnabled(false);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, open,
                [view, open] { open->setEnabled(view->selectionModel()->hasSelection()); });
        connect(open, &QPushButton::clicked, this, &ReportView::requestSupervision);
        auto *row = new QHBoxLayout;
        row->addWidget(open);
        row->addStretch(1);
        layout->addLayout(row);
    }
    return box;
}

QWidget *ReportView::chartWidget(const ReportChart &chart) {
    auto *qchart = new QChart;
    qchart->setTitle(chart.title);
    qchart->legend()->setVisible(chart.series.size() > 1);
    qchart->setAnimationOptions(QChart::NoAnimation);
    const QStringList categories = chart.categories();
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    if (categories.size() > 8) {
        xAxis->setLabelsAngle(-90); // hours of a day, days of a month: no elided labels
        xAxis->setTruncateLabels(false);
    }
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(chart.valueAxis);
    qchart->addAxis(xAxis, Qt::AlignBottom);
    qchart->addAxis(yAxis, Qt::AlignLeft);
    double top = 0;
    if (chart.kind == ChartKind::Line) {
        for (const ReportSeries &s : chart.series) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            for (qsizetype i = 0; i < categories.size(); ++i) {
                const double v = ReportChart::valueAt(s, categories.at(i));
                line->append(double(i), v);
                top = std::max(top, v);
            }
            qchart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
    } else {
        QAbstractBarSeries *bars = chart.kind == ChartKind::StackedBar
                                       ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QBarSeries);
        QList<double> stacked(categories.size(), 0.0);
        const qsizetype used = chart.kind == ChartKind::Pareto ? 1 : chart.series.size();
        for (qsizetype k = 0; k < used && k < chart.series.size(); ++k) {
            const ReportSeries &s = chart.series.at(k);
            auto *set = new QBarSet(s.name);
            for (qsizetype i = 0; i < categories.size(); ++i) {
                const double v = ReportChart::valueAt(s, categories.at(i));
                *set << v;
                stacked[i] += v;
                top = std::max(top, chart.kind == ChartKind::StackedBar ? stacked.at(i) : v);
            }
            bars->append(set);
        }
        qchart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    }
    yAxis->setRange(0, top > 0 ? top : 1);
    yAxis->applyNiceNumbers();
    if (chart.format == NumberFormat::Integer) {
        // Whole numbers: a tick per unit up to 5 units, then nice steps of whole numbers.
        const int max = int(std::ceil(std::max(1.0, yAxis->max())));
        yAxis->setRange(0, max);
        yAxis->setTickCount(max <= 5 ? max + 1 : 6);
        if (max > 5)
            yAxis->applyNiceNumbers();
        yAxis->setLabelFormat(QStringLiteral("%d"));
    }
    auto *view = new QChartView(qchart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartHeight);
    view->setMaximumWidth(kChartMaxWidth);
    return view;
}

QString ReportView::sectionOf(const QTableView *table) const {
    const qsizetype i = m_tables.indexOf(const_cast<QTableView *>(table));
    return i < 0 ? QString() : m_tableSections.at(i);
}

bool ReportView::activate(QTableView *table, const QModelIndex &index) {
    const qsizetype t = m_tables.indexOf(table);
    if (t < 0 || !index.isValid())
        return false;
    const int d = index.data(kDrillRole).toInt();
    if (d < 0 || d >= m_drills.size() || index.data(kDrillRole).isNull())
        return false;
    Q_EMIT drillRequested(m_drills.at(d), m_tableHeadings.at(t),
                          index.data(kCountRole).toLongLong());
    return true;
}

SupervisionDraft ReportView::draftFor(int row) const {
    SupervisionDraft draft;
    if (!m_recurring || row < 0 || row >= m_recurring->model()->rowCount())
        return draft;
    const QAbstractItemModel *m = m_recurring->model();
    draft.dimension =
        m->index(row, ReportScreenDocument::kRecurringDimensionColumn).data(kKeyRole).toString();
    draft.key = m->index(row, ReportScreenDocument::kRecurringKeyColumn).data(kKeyRole).toString();
    draft.periodStartMs = m_periodStartMs;
    draft.periodEndMs = m_periodEndMs;
    QStringList counts;
    for (int c = ReportScreenDocument::kRecurringKeyColumn + 1; c < m->columnCount() - 1; ++c)
        counts.append(m->headerData(c, Qt::Horizontal).toString() + QStringLiteral(": ") +
                      m->index(row, c).data().toString());
    draft.notes = tr("Recurring in the report of %1 (%2).")
                      .arg(m_doc.subtitle, counts.join(QStringLiteral("; ")));
    return draft;
}

void ReportView::requestSupervision() {
    if (!m_recurring || !m_recurring->selectionModel()->hasSelection())
        return;
    const QModelIndexList rows = m_recurring->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? m_recurring->currentIndex().row() : rows.first().row();
    if (row >= 0)
        Q_EMIT supervisionRequested(draftFor(row));
}

} // namespace sb::app
