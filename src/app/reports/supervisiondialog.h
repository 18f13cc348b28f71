#pragma once

#include "reports/supervisionstore.h"
#include "shell/workspace.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SupervisionDialog;
}

namespace sb::app {

// Opens a supervision item (督办) from a report's recurring row: what is supervised and the
// period come from the draft; the manager names the owner, the due date and notes (prefilled
// from the draft). OK writes it through SupervisionStore on the background worker; the dialog
// stays open with the reason when the store refuses.
class SupervisionDialog : public QDialog {
    Q_OBJECT
public:
    SupervisionDialog(const Workspace &ws, const SupervisionDraft &draft,
                      QWidget *parent = nullptr);
    ~SupervisionDialog() override;

    // The draft as the form now holds it.
    SupervisionDraft draft() const;
    void accept() override;

Q_SIGNALS:
    void opened(const sb::SupervisionItem &item);

private:
    Workspace m_ws;
    SupervisionDraft m_draft;
    std::unique_ptr<Ui::SupervisionDialog> m_ui;
    std::unique_ptr<DbWorker> m_ownWorker; // only when the workspace has no background worker
    DbWorker *m_worker = nullptr;
    bool m_writing = false;
};

} // namespace sb::app
