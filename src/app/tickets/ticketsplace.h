#pragma once

#include "shell/workspace.h"
#include "tickets/bulkactions.h"
#include "tickets/ticketenv.h"
#include "tickets/ticketpagemodel.h"
#include "tickets/ticketstores.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace sb::app {

class TicketDetailPanel;
class BulkFlow;

// Tickets: queues (My work … All) with saved filters on every criterion, a keyset-paged table
// kept current from the change feed with a live deadline countdown, the ticket detail with
// its allowed actions, registration, and bulk actions on a selection.
class TicketsPlace : public QWidget, public Place {
    Q_OBJECT
public:
    TicketsPlace(const Workspace &ws, QWidget *parent = nullptr);
    void applyChanges(const QList<sb::Change> &changes) override;
    TicketPageModel *model() const { return m_model; }
    TicketDetailPanel *detail() const { return m_detail; }

    // Runs the queue with the filter in the widgets, and logs the search (query_log).
    void search();
    void showQueue(TicketQueue queue);
    TicketFilter filterFromWidgets() const;
    void setWidgetsFromFilter(const TicketFilter &f);
    void startBulk(BulkKind kind);

private:
    void buildFilterBar(QWidget *bar);
    void updatePageLabel();
    void reloadSavedFilters();
    void saveFilter();
    void applySavedFilter(int index);
    void deleteSavedFilter();
    void sortBy(int column);
    QList<BulkTarget> selectedTargets(QMap<qint64, QString> &labels) const;

    TicketEnv m_env;
    TicketPageModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    TicketDetailPanel *m_detail = nullptr;
    QListWidget *m_queues = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_text, *m_customer, *m_serial, *m_region, *m_category, *m_from, *m_to;
    QComboBox *m_channel, *m_state, *m_tier, *m_type, *m_handler, *m_receiver, *m_grade;
    QComboBox *m_saved;
    QList<SavedFilter> m_savedFilters;
    bool m_columnsSized = false;
};

} // namespace sb::app
