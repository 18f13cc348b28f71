#pragma once

#include "storage/database.h"
#include "workflow/workflow.h"

#include <QDialog>
#include <QHash>
#include <QLineEdit>

class QFormLayout;
class QLabel;

namespace sb::app {

// The form of one workflow action, generated from its fields (workflow_action_fields): a
// line edit for text, a spin box for integers, a combo box for choices, staff and teams.
// Every widget is named "field_<name>"; the note is "actionNote".
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    ActionDialog(Database &db, const WorkflowAction &action, const QList<ActionField> &fields,
                 const QString &ticketLabel, QWidget *parent = nullptr);

    ActionRequest request() const;
    // Shows a refusal (validation or conflict) in the form without closing it.
    void showError(const QString &message);
    const WorkflowAction &action() const { return m_action; }

Q_SIGNALS:
    // OK was pressed: the owner applies the action and closes the form only on success.
    void submitted();

private:
    QWidget *makeEditor(Database &db, const ActionField &field);
    WorkflowAction m_action;
    QList<ActionField> m_fields;
    QHash<QString, QWidget *> m_editors;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace sb::app
