#include "admin/logtable.h"

#include "admin/rowsview.h"

namespace sb::app {

LogTimeRange::LogTimeRange(const Clock &clock, QWidget *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_from(new QDateTimeEdit(parent))
    , m_to(new QDateTimeEdit(parent)) {
    const QDateTime now = clock.now().toLocalTime();
    for (QDateTimeEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now.addSecs(3600));
    connect(m_to, &QDateTimeEdit::editingFinished, this, [this] { m_toChosen = true; });
}

void LogTimeRange::set(qint64 fromMs, qint64 toMs) {
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs).toLocalTime());
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs).toLocalTime());
    m_toChosen = true;
}

bool LogTimeRange::prepare(QString &error) {
    if (!m_toChosen)
        m_to->setDateTime(m_clock.now().toLocalTime().addSecs(3600));
    if (toMs() <= fromMs()) {
        error = tr("The time range is empty: “to” must be after “from”.");
        return false;
    }
    return true;
}

void setUpLogView(QTableView *view, QStandardItemModel *rows, QSortFilterProxyModel *sorted,
                  int sortColumn) {
    sorted->setSourceModel(rows);
    sorted->setSortRole(Qt::UserRole);
    view->setModel(sorted);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::DescendingOrder);
    setUpRowsView(view, QAbstractItemView::ExtendedSelection);
}

QStandardItem *logCell(const QString &shown, const QVariant &sortKey) {
    auto *it = new QStandardItem(shown);
    it->setData(sortKey, Qt::UserRole);
    return it;
}

QStandardItem *logTimeCell(qint64 ms) {
    return logCell(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
                       QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                   ms);
}

} // namespace sb::app
