#include "admin/rowsview.h"

#include <QHeaderView>
#include <QTableView>

namespace sb::app {

void setUpRowsView(QTableView *view, QAbstractItemView::SelectionMode mode) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(mode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace sb::app
