#pragma once

#include "admin/admintab.h"
#include "admin/logtable.h"
#include "security/logqueries.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

// The audit log: filter by time range, actor, action, entity and free text (searched in the
// detail too), sort by any column, read one entry's detail. Reading needs admin.audit.
class AuditTab : public AdminTab {
    Q_OBJECT
public:
    AuditTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    using Filter = AuditLogFilter;
    // Runs the filter in the form; false with the status line saying why.
    bool refresh();
    Filter filter() const;
    void setFilter(const Filter &f);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *model() const { return m_sorted; }
    int shownLimit() const { return 2000; }

    enum Column { At, Actor, Action, Entity, EntityId, Detail };

private:
    void reloadChoices();
    void updateAccess();

    LogTimeRange *m_range;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QComboBox *m_entity;
    QLineEdit *m_text;
    QPushButton *m_apply;
    QStandardItemModel *m_rows;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
};

} // namespace sb::app
