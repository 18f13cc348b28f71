#include "domain/labels.h"
#include "incidents/gradingpages.h"
#include "incidents/gradingwizard.h"
#include "incidents/incidentlabels.h"

#include "ui_evidencepage.h"

#include <QDateTime>
#include <QHeaderView>

namespace sb::app {

namespace {
constexpr qint64 kBucketMs = 10 * 60 * 1000;
constexpr int kBuckets = 12; // two hours
constexpr int kSamples = 8;

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString clockTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

EvidencePage::EvidencePage(GradingWizard &wizard)
    : m_wizard(wizard)
    , ui(std::make_unique<Ui::EvidencePage>()) {
    ui->setupUi(this);
    ui->countsTable->setRowCount(2);
    ui->countsTable->setColumnCount(3);
    ui->countsTable->setVerticalHeaderLabels(
        {Labels::tier(QStringLiteral("normal")), Labels::tier(QStringLiteral("vip"))});
    ui->countsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui->trendTable->setRowCount(1);
    ui->trendTable->setColumnCount(kBuckets);
    ui->trendTable->verticalHeader()->hide();
    ui->trendTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui->trendLine->setFont(QFont(QStringLiteral("monospace")));
    ui->samplesTable->setColumnCount(5);
    ui->samplesTable->setHorizontalHeaderLabels(
        {tr("Received"), tr("Tier"), tr("Channel"), tr("Subject"), tr("Description")});
    ui->samplesTable->horizontalHeader()->setStretchLastSection(true);
    ui->samplesTable->verticalHeader()->hide();
    connect(ui->refreshButton, &QPushButton::clicked, this, &EvidencePage::reload);
    connect(ui->shareKnownCheck, &QCheckBox::toggled, ui->shareSpin, &QWidget::setEnabled);
    connect(ui->shareSpin, &QDoubleSpinBox::valueChanged, this, [this](double pct) {
        const int type = RuleSet::typeIndex(QStringView(m_wizard.decision().problemType));
        const double threshold = m_wizard.rules().affectedShareThreshold();
        if (type >= 0 && m_wizard.rules().coreExperience(type) && pct / 100.0 >= threshold)
            ui->shareNote->setText(tr("A core experience with at least %1 % affected must be "
                                      "raised and graded.")
                                       .arg(threshold * 100.0));
        else
            ui->shareNote->clear();
    });
}

EvidencePage::~EvidencePage() = default;

void EvidencePage::initializePage() {
    reload();
}

void EvidencePage::reload() {
    const QString type = m_wizard.decision().problemType;
    const RuleSet &rules = m_wizard.rules();
    const qint64 now = m_wizard.nowMs();
    QString error;
    WindowCounts c;
    if (!m_wizard.queries().counts(type, now, rules.burstWindowMs(), rules.gradingWindowMs(), c,
                                   error)) {
        ui->trendLine->setText(error);
        return;
    }
    m_wizard.decision().counts = c;
    ui->countsTable->setHorizontalHeaderLabels(
        {tr("Last %1 min").arg(rules.burstWindowMs() / 60000),
         tr("Last %1 min").arg(rules.gradingWindowMs() / 60000), tr("Burst threshold")});
    const int index = RuleSet::typeIndex(QStringView(type));
    const int burstNormal = index < 0 ? 0 : rules.burstThreshold(index, GradingTier::Normal);
    const int burstVip = index < 0 ? 0 : rules.burstThreshold(index, GradingTier::Vip);
    const int values[2][3] = {{c.normal30, c.normal60, burstNormal}, {c.vip30, c.vip60, burstVip}};
    for (int r = 0; r < 2; ++r)
        for (int col = 0; col < 3; ++col) {
            QTableWidgetItem *item = cell(QString::number(values[r][col]));
            if (col == 0 && values[r][0] >= values[r][2] && values[r][2] > 0)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            ui->countsTable->setItem(r, col, item);
        }

    QList<int> trend;
    if (!m_wizard.queries().trend(type, now, kBucketMs, kBuckets, trend, error)) {
        ui->trendLine->setText(error);
        return;
    }
    QStringList headers;
    for (int i = 0; i < kBuckets; ++i) {
        const qint64 from = now - (kBuckets - i) * kBucketMs;
        headers.append(clockTime(from));
        QTableWidgetItem *item = cell(QString::number(trend.value(i)));
        item->setToolTip(tr("%1 – %2").arg(clockTime(from), clockTime(from + kBucketMs)));
        ui->trendTable->setItem(0, i, item);
    }
    ui->trendTable->setHorizontalHeaderLabels(headers);
    IncidentLabels::fitHeight(ui->countsTable);
    IncidentLabels::fitHeight(ui->trendTable);
    ui->trendLine->setText(
        tr("%1 → %2   %3")
            .arg(clockTime(now - kBuckets * kBucketMs), clockTime(now), textSparkline(trend)));

    QList<TicketSample> samples;
    if (!m_wizard.queries().latestTickets(type, kSamples, samples, error)) {
        ui->trendLine->setText(error);
        return;
    }
    ui->samplesTable->setRowCount(static_cast<int>(samples.size()));
    for (int r = 0; r < samples.size(); ++r) {
        const TicketSample &s = samples.at(r);
        ui->samplesTable->setItem(r, 0,
                                  cell(QDateTime::fromMSecsSinceEpoch(s.receivedAt)
                                           .toLocalTime()
                                           .toString(QStringLiteral("MM-dd HH:mm"))));
        ui->samplesTable->setItem(r, 1, cell(Labels::tier(s.tier)));
        ui->samplesTable->setItem(r, 2, cell(Labels::channel(s.channel)));
        ui->samplesTable->setItem(r, 3, cell(s.subject));
        ui->samplesTable->setItem(r, 4, cell(s.description));
    }
    ui->samplesTable->resizeColumnsToContents();
}

bool EvidencePage::validatePage() {
    m_wizard.decision().affectedShare =
        ui->shareKnownCheck->isChecked() ? ui->shareSpin->value() / 100.0 : -1.0;
    return true;
}

} // namespace sb::app
