// The change feed on PostgreSQL takes the change from the notification's payload: a change
// whose seq follows the last one seen is delivered without reading change_log. A gap in the
// seqs, a payload of the seq alone (an older server), or an entity this build does not know
// make it read change_log after its last seq: every change once, in order. A notification of
// a change already seen is dropped, without a query. The heartbeat reads change_log only for
// a change whose notification has not come. A change goes out in the wake of the thread that
// reads its notification, the changes read with it together right after.
#include "sync/changefeed.h"
#include "sync/changenotice.h"
#include "syncscenario.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

#include <libpq-fe.h>
#include <poll.h>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {
bool sameChange(const Change &a, const Change &b) {
    return a.seq == b.seq && a.entity == b.entity && a.entityId == b.entityId && a.op == b.op &&
           a.at == b.at;
}
} // namespace

class TestSyncPayloadPg : public QObject {
    Q_OBJECT
private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_admin; // the schema owner: writes change_log rows directly
    std::unique_ptr<ChangeFeed> m_feed;
    QList<Change> m_seen;

    QList<qint64> seenSeqs() const {
        QList<qint64> out;
        for (const Change &c : m_seen)
            out.append(c.seq);
        return out;
    }

    // change_log as the server holds it after `after`.
    QList<Change> logAfter(qint64 after) {
        QList<Change> out;
        QSqlQuery q;
        QString e;
        if (!m_admin->exec(q,
                           QStringLiteral("SELECT seq, entity, entity_id, op, at FROM change_log "
                                          "WHERE seq > ? ORDER BY seq"),
                           {after}, e)) {
            qWarning("%s", qPrintable(e));
            return out;
        }
        while (q.next())
            out.append(Change{q.value(0).toLongLong(), changeEntityFromKey(q.value(1).toString()),
                              q.value(2).toLongLong(), changeOpFromKey(q.value(3).toString()),
                              q.value(4).toLongLong()});
        return out;
    }

    // Appends a change_log row without the triggers (so without a notification) and returns
    // its seq; `notify` is then sent in the same transaction, "%1" standing for the seq.
    qint64 logRow(const QString &entity, qint64 id, const QString &notify = {}) {
        qint64 seq = -1;
        QString e;
        const bool ok = m_admin->transaction(
            [&](QString &err) {
                QSqlQuery q;
                if (!m_admin->exec(q,
                                   QStringLiteral("INSERT INTO change_log(entity, entity_id, op, "
                                                  "at) VALUES (?, ?, 'update', 42) RETURNING seq"),
                                   {entity, id}, err) ||
                    !q.next())
                    return false;
                seq = q.value(0).toLongLong();
                q.finish();
                return notify.isEmpty() ||
                       m_admin->exec(QStringLiteral("SELECT pg_notify('signalboard_change', ?)"),
                                     {notify.arg(seq)}, err);
            },
            e);
        if (!ok)
            qWarning("logRow: %s", qPrintable(e));
        return ok ? seq : -1;
    }

    bool sendNotification(const QString &payload) {
        QString e;
        const bool ok = m_admin->exec(QStringLiteral("SELECT pg_notify('signalboard_change', ?)"),
                                      {payload}, e);
        if (!ok)
            qWarning("%s", qPrintable(e));
        return ok;
    }

    // Waits until the feed's LISTEN connection (the only one subscribed) has something to
    // read: its socket, from libpq.
    static bool waitReadable() {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            const QVariant h = db.driver()->handle();
            if (!db.driver()->subscribedToNotifications().contains(
                    QStringLiteral("signalboard_change")) ||
                qstrcmp(h.typeName(), "pg_conn*") != 0) // PGconn*, as Qt names it
                continue;
            pollfd p{PQsocket(*static_cast<PGconn *const *>(h.constData())), POLLIN, 0};
            return ::poll(&p, 1, 10000) == 1;
        }
        return false;
    }

    void startFeed() {
        qint64 seq = 0;
        QString e;
        QVERIFY2(ChangeFeed::currentSeq(*m_admin, seq, e), qPrintable(e));
        m_feed = std::make_unique<ChangeFeed>(m_url, seq);
        m_feed->setHeartbeatInterval(600000); // none within a test unless it says so
        connect(m_feed.get(), &ChangeFeed::changed, this,
                [this](const QList<sb::Change> &changes) { m_seen.append(changes); });
        m_feed->start();
        QCOMPARE(m_feed->state(), ChangeFeed::State::Live);
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    }

    void init() {
        m_url = test::freshPgDatabase(QStringLiteral("sb_sync_payload"));
        QString e;
        m_admin = test::openMigrated(m_url, e);
        QVERIFY2(m_admin, qPrintable(e));
        m_seen.clear();
        startFeed();
    }

    void cleanup() {
        m_feed.reset();
        m_admin.reset();
    }

    // Tickets inserted and updated, in transactions of their own and two in one: each change
    // reaches the feed exactly as change_log holds it, and change_log is never read.
    void changesArriveWithoutReadingChangeLog() {
        const qint64 start = m_feed->lastSeq();
        const qint64 reads = m_feed->changeLogReads();
        test::writeTicket(*m_admin, QStringLiteral("one"));
        const qint64 seq = test::writeTicket(*m_admin, QStringLiteral("two"));
        QString e;
        QVERIFY2(m_admin->transaction(
                     [&](QString &err) {
                         return m_admin->exec(QStringLiteral("UPDATE tickets SET subject = "
                                                             "'two, edited' WHERE id = (SELECT "
                                                             "entity_id FROM change_log WHERE "
                                                             "seq = ?)"),
                                              {seq}, err) &&
                                m_admin->exec(QStringLiteral("INSERT INTO tickets(received_at, "
                                                             "channel, customer_tier, "
                                                             "problem_type, subject, updated_at) "
                                                             "VALUES (1, 'phone', 'normal', "
                                                             "'login_failure', 'three', 1)"),
                                              {}, err);
                     },
                     e),
                 qPrintable(e));
        const QList<Change> expected = logAfter(start);
        QCOMPARE(expected.size(), 4);
        QCOMPARE(expected.at(2).op, ChangeOp::Update);
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), expected.size(), 10000);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(sameChange(m_seen.at(i), expected.at(i)),
                     qPrintable(changeNoticePayload(m_seen.at(i)) + QStringLiteral(" != ") +
                                changeNoticePayload(expected.at(i))));
        QCOMPARE(m_feed->changeLogReads(), reads);
        QCOMPARE(m_feed->lastSeq(), expected.last().seq);
    }

    // A seq drawn and never committed (a write rolled back), and a row whose notification was
    // lost before the next one: the next notification shows a gap, and one read of change_log
    // brings exactly what is there, each once and in order.
    void aGapIsCaughtUpExactly() {
        const qint64 start = m_feed->lastSeq();
        qint64 reads = m_feed->changeLogReads();
        QString e;
        QVERIFY2(m_admin->exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence("
                                              "'change_log', 'seq'))"),
                               {}, e),
                 qPrintable(e));
        test::writeTicket(*m_admin, QStringLiteral("after a rolled-back seq"));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 1, 10000);
        QCOMPARE(m_feed->changeLogReads(), reads + 1);
        QVERIFY(sameChange(m_seen.at(0), logAfter(start).at(0)));
        QCOMPARE(m_seen.at(0).seq, start + 2);

        reads = m_feed->changeLogReads();
        const qint64 lost = logRow(QStringLiteral("ticket"), 7); // no notification
        const qint64 next = test::writeTicket(*m_admin, QStringLiteral("after a lost one"));
        QCOMPARE(next, lost + 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 3, 10000);
        QCOMPARE(seenSeqs(), (QList<qint64>{start + 2, lost, next}));
        QCOMPARE(m_feed->changeLogReads(), reads + 1);

        // Back in step: the next change comes from its payload again.
        const qint64 last = test::writeTicket(*m_admin, QStringLiteral("in step"));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 4, 10000);
        QCOMPARE(m_seen.last().seq, last);
        QCOMPARE(m_feed->changeLogReads(), reads + 1);
    }

    // The payload of an older server (the seq alone) or of a newer one (an entity key this
    // build does not know, or a field more): the feed reads change_log and delivers the rows.
    void otherPayloadsAreReadFromChangeLog() {
        const qint64 reads = m_feed->changeLogReads();
        const qint64 old = logRow(QStringLiteral("ticket"), 11, QStringLiteral("%1"));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 1, 10000);
        QCOMPARE(m_feed->changeLogReads(), reads + 1);
        QCOMPARE(m_seen.at(0).seq, old);
        QCOMPARE(m_seen.at(0).entityId, qint64(11));

        const qint64 newer = logRow(QStringLiteral("future_thing"), 12,
                                    QStringLiteral("%1 future_thing 12 update 42"));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 2, 10000);
        QCOMPARE(m_feed->changeLogReads(), reads + 2);
        QCOMPARE(m_seen.at(1).seq, newer);
        QCOMPARE(m_seen.at(1).entity, ChangeEntity::Unknown);

        const qint64 extra =
            logRow(QStringLiteral("ticket"), 13, QStringLiteral("%1 ticket 13 update 42 more"));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 3, 10000);
        QCOMPARE(m_feed->changeLogReads(), reads + 3);
        QCOMPARE(m_seen.at(2).seq, extra);
        QCOMPARE(m_seen.at(2).entity, ChangeEntity::Ticket);
    }

    // Deleted tickets reach the feed as deletes, one change per ticket: a ticket deleted alone
    // from its notification's payload, the tickets one statement deletes (an archive batch) in
    // id order from one read of change_log (one notification for the statement).
    void deletesReachTheFeedPerTicket() {
        QList<qint64> ids;
        for (const QString &subject : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
            const qint64 seq = test::writeTicket(*m_admin, subject);
            const QList<Change> row = logAfter(seq - 1);
            QVERIFY(!row.isEmpty() && row.first().seq == seq);
            ids.append(row.first().entityId);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 4, 10000);
        const qint64 start = m_feed->lastSeq();
        const qint64 reads = m_feed->changeLogReads();
        QString e;
        QVERIFY2(m_admin->exec(u"DELETE FROM tickets WHERE id = ?"_s, {ids.at(0)}, e),
                 qPrintable(e));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 5, 10000);
        QCOMPARE(m_seen.at(4).entityId, ids.at(0));
        QCOMPARE(m_seen.at(4).op, ChangeOp::Delete);
        QCOMPARE(m_feed->changeLogReads(), reads);

        QVERIFY2(m_admin->exec(u"DELETE FROM tickets WHERE id IN (?, ?, ?)"_s,
                               {ids.at(3), ids.at(1), ids.at(2)}, e),
                 qPrintable(e));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 8, 10000);
        const QList<Change> expected = logAfter(start);
        QCOMPARE(expected.size(), 4);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY(sameChange(m_seen.at(4 + i), expected.at(i)));
            QCOMPARE(expected.at(i).op, ChangeOp::Delete);
            QCOMPARE(expected.at(i).entityId, ids.at(i));
        }
        QCOMPARE(m_feed->changeLogReads(), reads + 1);
    }

    // A notification of a change already delivered, whole or the seq alone, is dropped without
    // a query; the change after it still arrives from its payload.
    void aDuplicateIsNotRepeated() {
        const qint64 first = test::writeTicket(*m_admin, QStringLiteral("first"));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 1, 10000);
        const qint64 reads = m_feed->changeLogReads();
        QVERIFY(sendNotification(changeNoticePayload(m_seen.at(0))));
        QVERIFY(sendNotification(QString::number(first)));
        QVERIFY(sendNotification(QString::number(first - 1)));
        const qint64 second = test::writeTicket(*m_admin, QStringLiteral("second"));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 2, 10000);
        QCOMPARE(seenSeqs(), (QList<qint64>{first, second}));
        QCOMPARE(m_feed->changeLogReads(), reads);
        QCOMPARE(m_feed->lastSeq(), second);
    }

    // A change is delivered in the same wake of the thread that reads its notification, with
    // no turn of the event loop in between, where the thread's due timers and jobs (the
    // heartbeat's query, the background worker's next job) would run first and hold it back.
    // With Qt's default (glib) event loop, one processEvents() is one wake. Of the changes of
    // one transaction (read together), the first goes out in that wake, the rest together
    // after it.
    void aChangeGoesOutInTheWakeThatReadsIt() {
        int deliveries = 0;
        connect(m_feed.get(), &ChangeFeed::changed, this, [&deliveries] { ++deliveries; });

        const qint64 seq = test::writeTicket(*m_admin, QStringLiteral("one wake"));
        QVERIFY(waitReadable());
        QCoreApplication::processEvents();
        QCOMPARE(seenSeqs(), QList<qint64>{seq});
        QCOMPARE(deliveries, 1);
        QCoreApplication::processEvents(); // the turn that would deliver the rest of that read

        const qint64 start = m_feed->lastSeq();
        QString e;
        const QString insert = QStringLiteral(
            "INSERT INTO tickets(received_at, channel, customer_tier, problem_type, subject, "
            "updated_at) VALUES (1, 'phone', 'normal', 'login_failure', ?, 1)");
        QVERIFY2(m_admin->transaction(
                     [&](QString &err) {
                         return m_admin->exec(insert, {QStringLiteral("a")}, err) &&
                                m_admin->exec(insert, {QStringLiteral("b")}, err) &&
                                m_admin->exec(insert, {QStringLiteral("c")}, err);
                     },
                     e),
                 qPrintable(e));
        const QList<Change> three = logAfter(start);
        QCOMPARE(three.size(), 3);
        QVERIFY(waitReadable());
        QCoreApplication::processEvents();
        QCOMPARE(seenSeqs().mid(0, 2), (QList<qint64>{seq, three.at(0).seq}));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 4, 10000);
        QCOMPARE(seenSeqs(),
                 (QList<qint64>{seq, three.at(0).seq, three.at(1).seq, three.at(2).seq}));
        QCOMPARE(deliveries, 3); // the first at once, the two read with it together
    }

    // A change whose notification never came: the heartbeat sees the server's newest seq
    // ahead of the feed, and when it still is a heartbeat later, reads change_log once. Idle
    // heartbeats read nothing.
    void theHeartbeatReadsOnlyForAMissingChange() {
        const qint64 reads = m_feed->changeLogReads();
        m_feed->setHeartbeatInterval(100);
        const qint64 lost = logRow(QStringLiteral("ticket"), 21); // no notification
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 1, 10000);
        QCOMPARE(m_seen.at(0).seq, lost);
        QCOMPARE(m_feed->changeLogReads(), reads + 1);
        QTest::qWait(1000); // about ten heartbeats, nothing new
        QCOMPARE(m_feed->changeLogReads(), reads + 1);
        QCOMPARE(m_feed->state(), ChangeFeed::State::Live);
    }
};

QTEST_GUILESS_MAIN(TestSyncPayloadPg)
#include "tst_sync_payload_pg.moc"
