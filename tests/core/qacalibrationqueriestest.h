#pragma once
// What the calibration screens read besides the store, as one test class for
// tst_qa_calibration_queries (SQLite) and tst_qa_calibration_queries_pg (PostgreSQL, each
// person through their own login, under row-level security): tickets by the serial a lead
// types (a malformed one, one naming no ticket, one whose date is not the ticket's: each
// named), and a participant's own progress through a session.
#include "qa/calibration.h"
#include "qa/calibrationqueries.h"
#include "qapeoplefixture.h"
#include "tickets/ticketstore.h"

#include <QTest>

class QaCalibrationQueriesTest : public sb::test::QaPeopleFixture {
    Q_OBJECT

protected:
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};

    // 2026-03-19 10:00 UTC
    static constexpr qint64 kReceived = 1773914400000;

    static qint64 ticket(sb::Database &db) {
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, state, updated_at) VALUES (?, 'phone', "
                                     "'normal', 'other', 'closed', 1)"),
                      {kReceived});
    }

    static QList<sb::ItemRating> allRated() {
        return {{QStringLiteral("timeliness"), 2, false, {}, {}},
                {QStringLiteral("identity_verification"), 1, false, {}, {}},
                {QStringLiteral("understanding"), 4, false, {}, {}},
                {QStringLiteral("solution_effectiveness"), 4, false, {}, {}},
                {QStringLiteral("attitude"), 5, false, {}, {}},
                {QStringLiteral("record_completeness"), 2, false, {}, {}},
                {QStringLiteral("satisfaction"), std::nullopt, true, {}, {}}};
    }

private Q_SLOTS:
    void cleanup() { dropConnections(); }

    // As the lead's own connection: in the order typed, each once; a bad serial is named and
    // leaves no ids.
    void ticketsBySerialNamesTheBadOne() {
        using namespace sb;
        auto db = open(QStringLiteral("qcq_serial"));
        QVERIFY(db);
        const Person lead = person(*db, QStringLiteral("qcq_lead"), QStringLiteral("qa"));
        QVERIFY(lead.db);
        const qint64 a = ticket(*db);
        const qint64 b = ticket(*db);
        const QString serialA = TicketStore::serialNumber(a, kReceived);
        QCOMPARE(serialA.left(12), QStringLiteral("CS-20260319-"));

        QCOMPARE(
            QaCalibrationQueries::splitSerials(QStringLiteral(" %1, %2;\n%1 ").arg(serialA).arg(b)),
            QStringList({serialA, QString::number(b), serialA}));
        QList<qint64> ids;
        QString error;
        QVERIFY2(QaCalibrationQueries::ticketsBySerial(
                     *lead.db, {serialA.toLower(), QString::number(b), serialA}, ids, error),
                 qPrintable(error));
        QCOMPARE(ids, QList<qint64>({a, b}));
        QVERIFY2(QaCalibrationQueries::ticketsBySerial(
                     *lead.db, {QStringLiteral("CS-20260319-%1").arg(b)}, ids, error),
                 qPrintable(error)); // unpadded
        QCOMPARE(ids, QList<qint64>({b}));

        const QString wrongDay = QStringLiteral("CS-20260320-%1").arg(a);
        for (const QString &bad : {QStringLiteral("CS-2026-1"), QStringLiteral("x12"),
                                   QStringLiteral("999999"), wrongDay}) {
            QVERIFY(!QaCalibrationQueries::ticketsBySerial(*lead.db, {serialA, bad}, ids, error));
            QVERIFY2(error.contains(bad), qPrintable(error));
            QVERIFY(ids.isEmpty());
        }
    }

    // Each participant, through their own connection, sees which tickets they scored, in
    // session order; another's score is not theirs.
    void myTicketsShowsOnlyOwnProgress() {
        using namespace sb;
        auto db = open(QStringLiteral("qcq_mine"));
        QVERIFY(db);
        const Person lead = person(*db, QStringLiteral("qcm_lead"), QStringLiteral("qa"));
        const Person one = person(*db, QStringLiteral("qcm_one"), QStringLiteral("qa"));
        const Person two = person(*db, QStringLiteral("qcm_two"), QStringLiteral("qa"));
        QVERIFY(lead.db && one.db && two.db);
        const qint64 t1 = ticket(*db);
        const qint64 t2 = ticket(*db);
        QString error;
        qint64 session = 0;
        QaCalibrationStore store(*lead.db, m_clock);
        QVERIFY2(store.create(lead.actor(), QStringLiteral("March"), {t2, t1}, session, error),
                 qPrintable(error));
        QVERIFY2(store.addParticipants(lead.actor(), session, {one.id, two.id}, error),
                 qPrintable(error));
        QVERIFY2(QaCalibrationStore(*one.db, m_clock)
                     .submit(one.actor(), session, t1, allRated(), error),
                 qPrintable(error));

        QList<QaCalibrationTicketStatus> mine;
        QVERIFY2(QaCalibrationQueries::myTickets(*one.db, session, one.id, mine, error),
                 qPrintable(error));
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).ticketId, t2); // session order
        QCOMPARE(mine.at(0).serial, TicketStore::serialNumber(t2, kReceived));
        QVERIFY(!mine.at(0).scoredByMe);
        QCOMPARE(mine.at(1).ticketId, t1);
        QVERIFY(mine.at(1).scoredByMe);
        QVERIFY2(QaCalibrationQueries::myTickets(*two.db, session, two.id, mine, error),
                 qPrintable(error));
        QCOMPARE(mine.size(), 2);
        QVERIFY(!mine.at(0).scoredByMe && !mine.at(1).scoredByMe); // one's score is not two's
    }
};
