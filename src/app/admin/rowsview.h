#pragma once

#include <QAbstractItemView>

class QTableView;

namespace sb::app {

// A table of rows to pick from: whole rows selected (`mode`), not editable in place, no row
// numbers, the last column taking the room left.
void setUpRowsView(QTableView *view,
                   QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

} // namespace sb::app
