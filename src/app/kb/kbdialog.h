#pragma once

#include "kb/knowledgebase.h"
#include "shell/workspace.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class KbDialogForm;
}

namespace sb::app {

// Opens the knowledge base (non-modal, deleted on close).
void openKnowledgeBase(QWidget *parent, const Workspace &ws);

// Search box, ranked results, the article as plain text; new and edit for holders of kb.edit.
// Opening an article counts a use ("viewed"). Follows kb_article changes from other
// workstations when its parent is the main window.
class KbDialog : public QDialog {
    Q_OBJECT
public:
    KbDialog(const Workspace &ws, QWidget *parent = nullptr);
    ~KbDialog() override;

    void applyChanges(const QList<sb::Change> &changes);

private:
    void search();
    void showArticle(qint64 id);
    void setEditing(bool on);
    void save();

    Workspace m_ws;
    KnowledgeBase m_kb;
    std::unique_ptr<Ui::KbDialogForm> m_ui;
    QTimer *m_searchTimer;
    KbArticle m_current;
    bool m_editing = false;
    bool m_mayEdit = false;
};

} // namespace sb::app
