// Broadcasts GUI: compose on one workstation → pop-up on another → receipt visible
// to the sender, live; hostile text shown literally; attached files listed, saved, opened;
// inbox/sent filters and sort; pending at login, most important first; expiry; re-send to unread;
// permissions; webhook dialog. Two workstations = two MainWindows, each with its own connection and
// change feed, on one SQLite file.
#include "broadcast/attachmentpanel.h"
#include "broadcast/broadcastfeature.h"
#include "broadcast/broadcastplace.h"
#include "broadcast/composedialog.h"
#include "broadcast/messagepopup.h"
#include "broadcast/tickerbar.h"
#include "broadcast/webhookdialog.h"
#include "broadcasttest.h"
#include "messaging/messagestore.h"
#include "messaging/webhookoutbox.h"
#include "shell/features.h"
#include "shell/mainwindow.h"
#include "storage/migrations.h"
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace sb;
using app::BroadcastPlace;
using app::MessagePopup;
using app::MessageTableModel;
using test::kHostile;
using test::Station;
using test::supervisorPerms;

namespace {

qint64 send(Database &db, OutgoingMessage m) {
    SystemClock clock;
    MessageStore store(db, clock);
    qint64 id = 0;
    QString e;
    if (!store.send(m, id, e))
        qFatal("send: %s", qPrintable(e));
    return id;
}

QStringList column(const MessageTableModel *m, int col) {
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->data(m->index(r, col), Qt::DisplayRole).toString());
    return out;
}

} // namespace

class TestBroadcast final : public BroadcastTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_broadcast"));
    }

    void hostileTextIsLiteral() {
        StoredMessage m;
        m.id = 1;
        m.subject = QStringLiteral("<b>x</b>");
        m.body = QStringLiteral("<b>x</b>");
        m.script = QStringLiteral("<a href='x'>y</a>");
        MessagePopup popup(m);
        for (const char *name : {"popupSubject", "popupBody", "popupScript"}) {
            auto *l = popup.findChild<QLabel *>(QString::fromLatin1(name));
            QVERIFY2(l, name);
            QCOMPARE(l->textFormat(), Qt::PlainText);
        }
        QCOMPARE(popup.findChild<QLabel *>(QStringLiteral("popupBody"))->text(),
                 QStringLiteral("<b>x</b>"));

        // In the inbox table and detail too.
        send(*m_db, test::simple(m_s.erin, Audience::staff({m_s.bob}), kHostile));
        Station bob(m_url, m_s.bob, QStringLiteral("bob"), QStringLiteral("Bob 李"), {});
        BroadcastPlace *place = bob.place();
        QTRY_COMPARE(place->inboxModel()->rowCount(), 1);
        QVERIFY(
            place->inboxModel()
                ->data(place->inboxModel()->index(0, MessageTableModel::InBody), Qt::DisplayRole)
                .toString()
                .startsWith(QStringLiteral("<b>x</b> & <script>")));
        place->inboxView()->setCurrentIndex(place->inboxModel()->index(0, 0));
        QCOMPARE(
            place->findChild<QPlainTextEdit *>(QStringLiteral("inboxDetailBody"))->toPlainText(),
            kHostile);
        // Reply: a report back to the sender, as named person.
        auto *reply = place->findChild<QPushButton *>(QStringLiteral("replyButton"));
        QVERIFY(reply->isEnabled());
        QTest::mouseClick(reply, Qt::LeftButton);
        auto *dialog = place->findChild<app::ComposeDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
            ->setPlainText(QStringLiteral("Understood."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("composeSend")),
                          Qt::LeftButton);
        QSqlQuery q;
        QString e;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT m.subject, r.staff_id FROM messages m JOIN "
                                          "message_recipients r ON r.message_id = m.id WHERE "
                                          "m.sender_id = ?"),
                           {m_s.bob}, e) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Re: Notice"));
        QCOMPARE(q.value(1).toLongLong(), m_s.erin);
        QVERIFY(!q.next());
    }

    // A report broadcast with its PDF: the recipient's inbox lists the file, "Save as…" writes
    // exactly its bytes, "Open" hands a copy to the desktop; pop-up and ticker name it.
    void attachmentListedSavedAndOpened() {
        QByteArray pdf("%PDF-1.7\n");
        for (int i = 0; i < 4096; ++i)
            pdf.append(char(i % 256));
        OutgoingMessage m = test::simple(m_s.erin, Audience::staff({m_s.bob}),
                                         QStringLiteral("Weekly report <b>attached</b>."));
        m.modes = DisplayMode::Popup | DisplayMode::Ticker;
        MessageAttachment file;
        file.fileName = QStringLiteral("weekly-report.pdf");
        file.mime = QStringLiteral("application/pdf");
        file.bytes = pdf;
        m.attachments = {file};
        const qint64 sentId = send(*m_db, m);

        Station bob(m_url, m_s.bob, QStringLiteral("bob"), QStringLiteral("Bob 李"), {});
        QTRY_COMPARE(bob.popups().size(), 1);
        auto *line = bob.popups().first()->findChild<QLabel *>(QStringLiteral("popupAttachments"));
        QVERIFY(line);
        QCOMPARE(line->textFormat(), Qt::PlainText);
        QCOMPARE(line->text(), QStringLiteral("📎 weekly-report.pdf"));
        QTRY_VERIFY(
            bob.feature()->ticker()->text().contains(QStringLiteral("📎 weekly-report.pdf")));

        BroadcastPlace *place = bob.place();
        QTRY_COMPARE(place->inboxModel()->rowCount(), 1);
        place->inboxView()->setCurrentIndex(place->inboxModel()->index(0, 0));
        app::AttachmentPanel *panel = place->inboxAttachments();
        QVERIFY(!panel->isHidden());
        QListWidget *list = panel->list();
        QCOMPARE(list->objectName(), QStringLiteral("attachmentList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("weekly-report.pdf (")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(!list->item(0)->icon().isNull());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("saved.pdf"));
        QString suggested;
        panel->setAskSavePath([&](const QString &s) {
            suggested = s;
            return target;
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("attachmentSave")),
                          Qt::LeftButton);
        QVERIFY2(suggested.endsWith(QStringLiteral("/weekly-report.pdf")), qPrintable(suggested));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), pdf);

        QString opened;
        panel->setOpener([&](const QString &path) {
            opened = path;
            return true;
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("attachmentOpen")),
                          Qt::LeftButton);
        QVERIFY2(opened.endsWith(QStringLiteral("/weekly-report.pdf")), qPrintable(opened));
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), pdf);
        QFile::remove(opened);

        // The sender sees the same file under the message in her sent list.
        Station erin(m_url, m_s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"),
                     supervisorPerms());
        BroadcastPlace *sent = erin.place();
        sent->showSentMessage(sentId);
        QVERIFY(!sent->sentAttachments()->isHidden());
        QCOMPARE(sent->sentAttachments()->attachments().size(), 1);
        QCOMPARE(sent->sentAttachments()->attachments().first().size, qint64(pdf.size()));

        // A message without files shows no attachment list.
        send(*m_db, test::simple(m_s.erin, Audience::staff({m_s.bob}), QStringLiteral("plain")));
        QTRY_COMPARE(place->inboxModel()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            place->inboxView()->setCurrentIndex(place->inboxModel()->index(r, 0));
            if (place->inboxModel()->message(r).body == QStringLiteral("plain"))
                QVERIFY(panel->isHidden());
        }
    }

    // A workstation that was off gets its messages at login, most important first; viewing one
    // in the inbox records the receipt.
    void pendingAtLoginMostImportantFirst() {
        OutgoingMessage normal =
            test::simple(m_s.erin, Audience::staff({m_s.carol}), QStringLiteral("normal one"));
        send(*m_db, normal);
        OutgoingMessage urgent =
            test::simple(m_s.erin, Audience::staff({m_s.carol}), QStringLiteral("urgent one"),
                         MessagePriority::Urgent);
        send(*m_db, urgent);
        OutgoingMessage tickerOnly =
            test::simple(m_s.erin, Audience::staff({m_s.carol}), QStringLiteral("ticker only"));
        tickerOnly.modes = DisplayMode::Ticker;
        send(*m_db, tickerOnly);

        Station carol(m_url, m_s.carol, QStringLiteral("carol"), QStringLiteral("Carol 张"), {});
        QTRY_COMPARE(carol.popups().size(), 2);
        QCOMPARE(carol.popups().at(0)->message().body, QStringLiteral("urgent one"));
        QCOMPARE(carol.popups().at(1)->message().body, QStringLiteral("normal one"));
        QTRY_VERIFY(carol.feature()->ticker()->text().contains(QStringLiteral("ticker only")));
        QCOMPARE(carol.feature()->unreadCount(), 3);

        // "Later" leaves it unread; selecting it in the inbox reads it.
        QTest::mouseClick(
            carol.popups().at(1)->findChild<QPushButton *>(QStringLiteral("popupLater")),
            Qt::LeftButton);
        QTRY_COMPARE(carol.popups().size(), 1);
        QCOMPARE(carol.feature()->unreadCount(), 3);
        BroadcastPlace *place = carol.place();
        QCOMPARE(place->inboxModel()->rowCount(), 3);
        int r = -1;
        for (int i = 0; i < place->inboxModel()->rowCount(); ++i) {
            if (place->inboxModel()->message(i).body == QStringLiteral("ticker only"))
                r = i;
        }
        QVERIFY(r >= 0);
        place->inboxView()->setCurrentIndex(place->inboxModel()->index(r, 0));
        QTRY_COMPARE(carol.feature()->unreadCount(), 2);
        // Reading the urgent one in the inbox closes its pop-up.
        QCOMPARE(carol.popups().size(), 1);
        for (int i = 0; i < place->inboxModel()->rowCount(); ++i) {
            if (place->inboxModel()->message(i).body == QStringLiteral("urgent one"))
                place->inboxView()->setCurrentIndex(place->inboxModel()->index(i, 0));
        }
        QTRY_COMPARE(carol.feature()->unreadCount(), 1);
        QTRY_VERIFY(carol.popups().isEmpty());
    }

    // A broadcast to everyone reaches its sender too: recorded as delivered and read there,
    // never popped up.
    void ownBroadcastIsNotShownToSender() {
        Station erin(m_url, m_s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"),
                     supervisorPerms());
        Station bob(m_url, m_s.bob, QStringLiteral("bob"), QStringLiteral("Bob 李"), {});
        const qint64 id =
            send(*m_db, test::simple(m_s.erin, Audience::everyone(), QStringLiteral("to all")));
        QTRY_COMPARE(bob.popups().size(), 1);
        QSqlQuery q;
        QString e;
        QTRY_VERIFY((m_db->exec(q,
                                QStringLiteral("SELECT read_at FROM message_recipients WHERE "
                                               "message_id = ? AND staff_id = ?"),
                                {id, m_s.erin}, e) &&
                     q.next() && !q.value(0).isNull()));
        QVERIFY(erin.popups().isEmpty());
        QCOMPARE(erin.feature()->unreadCount(), 0);
    }

    void expiredMessagesStopShowing() {
        Station dave(m_url, m_s.dave, QStringLiteral("dave"), QStringLiteral("Dave 刘"), {});
        OutgoingMessage m =
            test::simple(m_s.erin, Audience::staff({m_s.dave}), QStringLiteral("short-lived"));
        m.modes = DisplayMode::Popup | DisplayMode::Ticker;
        m.expiresAt = QDateTime::currentMSecsSinceEpoch() + 1500;
        send(*m_db, m);
        QTRY_COMPARE(dave.popups().size(), 1);
        QTRY_VERIFY(dave.feature()->ticker()->text().contains(QStringLiteral("short-lived")));
        QTRY_VERIFY_WITH_TIMEOUT(dave.feature()->ticker()->text().isEmpty(), 10000);
        QTRY_VERIFY(dave.popups().isEmpty());
        QCOMPARE(dave.feature()->unreadCount(), 0);
    }

    void filtersAndSort() {
        OutgoingMessage a = test::simple(m_s.erin, Audience::staff({m_s.alice, m_s.bob}),
                                         QStringLiteral("alpha"), MessagePriority::Normal);
        send(*m_db, a);
        OutgoingMessage b = test::simple(m_s.dave, Audience::staff({m_s.alice}),
                                         QStringLiteral("bravo"), MessagePriority::Urgent);
        send(*m_db, b);
        OutgoingMessage c = test::simple(m_s.erin, Audience::staff({m_s.alice}),
                                         QStringLiteral("charlie"), MessagePriority::Important);
        const qint64 cId = send(*m_db, c);
        SystemClock clock;
        QString e;
        QVERIFY(MessageStore(*m_db, clock).markRead(m_s.alice, cId, e));

        Station alice(m_url, m_s.alice, QStringLiteral("alice"), QStringLiteral("Alice 王"), {});
        BroadcastPlace *place = alice.place();
        MessageTableModel *inbox = place->inboxModel();
        QTRY_COMPARE(inbox->rowCount(), 3);
        // Sort on any column, by the database.
        place->inboxView()->sortByColumn(MessageTableModel::InPriority, Qt::DescendingOrder);
        QCOMPARE(inbox->filter().sortColumn, QStringLiteral("priority"));
        QCOMPARE(column(inbox, MessageTableModel::InBody),
                 (QStringList{QStringLiteral("bravo"), QStringLiteral("charlie"),
                              QStringLiteral("alpha")}));
        place->inboxView()->sortByColumn(MessageTableModel::InBody, Qt::AscendingOrder);
        QCOMPARE(column(inbox, MessageTableModel::InBody),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"),
                              QStringLiteral("charlie")}));
        place->inboxView()->sortByColumn(MessageTableModel::InFrom, Qt::AscendingOrder);
        QCOMPARE(inbox->filter().sortColumn, QStringLiteral("sender"));
        QCOMPARE(column(inbox, MessageTableModel::InFrom).first(), QStringLiteral("Dave 刘"));
        for (int col = 0; col < inbox->columnCount(); ++col) {
            place->inboxView()->sortByColumn(col, Qt::AscendingOrder);
            QVERIFY2(inbox->lastError().isEmpty(), qPrintable(inbox->lastError()));
            QCOMPARE(inbox->rowCount(), 3);
        }

        // Filters: priority, read state, sender, time range.
        app::MessageFilterBar *bar = place->inboxFilter();
        bar->priorityCombo()->setCurrentIndex(
            bar->priorityCombo()->findData(MessagePriority::Urgent));
        QCOMPARE(column(inbox, MessageTableModel::InBody), QStringList{QStringLiteral("bravo")});
        bar->priorityCombo()->setCurrentIndex(0);
        bar->readCombo()->setCurrentIndex(
            bar->readCombo()->findData(int(MessageFilter::ReadState::Read)));
        QCOMPARE(column(inbox, MessageTableModel::InBody), QStringList{QStringLiteral("charlie")});
        bar->readCombo()->setCurrentIndex(
            bar->readCombo()->findData(int(MessageFilter::ReadState::Unread)));
        QCOMPARE(inbox->rowCount(), 2);
        bar->readCombo()->setCurrentIndex(0);
        bar->senderCombo()->setCurrentIndex(bar->senderCombo()->findData(m_s.dave));
        QCOMPARE(column(inbox, MessageTableModel::InBody), QStringList{QStringLiteral("bravo")});
        bar->senderCombo()->setCurrentIndex(0);
        // Receiver is locked to herself without broadcast.send.
        QVERIFY(!bar->receiverCombo()->isEnabled());
        bar->rangeCombo()->setCurrentIndex(4); // custom
        bar->fromEdit()->setDateTime(QDateTime::currentDateTime().addDays(-3));
        bar->toEdit()->setDateTime(QDateTime::currentDateTime().addDays(-2));
        QCOMPARE(inbox->rowCount(), 0);
        bar->rangeCombo()->setCurrentIndex(1); // today
        QCOMPARE(inbox->rowCount(), 3);

        // Sent: Erin may query by receiver.
        Station erin(m_url, m_s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"),
                     supervisorPerms());
        BroadcastPlace *sentPlace = erin.place();
        MessageTableModel *sent = sentPlace->sentModel();
        QCOMPARE(sent->rowCount(), 2); // her own two
        app::MessageFilterBar *sbar = sentPlace->sentFilter();
        sbar->receiverCombo()->setCurrentIndex(sbar->receiverCombo()->findData(m_s.bob));
        QCOMPARE(column(sent, MessageTableModel::OutBody), QStringList{QStringLiteral("alpha")});
        sbar->receiverCombo()->setCurrentIndex(0);
        sbar->senderCombo()->setCurrentIndex(0); // anyone
        QCOMPARE(sent->rowCount(), 3);
        sentPlace->sentView()->sortByColumn(MessageTableModel::OutRecipients, Qt::DescendingOrder);
        QCOMPARE(sent->filter().sortColumn, QStringLiteral("recipients"));
        QCOMPARE(column(sent, MessageTableModel::OutBody).first(), QStringLiteral("alpha"));
        sbar->readCombo()->setCurrentIndex(
            sbar->readCombo()->findData(int(MessageFilter::ReadState::Read)));
        QCOMPARE(column(sent, MessageTableModel::OutBody), QStringList{QStringLiteral("charlie")});
    }

    void resendToUnread() {
        Station erin(m_url, m_s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"),
                     supervisorPerms());
        const qint64 id = send(*m_db, test::simple(m_s.erin, Audience::staff({m_s.alice, m_s.bob}),
                                                   QStringLiteral("please read")));
        SystemClock clock;
        QString e;
        QVERIFY(MessageStore(*m_db, clock).markRead(m_s.alice, id, e));
        BroadcastPlace *place = erin.place();
        place->showSentMessage(id);
        auto *resend = place->findChild<QPushButton *>(QStringLiteral("resendButton"));
        QTRY_VERIFY(resend->isEnabled());
        QCOMPARE(place->findChild<QListWidget *>(QStringLiteral("unreadList"))->count(), 1);
        QTest::mouseClick(resend, Qt::LeftButton);
        QSqlQuery q;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT r.staff_id FROM messages m JOIN "
                                          "message_recipients r ON r.message_id = m.id "
                                          "WHERE m.id > ?"),
                           {id}, e));
        QList<qint64> to;
        while (q.next())
            to.append(q.value(0).toLongLong());
        QCOMPARE(to, QList<qint64>{m_s.bob});
        QTRY_COMPARE(place->sentModel()->rowCount(), 2);
    }

    void composeRespectsPermissions() {
        Station bob(m_url, m_s.bob, QStringLiteral("bob"), QStringLiteral("Bob 李"), {});
        app::ComposeDialog dialog(bob.window->workspace());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("audienceKind"));
        QCOMPARE(kind->currentIndex(), 4); // only named people: a report to a supervisor
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("modeSound"))->isEnabled());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("alsoWebhooks"))->isEnabled());
        kind->setCurrentIndex(0); // everyone (disabled item, forced here)
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
            ->setPlainText(QStringLiteral("hi"));
        OutgoingMessage m;
        QString e;
        QVERIFY(!dialog.buildMessage(m, e));
        QVERIFY(e.contains(QStringLiteral("broadcast.send")));
        // A report upward to Erin goes through.
        dialog.setNamedPeople({m_s.erin});
        QVERIFY2(dialog.buildMessage(m, e), qPrintable(e));
        dialog.accept();
        QVERIFY(dialog.sentMessageId() > 0);
        QVERIFY(
            !bob.place()->findChild<QPushButton *>(QStringLiteral("webhooksButton"))->isEnabled());
    }

    void templatesSaveAndApply() {
        Station erin(m_url, m_s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"),
                     supervisorPerms());
        app::ComposeDialog dialog(erin.window->workspace());
        dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))
            ->setText(QStringLiteral("Shift change"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
            ->setPlainText(QStringLiteral("Hand over by 18:00"));
        dialog.findChild<QCheckBox *>(QStringLiteral("modeTicker"))->setChecked(true);
        QVERIFY(dialog.saveTemplateAs(QStringLiteral("shift")));
        app::ComposeDialog other(erin.window->workspace());
        auto *combo = other.findChild<QComboBox *>(QStringLiteral("templateCombo"));
        QVERIFY(combo->findText(QStringLiteral("shift")) > 0);
        QVERIFY(other.applyTemplate(QStringLiteral("shift")));
        QCOMPARE(other.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->toPlainText(),
                 QStringLiteral("Hand over by 18:00"));
        QVERIFY(other.findChild<QCheckBox *>(QStringLiteral("modeTicker"))->isChecked());
    }

    void webhookDialog() {
        Station erin(m_url, m_s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"),
                     supervisorPerms());
        app::WebhookDialog dialog(erin.window->workspace());
        QVERIFY(!dialog.addTarget(QStringLiteral("bad"), QStringLiteral("wecom"),
                                  QStringLiteral("not a url")));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("webhookError"))->text().isEmpty());
        // Port 9 (discard) on localhost: nothing answers, the row stays pending and is retried.
        QVERIFY(dialog.addTarget(QStringLiteral("ops group"), QStringLiteral("slack"),
                                 QStringLiteral("http://127.0.0.1:9/hook?key=secret")));
        auto *targets = dialog.findChild<QTableWidget *>(QStringLiteral("webhookTargets"));
        QCOMPARE(targets->rowCount(), 1);
        QVERIFY(!targets->item(0, 2)->text().contains(QStringLiteral("secret")));
        // Edit: rename and switch service, keeping the stored address.
        targets->setCurrentCell(0, 0);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("webhookName"))->text(),
                 QStringLiteral("ops group"));
        QVERIFY(dialog.updateSelected(QStringLiteral("ops 群"), QStringLiteral("feishu"), {}));
        QCOMPARE(targets->item(0, 0)->text(), QStringLiteral("ops 群"));
        QCOMPARE(targets->item(0, 1)->text(), QStringLiteral("feishu"));
        QList<WebhookTarget> stored;
        QString e;
        QVERIFY(WebhookOutbox(*m_db).targets(stored, false, e));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().url, QStringLiteral("http://127.0.0.1:9/hook?key=secret"));
        // Disable and enable again.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("webhookToggle")),
                          Qt::LeftButton);
        QCOMPARE(targets->item(0, 3)->text(), QStringLiteral("no"));
        targets->setCurrentCell(0, 0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("webhookToggle")),
                          Qt::LeftButton);
        QCOMPARE(targets->item(0, 3)->text(), QStringLiteral("yes"));
        OutgoingMessage m = test::simple(m_s.erin, Audience::everyone(), QStringLiteral("outage"));
        m.alsoWebhooks = true;
        send(*m_db, m);
        dialog.reload();
        auto *outbox = dialog.findChild<QTableWidget *>(QStringLiteral("webhookOutbox"));
        QCOMPARE(outbox->rowCount(), 1);
        // The app's outbox worker (Erin may send) tries it and records the failure.
        QTRY_VERIFY_WITH_TIMEOUT((dialog.reload(), outbox->item(0, 4)->text().toInt() >= 1), 15000);
        QCOMPARE(outbox->item(0, 3)->text(), QStringLiteral("retrying"));
        QVERIFY(!outbox->item(0, 7)->text().isEmpty());
    }
};

QTEST_MAIN(TestBroadcast)
#include "moc_broadcasttest.cpp"
#include "tst_broadcast.moc"
