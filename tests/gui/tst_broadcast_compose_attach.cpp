// The compose dialog's attachments: "Attach…" adds files, each listed with its size and
// removable; a file too large, unreadable, missing or beyond the count is named in the dialog
// and left out while the others are kept; sending stores the files with the message (as a
// report's PDF is stored) and the recipient sees them under the message and saves them.
#include "broadcast/attachmentpanel.h"
#include "broadcast_station.h"
#include "databasetest.h"
#include "messaging/messageattachments.h"
#include "messaging/messagestore.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>

using namespace sb;
using test::Station;
using test::supervisorPerms;

class TestBroadcastComposeAttach final : public test::DatabaseTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

    QTemporaryDir m_files;

    QString file(const QString &name, const QByteArray &bytes) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void attachRemoveSendAndSave() {
        QVERIFY(m_files.isValid());
        DatabaseUrl url = freshDatabase(QStringLiteral("compose_attach"));
        QString e;
        auto db = test::openMigrated(url, e);
        QVERIFY2(db, qPrintable(e));
        const test::Seed s = test::seedPeople(*db);
        QVERIFY2(SettingsStore(*db).set(QStringLiteral("messaging.attachment_max_bytes"),
                                        QStringLiteral("1000"), QStringLiteral("test"), 0, e),
                 qPrintable(e));
        const QByteArray plan("Shift plan\nline two\n");
        const QByteArray pdf = QByteArray("%PDF-1.7\n") + QByteArray(500, 'p');
        const QString planPath = file(QStringLiteral("shift plan.txt"), plan);
        const QString pdfPath = file(QStringLiteral("rota.pdf"), pdf);
        const QString bigPath = file(QStringLiteral("big.bin"), QByteArray(1001, 'x'));
        const QString extraPath = file(QStringLiteral("extra.txt"), "extra");

        Station erin(url, s.erin, QStringLiteral("erin"), QStringLiteral("Erin 陈"),
                     supervisorPerms());
        app::ComposeDialog dialog(erin.window->workspace());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("attachList"));
        auto *attach = dialog.findChild<QPushButton *>(QStringLiteral("attachButton"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeAttachment"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("composeError"));
        QVERIFY(list && attach && remove && message);
        QVERIFY(list->isHidden()); // nothing attached yet

        // "Attach…": two good files, one too large, one missing; the good ones are kept and
        // each bad one is named with the reason.
        const QString missing = m_files.filePath(QStringLiteral("gone.txt"));
        dialog.setAskFiles([&] { return QStringList{planPath, bigPath, pdfPath, missing}; });
        QTest::mouseClick(attach, Qt::LeftButton);
        QCOMPARE(dialog.attachments().size(), 2);
        QCOMPARE(list->count(), 2);
        QVERIFY(!list->isHidden());
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("shift plan.txt (")),
                 qPrintable(list->item(0)->text()));
        QVERIFY2(message->text().contains(QStringLiteral("\"big.bin\"")) &&
                     message->text().contains(QStringLiteral("messaging.attachment_max_bytes")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(missing) &&
                     message->text().contains(QStringLiteral("does not exist")),
                 qPrintable(message->text()));
        QVERIFY(!message->text().contains(QStringLiteral("rota.pdf")));

        // An unreadable file is named too (when permissions apply to this user).
        const QString lockedPath = file(QStringLiteral("locked.txt"), "secret");
        QFile::setPermissions(lockedPath, QFileDevice::Permissions());
        if (!QFileInfo(lockedPath).isReadable()) {
            QCOMPARE(dialog.attachFiles({lockedPath}), 0);
            QVERIFY2(message->text().contains(QStringLiteral("\"locked.txt\"")) &&
                         message->text().contains(QStringLiteral("cannot be read")),
                     qPrintable(message->text()));
        }
        // A file whose reading fails (root reads any file: Linux's /proc/self/mem fails at 0).
        const QString failing = QStringLiteral("/proc/self/mem");
        if (QFileInfo(failing).isFile()) {
            QCOMPARE(dialog.attachFiles({failing}), 0);
            QVERIFY2(message->text().contains(QStringLiteral("\"mem\"")) &&
                         message->text().contains(QStringLiteral("cannot be read")),
                     qPrintable(message->text()));
        }
        QCOMPARE(dialog.attachments().size(), 2);

        // Removed with its button; the count is bounded.
        list->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.attachments().size(), 1);
        QCOMPARE(dialog.attachments().first().fileName, QStringLiteral("rota.pdf"));
        QStringList many;
        for (int i = 0; i < MessageAttachmentStore::kMaxFiles; ++i)
            many << extraPath;
        QCOMPARE(dialog.attachFiles(many), MessageAttachmentStore::kMaxFiles - 1);
        QVERIFY2(message->text().contains(
                     QStringLiteral("at most %1 files").arg(MessageAttachmentStore::kMaxFiles)),
                 qPrintable(message->text()));
        QVERIFY(!attach->isEnabled());
        while (dialog.attachments().size() > 2)
            dialog.removeAttachment(int(dialog.attachments().size()) - 1);
        QVERIFY(attach->isEnabled());
        QCOMPARE(dialog.attachments().at(1).fileName, QStringLiteral("extra.txt"));

        // Sent to Bob: the files are stored with the message.
        dialog.setNamedPeople({s.bob});
        dialog.setSubject(QStringLiteral("Rota"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
            ->setPlainText(QStringLiteral("See the attached rota."));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("composeSend")),
                          Qt::LeftButton);
        QVERIFY2(dialog.sentMessageId() > 0, qPrintable(message->text()));
        QList<MessageAttachment> stored;
        QVERIFY2(MessageAttachmentStore(*db).list(dialog.sentMessageId(), stored, e),
                 qPrintable(e));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).fileName, QStringLiteral("rota.pdf"));
        QCOMPARE(stored.at(0).size, qint64(pdf.size()));
        QCOMPARE(stored.at(0).sha256, MessageAttachmentStore::sha256Hex(pdf));
        QCOMPARE(stored.at(0).mime, QStringLiteral("application/pdf"));

        // Bob sees both under the message and saves the PDF.
        Station bob(url, s.bob, QStringLiteral("bob"), QStringLiteral("Bob 李"), {});
        app::BroadcastPlace *place = bob.place();
        QTRY_COMPARE(place->inboxModel()->rowCount(), 1);
        place->inboxView()->setCurrentIndex(place->inboxModel()->index(0, 0));
        app::AttachmentPanel *panel = place->inboxAttachments();
        QVERIFY(!panel->isHidden());
        QCOMPARE(panel->list()->count(), 2);
        const QString target = m_files.filePath(QStringLiteral("saved.pdf"));
        panel->setAskSavePath([&](const QString &) { return target; });
        panel->list()->setCurrentRow(0);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("attachmentSave")),
                          Qt::LeftButton);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), pdf);

        // The store holds the same bound on the count: eleven files are refused, nothing sent.
        OutgoingMessage eleven;
        QVERIFY2(dialog.buildMessage(eleven, e), qPrintable(e));
        while (eleven.attachments.size() <= MessageAttachmentStore::kMaxFiles)
            eleven.attachments.append(eleven.attachments.first());
        const qint64 before = test::countRows(*db, QStringLiteral("messages"));
        qint64 id = 0;
        SystemClock clock;
        QVERIFY(!MessageStore(*db, clock).send(eleven, id, e));
        QVERIFY2(
            e.contains(QStringLiteral("at most %1 files").arg(MessageAttachmentStore::kMaxFiles)),
            qPrintable(e));
        QCOMPARE(test::countRows(*db, QStringLiteral("messages")), before);
    }
};

QTEST_MAIN(TestBroadcastComposeAttach)
#include "tst_broadcast_compose_attach.moc"
