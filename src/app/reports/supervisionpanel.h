#pragma once

#include "reports/supervisionstore.h"
#include "shell/workspace.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SupervisionPanel;
}

namespace sb::app {

class SupervisionItemsModel;

// Supervision items (督办): the items opened from reports' recurring problems, open ones or
// all, with owner, due date, status and the last note, overdue ones highlighted. Holders of
// reports.supervise edit the selected item (owner, due date, status, notes) and close it with
// a closing note; everyone else reads. Work runs on the workstation's background worker; a
// save made on a version someone else changed meanwhile is refused with a "reload" message.
// Refreshes when the change feed reports supervision items.
class SupervisionPanel : public QWidget, public Place {
    Q_OBJECT
public:
    SupervisionPanel(const Workspace &ws, QWidget *parent = nullptr);
    ~SupervisionPanel() override;

    void applyChanges(const QList<sb::Change> &changes) override;
    // Reads the items again (keeps the selected one selected).
    void reload();
    // Selects the item (after a reload when it is not listed yet).
    void selectItem(qint64 id);
    const QList<SupervisionItem> &items() const;
    qint64 selectedId() const;
    bool mayEdit() const { return m_mayEdit; }
    bool isBusy() const { return m_busy > 0; }

    // Column indexes of the list, and the role telling whether a row is overdue.
    enum Column { Subject, Dimension, Key, Owner, Due, Status, LastNote, ColumnCount };
    static constexpr int OverdueRole = Qt::UserRole + 1;
    static constexpr int ItemIdRole = Qt::UserRole + 2;
    static QString statusLabel(SupervisionStatus status);
    static QString dimensionLabel(const QString &dimension);
    // What is supervised, in words ("Login failure", or the category as written).
    static QString subjectOf(const QString &dimension, const QString &key);

Q_SIGNALS:
    // After a reload: the list shown is current.
    void itemsLoaded();
    // After a save or close: ok, or the message shown.
    void saveFinished(bool ok, const QString &message);

private:
    struct Outcome;
    void showSelected();
    void updateButtons();
    void save();
    void closeItem();
    // Runs `write` (a store call) on the worker for the item shown; a refused write on a
    // version that changed meanwhile shows the reload message.
    void write(std::function<bool(SupervisionStore &, SupervisionItem &, QString &)> write,
               const QString &doneText);
    void showError(const QString &text, bool offerReload);

    Workspace m_ws;
    std::unique_ptr<Ui::SupervisionPanel> m_ui;
    SupervisionItemsModel *m_model = nullptr;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    bool m_mayEdit = false;
    int m_generation = 0;
    int m_busy = 0;
    qint64 m_wanted = 0; // the item to select once listed
    qint64 m_shownId = 0;
    qint64 m_shownVersion = 0;
};

} // namespace sb::app
