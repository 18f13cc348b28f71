// The daily QA spot check on SQLite: the frame of a day in the business calendar's zone, exact
// sizes, largest-remainder ties, the ranking recomputed, drawn once, replacement within the
// stratum, assignment never to a ticket's handler, and signalboard-cli qa sample.
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
};

QTEST_GUILESS_MAIN(TestQaSample)
#include "moc_qasampletest.cpp"
#include "tst_qa_sample.moc"
