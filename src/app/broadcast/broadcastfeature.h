#pragma once

#include "security/permissions.h"
#include "shell/featurespec.h"

#include "messaging/message.h"
#include "shell/workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QSystemTrayIcon;
class QToolBar;

namespace sb::app {

class BroadcastDelivery;
class MainWindow;
class MessagePopup;
class OutboxThread;
class TickerBar;

// The always-on part of broadcasts (docs/spec/DOMAIN.md §5), attached to the main window:
//  - at login and on every "message" insert from the change feed it fetches the signed-in
//    person's pending messages (on the delivery thread), shows each in its modes and records
//    them as delivered;
//  - pop-up: a non-modal MessagePopup per message (at most kMaxPopups open at once; the rest
//    stay in the inbox); sound: QApplication::beep(); system tray: a notification when
//    a tray is available;
//  - ticker and highlight show state, not events: every unread, unexpired message of the
//    person with the ticker mode scrolls in the ticker strip, and the Broadcasts entry of the
//    navigation is bold with unread messages (coloured while one of them asks for highlight or is
//    urgent). Both are re-read on receipt changes and when the next message expires;
//  - the webhook outbox worker on its own thread, for people who may send broadcasts.
// Read receipts: a message counts as read when the person presses "Mark as read" on its
// pop-up or selects it in the inbox (its full text is then shown). A pop-up that is merely on
// screen does not count: nobody may be at the desk.
class BroadcastFeature : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxPopups = 5;

    explicit BroadcastFeature(MainWindow &window);
    ~BroadcastFeature() override;

    TickerBar *ticker() const { return m_ticker; }
    QList<MessagePopup *> popups() const;
    int unreadCount() const { return m_unread; }
    // Records the read receipt of one message of the signed-in person (off the GUI thread).
    void markRead(qint64 messageId);
    void refreshIndicators();

Q_SIGNALS:
    // Messages fetched and shown (pop-up, ticker, highlight, sound) on this workstation.
    void messagesShown(const QList<qint64> &messageIds);
    void readRecorded(qint64 messageId);

private:
    void onChanges(const QList<sb::Change> &changes);
    void onPending(const QList<sb::StoredMessage> &messages);
    void showPopup(const StoredMessage &message);
    void notifyTray(const StoredMessage &message);
    void onExpiryTimer();
    void scheduleExpiry(std::optional<qint64> nextExpiry);

    MainWindow &m_window;
    Workspace m_ws;
    BroadcastDelivery *m_delivery = nullptr;
    OutboxThread *m_outbox = nullptr;
    QToolBar *m_tickerBar = nullptr;
    TickerBar *m_ticker = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<qint64> m_shown; // fetched in this session (a fetch can overlap a delivery write)
    QList<QPointer<MessagePopup>> m_popups; // in the order shown
    QSet<qint64> m_indicatorIds;            // unread messages currently counted or on the ticker
    int m_unread = 0;
    QTimer m_expiry;
    QTimer m_coalesce;
};

// Attaches the feature to the window (called once from installFeatures).
void installBroadcastFeature(MainWindow &window);
// The Broadcasts feature: its navigation entry, place and always-on parts.
FeatureSpec broadcastsFeature();
QWidget *createBroadcastPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app
