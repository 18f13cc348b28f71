// The small summaries of the QA and reports places, as typed rows: tickets handled per team
// since a moment (and the spot check's size), complaints and satisfaction per channel.
#include "qa/qaqueries.h"
#include "reports/reportqueries.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSummaryQueries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        QString e;
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openMigrated(test::sqliteIn(*m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                           "('Night', 0), ('Day', 0)"),
                            {}, e),
                 qPrintable(e));
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void handledPerTeamSinceAMoment() {
        const qint64 since = 1'000'000;
        addTicket(QStringLiteral("phone"), QStringLiteral("closed"), since,
                  QStringLiteral("Night"));
        addTicket(QStringLiteral("phone"), QStringLiteral("closed"), since + 5,
                  QStringLiteral("Night"));
        addTicket(QStringLiteral("phone"), QStringLiteral("closed"), since - 1,
                  QStringLiteral("Night")); // before
        addTicket(QStringLiteral("web"), QStringLiteral("in_progress"), since + 5,
                  QStringLiteral("Day")); // not handled
        addTicket(QStringLiteral("web"), QStringLiteral("closed"), since + 5,
                  QStringLiteral("Day"));
        addTicket(QStringLiteral("web"), QStringLiteral("closed"), since + 5, QString());

        QList<TeamHandledRow> rows;
        QString e;
        QVERIFY2(QaQueries::handledPerTeam(*m_db, since, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 3);
        // By the shown name: "-" (no team) sorts before the letters.
        QCOMPARE(rows.at(0).team, QStringLiteral("-"));
        QCOMPARE(rows.at(0).handled, qint64(1));
        QCOMPARE(rows.at(1).team, QStringLiteral("Day"));
        QCOMPARE(rows.at(1).handled, qint64(1));
        QCOMPARE(rows.at(2).team, QStringLiteral("Night"));
        QCOMPARE(rows.at(2).handled, qint64(2));

        QVERIFY(QaQueries::handledPerTeam(*m_db, since + 6, rows, e));
        QVERIFY(rows.isEmpty());

        QCOMPARE(QaQueries::spotCheckSize(0), qint64(0));
        QCOMPARE(QaQueries::spotCheckSize(1), qint64(1)); // rounded up
        QCOMPARE(QaQueries::spotCheckSize(20), qint64(1));
        QCOMPARE(QaQueries::spotCheckSize(21), qint64(2));
        QCOMPARE(QaQueries::spotCheckSize(200), qint64(10));
    }

    void channelsSinceAMoment() {
        const qint64 since = 2'000'000;
        addTicket(QStringLiteral("web"), QStringLiteral("registered"), since, {}, 4, since);
        addTicket(QStringLiteral("web"), QStringLiteral("registered"), since, {}, 5, since + 1);
        addTicket(QStringLiteral("web"), QStringLiteral("registered"), since, {}, 0, since + 2);
        addTicket(QStringLiteral("phone"), QStringLiteral("registered"), since, {}, 0, since);
        addTicket(QStringLiteral("email"), QStringLiteral("registered"), since, {}, 2, since - 1);

        QList<ChannelVolumeRow> rows;
        QString e;
        QVERIFY2(ReportQueries::channelsSince(*m_db, since, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 2);                            // the e-mail came before
        QCOMPARE(rows.at(0).channel, QStringLiteral("web")); // busiest first
        QCOMPARE(rows.at(0).complaints, qint64(3));
        QVERIFY(rows.at(0).averageSatisfaction);
        QCOMPARE(*rows.at(0).averageSatisfaction, 4.5); // unrated ones do not count
        QCOMPARE(rows.at(1).channel, QStringLiteral("phone"));
        QCOMPARE(rows.at(1).complaints, qint64(1));
        QVERIFY(!rows.at(1).averageSatisfaction);
    }

private:
    // `satisfaction` 0: not rated.
    void addTicket(const QString &channel, const QString &state, qint64 updatedAt,
                   const QString &team, int satisfaction = 0, qint64 receivedAt = 0) {
        QString e;
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                           "customer_tier, problem_type, state, updated_at, "
                                           "team_id, satisfaction) VALUES (?, ?, 'normal', "
                                           "'billing', ?, ?, (SELECT id FROM teams WHERE name = "
                                           "?), ?)"),
                            {receivedAt, channel, state, updatedAt,
                             team.isEmpty() ? QVariant() : QVariant(team),
                             satisfaction > 0 ? QVariant(satisfaction) : QVariant()},
                            e),
                 qPrintable(e));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSummaryQueries)
#include "tst_summary_queries.moc"
