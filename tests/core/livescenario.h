#pragma once
// The live-engine scenario of GradingLiveTest (gradinglivetest.h, for tst_grading_live and
// tst_grading_live_pg): two workstations, each with its own change feed and live engine (own
// threads, own connections), follow the complaints a third connection writes. Also the
// helpers of each twin's own checks.

#include "grading/liveengine.h"
#include "grading/rulesetstore.h"
#include "storage/database.h"
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace sb::test {

// 2026-11-24T10:00:00Z: the clock of every live-engine test (never moved while threads run).
inline constexpr qint64 kLiveNow = 1795514400000;

inline qint64 liveScalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql, values, error) || !q.next()) {
        qWarning("query failed: %s", qPrintable(error));
        return -1;
    }
    return q.value(0).toLongLong();
}

// Inserts one complaint in its own transaction; returns its id.
inline qint64 insertComplaint(Database &db, qint64 at, const QString &type,
                              const QString &tier = QStringLiteral("normal")) {
    QString error;
    if (!db.exec(QStringLiteral("INSERT INTO tickets (received_at, channel, customer_tier, "
                                "problem_type, updated_at) VALUES (?, 'phone', ?, ?, ?)"),
                 {at, tier, type, at}, error)) {
        qWarning("insert failed: %s", qPrintable(error));
        return 0;
    }
    return liveScalar(db, QStringLiteral("SELECT MAX(id) FROM tickets"));
}

inline Change ticketInsert(qint64 id) {
    return Change{0, ChangeEntity::Ticket, id, ChangeOp::Insert, 0};
}

struct Workstation {
    std::unique_ptr<FeedThread> feed;
    std::unique_ptr<LiveEngineThread> live;
};

inline LiveEngine::Stats statsOf(LiveEngineThread &t) {
    LiveEngine::Stats s;
    QMetaObject::invokeMethod(
        t.engine(), [&] { s = t.engine()->stats(); }, Qt::BlockingQueuedConnection);
    return s;
}

// Payment failures: 12 normal complaints within 22 minutes open a general incident at the
// 5th and raise it to serious at the 11th; one normal account theft opens an urgent one;
// four order failures stay below the burst threshold (5). Both workstations race on every
// write; the database must end with exactly these two incidents and three events.
inline void raceTwoWorkstations(const DatabaseUrl &url) {
    QString error;
    auto writer = Database::open(url, QStringLiteral("writer"), error);
    QVERIFY2(writer, qPrintable(error));
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(kLiveNow, Qt::UTC));
    qint64 seq = 0;
    QVERIFY2(ChangeFeed::currentSeq(*writer, seq, error), qPrintable(error));

    Workstation ws[2];
    for (Workstation &w : ws) {
        w.live = std::make_unique<LiveEngineThread>(url, clock);
        w.feed = std::make_unique<FeedThread>(url, seq);
        QSignalSpy started(w.live->engine(), &LiveEngine::started);
        LiveEngineThread *live = w.live.get();
        QObject::connect(w.feed.get(), &FeedThread::changed, live,
                         [live](const QList<Change> &c) { live->applyChanges(c); });
        w.live->start();
        QVERIFY(started.wait(20000));
        QCOMPARE(started.first().first().toInt(), 1);
        w.feed->start();
    }

    const qint64 t0 = kLiveNow - 25 * 60 * 1000;
    int written = 0;
    for (int i = 0; i < 12; ++i) {
        QVERIFY(
            insertComplaint(*writer, t0 + i * 2 * 60 * 1000, QStringLiteral("payment_failure")));
        ++written;
        if (i == 3) {
            QVERIFY(insertComplaint(*writer, t0 + i * 2 * 60 * 1000 + 1,
                                    QStringLiteral("account_theft")));
            ++written;
        }
        if (i < 4) {
            QVERIFY(insertComplaint(*writer, t0 + i * 2 * 60 * 1000 + 2,
                                    QStringLiteral("order_failure")));
            ++written;
        }
    }
    for (Workstation &w : ws)
        QTRY_COMPARE_WITH_TIMEOUT(statsOf(*w.live).fed, written, 30000);

    QCOMPARE(liveScalar(*writer, QStringLiteral("SELECT COUNT(*) FROM incidents")), 2);
    QCOMPARE(liveScalar(*writer, QStringLiteral("SELECT grade FROM incidents WHERE problem_type "
                                                "= 'payment_failure' AND state = 'open'")),
             qint64(Grade::Serious));
    QCOMPARE(liveScalar(*writer, QStringLiteral("SELECT grade FROM incidents WHERE problem_type "
                                                "= 'account_theft' AND state = 'open'")),
             qint64(Grade::Urgent));
    QCOMPARE(liveScalar(*writer, QStringLiteral("SELECT opened_at FROM incidents WHERE "
                                                "problem_type = 'payment_failure'")),
             t0 + 4 * 2 * 60 * 1000);
    QCOMPARE(liveScalar(*writer, QStringLiteral(
                                     "SELECT COUNT(*) FROM incidents WHERE rule_set_version = 1")),
             2);
    QCOMPARE(liveScalar(*writer, QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE "
                                                "event = 'opened'")),
             2);
    QCOMPARE(liveScalar(*writer, QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE "
                                                "event = 'regraded'")),
             1);
    QCOMPARE(liveScalar(*writer, QStringLiteral("SELECT COUNT(*) FROM rule_sets")), 1);
    const int writes = statsOf(*ws[0].live).writes + statsOf(*ws[1].live).writes;
    QCOMPARE(writes, 3); // each database change was made by exactly one of the two
}

} // namespace sb::test
