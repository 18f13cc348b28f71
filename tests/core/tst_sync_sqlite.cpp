// Two workstations on one SQLite file: a change written here is seen by a separate process
// through its change feed, every one exactly once and in order.
#include "storage/migrations.h"
#include "sync/changefeed.h"
#include "syncscenario.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSyncSqlite : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoProcesses() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        test::writeTicket(*db, QStringLiteral("before the reader started"));

        test::FeedProbe probe(db->url(), 10);
        QVERIFY2(probe.waitReady(), qPrintable(probe.output()));
        QList<qint64> written;
        for (int i = 0; i < 4; ++i)
            written.append(test::writeTicket(*db, QStringLiteral("first %1").arg(i)));
        QVERIFY2(probe.waitChanges(4), qPrintable(probe.output()));
        // A burst in one transaction is seen too.
        QVERIFY(db->transaction(
            [&](QString &err) {
                for (int i = 0; i < 6; ++i) {
                    if (!db->exec(QStringLiteral(
                                      "INSERT INTO tickets(received_at, channel, customer_tier, "
                                      "problem_type, updated_at) VALUES (2, 'chat', 'vip', "
                                      "'other', 2)"),
                                  {}, err))
                        return false;
                }
                return true;
            },
            e));
        QVERIFY2(probe.waitFinished(), qPrintable(probe.output()));
        QCOMPARE(probe.exitCode(), 0);
        const QList<qint64> seqs = probe.seqs();
        QCOMPARE(seqs.size(), 10);
        QCOMPARE(seqs.mid(0, 4), written);
        for (int i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1); // in order, none twice, none missing
        QVERIFY(seqs.first() > 1); // the change made before it started is not replayed
    }

    void inProcessFeedStates() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        // Migrations may seed logged rows (settings, rules): start after them.
        QSqlQuery last;
        QVERIFY(
            db->exec(last, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"), {}, e));
        QVERIFY(last.next());
        ChangeFeed feed(db->url(), last.value(0).toLongLong());
        feed.setPollInterval(10);
        QSignalSpy states(&feed, &ChangeFeed::stateChanged);
        QSignalSpy changes(&feed, &ChangeFeed::changed);
        feed.start();
        QCOMPARE(feed.state(), ChangeFeed::State::Live);
        QVERIFY(states.size() >= 2);
        test::writeTicket(*db, QStringLiteral("x"));
        QTRY_COMPARE(changes.size(), 1);
        const auto list = changes.first().first().value<QList<Change>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().entity, ChangeEntity::Ticket);
        QCOMPARE(list.first().op, ChangeOp::Insert);
        QCOMPARE(feed.lastSeq(), list.first().seq);
    }
};

QTEST_GUILESS_MAIN(TestSyncSqlite)
#include "tst_sync_sqlite.moc"
