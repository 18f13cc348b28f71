// The payload of a `signalboard_change` notification (sync/changenotice.h): what the feed may
// take as the change itself, and what makes it read change_log instead.
#include "sync/changenotice.h"

#include <QTest>

using namespace sb;

class TestChangeNotice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeChange() {
        const ChangeNotice n = parseChangeNotice(u"4711 ticket_event 1093 insert 1796550000000");
        QCOMPARE(n.seq, qint64(4711));
        QVERIFY(n.change.has_value());
        QCOMPARE(n.change->seq, qint64(4711));
        QCOMPARE(n.change->entity, ChangeEntity::TicketEvent);
        QCOMPARE(n.change->entityId, qint64(1093));
        QCOMPARE(n.change->op, ChangeOp::Insert);
        QCOMPARE(n.change->at, qint64(1796550000000));
    }

    void roundTripOfEveryEntityAndOp() {
        for (const ChangeEntity entity : knownChangeEntities()) {
            for (const ChangeOp op : {ChangeOp::Insert, ChangeOp::Update, ChangeOp::Delete}) {
                const Change c{9223372036854775807LL, entity, -20260101, op, 1796550000000};
                const QString payload = changeNoticePayload(c);
                QVERIFY2(payload.toUtf8().size() < 100, qPrintable(payload));
                const ChangeNotice n = parseChangeNotice(payload);
                QVERIFY2(n.change.has_value(), qPrintable(payload));
                QCOMPARE(n.change->entity, entity);
                QCOMPARE(n.change->op, op);
                QCOMPARE(n.change->entityId, qint64(-20260101));
            }
        }
    }

    // The seq is known, the change is not: the feed reads change_log after its last seq.
    void seqOnly_data() {
        QTest::addColumn<QString>("payload");
        QTest::addRow("older server") << QStringLiteral("42");
        QTest::addRow("unknown entity") << QStringLiteral("42 future_thing 1 insert 5");
        QTest::addRow("unknown op") << QStringLiteral("42 ticket 1 merge 5");
        QTest::addRow("field more") << QStringLiteral("42 ticket 1 insert 5 x");
        QTest::addRow("field less") << QStringLiteral("42 ticket 1 insert");
        QTest::addRow("id not a number") << QStringLiteral("42 ticket one insert 5");
        QTest::addRow("time not a number") << QStringLiteral("42 ticket 1 insert soon");
        QTest::addRow("two spaces") << QStringLiteral("42 ticket  1 insert 5");
        QTest::addRow("tab") << QStringLiteral("42 ticket\t1 insert 5");
    }
    void seqOnly() {
        QFETCH(QString, payload);
        const ChangeNotice n = parseChangeNotice(payload);
        QCOMPARE(n.seq, qint64(42));
        QVERIFY(!n.change.has_value());
    }

    void noSeq_data() {
        QTest::addColumn<QString>("payload");
        QTest::addRow("empty") << QString();
        QTest::addRow("word") << QStringLiteral("ticket 42 1 insert 5");
        QTest::addRow("zero") << QStringLiteral("0 ticket 1 insert 5");
        QTest::addRow("negative") << QStringLiteral("-3");
        QTest::addRow("too large") << QStringLiteral("99999999999999999999 ticket 1 insert 5");
    }
    void noSeq() {
        QFETCH(QString, payload);
        const ChangeNotice n = parseChangeNotice(payload);
        QCOMPARE(n.seq, qint64(0));
        QVERIFY(!n.change.has_value());
    }
};

QTEST_GUILESS_MAIN(TestChangeNotice)
#include "tst_change_notice.moc"
