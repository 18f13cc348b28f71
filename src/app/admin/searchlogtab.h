#pragma once

#include "admin/admintab.h"
#include "admin/logtable.h"
#include "security/logqueries.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

// Who searched (or exported) which tickets, and when (table query_log, written by the tickets
// place): filter by time range, person and words of the query; newest first. Reading needs
// admin.audit (on PostgreSQL the server lets supervisors, managers and administrators read it).
class SearchLogTab : public AdminTab {
    Q_OBJECT
public:
    SearchLogTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    using Filter = SearchLogFilter;
    bool refresh(); // false with the status line saying why
    void setFilter(const Filter &f);
    QSortFilterProxyModel *model() const { return m_sorted; }
    QPushButton *searchButton() const { return m_apply; }
    static constexpr int kShownLimit = 2000;

    enum Column { At, Person, Purpose, Queue, Query };

private:
    void updateAccess();

    LogTimeRange *m_range;
    QLineEdit *m_person;
    QLineEdit *m_text;
    QPushButton *m_apply;
    QStandardItemModel *m_rows;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
};

} // namespace sb::app
