#pragma once

#include "broadcast/messagefilterbar.h"
#include "broadcast/messagetablemodel.h"
#include "shell/workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QWidget>

namespace sb::app {

class AttachmentPanel;

// Broadcasts place (docs/spec/DOMAIN.md §5): Inbox and Sent tabs, each a sortable, filterable
// table; the inbox shows the selected message in full (and records it as read), the sent tab
// shows who has and has not read the selected message, live, with "Re-send to unread"; both
// list the selected message's attached files.
class BroadcastPlace : public QWidget, public Place {
    Q_OBJECT
public:
    BroadcastPlace(const Workspace &ws, QWidget *parent = nullptr);
    void applyChanges(const QList<sb::Change> &changes) override;

    MessageTableModel *inboxModel() const { return m_inbox; }
    MessageTableModel *sentModel() const { return m_sent; }
    QTableView *inboxView() const { return m_inboxView; }
    QTableView *sentView() const { return m_sentView; }
    // The selected inbox message's attached files.
    AttachmentPanel *inboxAttachments() const { return m_inboxAttachments; }
    // The selected sent message's attached files.
    AttachmentPanel *sentAttachments() const { return m_sentAttachments; }
    MessageFilterBar *inboxFilter() const { return m_inboxFilter; }
    MessageFilterBar *sentFilter() const { return m_sentFilter; }
    // Selects a message in the inbox (shows it, records it as read).
    void showInboxMessage(qint64 messageId);
    void showSentMessage(qint64 messageId);
    void openCompose();
    // Compose to the sender of the selected inbox message.
    void replyToSelected();
    void openWebhooks();

private:
    QWidget *buildInbox();
    QWidget *buildSent();
    void inboxSelected();
    void sentSelected();
    void refreshReceipts();
    void resendToUnread();
    void refreshModel(MessageTableModel *model, QTableView *view);

    Workspace m_ws;
    QTabWidget *m_tabs = nullptr;
    MessageFilterBar *m_inboxFilter = nullptr;
    MessageFilterBar *m_sentFilter = nullptr;
    MessageTableModel *m_inbox = nullptr;
    MessageTableModel *m_sent = nullptr;
    QTableView *m_inboxView = nullptr;
    QTableView *m_sentView = nullptr;
    QLabel *m_inboxHeader = nullptr;
    QPlainTextEdit *m_inboxBody = nullptr;
    AttachmentPanel *m_inboxAttachments = nullptr;
    AttachmentPanel *m_sentAttachments = nullptr;
    QPushButton *m_reply = nullptr;
    QLabel *m_sentHeader = nullptr;
    QListWidget *m_readList = nullptr;
    QListWidget *m_unreadList = nullptr;
    QPushButton *m_resend = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_sentSelected = 0;
    QTimer m_inboxRefresh;
    QTimer m_sentRefresh;
    QTimer m_receiptRefresh;
};

} // namespace sb::app
