// Opening exactly a figure's tickets: the main window is the places' Navigator; openTickets
// shows the Tickets place with exactly those tickets under a bar naming the figure, the
// queue's filters narrow it further, and Clear returns to the queue shown before.
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "tickets/ticketsplace.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestTicketsSelection : public QObject {
    Q_OBJECT

    static QSet<qint64> shownIds(app::TicketsPlace *p) {
        QSet<qint64> out;
        for (const TicketRow &r : p->model()->rows())
            out.insert(r.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tickets_selection"));
    }

    void opensExactlyTheFiguresTickets() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QList<qint64> all;
        for (int i = 0; i < 60; ++i) { // open, unassigned
            QSqlQuery q(db->db());
            QVERIFY2(db->exec(q,
                              QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                             "customer_tier, problem_type, subject, updated_at) "
                                             "VALUES (?, 'phone', 'normal', 'login_failure', ?, "
                                             "?) RETURNING id"),
                              {qint64(1000 + i), QStringLiteral("Ticket %1").arg(i), qint64(1)},
                              e) &&
                         q.next(),
                     qPrintable(e));
            all.append(q.value(0).toLongLong());
        }
        QList<qint64> figure; // 37 of them spread over the 60, ascending, as a report gives them
        for (int i = 0; i < 37; ++i)
            figure.append(all.at(i * 60 / 37));
        QCOMPARE(figure.size(), 37);

        ManualClock clock(QDateTime::currentDateTimeUtc());
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = 1;
        ws.user.login = QStringLiteral("manager");
        ws.user.name = QStringLiteral("Manager");
        ws.user.roleKey = QStringLiteral("manager");
        ws.user.permissions = PermissionSet({}, true);
        app::MainWindow w(ws);
        QCOMPARE(w.workspace().navigator, static_cast<app::Navigator *>(&w));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPlace(QStringLiteral("reports")); // where a figure is clicked
        auto *tickets = dynamic_cast<app::TicketsPlace *>(w.place(QStringLiteral("tickets")));
        QVERIFY(tickets);
        auto *queues = tickets->findChild<QListWidget *>(QStringLiteral("queueList"));
        queues->setCurrentRow(int(allTicketQueues().indexOf(TicketQueue::Unassigned)));
        QTRY_COMPARE(tickets->model()->rowCount(), 60);
        auto *bar = tickets->findChild<QWidget *>(QStringLiteral("selectionBar"));
        auto *label = tickets->findChild<QLabel *>(QStringLiteral("selectionLabel"));
        QVERIFY(bar && label && !bar->isVisible());

        static_cast<app::Navigator &>(w).openTickets({QStringLiteral("Volume · phone"), figure});
        QVERIFY(tickets->isVisible()); // the Tickets place is the one shown
        QTRY_VERIFY(!tickets->model()->isLoading());
        QTRY_COMPARE(tickets->model()->rowCount(), 37);
        QCOMPARE(shownIds(tickets), QSet<qint64>(figure.begin(), figure.end()));
        QTRY_COMPARE(tickets->model()->count(), 37);
        QVERIFY(bar->isVisible());
        QVERIFY2(label->text().startsWith(QStringLiteral("Showing the 37 ticket")) &&
                     label->text().endsWith(QStringLiteral(" of: Volume · phone")),
                 qPrintable(label->text()));
        QCOMPARE(tickets->model()->queue(), TicketQueue::All);

        // A figure that counts more than it hands over says so.
        static_cast<app::Navigator &>(w).openTickets(
            {QStringLiteral("Volume"), figure.mid(0, 5), true});
        QTRY_COMPARE(tickets->model()->rowCount(), 5);
        QCOMPARE(label->text(), QStringLiteral("Showing the first 5 of more tickets of: Volume"));
        // An empty figure shows no ticket, not every ticket.
        static_cast<app::Navigator &>(w).openTickets({QStringLiteral("Nothing"), {}});
        QTRY_VERIFY(!tickets->model()->isLoading());
        QTRY_COMPARE(tickets->model()->count(), 0);
        QCOMPARE(tickets->model()->rowCount(), 0);

        // Clear: back to the queue shown before the first selection, all its tickets.
        QTest::mouseClick(tickets->findChild<QPushButton *>(QStringLiteral("clearSelectionButton")),
                          Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(tickets->model()->queue(), TicketQueue::Unassigned);
        QCOMPARE(queues->currentRow(), int(allTicketQueues().indexOf(TicketQueue::Unassigned)));
        QTRY_COMPARE(tickets->model()->rowCount(), 60);
        QVERIFY(tickets->model()->filter().ids.isEmpty());
    }
};

QTEST_MAIN(TestTicketsSelection)
#include "tst_tickets_selection.moc"
