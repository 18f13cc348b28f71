#pragma once
// Shared by the broadcast GUI tests (SQLite: tst_broadcast, PostgreSQL: tst_broadcast_pg): a
// workstation in the test process, and the broadcast scenario compose → pop-up → receipt.
#include "broadcast/broadcastfeature.h"
#include "broadcast/broadcastplace.h"
#include "broadcast/composedialog.h"
#include "broadcast/messagepopup.h"
#include "broadcast/tickerbar.h"
#include "messaging_fixture.h"
#include "shell/features.h"
#include "shell/mainwindow.h"
#include "shell/navbadge.h"
#include "sync/feedthread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QToolBar>

namespace sb::test {

using app::BroadcastPlace;
using app::MessagePopup;

const QString kHostile = QStringLiteral("<b>x</b> & <script>alert(1)</script>\nline two");

inline PermissionSet supervisorPerms() {
    return PermissionSet({QStringLiteral("broadcast"), QStringLiteral("broadcast.send"),
                          QStringLiteral("broadcast.urgent"), QStringLiteral("broadcast.webhook")},
                         false);
}

// One workstation: its own connection, change feed, main window and broadcast feature.
struct Station {
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<app::MainWindow> window;
    std::unique_ptr<FeedThread> feed;

    Station(const DatabaseUrl &url, qint64 staffId, const QString &login, const QString &name,
            PermissionSet perms) {
        QString e;
        db = Database::open(url, login, e);
        if (!db)
            qFatal("open: %s", qPrintable(e));
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = staffId;
        ws.user.login = login;
        ws.user.name = name;
        ws.user.permissions = std::move(perms);
        qint64 seq = 0;
        ChangeFeed::currentSeq(*db, seq, e);
        window = std::make_unique<app::MainWindow>(ws);
        feed = std::make_unique<FeedThread>(db->url(), seq);
        QObject::connect(feed.get(), &FeedThread::changed, window.get(),
                         &app::MainWindow::applyChanges);
        app::installFeatures(*window);
        feed->start();
        window->show();
    }
    ~Station() {
        feed.reset();
        window.reset();
    }
    app::BroadcastFeature *feature() const { return window->findChild<app::BroadcastFeature *>(); }
    BroadcastPlace *place() const {
        window->showPlace(QStringLiteral("broadcasts"));
        return qobject_cast<BroadcastPlace *>(window->place(QStringLiteral("broadcasts")));
    }
    QList<MessagePopup *> popups() const { return feature()->popups(); }
};

// The broadcast GUI scenario: Erin composes on her workstation; the message pops up on Alice's
// (another connection and change feed), shown literally, with ticker and highlight; Alice
// marks it read and Erin's open Sent view shows the receipt without any refresh.
inline void scenarioComposePopupReceipt(const DatabaseUrl &url, Database &db, const Seed &s) {

    Station erin(url, s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"), supervisorPerms());
    Station alice(url, s.alice, QStringLiteral("alice"), QStringLiteral("Alice 王"), {});
    QVERIFY(alice.popups().isEmpty());

    BroadcastPlace *place = erin.place();
    QVERIFY(place);
    QTest::mouseClick(place->findChild<QPushButton *>(QStringLiteral("composeButton")),
                      Qt::LeftButton);
    auto *dialog = place->findChild<app::ComposeDialog *>();
    QVERIFY(dialog);
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("audienceKind"));
    kind->setCurrentIndex(4); // named people
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("staffSearch"));
    QTest::keyClicks(search, QStringLiteral("alice"));
    auto *staff = dialog->findChild<QListWidget *>(QStringLiteral("staffList"));
    int visible = 0;
    for (int i = 0; i < staff->count(); ++i) {
        QListWidgetItem *item = staff->item(i);
        if (item->isHidden())
            continue;
        ++visible;
        QCOMPARE(item->data(Qt::UserRole + 1).toLongLong(), s.alice);
        item->setCheckState(Qt::Checked);
    }
    QCOMPARE(visible, 1); // the search narrowed the list to Alice
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
                     QStringLiteral("Payment outage <i>now</i>"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->setPlainText(kHostile);
    dialog->findChild<QCheckBox *>(QStringLiteral("modeTicker"))->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("modeHighlight"))->setChecked(true);
    auto *priority = dialog->findChild<QComboBox *>(QStringLiteral("priorityCombo"));
    priority->setCurrentIndex(2); // urgent
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("composeSend")),
                      Qt::LeftButton);
    QTRY_VERIFY(!place->findChild<app::ComposeDialog *>() ||
                !place->findChild<app::ComposeDialog *>()->isVisible());

    // Alice's workstation: a pop-up with the text exactly as typed.
    QTRY_COMPARE(alice.popups().size(), 1);
    MessagePopup *popup = alice.popups().first();
    auto *body = popup->findChild<QLabel *>(QStringLiteral("popupBody"));
    QCOMPARE(body->textFormat(), Qt::PlainText);
    QCOMPARE(body->text(), kHostile);
    QCOMPARE(popup->findChild<QLabel *>(QStringLiteral("popupSubject"))->text(),
             QStringLiteral("Payment outage <i>now</i>"));
    // Ticker and highlight.
    auto *ticker = alice.feature()->ticker();
    QVERIFY(ticker->text().contains(QStringLiteral("Payment outage <i>now</i>")));
    QVERIFY(alice.window->findChild<QToolBar *>(QStringLiteral("broadcastTickerBar"))->isVisible());
    auto *nav = alice.window->findChild<QListWidget *>(QStringLiteral("placeList"));
    const int row = int(alice.window->placeKeys().indexOf(QStringLiteral("broadcasts")));
    QCOMPARE(nav->item(row)->data(Qt::UserRole + 1).toInt(), 1);
    QTRY_COMPARE(nav->item(row)->data(app::NavBadgeCountRole).toInt(), 1); // Today's count
    QVERIFY(nav->item(row)->data(Qt::UserRole + 2).toBool());

    // Erin's sent view: Alice has it (shown), not read yet.
    auto *readList = place->findChild<QListWidget *>(QStringLiteral("readList"));
    auto *unreadList = place->findChild<QListWidget *>(QStringLiteral("unreadList"));
    QTRY_COMPARE(unreadList->count(), 1);
    QCOMPARE(readList->count(), 0);
    QVERIFY(unreadList->item(0)->text().contains(QStringLiteral("Alice")));
    QTRY_VERIFY(unreadList->item(0)->text().contains(QStringLiteral("shown")));
    QVERIFY(place->findChild<QPushButton *>(QStringLiteral("resendButton"))->isEnabled());

    // Alice marks it read: the receipt reaches Erin's window without any refresh.
    QTest::mouseClick(popup->findChild<QPushButton *>(QStringLiteral("popupMarkRead")),
                      Qt::LeftButton);
    QTRY_COMPARE(readList->count(), 1);
    QCOMPARE(unreadList->count(), 0);
    QVERIFY(readList->item(0)->text().contains(QStringLiteral("Alice")));
    QVERIFY(!place->findChild<QPushButton *>(QStringLiteral("resendButton"))->isEnabled());
    // Alice's indicators clear.
    QTRY_VERIFY(ticker->text().isEmpty());
    QTRY_COMPARE(nav->item(row)->data(Qt::UserRole + 1).toInt(), 0);
    QTRY_VERIFY(alice.popups().isEmpty());
    QSqlQuery q;
    QString e;
    QVERIFY(db.exec(q,
                    QStringLiteral("SELECT delivered_at, read_at FROM message_recipients "
                                   "WHERE staff_id = ?"),
                    {s.alice}, e) &&
            q.next());
    QVERIFY(!q.value(0).isNull());
    QVERIFY(!q.value(1).isNull());
}

} // namespace sb::test
