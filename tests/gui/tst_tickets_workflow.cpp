// GUI test of the ticket workflow screens, driven through the real widgets (offscreen):
// register → review → dispatch → accept → reply → revisit → close; a second writer's change
// is refused with "changed by NAME"; a bulk dispatch reports per ticket what was refused.
#include "domain/labels.h"
#include "testsupport.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketpagemodel.h"
#include "tickets/ticketsplace.h"
#include "widgetfinders.h"
#include "workflow/ticketworkflow.h"
#include "workflowfixture.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sb;
using sb::test::clickOk;
using sb::test::insertStaff;
using sb::test::openDialog;
using sb::test::visibleChild;

namespace {

qint64 insertTicket(Database &db, qint64 at, const QString &state, const QString &customer) {
    QString error;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                "problem_type, state, customer_id, subject, updated_at) VALUES "
                                "(?, 'phone', 'normal', 'login_failure', ?, ?, 'Bulk case', ?) "
                                "RETURNING id"),
                 {at, state, customer, at}, error) ||
        !q.next())
        qFatal("insertTicket: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

} // namespace

class TestTicketsWorkflow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2025, 10, 9), QTime(2, 0), Qt::UTC)};
    qint64 m_ann = 0;
    qint64 m_bob = 0;
    app::Workspace m_ws;

    // Opens the action's generated form in the detail panel, fills it and presses OK.
    void act(app::TicketDetailPanel *detail, const QString &action,
             const QList<QPair<QString, QVariant>> &fields) {
        auto *button = detail->findChild<QPushButton *>(QStringLiteral("action_") + action);
        QVERIFY2(button, qPrintable(action));
        QVERIFY2(button->isEnabled(), qPrintable(action));
        QTest::mouseClick(button, Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<QDialog>(detail, QStringLiteral("actionDialog"))));
        for (const auto &[name, value] : fields) {
            QWidget *w = dialog->findChild<QWidget *>(QStringLiteral("field_") + name);
            QVERIFY2(w, qPrintable(name));
            if (auto *line = qobject_cast<QLineEdit *>(w)) {
                QTest::keyClicks(line, value.toString());
            } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
                spin->setValue(value.toInt());
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                const int i = combo->findData(value);
                QVERIFY2(i >= 0, qPrintable(name));
                // Choices are shown by their labels, never as stored keys.
                if (name == QLatin1StringView("satisfaction"))
                    QCOMPARE(combo->itemText(i), Labels::satisfaction(value.toString()));
                QVERIFY2(combo->itemText(i) != value.toString(), qPrintable(combo->itemText(i)));
                combo->setCurrentIndex(i);
            }
        }
        clickOk(dialog, QStringLiteral("actionButtons"));
    }

    QString shownState(app::TicketDetailPanel *detail) {
        auto *l = detail->findChild<QLabel *>(QStringLiteral("fieldState"));
        return l ? l->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        m_ann = insertStaff(*m_db, QStringLiteral("Ann Lead"), QStringLiteral("ann"));
        m_bob = insertStaff(*m_db, QStringLiteral("Bob Other"), QStringLiteral("bob"));
        m_ws.db = m_db.get();
        m_ws.clock = &m_clock;
        m_ws.user.staffId = m_ann;
        m_ws.user.login = QStringLiteral("ann");
        m_ws.user.name = QStringLiteral("Ann Lead");
        m_ws.user.permissions = PermissionSet({}, true);
    }

    void registrationToClosing() {
        app::TicketsPlace place(m_ws);
        place.resize(1300, 800);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));

        QDialog *reg =
            openDialog(&place, QStringLiteral("registerButton"), QStringLiteral("registerDialog"));
        QVERIFY(reg);
        QTest::keyClicks(reg->findChild<QLineEdit *>(QStringLiteral("regCustomer")),
                         QStringLiteral("C-42"));
        QTest::keyClicks(reg->findChild<QLineEdit *>(QStringLiteral("regService")),
                         QStringLiteral("13812345678"));
        QTest::keyClicks(reg->findChild<QLineEdit *>(QStringLiteral("regSubject")),
                         QStringLiteral("Cannot log in <b>since</b> Monday"));
        QTest::keyClicks(reg->findChild<QPlainTextEdit *>(QStringLiteral("regDescription")),
                         QStringLiteral("Password reset mail never arrives."));
        clickOk(reg, QStringLiteral("regButtons"));

        // The new ticket appears in the queue and opens in the detail.
        app::TicketDetailPanel *detail = place.detail();
        QTRY_VERIFY(detail->ticketId() > 0);
        const qint64 id = detail->ticketId();
        QTRY_VERIFY(!place.model()->rows().isEmpty() && place.model()->rows().first().id == id);
        QCOMPARE(shownState(detail), Labels::state(QStringLiteral("registered")));
        QCOMPARE(test::queryValue(
                     *m_db, QStringLiteral("SELECT registered_by FROM tickets WHERE id = ?"), {id})
                     .toLongLong(),
                 m_ann);
        // Only the actions of the state are offered.
        QVERIFY(detail->findChild<QPushButton *>(QStringLiteral("action_review_valid")));
        QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("action_close_satisfied")));

        act(detail, QStringLiteral("review_valid"), {});
        QTRY_COMPARE(shownState(detail), Labels::state(QStringLiteral("reviewed")));

        // A required field left blank is refused in the form, which stays open.
        act(detail, QStringLiteral("dispatch"),
            {{QStringLiteral("dispatch_opinion"), QStringLiteral("Check the mail relay")}});
        QDialog *open = visibleChild<QDialog>(detail, QStringLiteral("actionDialog"));
        QVERIFY(open);
        auto *error = open->findChild<QLabel *>(QStringLiteral("actionError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1StringView("department")),
                 qPrintable(error->text()));
        QTest::keyClicks(open->findChild<QLineEdit *>(QStringLiteral("field_department")),
                         QStringLiteral("Network"));
        auto *handler = open->findChild<QComboBox *>(QStringLiteral("field_handler_id"));
        handler->setCurrentIndex(handler->findData(m_ann));
        clickOk(open, QStringLiteral("actionButtons"));
        QTRY_COMPARE(shownState(detail), Labels::state(QStringLiteral("dispatched")));
        QCOMPARE(test::queryValue(
                     *m_db, QStringLiteral("SELECT handler_id FROM tickets WHERE id = ?"), {id})
                     .toLongLong(),
                 m_ann);

        act(detail, QStringLiteral("accept"), {});
        QTRY_COMPARE(shownState(detail), Labels::state(QStringLiteral("in_progress")));
        act(detail, QStringLiteral("reply"),
            {{QStringLiteral("problem_summary"), QStringLiteral("Relay blocked")},
             {QStringLiteral("solution"), QStringLiteral("Relay unblocked")},
             {QStringLiteral("service_staff"), QStringLiteral("Ann Lead")}});
        QTRY_COMPARE(shownState(detail), Labels::state(QStringLiteral("replied")));
        act(detail, QStringLiteral("revisit"),
            {{QStringLiteral("satisfaction"), QStringLiteral("satisfied")},
             {QStringLiteral("score"), 4}});
        QTRY_COMPARE(shownState(detail), Labels::state(QStringLiteral("revisited")));
        act(detail, QStringLiteral("close_satisfied"), {});
        QTRY_COMPARE(shownState(detail), Labels::state(QStringLiteral("closed")));

        QCOMPARE(
            test::queryValue(*m_db, QStringLiteral("SELECT state FROM tickets WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("closed"));
        QCOMPARE(test::queryValue(
                     *m_db, QStringLiteral("SELECT satisfaction FROM tickets WHERE id = ?"), {id})
                     .toInt(),
                 4);
        // The full timeline: six actions, each by Ann.
        auto *timeline = detail->findChild<QTableWidget *>(QStringLiteral("timeline"));
        QCOMPARE(timeline->rowCount(), 6);
        // Lines are named as the workflow names its actions, not by their keys.
        QCOMPARE(timeline->item(5, 2)->text(), QStringLiteral("Close (satisfied)"));
        QCOMPARE(timeline->item(5, 1)->text(), QStringLiteral("Ann Lead"));
        // The fields each step carried, named and labelled: people by name, choices by label.
        QCOMPARE(timeline->item(1, 4)->text(),
                 QStringLiteral("Department: Network; Dispatch opinion: Check the mail relay; "
                                "Handler: Ann Lead; Support tier: 1"));
        QCOMPARE(timeline->item(4, 4)->text(), QStringLiteral("Satisfaction: Satisfied; Score: 4"));
        // The queue row followed (live) and the service number is shown as the viewer may.
        QTRY_COMPARE(place.model()->rows().first().state, QStringLiteral("closed"));
    }

    void secondWriterIsRefused() {
        app::TicketsPlace place(m_ws);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        const qint64 id = insertTicket(*m_db, m_clock.nowMs(), QStringLiteral("registered"),
                                       QStringLiteral("C-7"));
        app::TicketDetailPanel *detail = place.detail();
        detail->showTicket(id);
        QCOMPARE(shownState(detail), Labels::state(QStringLiteral("registered")));

        // Bob marks it valid from another workstation while Ann looks at the old version.
        {
            QString e;
            auto other = Database::open(m_db->url(), QStringLiteral("bob"), e);
            QVERIFY2(other, qPrintable(e));
            Workflow wf;
            QVERIFY2(wf.load(*other, e), qPrintable(e));
            TicketWorkflow flow(*other, wf, m_clock);
            ActionOutcome out;
            ActionRequest r;
            r.action = QStringLiteral("review_valid");
            QVERIFY2(flow.apply(id, 1, m_bob, {QStringLiteral("*")}, r, out, e), qPrintable(e));
        }
        act(detail, QStringLiteral("review_invalid"),
            {{QStringLiteral("reason"), QStringLiteral("Duplicate")}});
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleChild<QMessageBox>(detail, QStringLiteral("conflictBox"))));
        QVERIFY2(box->text().contains(QLatin1StringView("Bob Other")), qPrintable(box->text()));
        // Nothing of Ann's was written.
        QCOMPARE(
            test::queryValue(*m_db, QStringLiteral("SELECT state FROM tickets WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("reviewed"));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("conflictReload")),
                          Qt::LeftButton);
        QTRY_COMPARE(shownState(detail), Labels::state(QStringLiteral("reviewed")));
    }

    void bulkDispatchReportsEachTicket() {
        const qint64 a = insertTicket(*m_db, m_clock.nowMs() - 3000, QStringLiteral("reviewed"),
                                      QStringLiteral("BULK-1"));
        const qint64 b = insertTicket(*m_db, m_clock.nowMs() - 2000, QStringLiteral("registered"),
                                      QStringLiteral("BULK-1"));
        const qint64 c = insertTicket(*m_db, m_clock.nowMs() - 1000, QStringLiteral("reviewed"),
                                      QStringLiteral("BULK-1"));
        app::TicketsPlace place(m_ws);
        place.resize(1300, 800);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        const qint64 logged =
            test::queryValue(*m_db, QStringLiteral("SELECT COUNT(*) FROM query_log")).toLongLong();
        QTest::keyClicks(place.findChild<QLineEdit *>(QStringLiteral("customerFilter")),
                         QStringLiteral("BULK-1"));
        QTest::mouseClick(place.findChild<QPushButton *>(QStringLiteral("searchButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(place.model()->rowCount(), 3);
        // The search was logged with who searched for what.
        QCOMPARE(
            test::queryValue(*m_db, QStringLiteral("SELECT COUNT(*) FROM query_log")).toLongLong(),
            logged + 1);
        QVERIFY(
            test::queryValue(*m_db, QStringLiteral("SELECT filter FROM query_log ORDER BY id DESC"))
                .toString()
                .contains(QLatin1StringView("BULK-1")));
        // Once counted, how many tickets it found (reports list the searches that found none).
        QTRY_COMPARE(test::queryValue(*m_db, QStringLiteral("SELECT results FROM query_log ORDER "
                                                            "BY id DESC"))
                         .toLongLong(),
                     3);

        auto *view = place.findChild<QTableView *>(QStringLiteral("ticketsView"));
        view->selectAll();
        auto *bulk = place.findChild<QToolButton *>(QStringLiteral("bulkButton"));
        QVERIFY(bulk->isEnabled());
        bulk->menu()->findChild<QAction *>(QStringLiteral("bulk_dispatch"))->trigger();
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleChild<QDialog>(&place, QStringLiteral("bulkDialog"))));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("field_dispatch_opinion")),
                         QStringLiteral("All to network"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("field_department")),
                         QStringLiteral("Network"));
        clickOk(form, QStringLiteral("actionButtons"));
        QDialog *results = nullptr;
        QTRY_VERIFY((results = visibleChild<QDialog>(&place, QStringLiteral("bulkResults"))));
        auto *table = results->findChild<QTableWidget *>(QStringLiteral("bulkResultTable"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(results->findChild<QLabel *>(QStringLiteral("bulkSummary"))->text(),
                 QStringLiteral("2 done, 1 refused."));
        // Rows in id order: a done, b refused (state), c done.
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Done"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Refused"));
        QVERIFY2(!table->item(1, 2)->text().isEmpty(), "the refusal says why");
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("Done"));
        for (qint64 id : {a, c})
            QCOMPARE(test::queryValue(
                         *m_db, QStringLiteral("SELECT state FROM tickets WHERE id = ?"), {id})
                         .toString(),
                     QStringLiteral("dispatched"));
        QCOMPARE(
            test::queryValue(*m_db, QStringLiteral("SELECT state FROM tickets WHERE id = ?"), {b})
                .toString(),
            QStringLiteral("registered"));
    }
};

QTEST_MAIN(TestTicketsWorkflow)
#include "tst_tickets_workflow.moc"
