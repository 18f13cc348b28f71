#pragma once

#include "tickets/ticketenv.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace sb::app {

class ActionDialog;
class AttachmentsPane;
class KbLinksPane;

// One ticket: its fields, full timeline, the actions allowed now (by state and permission),
// linked incident and knowledge-base cases, attachments, and the customer's earlier tickets.
// Actions are applied with the version shown; a ticket changed meanwhile is refused with
// "changed by NAME at TIME" and the choice to reload ("conflictBox").
class TicketDetailPanel : public QWidget {
    Q_OBJECT
public:
    TicketDetailPanel(const TicketEnv &env, QWidget *parent = nullptr);

    void showTicket(qint64 id);
    void reload();
    qint64 ticketId() const { return m_id; }
    qint64 version() const { return m_version; }
    QString state() const { return m_state; }
    AttachmentsPane *attachments() const { return m_attachments; }
    KbLinksPane *kbLinks() const { return m_kb; }
    // Shows or hides the row of lifecycle actions (a reviewer only reads the ticket).
    void setActionsShown(bool shown);

Q_SIGNALS:
    void ticketChanged(qint64 id);

private:
    void clear();
    void loadFields();
    void loadTimeline();
    void loadLinks();
    void loadHistory();
    void rebuildActions();
    void startAction(const WorkflowAction &action);
    void submit(ActionDialog *dialog, qint64 seenVersion);
    void showConflict(const QString &message);
    void toggleGreenChannel();
    QString eventLabel(const QString &action) const;
    QString timeText(qint64 ms) const;

    const TicketEnv &m_env;
    qint64 m_id = 0;
    qint64 m_version = 0;
    QString m_state, m_kind, m_serial, m_problemType;
    bool m_hasCustomer = false; // the ticket names a customer: show their other tickets
    bool m_green = false;
    int m_tier = 1;
    QLabel *m_title;
    QFormLayout *m_fields;
    QPlainTextEdit *m_description;
    QWidget *m_actionsBox;
    QHBoxLayout *m_actions;
    QTabWidget *m_tabs;
    QTableWidget *m_timeline;
    QLabel *m_incident;
    KbLinksPane *m_kb;
    AttachmentsPane *m_attachments;
    QTableWidget *m_history;
};

} // namespace sb::app
