// What the calibration screens read besides the store, on a real SQLite database: tickets by
// the serial a lead types (a malformed one, one naming no ticket, one whose date is not the
// ticket's: each named), and a participant's own progress through a session.
#include "qa/calibration.h"
#include "qa/calibrationqueries.h"
#include "testsupport.h"
#include "tickets/ticketstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

qint64 staff(Database &db, const QString &login) {
    return insert(db,
                  QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                 "status_changed_at, login, created_at) VALUES (?, ?, (SELECT id "
                                 "FROM roles WHERE key = 'qa'), 'active', 0, ?, 0)"),
                  {login.toUpper(), login, login});
}

// 2026-03-19 10:00 UTC
constexpr qint64 kReceived = 1773914400000;

qint64 ticket(Database &db) {
    return insert(db,
                  QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                 "problem_type, state, updated_at) VALUES (?, 'phone', 'normal', "
                                 "'other', 'closed', 1)"),
                  {kReceived});
}

QList<ItemRating> allRated() {
    return {{QStringLiteral("timeliness"), 2, false, {}, {}},
            {QStringLiteral("identity_verification"), 1, false, {}, {}},
            {QStringLiteral("understanding"), 4, false, {}, {}},
            {QStringLiteral("solution_effectiveness"), 4, false, {}, {}},
            {QStringLiteral("attitude"), 5, false, {}, {}},
            {QStringLiteral("record_completeness"), 2, false, {}, {}},
            {QStringLiteral("satisfaction"), std::nullopt, true, {}, {}}};
}

} // namespace

class TestQaCalibrationQueries final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ticketsBySerialNamesTheBadOne() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        const qint64 a = ticket(*db);
        const qint64 b = ticket(*db);
        const QString serialA = TicketStore::serialNumber(a, kReceived);
        QCOMPARE(serialA.left(12), QStringLiteral("CS-20260319-"));

        QCOMPARE(
            QaCalibrationQueries::splitSerials(QStringLiteral(" %1, %2;\n%1 ").arg(serialA).arg(b)),
            QStringList({serialA, QString::number(b), serialA}));
        QList<qint64> ids;
        QVERIFY2(QaCalibrationQueries::ticketsBySerial(
                     *db, {serialA.toLower(), QString::number(b), serialA}, ids, error),
                 qPrintable(error));
        QCOMPARE(ids, QList<qint64>({a, b})); // in the order typed, each once
        QVERIFY2(QaCalibrationQueries::ticketsBySerial(
                     *db, {QStringLiteral("CS-20260319-%1").arg(b)}, ids, error),
                 qPrintable(error)); // unpadded
        QCOMPARE(ids, QList<qint64>({b}));

        // Malformed, naming no ticket, or the date not the ticket's: refused, named.
        const QString wrongDay = QStringLiteral("CS-20260320-%1").arg(a);
        for (const QString &bad : {QStringLiteral("CS-2026-1"), QStringLiteral("x12"),
                                   QStringLiteral("999999"), wrongDay}) {
            QVERIFY(!QaCalibrationQueries::ticketsBySerial(*db, {serialA, bad}, ids, error));
            QVERIFY2(error.contains(bad), qPrintable(error));
            QVERIFY(ids.isEmpty());
        }
    }

    void myTicketsShowsOnlyOwnProgress() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(
            QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate));
        const QaActor lead{staff(*db, QStringLiteral("lead")), QStringLiteral("lead")};
        const QaActor one{staff(*db, QStringLiteral("one")), QStringLiteral("one")};
        const QaActor two{staff(*db, QStringLiteral("two")), QStringLiteral("two")};
        const qint64 t1 = ticket(*db);
        const qint64 t2 = ticket(*db);
        QaCalibrationStore store(*db, clock);
        qint64 session = 0;
        QVERIFY2(store.create(lead, QStringLiteral("March"), {t2, t1}, session, error),
                 qPrintable(error));
        QVERIFY2(store.addParticipants(lead, session, {one.staffId, two.staffId}, error),
                 qPrintable(error));
        QVERIFY2(store.submit(one, session, t1, allRated(), error), qPrintable(error));

        QList<QaCalibrationTicketStatus> mine;
        QVERIFY2(QaCalibrationQueries::myTickets(*db, session, one.staffId, mine, error),
                 qPrintable(error));
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).ticketId, t2); // session order
        QCOMPARE(mine.at(0).serial, TicketStore::serialNumber(t2, kReceived));
        QVERIFY(!mine.at(0).scoredByMe);
        QCOMPARE(mine.at(1).ticketId, t1);
        QVERIFY(mine.at(1).scoredByMe);
        QVERIFY2(QaCalibrationQueries::myTickets(*db, session, two.staffId, mine, error),
                 qPrintable(error));
        QCOMPARE(mine.size(), 2);
        QVERIFY(!mine.at(0).scoredByMe && !mine.at(1).scoredByMe); // one's score is not two's
    }
};

QTEST_GUILESS_MAIN(TestQaCalibrationQueries)
#include "tst_qa_calibration_queries.moc"
