// Today: the counts shown equal what the database holds, follow changes from the feed (read
// again at most once a second), each opens where it is handled, an agent sees their own work;
// and the navigation's counts (badges) follow the feed too.
#include "incidents/incidentboard.h"
#include "incidents/incidentlabels.h"
#include "shell/mainwindow.h"
#include "shell/navbadge.h"
#include "shell/navdelegate.h"
#include "testsupport.h"
#include "tickets/ticketsplace.h"
#include "today/todayfeature.h"
#include "today/todayloader.h"
#include "today/todayplace.h"
#include "todayfixture.h"

#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sb;
using namespace sb::app;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(3, 0), QTimeZone::utc());
constexpr qint64 kMin = 60 * 1000;

// Records where the place sends the user.
class RecordingNavigator final : public Navigator {
public:
    void openTickets(const TicketSelection &) override {}
    void showPlace(const QString &key) override { places.append(key); }
    void openTicketQueue(TicketQueue queue, const TicketFilter &filter) override {
        queues.append(queue);
        filters.append(filter);
    }
    void openIncident(qint64 id) override { incidents.append(id); }
    QStringList places;
    QList<TicketQueue> queues;
    QList<TicketFilter> filters;
    QList<qint64> incidents;
};

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db.db());
    QString e;
    if (!db.exec(q, sql, values, e) || !q.next())
        qFatal("query: %s", qPrintable(e));
    return q.value(0).toLongLong();
}

qint64 countOf(const QWidget *place, const char *name) {
    auto *b = place->findChild<QPushButton *>(QString::fromLatin1(name));
    return b ? b->property("count").toLongLong() : -2;
}
} // namespace

class TestTodayPlace : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNow};
    test::TodayWorld m_w;
    qint64 m_now = kNow.toMSecsSinceEpoch();
    qint64 m_major = 0;

    Workspace workspace(qint64 staffId, const QSet<QString> &permissions, Navigator *nav) {
        Workspace ws;
        ws.db = m_db.get();
        ws.clock = &m_clock;
        ws.user.staffId = staffId;
        ws.user.login = QStringLiteral("sup");
        ws.user.name = QStringLiteral("Sup");
        ws.user.permissions = PermissionSet(permissions, false);
        ws.navigator = nav;
        return ws;
    }
    QSet<QString> supervisorPerms() const {
        return {perm::Tickets, perm::TicketsReadAll, perm::QaReview, perm::ReportsRead};
    }
    qint64 ticket(qint64 handler, bool green = false) {
        test::TodayTicket t;
        t.at = m_now - 24 * 60 * kMin;
        t.handler = handler;
        t.team = m_w.team;
        t.green = green;
        qint64 id = 0;
        QString e;
        if (!test::todayTicket(*m_db, t, id, e))
            qFatal("ticket: %s", qPrintable(e));
        return id;
    }
    void overdue(qint64 ticketId) {
        QString e;
        if (!test::todayUrge(*m_db, ticketId, QStringLiteral("overdue"), m_now - kMin, e))
            qFatal("urge: %s", qPrintable(e));
    }
    // What the database says, independently of the code under test.
    qint64 overdueInDatabase(qint64 handler = 0) {
        QString sql = QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.state <> 'closed' AND "
                                     "EXISTS (SELECT 1 FROM deadline_urges u WHERE u.ticket_id = "
                                     "t.id AND u.kind = 'overdue')");
        QVariantList values;
        if (handler > 0) {
            sql += QStringLiteral(" AND t.handler_id = ?");
            values << handler;
        }
        return scalar(*m_db, sql, values);
    }
    qint64 openIncidentsInDatabase(int grade) {
        return scalar(*m_db,
                      QStringLiteral("SELECT COUNT(*) FROM incidents WHERE state = 'open' AND "
                                     "grade = ?"),
                      {grade});
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_today_place"));
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY2(test::todayWorld(*m_db, m_w, e), qPrintable(e));
        overdue(ticket(m_w.agent));
        overdue(ticket(m_w.otherAgent));
        ticket(0);                    // unassigned
        ticket(m_w.otherAgent, true); // green channel
        qint64 id = 0;
        QVERIFY(test::todayIncident(*m_db, QStringLiteral("login_failure"), 1,
                                    QStringLiteral("open"), m_now - 10 * kMin, id, e));
        QVERIFY(test::todayIncident(*m_db, QStringLiteral("payment_failure"), 3,
                                    QStringLiteral("open"), m_now - 40 * kMin, m_major, e));
        for (qint64 ago : {2 * kMin, 3 * kMin, 12 * kMin}) {
            test::TodayTicket t;
            t.at = m_now - ago;
            t.type = QStringLiteral("payment_failure");
            t.handler = m_w.otherAgent;
            QVERIFY2(test::todayTicket(*m_db, t, id, e), qPrintable(e));
        }
        QVERIFY2(test::todayBroadcast(*m_db, m_clock, m_w.agent, {m_w.supervisor},
                                      QStringLiteral("Queue is long"), id, e),
                 qPrintable(e));
    }

    void countsEqualTheDatabase() {
        RecordingNavigator nav;
        TodayPlace place(workspace(m_w.supervisor, supervisorPerms(), &nav));
        place.show();
        QTRY_VERIFY(place.loader()->hasSnapshot());

        QCOMPARE(countOf(&place, "overdueButton"), overdueInDatabase());
        QCOMPARE(countOf(&place, "overdueButton"), 2);
        QVERIFY(place.findChild<QPushButton *>(QStringLiteral("overdueButton"))
                    ->text()
                    .contains(QStringLiteral("2")));
        QCOMPARE(countOf(&place, "unassignedButton"),
                 scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE handler_id IS "
                                              "NULL AND state <> 'closed'")));
        QCOMPARE(countOf(&place, "greenButton"), 1);
        for (int g = 0; g < 4; ++g)
            QCOMPARE(countOf(&place, qPrintable(QStringLiteral("gradeButton%1").arg(g))),
                     openIncidentsInDatabase(g));
        auto *incidents = place.findChild<QListWidget *>(QStringLiteral("incidentList"));
        QCOMPARE(incidents->count(), 2);
        QCOMPARE(incidents->item(0)->data(Qt::UserRole + 1).toLongLong(), m_major); // worst first
        QCOMPARE(countOf(&place, "broadcastsButton"), 1);
        QVERIFY(place.findChild<QGroupBox *>(QStringLiteral("reviewsBox"))->isVisibleTo(&place));
        QVERIFY(place.findChild<QGroupBox *>(QStringLiteral("reportsBox"))->isVisibleTo(&place));
        // The hottest type's line: three complaints, two in the last 5 minutes.
        auto *line = place.findChild<QWidget *>(QStringLiteral("volumeLine_payment_failure"));
        QVERIFY(line);
        QVERIFY(place.findChild<QWidget *>(QStringLiteral("volumeFigure_payment_failure")));

        // A change arrives: a new overdue ticket and an incident resolved elsewhere.
        overdue(ticket(m_w.otherAgent));
        QString e;
        QVERIFY(m_db->exec(QStringLiteral("UPDATE incidents SET state = 'resolved', closed_at = "
                                          "? WHERE id = ?"),
                           {m_now, m_major}, e));
        const int readsBefore = place.loader()->reads();
        for (int i = 0; i < 20; ++i)
            place.applyChanges({Change{100 + i, ChangeEntity::Ticket, 1, ChangeOp::Update, m_now}});
        place.applyChanges({Change{200, ChangeEntity::Incident, m_major, ChangeOp::Update, m_now}});
        QTRY_COMPARE(countOf(&place, "overdueButton"), overdueInDatabase());
        QCOMPARE(countOf(&place, "overdueButton"), 3);
        QTRY_COMPARE(countOf(&place, "gradeButton3"), 0);
        QCOMPARE(incidents->count(), 1);
        // Twenty-one changes, one read (at most one a second).
        QTest::qWait(1200);
        QCOMPARE(place.loader()->reads(), readsBefore + 1);
        // A change of something Today does not show reads nothing.
        place.applyChanges({Change{300, ChangeEntity::KbArticle, 1, ChangeOp::Update, m_now}});
        QTest::qWait(1200);
        QCOMPARE(place.loader()->reads(), readsBefore + 1);

        // Hidden (another place is shown), changes wait until it is shown again.
        place.hide();
        place.applyChanges({Change{301, ChangeEntity::Ticket, 1, ChangeOp::Update, m_now}});
        QTest::qWait(1200);
        QCOMPARE(place.loader()->reads(), readsBefore + 1);
        place.show();
        QTRY_COMPARE(place.loader()->reads(), readsBefore + 2);

        // Each figure opens where it is handled.
        place.findChild<QPushButton *>(QStringLiteral("overdueButton"))->click();
        QCOMPARE(nav.queues, QList<TicketQueue>{TicketQueue::Overdue});
        QCOMPARE(nav.filters.constFirst().handlerId, 0); // everyone's: the count was
        place.findChild<QPushButton *>(QStringLiteral("greenButton"))->click();
        QCOMPARE(nav.queues.constLast(), TicketQueue::GreenChannel);
        Q_EMIT incidents->itemActivated(incidents->item(0));
        QCOMPARE(nav.incidents.size(), 1);
        QVERIFY(nav.incidents.constFirst() != m_major);
        place.findChild<QPushButton *>(QStringLiteral("broadcastsButton"))->click();
        place.findChild<QPushButton *>(QStringLiteral("reviewsButton"))->click();
        place.findChild<QPushButton *>(QStringLiteral("volumeType_payment_failure"))->click();
        QCOMPARE(nav.places, (QStringList{QStringLiteral("broadcasts"), QStringLiteral("qa"),
                                          QStringLiteral("volume")}));

        QVERIFY(m_db->exec(QStringLiteral("UPDATE incidents SET state = 'open', closed_at = NULL "
                                          "WHERE id = ?"),
                           {m_major}, e));
    }

    void anAgentSeesTheirOwnWork() {
        RecordingNavigator nav;
        TodayPlace place(workspace(m_w.agent, {perm::Tickets}, &nav));
        place.show();
        QTRY_VERIFY(place.loader()->hasSnapshot());
        QCOMPARE(countOf(&place, "overdueButton"), overdueInDatabase(m_w.agent));
        QCOMPARE(countOf(&place, "overdueButton"), 1);
        QVERIFY(!place.findChild<QPushButton *>(QStringLiteral("unassignedButton"))
                     ->isVisibleTo(&place));
        QVERIFY(!place.findChild<QGroupBox *>(QStringLiteral("reviewsBox"))->isVisibleTo(&place));
        QVERIFY(!place.findChild<QGroupBox *>(QStringLiteral("reportsBox"))->isVisibleTo(&place));
        place.findChild<QPushButton *>(QStringLiteral("overdueButton"))->click();
        QCOMPARE(nav.filters.size(), 1);
        QCOMPARE(nav.filters.constFirst().handlerId, m_w.agent); // what was counted
    }

    void navigationCountsFollowTheFeed() {
        MainWindow w(workspace(m_w.supervisor, supervisorPerms(), nullptr));
        installTodayFeature(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("placeList"));
        auto item = [&](const char *key) {
            return nav->item(int(w.placeKeys().indexOf(QString::fromLatin1(key))));
        };
        QCOMPARE(w.placeKeys().constFirst(), QStringLiteral("today"));
        QTRY_COMPARE(item("tickets")->data(NavBadgeCountRole).toLongLong(), overdueInDatabase());
        QCOMPARE(item("incidents")->data(NavBadgeCountRole).toInt(), 2);
        QCOMPARE(item("incidents")->data(NavBadgeColourRole).value<QColor>(),
                 IncidentLabels::gradeColour(Grade::Major));
        QCOMPARE(item("broadcasts")->data(NavBadgeCountRole).toInt(), 1);
        QCOMPARE(item("qa")->data(NavBadgeCountRole).toInt(), 0);

        // The badge takes room: the entry asks for more width with it than without.
        auto *delegate = qobject_cast<NavDelegate *>(nav->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(nav);
        const QModelIndex idx = nav->model()->index(int(w.placeKeys().indexOf(u"tickets")), 0);
        const int withBadge = delegate->sizeHint(option, idx).width();
        QCOMPARE(NavDelegate::badgeText(idx), QString::number(overdueInDatabase()));
        nav->model()->setData(idx, 0, NavBadgeCountRole);
        QVERIFY(delegate->sizeHint(option, idx).width() < withBadge);
        QVERIFY(NavDelegate::badgeText(idx).isEmpty());

        // The feed: another overdue ticket, the major incident resolved.
        overdue(ticket(m_w.agent));
        QString e;
        QVERIFY(m_db->exec(QStringLiteral("UPDATE incidents SET state = 'resolved', closed_at = "
                                          "? WHERE id = ?"),
                           {m_now, m_major}, e));
        w.applyChanges({Change{400, ChangeEntity::Ticket, 1, ChangeOp::Update, m_now},
                        Change{401, ChangeEntity::Incident, m_major, ChangeOp::Update, m_now}});
        QTRY_COMPARE(item("tickets")->data(NavBadgeCountRole).toLongLong(), overdueInDatabase());
        QCOMPARE(overdueInDatabase(), 4);
        QTRY_COMPARE(item("incidents")->data(NavBadgeCountRole).toInt(), 1);
        QCOMPARE(item("incidents")->data(NavBadgeColourRole).value<QColor>(),
                 IncidentLabels::gradeColour(Grade::Serious)); // the worst one left
        // A read broadcast leaves the count.
        const qint64 message = scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM messages"));
        QVERIFY2(MessageStore(*m_db, m_clock).markRead(m_w.supervisor, message, e), qPrintable(e));
        w.applyChanges({Change{402, ChangeEntity::Receipt, message, ChangeOp::Update, m_now}});
        QTRY_COMPARE(item("broadcasts")->data(NavBadgeCountRole).toInt(), 0);
    }

    void linksOpenTheirPlaces() {
        // The main window is the navigator: Today's links land where the work is handled.
        MainWindow w(workspace(m_w.supervisor, supervisorPerms(), nullptr));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("placeList"));
        TicketFilter own;
        own.handlerId = m_w.agent;
        w.openTicketQueue(TicketQueue::Overdue, own);
        QCOMPARE(nav->currentRow(), int(w.placeKeys().indexOf(u"tickets")));
        auto *tickets = qobject_cast<TicketsPlace *>(w.place(QStringLiteral("tickets")));
        QVERIFY(tickets);
        QCOMPARE(tickets->model()->queue(), TicketQueue::Overdue);
        QCOMPARE(tickets->model()->filter().handlerId, m_w.agent);
        QTRY_COMPARE(tickets->model()->rowCount(), int(overdueInDatabase(m_w.agent)));

        qint64 serious = scalar(*m_db, QStringLiteral("SELECT id FROM incidents WHERE state = "
                                                      "'open' AND grade = 1"));
        w.openIncident(serious);
        QCOMPARE(nav->currentRow(), int(w.placeKeys().indexOf(u"incidents")));
        auto *board = qobject_cast<IncidentBoard *>(w.place(QStringLiteral("incidents")));
        QVERIFY(board);
        QTRY_COMPARE(board->selectedIncident(), serious);

        w.showPlace(QStringLiteral("qa"));
        QCOMPARE(nav->currentRow(), int(w.placeKeys().indexOf(u"qa")));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_MAIN(TestTodayPlace)
#include "tst_today_place.moc"
