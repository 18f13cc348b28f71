// GUI test of the ticket detail, driven through the real widgets (offscreen): knowledge-base
// links (search, link with the use counted, read-only view, unlink), registering a
// green-channel suggestion, the green-channel permission and toggle, the timeline following
// other workstations, and times shown in the workstation's zone. Attachments:
// tst_tickets_attachments.

#include "kb/knowledgebase.h"
#include "ticketdetailfixture.h"
#include "tickets/eventfields.h"
#include "tickets/kblinkspane.h"
#include "tickets/ticketpagemodel.h"
#include "tickets/ticketregistration.h"
#include "tickets/ticketstore.h"
#include "widgetfinders.h"
#include "workflowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace sb;
using namespace sb::test;

class TestTicketsDetail : public QObject, private TicketDetailFixture {
    Q_OBJECT
    qint64 m_case = 0;

private Q_SLOTS:
    void initTestCase() {
        QString e;
        QVERIFY2(setUpFixture(e), qPrintable(e));
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

    // Times are shown in the workstation's zone (Berlin here), not the calendar's (New York)
    // nor the one the ticket was received in, in the queue and the detail alike; the
    // source's own time is said alongside when it differs.
    void timesAreShownInTheWorkstationZone() {
        const qint64 id = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Zone"));
        const qint64 tokyo =
            insertDetailTicket(*m_db, m_clock.nowMs() + 1000, QStringLiteral("From Tokyo"));
        const qint64 berlin =
            insertDetailTicket(*m_db, m_clock.nowMs() + 2000, QStringLiteral("From Berlin"));
        QString e;
        QVERIFY2(
            m_db->exec(QStringLiteral("UPDATE tickets SET received_offset = CASE id WHEN ? "
                                      "THEN 32400 WHEN ? THEN 7200 ELSE 0 END, source = 'nyc311'"),
                       {tokyo, berlin}, e),
            qPrintable(e));
        app::TicketsPlace place(m_ws);
        app::TicketDetailPanel *detail = openDetail(place, tokyo);
        QVERIFY(detail);
        // 02:00 UTC is 04:00 in Berlin (summer time); New York would have shown 22:00 the day
        // before, Tokyo 11:00.
        auto *received = detail->findChild<QLabel *>(QStringLiteral("fieldReceived"));
        QVERIFY(received);
        QCOMPARE(received->text(),
                 QStringLiteral("2025-10-09 04:00:01 — At the source: 2025-10-09 11:00:01 "
                                "(UTC+09:00)"));
        // Not registered by a person: the source says where it came from.
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("fieldReceiver"))->text(),
                 QStringLiteral("(source: nyc311)"));
        // No team and no department: nothing, not " / ".
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("fieldTeam"))->text(), QString());
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE tickets SET department = 'Network' WHERE "
                                           "id = ?"),
                            {berlin}, e),
                 qPrintable(e));
        detail->showTicket(berlin);
        received = detail->findChild<QLabel *>(QStringLiteral("fieldReceived"));
        QCOMPARE(received->text(), QStringLiteral("2025-10-09 04:00:02"));
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("fieldTeam"))->text(),
                 QStringLiteral("Network"));

        app::TicketPageModel *model = place.model();
        QTRY_VERIFY(model->rowCount() >= 3);
        const auto cell = [model](qint64 ticket, int role) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->rows().at(r).id == ticket)
                    return model->index(r, app::TicketPageModel::Received).data(role);
            }
            return QVariant();
        };
        QCOMPARE(cell(id, Qt::DisplayRole).toString(), QStringLiteral("2025-10-09 04:00:00"));
        QCOMPARE(cell(id, Qt::ToolTipRole).toString(),
                 QStringLiteral("At the source: 2025-10-09 02:00:00 (UTC)"));
        QCOMPARE(cell(tokyo, Qt::DisplayRole).toString(), QStringLiteral("2025-10-09 04:00:01"));
        QCOMPARE(cell(berlin, Qt::ToolTipRole), QVariant());
    }

    // A ticket linked to an incident says the incident's grade and state in words.
    void linkedIncidentIsNamed() {
        const qint64 id = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Linked"));
        QString e;
        QSqlQuery q;
        QVERIFY2(m_db->exec(q,
                            QStringLiteral("INSERT INTO incidents(problem_type, class, grade, "
                                           "trigger_kind, opened_at, summary) VALUES "
                                           "('login_failure', 'core', 2, 'burst', ?, "
                                           "'Logins fail') RETURNING id"),
                            {m_clock.nowMs()}, e) &&
                     q.next(),
                 qPrintable(e));
        const qint64 incident = q.value(0).toLongLong();
        q.finish();
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE tickets SET incident_id = ? WHERE id = ?"),
                            {incident, id}, e),
                 qPrintable(e));
        app::TicketsPlace place(m_ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        auto *label = detail->findChild<QLabel *>(QStringLiteral("incidentLabel"));
        QVERIFY(label);
        QTRY_COMPARE(
            label->text(),
            QStringLiteral("Incident #%1 — grade Urgent, Open. Logins fail").arg(incident));
    }

    void knowledgeBaseLinks() {
        const qint64 id =
            insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("No reset mail"));
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
        // Both show in the timeline under their names (the change feed reloads the detail in
        // the application; here it is reloaded by hand).
        detail->reload();
        auto *timeline = detail->findChild<QTableWidget *>(QStringLiteral("timeline"));
        QStringList lines;
        for (int r = 0; r < timeline->rowCount(); ++r)
            lines << timeline->item(r, 2)->text() + u'|' + timeline->item(r, 1)->text();
        QVERIFY2(lines.contains(QStringLiteral("Knowledge-base article linked|Ann Lead")) &&
                     lines.contains(QStringLiteral("Knowledge-base article unlinked|Ann Lead")),
                 qPrintable(lines.join(u',')));
    }

    // A timeline line's fields as a supervisor reads them, whatever wrote them.
    void eventFieldsAreReadable() {
        const qint64 ticket = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Fields"));
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const auto describe = [&](const QString &json) {
            return app::EventFields(*m_db, berlin).describe(json);
        };
        QCOMPARE(describe(QStringLiteral("{}")), QString());
        QCOMPARE(describe(QStringLiteral("{\"automatic\":true,\"due_at\":1759975200000,"
                                         "\"milestone\":\"first_response\"}")),
                 QStringLiteral("Automatic: yes; Due at: 2025-10-09 04:00:00; Milestone: First "
                                "response"));
        QCOMPARE(describe(QStringLiteral("{\"handler_id\":%1,\"article_id\":%2,\"appeal_of\":%3}")
                              .arg(m_ann)
                              .arg(m_case)
                              .arg(ticket)),
                 QStringLiteral("Appeal of: %1; Article: Mail relay blocks password reset; "
                                "Handler: Ann Lead")
                     .arg(TicketStore::serialNumber(ticket, m_clock.nowMs())));
        QCOMPARE(describe(QStringLiteral("{\"handler_id\":999999,\"channel\":\"phone\","
                                         "\"extra\":[1,\"<b>x</b>\"]}")),
                 QStringLiteral("Channel: Phone; Extra: [1,\"<b>x</b>\"]; Handler: #999999"));
        // A whole line: the note, then the fields; an automatic urge in the reader's words
        // and zone, whatever the urging workstation stored.
        const auto line = [&](const QString &note, const QString &json) {
            return app::EventFields(*m_db, berlin).line(note, json);
        };
        QCOMPARE(line(QStringLiteral("Moved up"), QStringLiteral("{\"priority\":3}")),
                 QStringLiteral("Moved up — Priority: 3"));
        QCOMPARE(line(QStringLiteral("Only a note"), QStringLiteral("{}")),
                 QStringLiteral("Only a note"));
        const QString urge = QStringLiteral("{\"automatic\":true,\"due_at\":1759975200000,"
                                            "\"kind\":\"%1\",\"milestone\":\"callback\"}");
        QCOMPARE(line(QStringLiteral("截止时间已过 (stored, Shanghai)"), urge.arg(u"overdue")),
                 QStringLiteral("Deadline Call back has passed: it was due at 2025-10-09 "
                                "04:00:00."));
        QCOMPARE(line(QString(), urge.arg(u"warning")),
                 QStringLiteral("Deadline Call back is near: due at 2025-10-09 04:00:00."));
        // Not JSON (another tool wrote it): shown as it is.
        QCOMPARE(describe(QStringLiteral("<i>free text</i>")), QStringLiteral("<i>free text</i>"));
    }

    void registerGreenChannelSuggestion() {
        // A newer ticket: without the green channel the new one would not head the queue.
        const qint64 newer =
            insertDetailTicket(*m_db, m_clock.nowMs() + 3600000, QStringLiteral("Newer"));
        app::TicketsPlace place(m_ws);
        place.resize(1300, 800);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        place.showQueue(TicketQueue::All);
        QTRY_VERIFY(!place.model()->rows().isEmpty());
        QCOMPARE(place.model()->rows().first().id, newer);

        QDialog *reg =
            openDialog(&place, QStringLiteral("registerButton"), QStringLiteral("registerDialog"));
        QVERIFY(reg);
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
        const qint64 id = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Limited"));
        app::Workspace ws = m_ws;
        ws.user.permissions = PermissionSet(
            {QStringLiteral("tickets.register"), QStringLiteral("tickets.read_all")}, false);
        app::TicketsPlace place(ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        QDialog *reg =
            openDialog(&place, QStringLiteral("registerButton"), QStringLiteral("registerDialog"));
        QVERIFY(reg);
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

    // Another workstation attaches a file: the change feed's ticket_event reloads the shown
    // detail; an event of another ticket does not.
    void timelineFollowsOtherWorkstations() {
        const qint64 id = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Shown"));
        const qint64 other = insertDetailTicket(*m_db, m_clock.nowMs(), QStringLiteral("Other"));
        app::TicketsPlace place(m_ws);
        app::TicketDetailPanel *detail = openDetail(place, id);
        QVERIFY(detail);
        auto *timeline = detail->findChild<QTableWidget *>(QStringLiteral("timeline"));
        QCOMPARE(timeline->rowCount(), 0);
        QString e;
        const auto attach = [&](qint64 ticket) {
            QSqlQuery q;
            if (!m_db->exec(q,
                            QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, "
                                           "note) VALUES (?, ?, 'attachment', 'scan.pdf') "
                                           "RETURNING id"),
                            {ticket, m_clock.nowMs()}, e) ||
                !q.next())
                return qint64(0);
            return q.value(0).toLongLong();
        };
        const qint64 elsewhere = attach(other);
        QVERIFY2(elsewhere > 0, qPrintable(e));
        place.applyChanges(
            {Change{1, ChangeEntity::TicketEvent, elsewhere, ChangeOp::Insert, m_clock.nowMs()}});
        QCOMPARE(timeline->rowCount(), 0);
        const qint64 here = attach(id);
        QVERIFY2(here > 0, qPrintable(e));
        place.applyChanges(
            {Change{2, ChangeEntity::TicketEvent, here, ChangeOp::Insert, m_clock.nowMs()}});
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->item(0, 2)->text(), QStringLiteral("Attachment added"));

        // A note with markup is shown as written; its tooltip (the whole text when the column
        // cuts it) is converted, never read as HTML.
        const QString markup = QStringLiteral("<b>bold</b> & <img src=x>\nline two");
        QSqlQuery q;
        QVERIFY2(m_db->exec(q,
                            QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, note) "
                                           "VALUES (?, ?, 'urge', ?) RETURNING id"),
                            {id, m_clock.nowMs() + 1, markup}, e) &&
                     q.next(),
                 qPrintable(e));
        place.applyChanges({Change{3, ChangeEntity::TicketEvent, q.value(0).toLongLong(),
                                   ChangeOp::Insert, m_clock.nowMs()}});
        QCOMPARE(timeline->rowCount(), 2);
        QCOMPARE(timeline->item(1, 4)->text(), markup);
        const QString tip = timeline->item(1, 4)->toolTip();
        for (const char *escaped : {"&lt;b&gt;bold&lt;/b&gt;", "&amp;", "&lt;img", "x&gt;<br>"})
            QVERIFY2(tip.contains(QLatin1StringView(escaped)), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1StringView("<b>")), qPrintable(tip));
    }

    // An existing ticket onto the green channel and off again from the detail; a change made
    // elsewhere meanwhile is not overwritten ("changed by … at …", Reload).
    void greenChannelOnAnExistingTicket() {
        const qint64 id =
            insertDetailTicket(*m_db, m_clock.nowMs() - 86400000, QStringLiteral("Old"));
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

SB_TICKET_DETAIL_TEST_MAIN(TestTicketsDetail)
#include "tst_tickets_detail.moc"
