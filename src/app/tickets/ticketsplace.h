#pragma once

#include "shell/navigator.h"
#include "shell/searchable.h"
#include "shell/workspace.h"
#include "tickets/bulkactions.h"
#include "tickets/ticketenv.h"
#include "tickets/ticketpagemodel.h"
#include "tickets/ticketstores.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class TicketsPlace;
}

namespace sb::app {

class TicketDetailPanel;
class BulkFlow;

// Tickets: queues (My work … All) with saved filters on every criterion, a keyset-paged table
// kept current from the change feed with a live deadline countdown, the ticket detail with
// its allowed actions, registration, and bulk actions on a selection.
class TicketsPlace : public QWidget, public Place, public Searchable {
    Q_OBJECT
public:
    TicketsPlace(const Workspace &ws, QWidget *parent = nullptr);
    ~TicketsPlace() override;
    void applyChanges(const QList<sb::Change> &changes) override;
    // Ctrl+F: the text filter field.
    void focusSearch() override;
    TicketPageModel *model() const { return m_model; }
    TicketDetailPanel *detail() const { return m_detail; }

    // Runs the queue with the filter in the widgets, and logs the search (query_log).
    void search();
    void showQueue(TicketQueue queue);
    // Shows `queue` with `filter` in the filter bar (a selection shown is cleared) and runs it.
    void openQueue(TicketQueue queue, const TicketFilter &filter);
    TicketFilter filterFromWidgets() const;
    void setWidgetsFromFilter(const TicketFilter &f);
    void startBulk(BulkKind kind);

    // Shows exactly the selection's tickets (a report figure's) in the All queue, the other
    // criteria cleared, under a bar naming it; the queue and filters may narrow it further.
    // Clear (clearSelection) returns to the queue and filter shown before.
    void showSelection(const TicketSelection &selection);
    void clearSelection();
    bool hasSelection() const { return m_selecting; }

    // "Export view…": asks for a file through the chooser (QFileDialog by default; tests
    // inject their own), then exports the queue, filter and sort shown (exportViewTo).
    using ExportFileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    void setExportFileChooser(ExportFileChooser chooser) { m_chooseFile = std::move(chooser); }
    void exportView();
    // Every ticket of the view shown (not only the page) to `path`, on a worker thread.
    void exportViewTo(const QString &path);

Q_SIGNALS:
    // After an export: the message shown ("Exported N tickets to PATH" or the error).
    void exportFinished(bool ok, const QString &message);

private:
    // The choices of the filter boxes: channels, tiers, types, states, grades, staff.
    void fillFilterChoices();
    void updatePageLabel();
    // Stores how many tickets the logged search found (query_log.results).
    void logSearchResults(qint64 count);
    void reloadSavedFilters();
    void saveFilter();
    void applySavedFilter(int index);
    void deleteSavedFilter();
    void sortBy(int column);
    QList<BulkTarget> selectedTargets(QMap<qint64, QString> &labels) const;
    void updateSelectionBar();

    TicketEnv m_env;
    std::unique_ptr<Ui::TicketsPlace> m_ui;
    TicketPageModel *m_model = nullptr;
    TicketDetailPanel *m_detail = nullptr;
    QList<SavedFilter> m_savedFilters;
    bool m_columnsSized = false;
    ExportFileChooser m_chooseFile;
    bool m_exporting = false;
    qint64 m_searchLogId = 0; // the logged search whose count has not come yet
    bool m_selecting = false; // a selection is shown (m_selection, maybe with no ids)
    TicketSelection m_selection;
    TicketQueue m_queueBefore = TicketQueue::All; // what Clear returns to
    TicketFilter m_filterBefore;
};

} // namespace sb::app
