#pragma once

#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QObject>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

// What the log tabs (audit log, ticket searches) share.

// The "from … to" of a log: the last 7 days up to an hour ahead. "To" follows the clock until
// someone sets it. Owned by the tab (a child object), like its two editors.
class LogTimeRange final : public QObject {
    Q_DECLARE_TR_FUNCTIONS(LogTimeRange)
public:
    LogTimeRange(const Clock &clock, QWidget *parent);
    QDateTimeEdit *from() const { return m_from; }
    QDateTimeEdit *to() const { return m_to; }
    qint64 fromMs() const { return m_from->dateTime().toMSecsSinceEpoch(); }
    qint64 toMs() const { return m_to->dateTime().toMSecsSinceEpoch(); }
    // Sets both ends; "to" no longer follows the clock.
    void set(qint64 fromMs, qint64 toMs);
    // Before a search: moves "to" along with the clock unless it was set; false with `error`
    // when the range is empty.
    bool prepare(QString &error);

private:
    const Clock &m_clock;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    bool m_toChosen = false;
};

// A read-only table of log rows sorted by their Qt::UserRole keys, newest (`sortColumn`) first.
void setUpLogView(QTableView *view, QStandardItemModel *rows, QSortFilterProxyModel *sorted,
                  int sortColumn);
// A cell showing `shown` and sorting by `sortKey`.
QStandardItem *logCell(const QString &shown, const QVariant &sortKey);
// A log time cell: local time, sorted by the instant.
QStandardItem *logTimeCell(qint64 ms);

} // namespace sb::app
