// GUI test of the ticket detail's attachments, driven through the real widgets (offscreen): a
// hostile stored name opened through an injected opener into the pane's temporary folder and
// saved byte-identical with "Save as…", the names written to disk made safe, the size limit,
// missing and unreadable files.

#include "storage/settingsstore.h"
#include "ticketdetailfixture.h"
#include "tickets/attachmentspane.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace sb;
using namespace sb::test;

class TestTicketsAttachments : public QObject, private TicketDetailFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString e;
        QVERIFY2(setUpFixture(e), qPrintable(e));
    }

    void fileNamesAreMadeSafe_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("written");
        QTest::newRow("path up") << QStringLiteral("../../evil<b>.txt")
                                 << QStringLiteral("evil_b_.txt");
        QTest::newRow("windows path") << QStringLiteral("..\\..\\x.exe") << QStringLiteral("x.exe");
        QTest::newRow("dots only") << QStringLiteral("..") << QStringLiteral("attachment");
        QTest::newRow("empty") << QString() << QStringLiteral("attachment");
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("inner dots") << QStringLiteral("a..b...pdf") << QStringLiteral("a.b.pdf");
        QTest::newRow("controls and rtl override")
            << QStringLiteral("a\nb\u202Etxt.exe") << QStringLiteral("a_b_txt.exe");
        QTest::newRow("nul") << QString(QStringLiteral("x") + QChar(0) + QStringLiteral(".doc"))
                             << QStringLiteral("x_.doc");
        QTest::newRow("device name") << QStringLiteral("CON.txt") << QStringLiteral("_CON.txt");
        QTest::newRow("unicode kept")
            << QStringLiteral("发票 2025.pdf") << QStringLiteral("发票 2025.pdf");
    }
    void fileNamesAreMadeSafe() {
        QFETCH(QString, stored);
        QFETCH(QString, written);
        QCOMPARE(app::safeAttachmentFileName(stored), written);
    }

    void longNamesKeepTheirExtension() {
        const QString safe =
            app::safeAttachmentFileName(QString(300, QLatin1Char('n')) + QStringLiteral(".pdf"));
        QCOMPARE(safe.size(), 120);
        QVERIFY(safe.endsWith(QLatin1String("nnn.pdf")));
    }

    void attachmentsOpenAndSaveByteIdentical() {
        const qint64 id = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Files"));
        // A name from elsewhere (an import, another client): hostile, with NUL bytes inside.
        const QString hostile = QStringLiteral("../../evil<b>.txt");
        constexpr char raw[] = "line one\0<script>alert(1)</script>\r\n\x01\xff\xfe end";
        const QByteArray bytes(raw, sizeof(raw) - 1);
        QString e;
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO attachments(ticket_id, name, data, "
                                           "created_at) VALUES (?, ?, ?, ?)"),
                            {id, hostile, bytes, m_clock.nowMs()}, e),
                 qPrintable(e));

        auto place = std::make_unique<app::TicketsPlace>(m_ws);
        app::TicketDetailPanel *detail = openDetail(*place, id);
        QVERIFY(detail);
        app::AttachmentsPane *pane = detail->attachments();
        QList<QUrl> opened;
        QString suggested;
        const QString savePath = m_dir.filePath(QStringLiteral("saved-copy.bin"));
        QString toAdd = m_dir.filePath(QStringLiteral("report.dat"));
        constexpr char rawAdded[] = "\0\0binary\0report";
        const QByteArray added(rawAdded, sizeof(rawAdded) - 1);
        {
            QFile f(toAdd);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(added);
        }
        app::AttachmentIo io;
        io.chooseFileToAdd = [&toAdd](QWidget *) {
            return toAdd;
        };
        io.chooseSavePath = [&](QWidget *, const QString &s) {
            suggested = s;
            return savePath;
        };
        io.openUrl = [&opened](const QUrl &url) {
            opened.append(url);
            return true;
        };
        pane->setIo(io);

        auto *list = pane->findChild<QListWidget *>(QStringLiteral("attachmentList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        // The stored name is shown exactly, as plain text.
        QVERIFY2(list->item(0)->text().startsWith(hostile), qPrintable(list->item(0)->text()));

        // Add through the button: stored byte for byte.
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("addAttachment")),
                          Qt::LeftButton);
        QTRY_COMPARE(list->count(), 2);
        QCOMPARE(
            test::queryValue(*m_db,
                             QStringLiteral("SELECT data FROM attachments WHERE ticket_id = ? AND "
                                            "name = 'report.dat'"),
                             {id})
                .toByteArray(),
            added);
        // …with its line in the timeline, by whom.
        QCOMPARE(test::queryValue(*m_db,
                                  QStringLiteral("SELECT actor_id FROM ticket_events WHERE "
                                                 "ticket_id = ? AND action = 'attachment' AND "
                                                 "note = 'report.dat'"),
                                  {id})
                     .toLongLong(),
                 m_ann);

        // Open the hostile one: written inside the pane's temporary folder, safe name.
        list->setCurrentRow(0);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("openAttachment")),
                          Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        const QString path = opened.first().toLocalFile();
        const QString tempDir = pane->openedFilesDirectory();
        QVERIFY(!tempDir.isEmpty());
        QVERIFY2(QFileInfo(path).canonicalFilePath().startsWith(QDir(tempDir).canonicalPath() +
                                                                QLatin1Char('/')),
                 qPrintable(path));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("evil_b_.txt"));
        QVERIFY(!path.mid(tempDir.size()).contains(QLatin1String("..")));
        QCOMPARE(readAll(path), bytes);

        // A double click opens too.
        doubleClickRow(list, 1);
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(QFileInfo(opened.last().toLocalFile()).fileName(), QStringLiteral("report.dat"));
        QCOMPARE(readAll(opened.last().toLocalFile()), added);

        // Save as: the suggested name is the safe one; the copy is identical.
        list->setCurrentRow(0);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("saveAttachment")),
                          Qt::LeftButton);
        QVERIFY(suggested.endsWith(QLatin1String("/evil_b_.txt")));
        QCOMPARE(readAll(savePath), bytes);

        // The folder of opened copies goes away with the place.
        place.reset();
        QVERIFY(!QFileInfo::exists(tempDir));
    }

    void attachmentLimitsAreEnforced() {
        const qint64 id = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Limits"));
        QString e;
        QVERIFY2(SettingsStore(*m_db).set(QStringLiteral("tickets.attachment_max_bytes"),
                                          QStringLiteral("1000"), QStringLiteral("test"),
                                          m_clock.nowMs(), e),
                 qPrintable(e));
        const QString big = m_dir.filePath(QStringLiteral("big.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(1001, 'x'));
        }
        app::TicketsPlace place(m_ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        app::AttachmentsPane *pane = detail->attachments();
        detail->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(pane);
        QString chosen = big;
        app::AttachmentIo io;
        io.chooseFileToAdd = [&chosen](QWidget *) {
            return chosen;
        };
        pane->setIo(io);
        auto *add = pane->findChild<QPushButton *>(QStringLiteral("addAttachment"));
        auto *message = pane->findChild<QLabel *>(QStringLiteral("attachmentMessage"));
        const auto stored = [&] {
            return test::queryValue(*m_db,
                                    QStringLiteral("SELECT COUNT(*) FROM attachments WHERE "
                                                   "ticket_id = ?"),
                                    {id})
                .toInt();
        };

        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("tickets.attachment_max_bytes")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(QLatin1String("big.bin")), qPrintable(message->text()));
        QCOMPARE(stored(), 0);

        chosen = m_dir.filePath(QStringLiteral("missing.txt"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(message->text().contains(QLatin1String("does not exist")),
                 qPrintable(message->text()));
        chosen = m_dir.path();
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(message->text().contains(QLatin1String("not a file")),
                 qPrintable(message->text()));
        QCOMPARE(stored(), 0);

        // At the limit it is accepted.
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(1000, 'y'));
        }
        chosen = big;
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(stored(), 1);
        QVERIFY2(message->text().contains(QLatin1String("Attached")), qPrintable(message->text()));
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("tickets.attachment_max_bytes"),
                                         QStringLiteral("20971520"), QStringLiteral("test"),
                                         m_clock.nowMs(), e));
    }
};

SB_TICKET_DETAIL_TEST_MAIN(TestTicketsAttachments)
#include "tst_tickets_attachments.moc"
