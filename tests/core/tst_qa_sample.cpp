// The daily QA spot check on SQLite: the frame of a day in the business calendar's zone, exact
// sizes, largest-remainder ties, the ranking recomputed, drawn once, replacement within the
// stratum, assignment never to a ticket's handler, the blind second inspectors of the double
// review share, and signalboard-cli qa sample.
#include "qasampletest.h"

using namespace sb;

class TestQaSample final : public QaSampleTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    // On SQLite the workstation checks the person's permission itself.
    void drawingNeedsQaSampleForAPerson() {
        auto db = open(QStringLiteral("qas_perm"));
        QVERIFY(db);
        const qint64 agent = staff(*db, QStringLiteral("qas_agent"), QStringLiteral("agent"));
        const qint64 inspector = staff(*db, QStringLiteral("qas_insp"), QStringLiteral("qa"));
        const QList<qint64> tickets = closedOnTheDay(*db, QStringLiteral("phone"), 4);
        QaSampleStore store(*db, m_clock);
        QaDrawRequest request;
        request.day = kDay;
        request.seed = 11;
        request.actor = QStringLiteral("qas_agent");
        request.actorId = agent;
        QaDrawResult result;
        QString error;
        QVERIFY(!store.draw(request, result, error));
        QVERIFY2(error.contains(QLatin1StringView("qa.sample")), qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days")), 0);
        request.actor = QStringLiteral("qas_insp");
        request.actorId = inspector;
        QVERIFY2(store.draw(request, result, error), qPrintable(error));
        QCOMPARE(result.sample.drawnBy, QStringLiteral("qas_insp"));
        QCOMPARE(result.sample.rate, QStringLiteral("0.05")); // the settings' defaults
        QCOMPARE(result.sample.stratifyBy, QaStratifyBy::Channel);
        QaSampledTicket swapped;
        QVERIFY(!store.replace(kDay, result.sample.tickets.at(0).ticketId, QStringLiteral("test"),
                               QStringLiteral("qas_agent"), agent, swapped, error));
        QVERIFY2(error.contains(QLatin1StringView("qa.review")), qPrintable(error));
        QVERIFY(tickets.contains(result.sample.tickets.at(0).ticketId));
    }

    // The double review share: ceil(qa.double_rate × n) tickets, the lowest rank hashes of the
    // whole sample (recomputed here), get a second inspector who is neither their first nor
    // their handler; reviews stay spread evenly; a replacement keeps a second inspector.
    void doubleReviewShare() {
        auto db = open(QStringLiteral("qas_double"));
        QVERIFY(db);
        const qint64 q1 = staff(*db, QStringLiteral("qasd_q1"), QStringLiteral("qa"));
        const qint64 q2 = staff(*db, QStringLiteral("qasd_q2"), QStringLiteral("qa"));
        const qint64 q3 = staff(*db, QStringLiteral("qasd_q3"), QStringLiteral("qa"));
        QList<qint64> tickets = closedOnTheDay(*db, QStringLiteral("phone"), 18);
        const QList<qint64> byQ2 = closedOnTheDay(*db, QStringLiteral("phone"), 2, q2);
        tickets += byQ2;
        const auto r = draw(*db, kDay, "0.5", QaStratifyBy::None, 21, "0.25");
        QVERIFY(r);
        QCOMPARE(r->sample.doubleRate, QStringLiteral("0.25"));
        const QList<QaSampledTicket> sample = r->sample.inSample();
        QCOMPARE(sample.size(), 10);
        QList<std::pair<QByteArray, qint64>> ranked;
        for (const QaSampledTicket &t : sample)
            ranked.append({QCryptographicHash::hash(
                               QStringLiteral("21:2026-03-29:%1").arg(t.ticketId).toUtf8(),
                               QCryptographicHash::Sha256)
                               .toHex(),
                           t.ticketId});
        std::sort(ranked.begin(), ranked.end());
        QSet<qint64> expected; // ceil(0.25 × 10) = 3
        for (int i = 0; i < 3; ++i)
            expected.insert(ranked.at(i).second);
        QSet<qint64> doubled;
        QHash<qint64, int> load;
        for (const QaSampledTicket &t : sample) {
            QVERIFY(t.assigneeId > 0);
            ++load[t.assigneeId];
            if (t.secondAssigneeId == 0)
                continue;
            doubled.insert(t.ticketId);
            ++load[t.secondAssigneeId];
            QVERIFY(t.secondAssigneeId != t.assigneeId);
            QVERIFY(!byQ2.contains(t.ticketId) || t.secondAssigneeId != q2);
            QCOMPARE(t.secondAssigneeLogin.isEmpty(), false);
        }
        QCOMPARE(doubled, expected);
        const auto [least, most] = std::minmax({load.value(q1), load.value(q2), load.value(q3)});
        QVERIFY2(most - least <= 1, qPrintable(QStringLiteral("%1..%2").arg(least).arg(most)));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days WHERE "
                                           "double_rate = '0.25'")),
                 1);

        // Replacing a double-reviewed ticket: the replacement is double reviewed too.
        QaSampledTicket swapped;
        QString error;
        QVERIFY2(QaSampleStore(*db, m_clock)
                     .replace(kDay, ranked.at(0).second, QStringLiteral("test ticket"), {}, 0,
                              swapped, error),
                 qPrintable(error));
        QVERIFY(swapped.assigneeId > 0 && swapped.secondAssigneeId > 0);
        QVERIFY(swapped.secondAssigneeId != swapped.assigneeId);
    }
};

QTEST_GUILESS_MAIN(TestQaSample)
#include "moc_qasampletest.cpp"
#include "tst_qa_sample.moc"
