#include "today/todayplace.h"

#include "domain/labels.h"
#include "incidents/incidentlabels.h"
#include "reports/reportschedulelabels.h"
#include "today/sparkline.h"
#include "today/todayloader.h"

#include "ui_todayplace.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

namespace sb::app {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMinuteMs = 60 * 1000;

void setCount(QPushButton *button, const QString &label, qint64 n) {
    button->setVisible(n >= 0);
    button->setProperty("count", n);
    const QString figure = n > TodayQueues::kCap ? QStringLiteral(">%L1").arg(TodayQueues::kCap)
                                                 : QStringLiteral("%L1").arg(n);
    button->setText(TodayPlace::tr("%1: %2").arg(label, figure));
    QFont f = button->font();
    f.setBold(n > 0);
    button->setFont(f);
}

QString localTime(qint64 ms, const QString &format) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(format);
}
} // namespace

TodayPlace::TodayPlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::TodayPlace>()) {
    m_ui->setupUi(this);
    QFont hf = m_ui->todayHeading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_ui->todayHeading->setFont(hf);
    m_ui->todayStatus->setText(tr("Loading…"));
    m_ui->reportList->header()->setStretchLastSection(true);
    m_ui->reportList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    const QPushButton *grades[] = {m_ui->gradeButton0, m_ui->gradeButton1, m_ui->gradeButton2,
                                   m_ui->gradeButton3};
    for (const QPushButton *b : grades)
        connect(b, &QPushButton::clicked, this, [this] { showPlace(QStringLiteral("incidents")); });
    connect(m_ui->incidentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(kIdRole).toLongLong();
        if (id > 0 && m_ws.navigator)
            m_ws.navigator->openIncident(id);
    });
    const std::pair<QPushButton *, TicketQueue> queues[] = {
        {m_ui->overdueButton, TicketQueue::Overdue},
        {m_ui->dueSoonButton, TicketQueue::DueSoon},
        {m_ui->unassignedButton, TicketQueue::Unassigned},
        {m_ui->greenButton, TicketQueue::GreenChannel},
        {m_ui->appealsButton, TicketQueue::Appeals}};
    for (const auto &[button, queue] : queues) {
        const TicketQueue q = queue;
        connect(button, &QPushButton::clicked, this, [this, q] { openQueue(q); });
    }
    connect(m_ui->broadcastsButton, &QPushButton::clicked, this,
            [this] { showPlace(QStringLiteral("broadcasts")); });
    connect(m_ui->reviewsButton, &QPushButton::clicked, this,
            [this] { showPlace(QStringLiteral("qa")); });
    connect(m_ui->reportList, &QTreeWidget::itemActivated, this,
            [this] { showPlace(QStringLiteral("reports")); });

    m_loader = new TodayLoader(ws, TodayPart::All, this);
    connect(m_loader, &TodayLoader::loaded, this, &TodayPlace::showSnapshot);
    connect(m_loader, &TodayLoader::failed, this, [this](const QString &error) {
        m_ui->todayStatus->setText(tr("Today could not be read: %1").arg(error));
    });
    // The last hour slides and ages grow without any change: a new read once a minute.
    m_minute.setInterval(kMinuteMs);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_loader->requestSoon();
        else
            m_stale = true;
    });
    m_minute.start();
    m_loader->reload();
}

TodayPlace::~TodayPlace() = default;

void TodayPlace::applyChanges(const QList<sb::Change> &changes) {
    if (!TodayLoader::concerns(changes))
        return;
    if (isVisible())
        m_loader->requestSoon();
    else
        m_stale = true; // nobody looks: the background worker has better things to do
}

void TodayPlace::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_loader->requestSoon();
    }
}

void TodayPlace::showPlace(const QString &key) {
    if (m_ws.navigator)
        m_ws.navigator->showPlace(key);
}

void TodayPlace::openQueue(TicketQueue queue) {
    if (!m_ws.navigator)
        return;
    TicketFilter filter;
    if (m_shown.queues.ownOnly)
        filter.handlerId = m_ws.user.staffId; // what the count counted: their own tickets
    m_ws.navigator->openTicketQueue(queue, filter);
}

void TodayPlace::showSnapshot(const TodaySnapshot &s) {
    m_shown = s;
    m_ui->todayStatus->setText(tr("Updated %1").arg(localTime(s.atMs, QStringLiteral("HH:mm:ss"))));
    showIncidents(s);
    showQueues(s.queues);
    showVolume(s);
    setCount(m_ui->broadcastsButton, tr("Unread"), s.unreadBroadcasts);
    m_ui->reviewsBox->setVisible(s.reviews.has_value());
    if (s.reviews) {
        setCount(m_ui->reviewsButton, tr("Due"), s.reviews->due);
        if (s.reviews->overdue > 0)
            m_ui->reviewsButton->setText(
                tr("%1 (overdue: %L2)").arg(m_ui->reviewsButton->text()).arg(s.reviews->overdue));
    }
    m_ui->reportsBox->setVisible(s.reports.has_value());
    if (s.reports)
        showReports(*s.reports);
    Q_EMIT updated();
}

void TodayPlace::showIncidents(const TodaySnapshot &s) {
    QPushButton *grades[] = {m_ui->gradeButton0, m_ui->gradeButton1, m_ui->gradeButton2,
                             m_ui->gradeButton3};
    for (int g = 0; g < 4; ++g) {
        QPushButton *b = grades[g];
        const int n = s.incidentsByGrade[std::size_t(g)];
        setCount(b, IncidentLabels::grade(Grade(g)), n);
        const QColor fill = IncidentLabels::gradeColour(Grade(g));
        const QColor ink = IncidentLabels::gradeTextColour(Grade(g));
        // A border makes the style paint the background of the flat button.
        b->setStyleSheet(n > 0 ? QStringLiteral("text-align: left; padding: 2px 6px; border: 1px "
                                                "solid %1; border-radius: 3px; background: %1; "
                                                "color: %2;")
                                     .arg(fill.name(), ink.name())
                               : QStringLiteral("text-align: left; padding: 2px 6px;"));
    }
    m_ui->incidentList->clear();
    for (const TodayIncident &i : s.incidents) {
        auto *item = new QListWidgetItem(tr("%1 · %2 · for %3")
                                             .arg(Labels::problemType(i.problemType),
                                                  IncidentLabels::grade(i.grade),
                                                  IncidentLabels::age(s.atMs - i.since)),
                                         m_ui->incidentList);
        item->setData(kIdRole, i.id);
        item->setBackground(IncidentLabels::gradeColour(i.grade));
        item->setForeground(IncidentLabels::gradeTextColour(i.grade));
    }
    if (s.incidents.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No open incidents"), m_ui->incidentList);
        none->setFlags(Qt::NoItemFlags);
    }
}

void TodayPlace::showQueues(const TodayQueues &q) {
    setCount(m_ui->overdueButton, Labels::queue(ticketQueueKey(TicketQueue::Overdue)), q.overdue);
    setCount(m_ui->dueSoonButton, Labels::queue(ticketQueueKey(TicketQueue::DueSoon)), q.dueSoon);
    setCount(m_ui->unassignedButton, Labels::queue(ticketQueueKey(TicketQueue::Unassigned)),
             q.unassigned);
    setCount(m_ui->greenButton, Labels::queue(ticketQueueKey(TicketQueue::GreenChannel)), q.green);
    setCount(m_ui->appealsButton, Labels::queue(ticketQueueKey(TicketQueue::Appeals)), q.appeals);
    m_ui->queuesScope->setText(q.ownOnly ? tr("Tickets you handle.") : QString());
    m_ui->queuesScope->setVisible(q.ownOnly);
}

void TodayPlace::showVolume(const TodaySnapshot &s) {
    QGridLayout *grid = m_ui->volumeGrid;
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const TodayVolume &v : s.volume) {
        auto *type = new QPushButton(Labels::problemType(v.problemType), m_ui->volumeBox);
        type->setObjectName(QStringLiteral("volumeType_") + v.problemType);
        type->setFlat(true);
        type->setCursor(Qt::PointingHandCursor);
        type->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
        connect(type, &QPushButton::clicked, this, [this] { showPlace(QStringLiteral("volume")); });
        auto *line = new Sparkline(m_ui->volumeBox);
        line->setObjectName(QStringLiteral("volumeLine_") + v.problemType);
        // The threshold counts over the burst window; the line counts per bucket.
        const int perBucket =
            v.burstWindowMs > 0 && v.threshold > 0
                ? int((qint64(v.threshold) * TodaySnapshot::kBucketMs + v.burstWindowMs - 1) /
                      v.burstWindowMs)
                : 0;
        const bool over = v.threshold > 0 && v.lastBurstWindow >= v.threshold;
        line->setValues(v.buckets, perBucket);
        line->setColour(over ? QColor(0xc6, 0x28, 0x28) : QColor());
        const qint64 minutes = v.burstWindowMs / kMinuteMs;
        auto *figure =
            new QLabel(v.threshold > 0 ? tr("%L1 in %2 min / threshold %L3")
                                             .arg(v.lastBurstWindow)
                                             .arg(minutes)
                                             .arg(v.threshold)
                                       : tr("%L1 in %2 min").arg(v.lastBurstWindow).arg(minutes),
                       m_ui->volumeBox);
        figure->setObjectName(QStringLiteral("volumeFigure_") + v.problemType);
        figure->setTextFormat(Qt::PlainText);
        if (over)
            figure->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        line->setToolTip(tr("%1: %L2 complaints in the last hour").arg(type->text()).arg(v.total));
        grid->addWidget(type, row, 0);
        grid->addWidget(line, row, 1);
        grid->addWidget(figure, row, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    m_ui->volumeNote->setText(
        s.volume.isEmpty()
            ? tr("No complaints in the last hour.")
            : tr("Complaints per 5 minutes over the last hour; the dashed line is the burst "
                 "threshold of the grading rules in force, per 5 minutes."));
}

void TodayPlace::showReports(const QList<TodaySchedule> &schedules) {
    m_ui->reportList->clear();
    for (const TodaySchedule &t : schedules) {
        auto *item = new QTreeWidgetItem(m_ui->reportList);
        item->setText(0, t.name);
        item->setData(0, kIdRole, t.id);
        item->setText(1, !t.active ? tr("paused")
                         : t.nextRunMs > 0
                             ? localTime(t.nextRunMs, QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QStringLiteral("–"));
        if (t.lastState) {
            item->setText(
                2, tr("%1 · %2").arg(ReportScheduleLabels::runState(*t.lastState), t.lastPeriodAt));
            if (*t.lastState == ReportRunState::Failed)
                item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        } else {
            item->setText(2, tr("never"));
        }
    }
    if (schedules.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_ui->reportList);
        none->setText(0, tr("No report schedules"));
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::NoItemFlags);
    }
}

QWidget *createTodayPlace(const Workspace &ws, QWidget *parent) {
    return new TodayPlace(ws, parent);
}

} // namespace sb::app
