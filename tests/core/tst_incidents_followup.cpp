// After grading: resolve with a summary, the post-incident grade against the configurable
// table (settings), and the knowledge-base entry of the incident, on SQLite. The cases that
// need a database are FollowUpTest's; the table's own rules are checked here.
#include "followuptest.h"

#include <QJsonArray>
#include <QTest>

using namespace sb;
using namespace sb::test::incidents;

class TestIncidentsFollowUp final : public FollowUpTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void tableGradesByAnyMeasure_data() {
        QTest::addColumn<qint64>("outage");
        QTest::addColumn<qint64>("complaints");
        QTest::addColumn<double>("loss");
        QTest::addColumn<qint64>("users");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("decidedBy");
        QTest::newRow("nothing") << qint64(0) << qint64(0) << 0.0 << qint64(0) << 0 << QString();
        QTest::newRow("just below serious")
            << qint64(29) << qint64(19) << 9999.99 << qint64(999) << 0 << QString();
        QTest::newRow("outage at serious")
            << qint64(30) << qint64(0) << 0.0 << qint64(0) << 1 << QStringLiteral("outage_minutes");
        QTest::newRow("complaints urgent, loss serious")
            << qint64(0) << qint64(100) << 10000.0 << qint64(0) << 2
            << QStringLiteral("complaints");
        QTest::newRow("two measures major") << qint64(480) << qint64(0) << 1e6 << qint64(5) << 3
                                            << QStringLiteral("outage_minutes,loss_money");
        QTest::newRow("users major") << qint64(0) << qint64(0) << 0.0 << qint64(100000) << 3
                                     << QStringLiteral("users_affected");
    }
    void tableGradesByAnyMeasure() {
        QFETCH(qint64, outage);
        QFETCH(qint64, complaints);
        QFETCH(double, loss);
        QFETCH(qint64, users);
        QFETCH(int, grade);
        QFETCH(QString, decidedBy);
        QStringList by;
        const Grade g = PostGradeTable::defaults().grade({outage, complaints, loss, users}, &by);
        QCOMPARE(static_cast<int>(g), grade);
        QCOMPARE(by.join(u','), decidedBy);
    }

    void tableJsonRoundTripAndErrors() {
        QString e;
        const auto back = PostGradeTable::fromJson(PostGradeTable::defaults().toJson(), e);
        QVERIFY2(back, qPrintable(e));
        QCOMPARE(back->toJson(), PostGradeTable::defaults().toJson());

        QVERIFY(!PostGradeTable::fromJson("{\"serious\": {\"downtime\": 3}}", e));
        QVERIFY2(e.contains(QStringLiteral("serious")) && e.contains(QStringLiteral("downtime")),
                 qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson("{\"general\": {}}", e));
        QVERIFY2(e.contains(QStringLiteral("general")), qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson("{\"urgent\": {\"complaints\": -1}}", e));
        QVERIFY2(e.contains(QStringLiteral("urgent / complaints")), qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson(
            "{\"serious\": {\"complaints\": 50}, \"major\": {\"complaints\": 40}}", e));
        QVERIFY2(e.contains(QStringLiteral("major / complaints")), qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson("[1", e));
        QVERIFY2(e.contains(QStringLiteral("offset")), qPrintable(e));

        // A measure left out of a grade is not used for it.
        const auto partial = PostGradeTable::fromJson("{\"major\": {\"complaints\": 5}}", e);
        QVERIFY2(partial, qPrintable(e));
        QCOMPARE(partial->grade({10000, 4, 1e9, 1000000}), Grade::General);
        QCOMPARE(partial->grade({0, 5, 0, 0}), Grade::Major);
    }
};

QTEST_GUILESS_MAIN(TestIncidentsFollowUp)
#include "moc_followuptest.cpp"
#include "tst_incidents_followup.moc"
