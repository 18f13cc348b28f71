#include "broadcast/broadcastplace.h"
#include "security/permissions.h"

#include "broadcast/attachmentpanel.h"
#include "broadcast/broadcastfeature.h"
#include "broadcast/composedialog.h"
#include "broadcast/messagepopup.h"
#include "broadcast/webhookdialog.h"
#include "messaging/messagestore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QVBoxLayout>

namespace sb::app {

namespace {
QTableView *makeView(MessageTableModel *model, const QString &name, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    view->horizontalHeader()->setDefaultSectionSize(120);
    // Subject and message get room; the rest are short.
    const bool inbox = model->filter().view == MessageFilter::View::Inbox;
    view->setColumnWidth(
        inbox ? int(MessageTableModel::InSubject) : int(MessageTableModel::OutSubject), 220);
    view->setColumnWidth(inbox ? int(MessageTableModel::InBody) : int(MessageTableModel::OutBody),
                         360);
    view->setColumnWidth(inbox ? int(MessageTableModel::InSent) : int(MessageTableModel::OutSent),
                         130);
    view->setSortingEnabled(true); // MessageTableModel::sort asks the database
    return view;
}
QString needs(const QString &key) {
    return BroadcastPlace::tr("Needs the permission \"%1\".").arg(key);
}
BroadcastFeature *featureOf(QWidget *w) {
    QWidget *top = w->window();
    return top ? top->findChild<BroadcastFeature *>() : nullptr;
}
} // namespace

BroadcastPlace::BroadcastPlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws) {
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Broadcasts"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    top->addWidget(heading);
    top->addStretch(1);
    auto *compose = new QPushButton(tr("New message…"), this);
    compose->setObjectName(QStringLiteral("composeButton"));
    if (!ws.canWrite) {
        compose->setEnabled(false);
        compose->setToolTip(ws.readOnlyReason);
    }
    connect(compose, &QPushButton::clicked, this, &BroadcastPlace::openCompose);
    auto *hooks = new QPushButton(tr("Chat webhooks…"), this);
    hooks->setObjectName(QStringLiteral("webhooksButton"));
    if (!ws.user.permissions.has(perm::BroadcastWebhook)) {
        hooks->setEnabled(false);
        hooks->setToolTip(needs(perm::BroadcastWebhook));
    }
    connect(hooks, &QPushButton::clicked, this, &BroadcastPlace::openWebhooks);
    top->addWidget(hooks);
    top->addWidget(compose);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("broadcastTabs"));
    m_tabs->addTab(buildInbox(), tr("Inbox"));
    m_tabs->addTab(buildSent(), tr("Sent"));
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("broadcastStatus"));
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    connect(m_inboxAttachments, &AttachmentPanel::status, m_status, &QLabel::setText);
    connect(m_sentAttachments, &AttachmentPanel::status, m_status, &QLabel::setText);

    for (QTimer *t : {&m_inboxRefresh, &m_sentRefresh, &m_receiptRefresh}) {
        t->setSingleShot(true);
        t->setInterval(200); // 500 receipts in a burst become a few refreshes
    }
    connect(&m_inboxRefresh, &QTimer::timeout, this,
            [this] { refreshModel(m_inbox, m_inboxView); });
    connect(&m_sentRefresh, &QTimer::timeout, this, [this] { refreshModel(m_sent, m_sentView); });
    connect(&m_receiptRefresh, &QTimer::timeout, this, &BroadcastPlace::refreshReceipts);
    refreshModel(m_inbox, m_inboxView);
    refreshModel(m_sent, m_sentView);
}

QWidget *BroadcastPlace::buildInbox() {
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    const bool others = m_ws.user.permissions.has(perm::BroadcastSend);
    m_inboxFilter =
        new MessageFilterBar(m_ws, MessageFilter::View::Inbox, 0, m_ws.user.staffId, others, w);
    layout->addWidget(m_inboxFilter);
    m_inbox = new MessageTableModel(*m_ws.db, MessageFilter::View::Inbox, this);
    m_inbox->setFilter(m_inboxFilter->filter());
    m_inboxView = makeView(m_inbox, QStringLiteral("inboxView"), w);
    auto *split = new QSplitter(Qt::Vertical, w);
    split->addWidget(m_inboxView);
    auto *detail = new QWidget(split);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    m_inboxHeader = new QLabel(detail);
    m_inboxHeader->setObjectName(QStringLiteral("inboxDetailHeader"));
    m_inboxHeader->setTextFormat(Qt::PlainText);
    m_inboxHeader->setWordWrap(true);
    m_inboxBody = new QPlainTextEdit(detail);
    m_inboxBody->setObjectName(QStringLiteral("inboxDetailBody"));
    m_inboxBody->setReadOnly(true);
    m_reply = new QPushButton(tr("Reply…"), detail);
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_reply->setEnabled(false);
    connect(m_reply, &QPushButton::clicked, this, &BroadcastPlace::replyToSelected);
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_inboxHeader, 1);
    headRow->addWidget(m_reply);
    dl->addLayout(headRow);
    dl->addWidget(m_inboxBody, 1);
    m_inboxAttachments = new AttachmentPanel(*m_ws.db, detail);
    dl->addWidget(m_inboxAttachments);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_inboxFilter, &MessageFilterBar::changed, this, [this] {
        m_inbox->setFilter(m_inboxFilter->filter());
        refreshModel(m_inbox, m_inboxView);
    });
    connect(m_inboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BroadcastPlace::inboxSelected);
    return w;
}

QWidget *BroadcastPlace::buildSent() {
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    const bool others = m_ws.user.permissions.has(perm::BroadcastSend);
    m_sentFilter =
        new MessageFilterBar(m_ws, MessageFilter::View::Sent, m_ws.user.staffId, 0, others, w);
    layout->addWidget(m_sentFilter);
    m_sent = new MessageTableModel(*m_ws.db, MessageFilter::View::Sent, this);
    m_sent->setFilter(m_sentFilter->filter());
    m_sentView = makeView(m_sent, QStringLiteral("sentView"), w);
    auto *split = new QSplitter(Qt::Vertical, w);
    split->addWidget(m_sentView);
    auto *detail = new QWidget(split);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    m_sentHeader = new QLabel(detail);
    m_sentHeader->setObjectName(QStringLiteral("sentDetailHeader"));
    m_sentHeader->setTextFormat(Qt::PlainText);
    m_sentHeader->setWordWrap(true);
    m_resend = new QPushButton(tr("Re-send to unread"), detail);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setEnabled(false);
    connect(m_resend, &QPushButton::clicked, this, &BroadcastPlace::resendToUnread);
    head->addWidget(m_sentHeader, 1);
    head->addWidget(m_resend);
    dl->addLayout(head);
    auto *lists = new QHBoxLayout;
    auto *readBox = new QVBoxLayout;
    auto *unreadBox = new QVBoxLayout;
    auto *readLabel = new QLabel(tr("Read"), detail);
    readLabel->setObjectName(QStringLiteral("readLabel"));
    auto *unreadLabel = new QLabel(tr("Not yet read"), detail);
    unreadLabel->setObjectName(QStringLiteral("unreadLabel"));
    m_readList = new QListWidget(detail);
    m_readList->setObjectName(QStringLiteral("readList"));
    m_unreadList = new QListWidget(detail);
    m_unreadList->setObjectName(QStringLiteral("unreadList"));
    unreadBox->addWidget(unreadLabel);
    unreadBox->addWidget(m_unreadList);
    readBox->addWidget(readLabel);
    readBox->addWidget(m_readList);
    lists->addLayout(unreadBox);
    lists->addLayout(readBox);
    dl->addLayout(lists, 1);
    m_sentAttachments = new AttachmentPanel(*m_ws.db, detail);
    m_sentAttachments->setObjectName(QStringLiteral("sentAttachmentPanel"));
    dl->addWidget(m_sentAttachments);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_sentFilter, &MessageFilterBar::changed, this, [this] {
        m_sent->setFilter(m_sentFilter->filter());
        refreshModel(m_sent, m_sentView);
    });
    connect(m_sentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BroadcastPlace::sentSelected);
    return w;
}

void BroadcastPlace::refreshModel(MessageTableModel *model, QTableView *view) {
    const QModelIndex cur = view->currentIndex();
    const qint64 keep = cur.isValid() ? model->message(cur.row()).id : 0;
    const qint64 keepRecipient = cur.isValid() ? model->message(cur.row()).recipientId : 0;
    QSignalBlocker block(view->selectionModel());
    if (!model->refresh()) {
        m_status->setText(model->lastError());
        return;
    }
    m_status->clear();
    for (int row = 0; keep > 0 && row < model->rowCount(); ++row) {
        const StoredMessage &m = model->message(row);
        if (m.id == keep && m.recipientId == keepRecipient) {
            view->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
            break;
        }
    }
}

void BroadcastPlace::applyChanges(const QList<Change> &changes) {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Message) {
            m_inboxRefresh.start();
            m_sentRefresh.start();
        } else if (c.entity == ChangeEntity::Receipt) {
            m_inboxRefresh.start();
            m_sentRefresh.start();
            if (c.entityId == m_sentSelected)
                m_receiptRefresh.start();
        } else if (c.entity == ChangeEntity::Staff) {
            m_sentRefresh.start();
        }
    }
}

void BroadcastPlace::inboxSelected() {
    const QModelIndex cur = m_inboxView->currentIndex();
    if (!cur.isValid()) {
        m_inboxHeader->clear();
        m_inboxBody->clear();
        m_reply->setEnabled(false);
        QString ignored;
        m_inboxAttachments->showMessage(0, ignored);
        return;
    }
    const StoredMessage &m = m_inbox->message(cur.row());
    m_reply->setEnabled(m.senderId > 0 && m.senderId != m_ws.user.staffId && m_ws.canWrite);
    const QString from = m.senderId > 0 ? m.senderName : tr("System");
    m_inboxHeader->setText(tr("%1 — from %2, %3, %4")
                               .arg(m.subject, from,
                                    QDateTime::fromMSecsSinceEpoch(m.createdAt)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    priorityLabel(m.priority)));
    QString text = m.body;
    if (!m.script.isEmpty())
        text += QStringLiteral("\n\n") + tr("Answer script:") + QStringLiteral("\n") + m.script;
    m_inboxBody->setPlainText(text);
    QString attachmentError;
    if (!m_inboxAttachments->showMessage(m.id, attachmentError))
        m_status->setText(attachmentError);
    // Viewing one's own message in full is reading it.
    if (!m.readAt && m.recipientId == m_ws.user.staffId && m_ws.canWrite) {
        if (BroadcastFeature *feature = featureOf(this)) {
            feature->markRead(m.id);
        } else {
            QString error;
            if (!MessageStore(*m_ws.db, *m_ws.clock).markRead(m_ws.user.staffId, m.id, error))
                m_status->setText(error);
        }
        m_inboxRefresh.start();
    }
}

void BroadcastPlace::sentSelected() {
    const QModelIndex cur = m_sentView->currentIndex();
    m_sentSelected = cur.isValid() ? m_sent->message(cur.row()).id : 0;
    QString error;
    if (!m_sentAttachments->showMessage(m_sentSelected, error))
        m_status->setText(error);
    refreshReceipts();
}

void BroadcastPlace::refreshReceipts() {
    m_readList->clear();
    m_unreadList->clear();
    if (m_sentSelected <= 0) {
        m_sentHeader->clear();
        m_resend->setEnabled(false);
        return;
    }
    MessageStore store(*m_ws.db, *m_ws.clock);
    QList<Receipt> receipts;
    StoredMessage m;
    QString error;
    if (!store.message(m_sentSelected, m, error) ||
        !store.receipts(m_sentSelected, receipts, error)) {
        m_status->setText(error);
        return;
    }
    int read = 0;
    for (const Receipt &r : std::as_const(receipts)) {
        if (r.readAt) {
            ++read;
            m_readList->addItem(tr("%1 (%2) — read %3")
                                    .arg(r.name, r.employeeNo,
                                         QDateTime::fromMSecsSinceEpoch(*r.readAt).toString(
                                             QStringLiteral("HH:mm:ss"))));
        } else {
            m_unreadList->addItem(r.deliveredAt
                                      ? tr("%1 (%2) — shown, not read").arg(r.name, r.employeeNo)
                                      : tr("%1 (%2) — not yet shown").arg(r.name, r.employeeNo));
        }
    }
    const int unread = int(receipts.size()) - read;
    m_sentHeader->setText(
        tr("%1 — read by %2 of %3").arg(m.subject).arg(read).arg(receipts.size()));
    m_sentHeader->setProperty("readCount", read);
    m_sentHeader->setProperty("unreadCount", unread);
    const bool expired = m.expiresAt && *m.expiresAt <= m_ws.clock->nowMs();
    const bool mine = m.senderId == m_ws.user.staffId;
    m_resend->setEnabled(unread > 0 && !expired && mine && m_ws.canWrite);
    m_resend->setToolTip(
        !mine         ? tr("Only the sender can re-send a message.")
        : expired     ? tr("The message has expired.")
        : unread == 0 ? tr("Everyone has read it.")
                      : tr("Send it again, as a new message, to the %n who have not read it.",
                           nullptr, unread));
}

void BroadcastPlace::resendToUnread() {
    if (m_sentSelected <= 0)
        return;
    MessageStore store(*m_ws.db, *m_ws.clock);
    qint64 newId = 0;
    QString error;
    SendReport report;
    if (!store.resendToUnread(m_sentSelected, m_ws.user.staffId, newId, error, {}, &report)) {
        m_status->setText(error);
        return;
    }
    m_status->setText(
        tr("Sent again to %n person(s) who had not read it.", nullptr, report.recipients));
    m_sentRefresh.start();
}

void BroadcastPlace::showInboxMessage(qint64 messageId) {
    m_tabs->setCurrentIndex(0);
    refreshModel(m_inbox, m_inboxView);
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        const StoredMessage &m = m_inbox->message(row);
        if (m.id == messageId && m.recipientId == m_ws.user.staffId) {
            m_inboxView->setCurrentIndex(m_inbox->index(row, 0));
            return;
        }
    }
}

void BroadcastPlace::showSentMessage(qint64 messageId) {
    m_tabs->setCurrentIndex(1);
    refreshModel(m_sent, m_sentView);
    const int row = m_sent->rowOf(messageId);
    if (row >= 0)
        m_sentView->setCurrentIndex(m_sent->index(row, 0));
}

void BroadcastPlace::openCompose() {
    auto *dialog = new ComposeDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->sentMessageId();
        m_status->setText(tr("Message sent."));
        showSentMessage(id);
    });
    dialog->open();
}

void BroadcastPlace::replyToSelected() {
    const QModelIndex cur = m_inboxView->currentIndex();
    if (!cur.isValid())
        return;
    const StoredMessage &m = m_inbox->message(cur.row());
    auto *dialog = new ComposeDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNamedPeople({m.senderId});
    dialog->setSubject(tr("Re: %1").arg(m.subject));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(tr("Message sent."));
        showSentMessage(dialog->sentMessageId());
    });
    dialog->open();
}

void BroadcastPlace::openWebhooks() {
    auto *dialog = new WebhookDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QWidget *createBroadcastPlace(const Workspace &ws, QWidget *parent) {
    return new BroadcastPlace(ws, parent);
}

} // namespace sb::app
