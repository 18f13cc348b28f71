#include "broadcast/broadcastfeature.h"
#include "security/permissions.h"

#include "broadcast/broadcastdelivery.h"
#include "broadcast/broadcastplace.h"
#include "broadcast/messagepopup.h"
#include "broadcast/tickerbar.h"
#include "messaging/messagequery.h"
#include "shell/mainwindow.h"

#include <QApplication>

#include <QListWidget>
#include <QScreen>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <algorithm>

namespace sb::app {

namespace {
constexpr int kIndicatorLimit = 50;
const QString kPlaceKey = QStringLiteral("broadcasts");
} // namespace

BroadcastFeature::BroadcastFeature(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_ws(window.workspace()) {
    setObjectName(QStringLiteral("broadcastFeature"));
    m_delivery = new BroadcastDelivery(m_ws.db->url(), *m_ws.clock, this, m_ws.background);
    connect(m_delivery, &BroadcastDelivery::pendingFetched, this, &BroadcastFeature::onPending);
    connect(m_delivery, &BroadcastDelivery::readRecorded, this, [this](qint64 id) {
        Q_EMIT readRecorded(id);
        m_coalesce.start();
    });
    connect(m_delivery, &BroadcastDelivery::failed, this, [this](const QString &error) {
        qWarning("broadcast delivery: %s", qPrintable(error));
    });

    m_ticker = new TickerBar;
    m_tickerBar = new QToolBar(tr("Message ticker"), &m_window);
    m_tickerBar->setObjectName(QStringLiteral("broadcastTickerBar"));
    m_tickerBar->setMovable(false);
    m_tickerBar->addWidget(m_ticker);
    m_ticker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_window.addToolBar(Qt::BottomToolBarArea, m_tickerBar);
    m_tickerBar->setVisible(false);
    connect(m_ticker, &TickerBar::clicked, this, [this] { m_window.showPlace(kPlaceKey); });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("broadcastTray"));
        QIcon icon = m_window.windowIcon();
        if (icon.isNull())
            icon = m_window.style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Signalboard"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window.showNormal();
            m_window.raise();
            m_window.showPlace(kPlaceKey);
        });
    }

    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &BroadcastFeature::onExpiryTimer);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &BroadcastFeature::refreshIndicators);
    connect(&m_window, &MainWindow::changesArrived, this, &BroadcastFeature::onChanges);

    const bool mayPush = m_ws.user.permissions.has(perm::BroadcastSend) ||
                         m_ws.user.permissions.has(perm::BroadcastWebhook);
    if (mayPush && m_ws.canWrite) {
        m_outbox = new OutboxThread(m_ws.db->url(), *m_ws.clock, this, m_ws.background);
        connect(m_outbox, &OutboxThread::storageError, this,
                [](const QString &error) { qWarning("webhook outbox: %s", qPrintable(error)); });
        m_outbox->start();
    }

    // At login: everything that arrived while this person was away, most important first.
    m_delivery->fetchPending(m_ws.user.staffId);
    refreshIndicators();
}

BroadcastFeature::~BroadcastFeature() = default;

QList<MessagePopup *> BroadcastFeature::popups() const {
    QList<MessagePopup *> out;
    for (const QPointer<MessagePopup> &p : m_popups) {
        if (p)
            out.append(p.data());
    }
    return out;
}

void BroadcastFeature::onChanges(const QList<Change> &changes) {
    bool fetch = false;
    bool indicators = false;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Message && c.op == ChangeOp::Insert)
            fetch = true;
        else if (c.entity == ChangeEntity::Receipt && m_indicatorIds.contains(c.entityId))
            indicators = true;
    }
    if (fetch)
        m_delivery->fetchPending(m_ws.user.staffId);
    if (indicators)
        m_coalesce.start();
}

void BroadcastFeature::onPending(const QList<StoredMessage> &messages) {
    QList<qint64> ids;
    QList<qint64> own;
    bool sound = false;
    const qint64 me = m_ws.user.staffId;
    for (const StoredMessage &m : messages) {
        if (m_shown.contains(m.id))
            continue;
        m_shown.insert(m.id);
        ids.append(m.id);
        if (m.senderId == me) {
            own.append(m.id); // one's own broadcast: delivered and read, not shown
            continue;
        }
        if (m.modes.testFlag(DisplayMode::Popup))
            showPopup(m);
        if (m.modes.testFlag(DisplayMode::Sound))
            sound = true;
        if (m.modes.testFlag(DisplayMode::Popup) || m.priority >= MessagePriority::Urgent)
            notifyTray(m);
    }
    if (ids.isEmpty())
        return;
    if (sound)
        QApplication::beep();
    refreshIndicators();
    if (m_ws.canWrite) { // a read-only workstation shows them again next time
        m_delivery->markDelivered(me, ids);
        for (qint64 id : std::as_const(own))
            m_delivery->markRead(me, id);
    }
    Q_EMIT messagesShown(ids);
}

void BroadcastFeature::showPopup(const StoredMessage &message) {
    if (popups().size() >= kMaxPopups)
        return; // the rest wait in the inbox (counted by the highlight)
    auto *popup = new MessagePopup(message, &m_window);
    connect(popup, &MessagePopup::markReadRequested, this, &BroadcastFeature::markRead);
    connect(popup, &MessagePopup::openInboxRequested, this, [this](qint64 id) {
        m_window.showNormal();
        m_window.raise();
        m_window.showPlace(kPlaceKey);
        if (auto *place = qobject_cast<BroadcastPlace *>(m_window.place(kPlaceKey)))
            place->showInboxMessage(id); // viewing it there records the receipt
    });
    const int n = int(popups().size());
    m_popups.append(popup);
    popup->show();
    if (const QScreen *screen = m_window.screen()) {
        const QRect area = screen->availableGeometry();
        popup->move(area.right() - popup->width() - 24 - n * 24,
                    area.bottom() - popup->height() - 48 - n * 24);
    }
}

void BroadcastFeature::notifyTray(const StoredMessage &message) {
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    const QString title = message.subject.isEmpty() ? tr("New message") : message.subject;
    m_tray->showMessage(title, message.body.left(200),
                        message.priority >= MessagePriority::Urgent ? QSystemTrayIcon::Warning
                                                                    : QSystemTrayIcon::Information,
                        10000);
}

void BroadcastFeature::markRead(qint64 messageId) {
    if (m_ws.canWrite)
        m_delivery->markRead(m_ws.user.staffId, messageId);
}

void BroadcastFeature::refreshIndicators() {
    MessageFilter f;
    f.view = MessageFilter::View::Inbox;
    f.receiverId = m_ws.user.staffId;
    f.readState = MessageFilter::ReadState::Unread;
    f.hideExpiredAt = m_ws.clock->nowMs();
    f.sortColumn = QStringLiteral("priority");
    f.descending = true;
    f.limit = kIndicatorLimit;
    QList<StoredMessage> unread;
    QString error;
    if (m_ws.user.staffId <= 0 || !MessageQuery(*m_ws.db).run(f, unread, error)) {
        if (!error.isEmpty())
            qWarning("broadcast indicators: %s", qPrintable(error));
        return;
    }
    m_indicatorIds.clear();
    QStringList ticker;
    bool highlight = false;
    std::optional<qint64> nextExpiry;
    int count = 0;
    for (const StoredMessage &m : std::as_const(unread)) {
        m_indicatorIds.insert(m.id);
        if (m.senderId == m_ws.user.staffId)
            continue; // one's own broadcast, its receipt is on its way
        ++count;
        if (m.modes.testFlag(DisplayMode::Ticker)) {
            QString line = m.subject.isEmpty() ? m.body : m.subject + QStringLiteral(": ") + m.body;
            line.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (!m.attachmentNames.isEmpty())
                line += QStringLiteral("  ") + attachmentLine(m.attachmentNames);
            ticker.append(line);
        }
        if (m.modes.testFlag(DisplayMode::Highlight) || m.priority >= MessagePriority::Urgent)
            highlight = true;
        if (m.expiresAt && (!nextExpiry || *m.expiresAt < *nextExpiry))
            nextExpiry = m.expiresAt;
    }
    // Pop-ups of messages that expired, or were read elsewhere (the inbox, another
    // workstation), close themselves.
    const bool complete = unread.size() < kIndicatorLimit;
    for (auto it = m_popups.begin(); it != m_popups.end();) {
        if (!*it) {
            it = m_popups.erase(it);
            continue;
        }
        const StoredMessage &pm = (*it)->message();
        const bool expired = pm.expiresAt && *pm.expiresAt <= m_ws.clock->nowMs();
        if (expired || (complete && !m_indicatorIds.contains(pm.id))) {
            (*it)->close();
            it = m_popups.erase(it);
            continue;
        }
        if (pm.expiresAt && (!nextExpiry || *pm.expiresAt < *nextExpiry))
            nextExpiry = pm.expiresAt;
        ++it;
    }

    m_ticker->setText(ticker.join(QStringLiteral("     •     ")));
    m_tickerBar->setVisible(!ticker.isEmpty());
    m_unread = count;
    if (auto *nav = m_window.findChild<QListWidget *>(QStringLiteral("placeList"))) {
        const int row = int(m_window.placeKeys().indexOf(kPlaceKey));
        if (QListWidgetItem *item = row >= 0 ? nav->item(row) : nullptr) {
            // The count itself is the entry's badge (Today's navigation counts).
            item->setData(Qt::UserRole + 1, m_unread);
            QFont font = nav->font();
            font.setBold(m_unread > 0);
            item->setFont(font);
            item->setBackground(highlight ? QBrush(QColor(0xff, 0xcd, 0xd2)) : QBrush());
            item->setData(Qt::UserRole + 2, highlight);
        }
    }
    scheduleExpiry(nextExpiry);
}

void BroadcastFeature::scheduleExpiry(std::optional<qint64> nextExpiry) {
    if (!nextExpiry) {
        m_expiry.stop();
        return;
    }
    const qint64 wait = *nextExpiry - m_ws.clock->nowMs();
    m_expiry.start(int(std::clamp<qint64>(wait + 50, 200, 60000)));
}

void BroadcastFeature::onExpiryTimer() {
    refreshIndicators();
}

FeatureSpec broadcastsFeature() {
    return {QStringLiteral("broadcasts"), QT_TRANSLATE_NOOP("sb::app::MainWindow", "Broadcasts"),
            QStringLiteral("mail-send"),  QString(),
            &createBroadcastPlace,        &installBroadcastFeature};
}

void installBroadcastFeature(MainWindow &window) {
    new BroadcastFeature(window);
}

} // namespace sb::app
