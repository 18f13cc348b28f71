// Broadcast delivery benchmark: a broadcast to 500 recipients, timed from the send
// to the pop-up shown on another workstation, and 500 read receipts recorded off the GUI
// thread while the sender's window shows them live.
//
// Two workstations run in this process, each exactly as in the app: a MainWindow with its own
// connection, its own change feed thread and the broadcast feature (delivery thread).
//  - send → shown: the sender's MessageStore::send (500 recipient rows, one transaction) →
//    change_log → the receiver's ChangeFeed (PostgreSQL: LISTEN/NOTIFY; SQLite: polling) →
//    MainWindow::changesArrived → BroadcastFeature fetches pending() on its delivery thread →
//    the pop-up is shown → messagesShown. Measured per round; p50/p99/max reported.
//  - receipts: 500 readers' markRead spread over 4 delivery threads (each its own connection,
//    like workstations); measured: until all are stored, until the sender's open Sent view
//    lists all 500 as read (live, through the feed), and the longest stall of the GUI thread
//    (a 5 ms timer's largest gap) meanwhile.
// Runs on SQLite and, when SIGNALBOARD_TEST_PG_STATE names a running pgtest.sh server, on
// PostgreSQL.
#include "broadcast/broadcastdelivery.h"
#include "broadcast/broadcastfeature.h"
#include "broadcast/broadcastplace.h"
#include "broadcast/messagepopup.h"
#include "messaging/messagestore.h"
#include "shell/features.h"
#include "shell/mainwindow.h"
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {
constexpr int kRecipients = 500;
constexpr int kReceiptThreads = 4;

struct Station {
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<app::MainWindow> window;
    std::unique_ptr<FeedThread> feed;

    Station(const DatabaseUrl &url, qint64 staffId, const QString &login, PermissionSet perms) {
        QString e;
        db = Database::open(url, login, e);
        if (!db)
            qFatal("open: %s", qPrintable(e));
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = staffId;
        ws.user.login = login;
        ws.user.name = login;
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
};

double percentile(QList<double> v, double p) {
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())));
    return v.at(i);
}

// Waits (running the event loop) until `done` or `timeoutMs`; false on timeout.
template <typename F> bool waitFor(F done, int timeoutMs = 10000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool seed(Database &db, qint64 &sender, QList<qint64> &agents, QString &error) {
    return db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!db.exec(q,
                         QStringLiteral("INSERT INTO roles(key, name) VALUES ('bench_agent', "
                                        "'Bench agent') RETURNING id"),
                         {}, err) ||
                !q.next())
                return false;
            const qint64 role = q.value(0).toLongLong();
            for (int i = 0; i < kRecipients; ++i) {
                if (!db.exec(
                        q,
                        QStringLiteral("INSERT INTO staff(employee_no, name, role_id, on_duty, "
                                       "status_changed_at, login, created_at) VALUES (?, ?, "
                                       "?, 1, 0, ?, 0) RETURNING id"),
                        {QStringLiteral("B%1").arg(i), QStringLiteral("Agent %1").arg(i), role,
                         QStringLiteral("bagent%1").arg(i)},
                        err) ||
                    !q.next())
                    return false;
                agents.append(q.value(0).toLongLong());
            }
            if (!db.exec(q,
                         QStringLiteral("INSERT INTO staff(employee_no, name, status_changed_at, "
                                        "login, created_at) VALUES ('BS', 'Bench supervisor', 0, "
                                        "'bsup', 0) RETURNING id"),
                         {}, err) ||
                !q.next())
                return false;
            sender = q.value(0).toLongLong();
            return true;
        },
        error);
}
} // namespace

static int run(const DatabaseUrl &url, int rounds) {
    const bool pg = url.dialect == Dialect::PostgreSQL;
    QString error;
    auto db = test::openMigrated(url, error);
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(error));
        return 1;
    }
    qint64 sender = 0;
    QList<qint64> agents;
    if (!seed(*db, sender, agents, error)) {
        std::fprintf(stderr, "seed failed: %s\n", qPrintable(error));
        return 1;
    }
    const PermissionSet supervisor({QStringLiteral("broadcast"), QStringLiteral("broadcast.send"),
                                    QStringLiteral("broadcast.urgent")},
                                   false);
    Station senderStation(url, sender, QStringLiteral("bsup"), supervisor);
    Station receiver(url, agents.last(), QStringLiteral("bagent"), {});
    waitFor([] { return false; }, 500); // feeds connect and go live

    QList<qint64> shownIds;
    QObject::connect(receiver.feature(), &app::BroadcastFeature::messagesShown,
                     [&](const QList<qint64> &ids) { shownIds.append(ids); });

    MessageStore store(*senderStation.db, senderStation.clock);
    QList<double> latency, sendMs;
    qint64 lastId = 0;
    for (int round = 0; round < rounds; ++round) {
        OutgoingMessage m;
        m.senderId = sender;
        m.subject = QStringLiteral("Broadcast %1").arg(round);
        m.body = QStringLiteral("支付通道故障，请按口径答复。Round %1").arg(round);
        m.priority = MessagePriority::Urgent;
        m.modes = DisplayMode::Popup | DisplayMode::Ticker;
        m.audience = Audience::everyone();
        QElapsedTimer t;
        t.start();
        SendReport report;
        if (!store.send(m, lastId, error, &report) || report.recipients != kRecipients + 1) {
            std::fprintf(stderr, "send failed: %s (%d)\n", qPrintable(error), report.recipients);
            return 1;
        }
        sendMs.append(double(t.nsecsElapsed()) / 1e6);
        if (!waitFor([&] { return shownIds.contains(lastId); })) {
            std::fprintf(stderr, "round %d: message %lld not shown within 10 s\n", round, lastId);
            return 1;
        }
        latency.append(double(t.nsecsElapsed()) / 1e6);
        for (app::MessagePopup *p : receiver.feature()->popups())
            p->close();
        waitFor([] { return false; }, 20); // let the delivery write settle between rounds
    }

    // 500 read receipts of the last message while its sender watches the Sent view (the
    // sender's own receipt, the 501st, was recorded by the sender's workstation already).
    senderStation.window->showPlace(QStringLiteral("broadcasts"));
    auto *place = qobject_cast<app::BroadcastPlace *>(
        senderStation.window->place(QStringLiteral("broadcasts")));
    place->showSentMessage(lastId);
    auto *readList = place->findChild<QListWidget *>(QStringLiteral("readList"));
    QList<app::BroadcastDelivery *> recorders;
    for (int i = 0; i < kReceiptThreads; ++i)
        recorders.append(new app::BroadcastDelivery(url, senderStation.clock));
    int recorded = 0;
    for (app::BroadcastDelivery *r : std::as_const(recorders))
        QObject::connect(r, &app::BroadcastDelivery::readRecorded, [&](qint64) { ++recorded; });
    waitFor([] { return false; }, 200);

    QElapsedTimer gap;
    double maxStallMs = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        maxStallMs = std::max(maxStallMs, double(gap.nsecsElapsed()) / 1e6 - 5.0);
        gap.restart();
    });
    QElapsedTimer t;
    t.start();
    gap.start();
    tick.start();
    for (int i = 0; i < kRecipients; ++i)
        recorders.at(i % kReceiptThreads)->markRead(agents.at(i), lastId);
    const double queuedMs = double(t.nsecsElapsed()) / 1e6;
    if (!waitFor([&] { return recorded == kRecipients; }, 60000)) {
        std::fprintf(stderr, "only %d receipts recorded\n", recorded);
        return 1;
    }
    const double storedMs = double(t.nsecsElapsed()) / 1e6;
    if (!waitFor([&] { return readList->count() == kRecipients + 1; }, 60000)) {
        std::fprintf(stderr, "sender's view shows %d read\n", int(readList->count()));
        return 1;
    }
    const double visibleMs = double(t.nsecsElapsed()) / 1e6;
    tick.stop();
    qDeleteAll(recorders);

    std::printf("bench_broadcast_delivery on %s, %d rounds, %d recipients\n",
                pg ? "PostgreSQL (test server: fsync=off, synchronous_commit=off)"
                   : "SQLite (WAL, synchronous=NORMAL)",
                rounds, kRecipients + 1);
    std::printf(
        "send (501 recipient rows, one transaction)   p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n",
        percentile(sendMs, 0.5), percentile(sendMs, 0.99), percentile(sendMs, 1.0));
    std::printf(
        "send -> pop-up shown on other workstation    p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n",
        percentile(latency, 0.5), percentile(latency, 0.99), percentile(latency, 1.0));
    std::printf("500 receipts over %d delivery threads: queued in %.1f ms (GUI thread), all stored "
                "after %.1f ms, all shown read in the sender's view after %.1f ms; longest GUI "
                "thread stall meanwhile %.1f ms\n",
                kReceiptThreads, queuedMs, storedMs, visibleMs, maxStallMs);
    return 0;
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SignalboardBench"));
    QTemporaryDir dir;
    int rc = run(test::sqliteIn(dir, QStringLiteral("bench.db")), 50);
    if (rc == 0 && !test::pgAdminUrl().isEmpty()) {
        std::printf("\n");
        rc = run(test::freshPgDatabase(QStringLiteral("sb_bench_broadcast_delivery")), 200);
    }
    return rc;
}
