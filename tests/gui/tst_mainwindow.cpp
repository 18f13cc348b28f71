// GUI smoke test: the workstation opens on a demo database, every feature place
// instantiates, and changes written by another connection appear without any refresh.
#include "demo/demoseeder.h"
#include "shell/mainwindow.h"
#include "storage/migrations.h"
#include "sync/feedthread.h"
#include "syncscenario.h"
#include "testsupport.h"
#include "tickets/ticketsplace.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void opensOnDemoDatabase() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        DemoSeeder seeder(*db);
        DemoOptions o;
        o.nowMs = clock.nowMs();
        o.days = 2; // enough for the smoke test; the full 30 days are covered in tst_demo
        QVERIFY2(seeder.seed(o, e), qPrintable(e));

        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = 1;
        ws.user.login = QStringLiteral("supervisor");
        ws.user.name = QStringLiteral("Demo Supervisor");
        ws.user.roleKey = QStringLiteral("supervisor");
        ws.user.permissions = PermissionSet({}, true); // sees every queue
        app::MainWindow w(ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        const QStringList expected{
            QStringLiteral("today"),      QStringLiteral("tickets"),    QStringLiteral("incidents"),
            QStringLiteral("volume"),     QStringLiteral("broadcasts"), QStringLiteral("qa"),
            QStringLiteral("qaFeedback"), QStringLiteral("reports"),    QStringLiteral("admin")};
        QCOMPARE(w.placeKeys(), expected);
        for (const QString &key : expected) {
            w.showPlace(key);
            QWidget *p = w.place(key);
            QVERIFY2(p, qPrintable(key));
            QVERIFY2(p->isVisible(), qPrintable(key));
            if (key == QLatin1StringView("today")) {
                // Today shows counts, each a link; its tests are in tst_today_place.
                QVERIFY(p->findChild<QWidget *>(QStringLiteral("queuesBox")));
                continue;
            }
            if (key == QLatin1StringView("reports")) {
                // Reports show tables once a report is run; the place opens on its tabs.
                QVERIFY(p->findChild<QTabWidget *>(QStringLiteral("reportTabs")));
                continue;
            }
            auto *view = p->findChild<QTableView *>();
            QVERIFY2(view && view->model(), qPrintable(key));
        }
        // Staff and recent tickets are there.
        QVERIFY(w.place(QStringLiteral("admin"))
                    ->findChild<QTableView *>(QStringLiteral("adminView"))
                    ->model()
                    ->rowCount() >= 40);
        auto *tickets = static_cast<app::TicketsPlace *>(w.place(QStringLiteral("tickets")));
        // The first page of the queue arrives from the worker thread.
        QTRY_COMPARE(tickets->model()->rowCount(), tickets->model()->pageSize());

        // The status bar shows the database (no password), the user, the version.
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("dbLabel"))
                    ->text()
                    .startsWith(QLatin1StringView("sqlite:///")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("userLabel"))
                    ->text()
                    .contains(QLatin1StringView("Demo Supervisor")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("versionLabel"))
                    ->text()
                    .contains(QLatin1StringView(SIGNALBOARD_VERSION)));

        // Live: a complaint written by another connection appears on top, through the feed.
        qint64 seq = 0;
        QVERIFY(ChangeFeed::currentSeq(*db, seq, e));
        FeedThread feed(db->url(), seq);
        QObject::connect(&feed, &FeedThread::changed, &w, &app::MainWindow::applyChanges);
        QObject::connect(&feed, &FeedThread::stateChanged, &w, &app::MainWindow::setSyncState);
        feed.start();
        auto *sync = w.findChild<QLabel *>(QStringLiteral("syncLabel"));
        QTRY_COMPARE(sync->property("syncState").toInt(), int(ChangeFeed::State::Live));
        {
            QString e2;
            auto other = Database::open(db->url(), QStringLiteral("other"), e2);
            QVERIFY(other);
            test::writeTicket(*other,
                              QStringLiteral("<script>alert(1)</script> written elsewhere"));
        }
        w.showPlace(QStringLiteral("tickets"));
        // Newest serial numbers first (the ticket written elsewhere has an old received time).
        auto *header =
            tickets->findChild<QTableView *>(QStringLiteral("ticketsView"))->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(app::TicketPageModel::Serial) + 5,
                                 header->height() / 2));
        const auto shown = [tickets] {
            for (int r = 0; r < tickets->model()->rowCount(); ++r)
                if (tickets->model()->index(r, app::TicketPageModel::Subject).data().toString() ==
                    QLatin1StringView("<script>alert(1)</script> written elsewhere"))
                    return true;
            return false;
        };
        QTRY_VERIFY(shown());
        QCOMPARE(tickets->model()->rowCount(), tickets->model()->pageSize()); // one page
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
