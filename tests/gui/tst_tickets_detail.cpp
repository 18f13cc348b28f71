// GUI test of the ticket detail, driven through the real widgets (offscreen): attachments
// (hostile stored name opened through an injected opener into the pane's temporary folder,
// "Save as…", the size limit and unreadable files), knowledge-base links (search, link with
// the use counted, read-only view, unlink), registering a green-channel suggestion, the
// green-channel permission, and times shown in the business calendar's zone.
#include "kb/knowledgebase.h"
#include "storage/settingsstore.h"
#include "testsupport.h"
#include "tickets/attachmentspane.h"
#include "tickets/kblinkspane.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketpagemodel.h"
#include "tickets/ticketregistration.h"
#include "tickets/ticketsplace.h"
#include "widgetfinders.h"
#include "workflow/calendarstore.h"
#include "workflowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using sb::test::clickOk;
using sb::test::insertStaff;
using sb::test::visibleChild;

namespace {

qint64 insertTicket(Database &db, qint64 at, const QString &subject) {
    QString error;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                "problem_type, customer_id, subject, updated_at) VALUES "
                                "(?, 'phone', 'normal', 'login_failure', 'C-7', ?, ?) "
                                "RETURNING id"),
                 {at, subject, at}, error) ||
        !q.next())
        qFatal("insertTicket: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

void doubleClickRow(QListWidget *list, int row) {
    const QRect r = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, r.center());
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestTicketsDetail : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2025, 10, 9), QTime(2, 0), Qt::UTC)};
    qint64 m_ann = 0;
    qint64 m_case = 0;
    app::Workspace m_ws;

    // A shown tickets place with ticket `id` in its detail.
    app::TicketDetailPanel *openDetail(app::TicketsPlace &place, qint64 id) {
        place.resize(1300, 800);
        place.show();
        if (!QTest::qWaitForWindowExposed(&place))
            return nullptr;
        place.detail()->showTicket(id);
        return place.detail();
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        m_ann = insertStaff(*m_db, QStringLiteral("Ann Lead"), QStringLiteral("ann"));
        m_ws.db = m_db.get();
        m_ws.clock = &m_clock;
        m_ws.canWrite = true;
        m_ws.user.staffId = m_ann;
        m_ws.user.login = QStringLiteral("ann");
        m_ws.user.name = QStringLiteral("Ann Lead");
        m_ws.user.permissions = PermissionSet({}, true);
        // The business calendar works in Berlin time: the ticket screens must follow it.
        CalendarSettings calendar = CalendarSettings::defaults();
        calendar.timeZoneId = QByteArrayLiteral("Europe/Berlin");
        QVERIFY2(
            CalendarStore(*m_db).saveSettings(calendar, QStringLiteral("test"), m_clock.nowMs(), e),
            qPrintable(e));
        KnowledgeBase kb(*m_db, m_clock);
        KbArticle relay;
        relay.kind = QStringLiteral("case");
        relay.title = QStringLiteral("Mail relay blocks password reset");
        relay.body = QStringLiteral("Reset mail never arrives.\nUnblock the <b>relay</b> and "
                                    "ask the customer to retry.");
        KbArticle tariff;
        tariff.title = QStringLiteral("Tariff change in October");
        tariff.body = QStringLiteral("New prices apply from the first of the month.");
        QVERIFY2(kb.save(relay, e), qPrintable(e));
        QVERIFY2(kb.save(tariff, e), qPrintable(e));
        m_case = relay.id;
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

    void timesFollowTheCalendarZone() {
        const qint64 id = insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("Zone"));
        app::TicketsPlace place(m_ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        // 02:00 UTC is 04:00 in Berlin (summer time); Shanghai would have shown 10:00.
        auto *received = detail->findChild<QLabel *>(QStringLiteral("fieldReceived"));
        QVERIFY(received);
        QCOMPARE(received->text(), QStringLiteral("2025-10-09 04:00:00"));
    }

    void attachmentsOpenAndSaveByteIdentical() {
        const qint64 id = insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("Files"));
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
        const qint64 id = insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("Limits"));
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

    void knowledgeBaseLinks() {
        const qint64 id = insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("No reset mail"));
        const qint64 usesBefore =
            test::queryValue(*m_db, QStringLiteral("SELECT uses FROM kb_articles WHERE id = ?"),
                             {m_case})
                .toLongLong();
        app::TicketsPlace place(m_ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        app::KbLinksPane *pane = detail->kbLinks();
        auto *list = pane->findChild<QListWidget *>(QStringLiteral("kbList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 0);

        auto *link = pane->findChild<QPushButton *>(QStringLiteral("kbLinkButton"));
        QVERIFY(link->isEnabled());
        QTest::mouseClick(link, Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<QDialog>(pane, QStringLiteral("kbLinkDialog"))));
        auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("kbLinkResults"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("kbLinkSearch")),
                         QStringLiteral("relay"));
        QTRY_COMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, 1)->text(), QStringLiteral("Mail relay blocks password reset"));
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("Case"));
        QVERIFY2(results->item(0, 2)->text().contains(QLatin1String("[relay]")),
                 qPrintable(results->item(0, 2)->text()));
        clickOk(dialog, QStringLiteral("kbLinkButtons"));

        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("Mail relay blocks password reset")));
        QCOMPARE(test::queryValue(
                     *m_db,
                     QStringLiteral("SELECT COUNT(*) FROM ticket_kb_links WHERE ticket_id = ? "
                                    "AND article_id = ?"),
                     {id, m_case})
                     .toInt(),
                 1);
        QCOMPARE(test::queryValue(
                     *m_db, QStringLiteral("SELECT uses FROM kb_articles WHERE id = ?"), {m_case})
                     .toLongLong(),
                 usesBefore + 1);

        // A double click shows the article read-only, as plain text.
        doubleClickRow(list, 0);
        QDialog *view = nullptr;
        QTRY_VERIFY((view = visibleChild<QDialog>(pane, QStringLiteral("kbArticleView"))));
        auto *body = view->findChild<QPlainTextEdit *>(QStringLiteral("kbArticleBody"));
        QVERIFY(body->isReadOnly());
        QVERIFY(body->toPlainText().contains(QLatin1String("<b>relay</b>")));
        view->close();

        list->setCurrentRow(0);
        auto *unlink = pane->findChild<QPushButton *>(QStringLiteral("kbUnlinkButton"));
        QVERIFY(unlink->isEnabled());
        QTest::mouseClick(unlink, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 0);
        QCOMPARE(test::queryValue(
                     *m_db,
                     QStringLiteral("SELECT COUNT(*) FROM ticket_kb_links WHERE ticket_id = ?"),
                     {id})
                     .toInt(),
                 0);
    }

    void registerGreenChannelSuggestion() {
        // A newer ticket: without the green channel the new one would not head the queue.
        const qint64 newer =
            insertTicket(*m_db, m_clock.nowMs() + 3600000, QStringLiteral("Newer"));
        app::TicketsPlace place(m_ws);
        place.resize(1300, 800);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        place.showQueue(TicketQueue::All);
        QTRY_VERIFY(!place.model()->rows().isEmpty());
        QCOMPARE(place.model()->rows().first().id, newer);

        QTest::mouseClick(place.findChild<QPushButton *>(QStringLiteral("registerButton")),
                          Qt::LeftButton);
        QDialog *reg = nullptr;
        QTRY_VERIFY((reg = visibleChild<QDialog>(&place, QStringLiteral("registerDialog"))));
        auto *kind = reg->findChild<QComboBox *>(QStringLiteral("regKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("suggestion")));
        auto *type = reg->findChild<QComboBox *>(QStringLiteral("regType"));
        QVERIFY(type->findData(QStringLiteral("login_failure")) < 0); // complaint types gone
        const int tariffs = type->findData(QStringLiteral("suggestion_tariffs"));
        QVERIFY(tariffs >= 0);
        type->setCurrentIndex(tariffs);
        auto *green = reg->findChild<QCheckBox *>(QStringLiteral("regGreen"));
        QVERIFY(green->isEnabled());
        QTest::mouseClick(green, Qt::LeftButton);
        QVERIFY(green->isChecked());
        QTest::keyClicks(reg->findChild<QLineEdit *>(QStringLiteral("regCustomer")),
                         QStringLiteral("C-99"));
        QTest::keyClicks(reg->findChild<QLineEdit *>(QStringLiteral("regSubject")),
                         QStringLiteral("Cheaper night tariff"));
        clickOk(reg, QStringLiteral("regButtons"));

        app::TicketDetailPanel *detail = place.detail();
        QTRY_VERIFY(detail->ticketId() > 0 && detail->ticketId() != newer);
        const qint64 id = detail->ticketId();
        QSqlQuery q;
        QString e;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT kind, green_channel, problem_type, state, "
                                          "registered_by FROM tickets WHERE id = ?"),
                           {id}, e) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("suggestion"));
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("suggestion_tariffs"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("registered"));
        QCOMPARE(q.value(4).toLongLong(), m_ann);
        QCOMPARE(test::queryValue(
                     *m_db,
                     QStringLiteral("SELECT actor_id FROM ticket_events WHERE ticket_id = ? "
                                    "AND action = 'green_channel'"),
                     {id})
                     .toLongLong(),
                 m_ann);
        // It heads the All queue, and the detail says what it is.
        QTRY_VERIFY(!place.model()->rows().isEmpty() && place.model()->rows().first().id == id);
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("fieldKind"))->text(),
                 QStringLiteral("Suggestion"));
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("fieldGreen"))->text(),
                 QStringLiteral("Yes"));
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("fieldType"))->text(),
                 QStringLiteral("Tariffs"));
        // The lighter flow: a suggestion has no review_valid step.
        QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("action_review_valid")));
        QVERIFY(detail->findChild<QPushButton *>(QStringLiteral("action_dispatch")));
    }

    void greenChannelNeedsItsPermission() {
        const qint64 id = insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("Limited"));
        app::Workspace ws = m_ws;
        ws.user.permissions = PermissionSet(
            {QStringLiteral("tickets.register"), QStringLiteral("tickets.read_all")}, false);
        app::TicketsPlace place(ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        QTest::mouseClick(place.findChild<QPushButton *>(QStringLiteral("registerButton")),
                          Qt::LeftButton);
        QDialog *reg = nullptr;
        QTRY_VERIFY((reg = visibleChild<QDialog>(&place, QStringLiteral("registerDialog"))));
        auto *green = reg->findChild<QCheckBox *>(QStringLiteral("regGreen"));
        QVERIFY(!green->isEnabled());
        QVERIFY2(green->toolTip().contains(QLatin1String("tickets.green_channel")),
                 qPrintable(green->toolTip()));
        reg->reject();
        // Linking needs tickets.handle, and says so.
        auto *link = detail->findChild<QPushButton *>(QStringLiteral("kbLinkButton"));
        QVERIFY(!link->isEnabled());
        QVERIFY(link->toolTip().contains(QLatin1String("tickets.handle")));
        auto *add = detail->findChild<QPushButton *>(QStringLiteral("addAttachment"));
        QVERIFY(!add->isEnabled());
        QVERIFY(add->toolTip().contains(QLatin1String("tickets.handle")));

        // The registrar refuses it too; nothing is written.
        const int before =
            test::queryValue(*m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt();
        app::Registration r;
        r.complaint.receivedAt = m_clock.now();
        r.complaint.problemType = QStringLiteral("login_failure");
        r.complaint.subject = QStringLiteral("Sneaky");
        r.greenChannel = true;
        Workflow workflow;
        QString e;
        QVERIFY2(workflow.load(*m_db, e), qPrintable(e));
        qint64 newId = -1;
        QVERIFY(!app::TicketRegistrar(*m_db, workflow)
                     .registerTicket(r, {QStringLiteral("tickets.register")}, m_ann,
                                     m_clock.nowMs(), newId, e));
        QVERIFY2(e.contains(QLatin1String("tickets.green_channel")), qPrintable(e));
        QCOMPARE(newId, 0);
        QCOMPARE(test::queryValue(*m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt(),
                 before);
        // Nor may this login put an existing ticket on the green channel.
        auto *toggle = detail->findChild<QPushButton *>(QStringLiteral("greenChannelToggle"));
        QVERIFY(toggle && !toggle->isEnabled());
        QVERIFY(toggle->toolTip().contains(QLatin1String("tickets.green_channel")));
    }

    // An existing ticket onto the green channel and off again from the detail; a change made
    // elsewhere meanwhile is not overwritten ("changed by … at …", Reload).
    void greenChannelOnAnExistingTicket() {
        const qint64 id = insertTicket(*m_db, m_clock.nowMs() - 86400000, QStringLiteral("Old"));
        app::TicketsPlace place(m_ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        auto toggle = [&] {
            return detail->findChild<QPushButton *>(QStringLiteral("greenChannelToggle"));
        };
        QVERIFY(toggle() && toggle()->isEnabled());
        QTest::mouseClick(toggle(), Qt::LeftButton);
        QTRY_COMPARE(
            test::queryValue(*m_db,
                             QStringLiteral("SELECT green_channel FROM tickets WHERE id = ?"), {id})
                .toInt(),
            1);
        QTRY_COMPARE(detail->findChild<QLabel *>(QStringLiteral("fieldGreen"))->text(),
                     QStringLiteral("Yes"));
        QCOMPARE(toggle()->text(), QStringLiteral("Leave green channel"));
        // A day old, yet above every ticket not on the green channel.
        place.showQueue(TicketQueue::All);
        const auto headsTheQueue = [&] {
            for (const auto &row : place.model()->rows()) {
                if (row.id == id)
                    return true;
                if (!row.green)
                    return false;
            }
            return false;
        };
        QTRY_VERIFY(headsTheQueue());

        // Someone else changes the ticket; taking it off is refused, nothing is overwritten.
        QString e;
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE tickets SET priority = 5, version = version + "
                                           "1 WHERE id = ?"),
                            {id}, e),
                 qPrintable(e));
        QTest::mouseClick(toggle(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleChild<QMessageBox>(detail, QStringLiteral("conflictBox"))));
        QVERIFY2(box->text().contains(QLatin1String("was changed by")), qPrintable(box->text()));
        QCOMPARE(test::queryValue(
                     *m_db, QStringLiteral("SELECT green_channel FROM tickets WHERE id = ?"), {id})
                     .toInt(),
                 1);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("conflictReload")),
                          Qt::LeftButton);
        QTest::mouseClick(toggle(), Qt::LeftButton);
        QTRY_COMPARE(
            test::queryValue(*m_db,
                             QStringLiteral("SELECT green_channel FROM tickets WHERE id = ?"), {id})
                .toInt(),
            0);
        QCOMPARE(test::queryValue(
                     *m_db,
                     QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND "
                                    "action = 'green_channel' AND actor_id = ?"),
                     {id, m_ann})
                     .toInt(),
                 2);
    }
};

QTEST_MAIN(TestTicketsDetail)
#include "tst_tickets_detail.moc"
