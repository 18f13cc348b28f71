#pragma once
// Calibration (校准), as one test class for tst_qa_calibration (SQLite: the workstation checks
// and reads with the blindness rule) and tst_qa_calibration_pg (PostgreSQL: each person works
// through their own login; the server's functions check and row-level security hides): a
// participant sees the others' scores of a ticket only after submitting their own, the lead
// once everyone has or the session is closed; α from the stored scores is sb::Agreement's α
// of the same matrix (Krippendorff's published example), and the bias signs.
#include "qa/calibration.h"
#include "qapeoplefixture.h"
#include "security/permissions.h"
#include "sync/changefeed.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <vector>

class QaCalibrationTest : public sb::test::QaPeopleFixture {
    Q_OBJECT

protected:
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};

    static qint64 ticket(sb::Database &db) {
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, state, updated_at) VALUES (1, 'phone', "
                                     "'normal', 'other', 'closed', 1)"),
                      {});
    }

    // Every item of the shipped scorecard rated: attitude `attitude` (1–5), satisfaction
    // `satisfaction` (1–5, unset: N/A), the others fixed.
    static QList<sb::ItemRating> ratings(int attitude, std::optional<int> satisfaction) {
        using sb::ItemRating;
        return {ItemRating{QStringLiteral("timeliness"), 2, false, {}, {}},
                ItemRating{QStringLiteral("identity_verification"), 1, false, {}, {}},
                ItemRating{QStringLiteral("understanding"), 4, false, {}, {}},
                ItemRating{QStringLiteral("solution_effectiveness"), 4, false, {}, {}},
                ItemRating{QStringLiteral("attitude"), attitude, false, {}, {}},
                ItemRating{QStringLiteral("record_completeness"), 2, false, {}, {}},
                ItemRating{QStringLiteral("satisfaction"), satisfaction, !satisfaction, {}, {}}};
    }

    // How many of the other participants' sheets of ticket `t` `who` sees.
    int othersSeen(const Person &who, qint64 session, qint64 t) {
        sb::QaCalibrationResults r;
        QString error;
        if (!sb::QaCalibrationStore(*who.db, m_clock).results(who.actor(), session, r, error)) {
            qWarning("results: %s", qPrintable(error));
            return -1;
        }
        int n = 0;
        for (const sb::QaCalibrationTicket &row : std::as_const(r.tickets))
            if (row.ticketId == t)
                for (const sb::QaCalibrationSheet &s : row.sheets)
                    n += s.visible && s.staffId != who.id ? 1 : 0;
        return n;
    }

    // A session on `tickets` opened by `lead` with `people` taking part.
    qint64 session(const Person &lead, const QList<qint64> &tickets, const QList<Person> &people) {
        sb::QaCalibrationStore store(*lead.db, m_clock);
        qint64 id = 0;
        QString error;
        QList<qint64> ids;
        for (const Person &p : people)
            ids.append(p.id);
        if (!store.create(lead.actor(), QStringLiteral("March calibration"), tickets, id, error) ||
            !store.addParticipants(lead.actor(), id, ids, error)) {
            qWarning("session: %s", qPrintable(error));
            return 0;
        }
        return id;
    }

    bool submit(const Person &who, qint64 session, qint64 t, const QList<sb::ItemRating> &scores) {
        QString error;
        if (!sb::QaCalibrationStore(*who.db, m_clock)
                 .submit(who.actor(), session, t, scores, error)) {
            qWarning("submit: %s", qPrintable(error));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void cleanup() { dropConnections(); }

    // Adding participants to a session is a change of that session: another inspector's
    // workstation, following the change feed, hears of it and reloads the session.
    void addingParticipantsIsASessionChange() {
        using namespace sb;
        auto db = open(QStringLiteral("qac_notice"));
        QVERIFY(db);
        const Person lead = person(*db, QStringLiteral("qcn_lead"), QStringLiteral("qa"));
        const Person a = person(*db, QStringLiteral("qcn_a"), QStringLiteral("qa"));
        QVERIFY(lead.db && a.db);
        QaCalibrationStore store(*lead.db, m_clock);
        qint64 s = 0;
        QString error;
        QVERIFY2(store.create(lead.actor(), QStringLiteral("Notice"), {ticket(*db)}, s, error),
                 qPrintable(error));
        qint64 seq = 0;
        QVERIFY2(ChangeFeed::currentSeq(*db, seq, error), qPrintable(error));
        ChangeFeed feed(db->url(), seq);
        feed.setPollInterval(10);
        qRegisterMetaType<QList<Change>>();
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        feed.start();
        QTRY_COMPARE(feed.state(), ChangeFeed::State::Live);
        QCOMPARE(changed.count(), 0); // nothing happened since the session was opened
        QVERIFY2(store.addParticipants(lead.actor(), s, {a.id}, error), qPrintable(error));
        const auto sessionChanged = [&changed, s] {
            for (const QList<QVariant> &args : std::as_const(changed))
                for (const Change &c : args.at(0).value<QList<Change>>())
                    if (c.entity == ChangeEntity::QaCalibration && c.entityId == s)
                        return true;
            return false;
        };
        QTRY_VERIFY(sessionChanged());
        feed.stop();
    }

    // Before submitting their own scores of a ticket a participant sees no one else's; after,
    // everyone's who submitted. The lead sees a ticket's scores once all participants have
    // scored it, everyone everything once the session is closed; no score after that.
    void blindUntilSubmitted() {
        using namespace sb;
        auto db = open(QStringLiteral("qac_blind"));
        QVERIFY(db);
        const Person lead = person(*db, QStringLiteral("qcb_lead"), QStringLiteral("qa"));
        const Person a = person(*db, QStringLiteral("qcb_a"), QStringLiteral("qa"));
        const Person b = person(*db, QStringLiteral("qcb_b"), QStringLiteral("qa"));
        const Person outsider = person(*db, QStringLiteral("qcb_out"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qcb_agent"), QStringLiteral("agent"));
        QVERIFY(lead.db && a.db && b.db && outsider.db && agent.db);
        const qint64 t1 = ticket(*db);
        const qint64 t2 = ticket(*db);
        QString error;
        qint64 id = 0;
        QVERIFY(!QaCalibrationStore(*agent.db, m_clock)
                     .create(agent.actor(), QStringLiteral("x"), {t1}, id, error));
        QVERIFY2(error.contains(perm::QaCalibrate), qPrintable(error));
        QVERIFY(!QaCalibrationStore(*lead.db, m_clock)
                     .addParticipants(lead.actor(), 999, {a.id}, error));
        const qint64 s = session(lead, {t1, t2}, {a, b});
        QVERIFY(s > 0);
        QVERIFY(!QaCalibrationStore(*lead.db, m_clock)
                     .addParticipants(lead.actor(), s, {agent.id}, error));
        QVERIFY2(error.contains(perm::QaReview), qPrintable(error));

        QVERIFY(submit(a, s, t1, ratings(5, 4)));
        QCOMPARE(othersSeen(b, s, t1), 0); // b has not scored t1
        QCOMPARE(othersSeen(lead, s, t1), 0);
        QCOMPARE(othersSeen(outsider, s, t1), 0);
        QVERIFY(submit(b, s, t1, ratings(3, std::nullopt)));
        QCOMPARE(othersSeen(b, s, t1), 1);
        QCOMPARE(othersSeen(a, s, t1), 1);
        QCOMPARE(othersSeen(lead, s, t1), 2); // everyone scored t1
        QVERIFY(submit(a, s, t2, ratings(4, 4)));
        QCOMPARE(othersSeen(b, s, t2), 0);
        QCOMPARE(othersSeen(lead, s, t2), 0);

        // Refused: a second submission, a non-participant, a ticket outside, an incomplete
        // sheet, N/A where it is not allowed.
        QaCalibrationStore store(*a.db, m_clock);
        QVERIFY(!store.submit(a.actor(), s, t1, ratings(5, 4), error));
        QVERIFY2(error.contains(QLatin1StringView("already")), qPrintable(error));
        QVERIFY(!QaCalibrationStore(*outsider.db, m_clock)
                     .submit(outsider.actor(), s, t2, ratings(5, 4), error));
        QVERIFY2(error.contains(QLatin1StringView("not a participant")), qPrintable(error));
        QVERIFY(!QaCalibrationStore(*b.db, m_clock)
                     .submit(b.actor(), s, ticket(*db), ratings(5, 4), error));
        QList<ItemRating> part = ratings(5, 4);
        part.removeLast();
        QVERIFY(!QaCalibrationStore(*b.db, m_clock).submit(b.actor(), s, t2, part, error));
        QVERIFY2(error.contains(QLatin1StringView("satisfaction")), qPrintable(error));
        part = ratings(5, 4);
        part[4] = {QStringLiteral("attitude"), std::nullopt, true, {}, {}};
        QVERIFY(!QaCalibrationStore(*b.db, m_clock).submit(b.actor(), s, t2, part, error));
        std::optional<QaCalibrationSession> loaded;
        QVERIFY2(store.load(s, loaded, error), qPrintable(error));
        QVERIFY(loaded);
        QCOMPARE(loaded->participants.size(), 2);
        QVERIFY(loaded->participants.at(0).submittedAt > 0); // a scored both tickets
        QCOMPARE(loaded->participants.at(1).submittedAt, 0);

        // Closing shows everything to those in the session; nothing is scored after.
        QVERIFY(!QaCalibrationStore(*agent.db, m_clock).close(agent.actor(), s, error));
        QVERIFY2(QaCalibrationStore(*lead.db, m_clock).close(lead.actor(), s, error),
                 qPrintable(error));
        QCOMPARE(othersSeen(b, s, t2), 1);
        QCOMPARE(othersSeen(lead, s, t2), 1);
        QVERIFY(!QaCalibrationStore(*b.db, m_clock).submit(b.actor(), s, t2, ratings(4, 4), error));
        QVERIFY2(error.contains(QLatin1StringView("closed")), qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE "
                                           "'qa.calibration.%'")),
                 6); // create, participants, three scores, close
    }

    // Krippendorff (2011)'s example as the satisfaction item of twelve tickets scored by four
    // inspectors (N/A for "*"): α from the stored scores is sb::Agreement's α of the same
    // matrix, ordinal 0.815. Attitude 5, 4, 3, 2 by inspector: the first scores above the
    // session mean, the last below, on the item and on the review score.
    void agreementFromStoredScores() {
        using namespace sb;
        auto db = open(QStringLiteral("qac_alpha"));
        QVERIFY(db);
        const Person lead = person(*db, QStringLiteral("qca_lead"), QStringLiteral("qa"));
        QList<Person> people;
        for (const char *l : {"qca_a", "qca_b", "qca_c", "qca_d"})
            people.append(person(*db, QString::fromLatin1(l), QStringLiteral("qa")));
        QList<qint64> tickets;
        for (int i = 0; i < 12; ++i)
            tickets.append(ticket(*db));
        const qint64 s = session(lead, tickets, people);
        QVERIFY(s > 0);
        constexpr int missing = 0;
        const int table[4][12] = {{1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
                                  {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
                                  {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
                                  {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}};
        ReliabilityData expected(4);
        for (int p = 0; p < 4; ++p)
            for (int u = 0; u < 12; ++u) {
                const std::optional<int> v =
                    table[p][u] == missing ? std::nullopt : std::optional<int>(table[p][u]);
                QVERIFY(submit(people.at(p), s, tickets.at(u), ratings(5 - p, v)));
                expected[p].append(v ? std::optional<double>(*v) : std::nullopt);
            }
        QaCalibrationResults r;
        QString error;
        QVERIFY2(QaCalibrationStore(*lead.db, m_clock).results(lead.actor(), s, r, error),
                 qPrintable(error));
        QCOMPARE(r.tickets.size(), 12);
        QCOMPARE(r.items.size(), 7);
        const QaItemAgreement &sat = r.items.at(6);
        QCOMPARE(sat.key, QStringLiteral("satisfaction"));
        QCOMPARE(sat.metric, AlphaMetric::Ordinal);
        QVERIFY(sat.alpha.defined());
        const AlphaResult direct = Agreement::krippendorffAlpha(expected, AlphaMetric::Ordinal);
        QCOMPARE(sat.alpha.alpha, direct.alpha);
        QVERIFY(qAbs(sat.alpha.alpha - 0.815) < 0.0005);
        QCOMPARE(sat.percent.agreeingPairs, Agreement::percentAgreement(expected).agreeingPairs);
        QCOMPARE(r.items.at(1).metric, AlphaMetric::Nominal); // identity verification: pass/fail
        QCOMPARE(r.items.at(1).percent.value(), 1.0);
        const QaItemAgreement &att = r.items.at(4);
        QCOMPARE(att.bias.size(), 4);
        QVERIFY(att.bias.at(0).bias > 0);
        QVERIFY(att.bias.at(3).bias < 0);
        QCOMPARE(r.bias.size(), 4);
        QVERIFY(r.bias.at(0).bias > 0);
        QVERIFY(r.bias.at(3).bias < 0);
        QVERIFY(r.overallAlpha.pairableUnits == 12);
        QVERIFY(r.overallPercent.defined());
    }
};
