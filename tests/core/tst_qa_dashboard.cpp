// The QA dashboard on SQLite, against figures worked out by hand: quality per agent, the
// stratified estimate with its interval over the sampled day's strata, failing items as a
// Pareto list, dispute and overturn rates, coverage per stratum, overdue reviews, and the
// team-meeting summary as CSV with its formula guard.
#include "qa/dashboard.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sb;

class TestQaDashboard : public QObject {
    Q_OBJECT

    static inline const QString kDay = QStringLiteral("2026-03-23"); // a Monday
    // A week later: the day's reviews are long due.
    ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};

    static qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }
    static void exec(Database &db, const QString &sql, const QVariantList &values) {
        QString error;
        if (!db.exec(sql, values, error))
            qFatal("exec: %s", qPrintable(error));
    }

    static qint64 staff(Database &db, const QString &login, const QString &name,
                        const QString &role) {
        return insert(db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), name, role, login});
    }
    static qint64 ticket(Database &db, const QString &channel, qint64 handler) {
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (1, ?, "
                                     "'normal', 'other', ?, 'closed', 1)"),
                      {channel, handler});
    }
    static qint64 sampled(Database &db, qint64 ticketId, const QString &stratum, qint64 assignee,
                          qint64 second = 0) {
        return insert(db,
                      QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                     "rank_hash, position, assignee_id, second_assignee_id, "
                                     "added_at, added_by) VALUES (?, ?, ?, 'h', 1, ?, ?, 0, "
                                     "'test')"),
                      {kDay, ticketId, stratum, assignee,
                       second > 0 ? QVariant(second) : QVariant(QMetaType::fromType<qint64>())});
    }
    // A submitted review with the given ratings (item key → value; -1: N/A).
    static qint64 review(Database &db, qint64 row, qint64 ticketId, qint64 agent, qint64 reviewer,
                         const char *kind, double score, bool critical,
                         const QList<QPair<const char *, int>> &ratings) {
        const qint64 version = test::queryValue(db, QStringLiteral("SELECT MIN(id) FROM "
                                                                   "qa_scorecard_versions"))
                                   .toLongLong();
        const qint64 id = insert(
            db,
            QStringLiteral("INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, "
                           "reviewer_id, scorecard_version_id, kind, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 0, 0)"),
            {row > 0 ? QVariant(row) : QVariant(QMetaType::fromType<qint64>()), ticketId, agent,
             reviewer, version, QString::fromLatin1(kind)});
        for (const auto &[key, value] : ratings)
            exec(db,
                 QStringLiteral("INSERT INTO qa_review_items(review_id, item_id, value, na) "
                                "SELECT ?, id, ?, ? FROM qa_scorecard_items WHERE version_id = ? "
                                "AND key = ?"),
                 {id, value < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(value),
                  value < 0 ? 1 : 0, version, QString::fromLatin1(key)});
        exec(db,
             QStringLiteral("UPDATE qa_reviews SET state = 'submitted', score = ?, passed = ?, "
                            "critical_failed = ?, submitted_at = ? WHERE id = ?"),
             {score, score >= 80 ? 1 : 0, critical ? 1 : 0, 1774300000000LL, id});
        return id;
    }

    // One sampled day (2026-03-23, strata phone N 10 and web N 4), agents Wang (a) and b,
    // inspectors Li (i) and Zhao (j); three sample reviews, a blind second one, two disputes.
    struct Fixture {
        qint64 a = 0, b = 0, i = 0, j = 0;
    };
    static Fixture populate(Database &d) {
        const qint64 a =
            staff(d, QStringLiteral("qdb_a"), QStringLiteral("Wang"), QStringLiteral("agent"));
        const qint64 b = staff(d, QStringLiteral("qdb_b"), QStringLiteral("=cmd|' /C calc'!A0"),
                               QStringLiteral("agent"));
        const qint64 i =
            staff(d, QStringLiteral("qdb_i"), QStringLiteral("Li"), QStringLiteral("qa"));
        const qint64 j =
            staff(d, QStringLiteral("qdb_j"), QStringLiteral("Zhao"), QStringLiteral("qa"));
        exec(d,
             QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.2', "
                            "'channel', 'Asia/Shanghai', 14, 4, 0, 'test')"),
             {kDay});
        exec(d,
             QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 10, 2), (?, 'web', 4, 2)"),
             {kDay, kDay});
        const qint64 t1 = ticket(d, QStringLiteral("phone"), a);
        const qint64 t2 = ticket(d, QStringLiteral("phone"), a);
        const qint64 t3 = ticket(d, QStringLiteral("web"), b);
        const qint64 t4 = ticket(d, QStringLiteral("web"), b);
        const qint64 s1 = sampled(d, t1, QStringLiteral("phone"), i, j);
        const qint64 s2 = sampled(d, t2, QStringLiteral("phone"), i);
        const qint64 s3 = sampled(d, t3, QStringLiteral("web"), i);
        sampled(d, t4, QStringLiteral("web"), i); // never reviewed: overdue
        review(d, s1, t1, a, i, "sample", 90, false,
               {{"timeliness", 2},
                {"attitude", 4},
                {"identity_verification", 1},
                {"satisfaction", -1}});
        const qint64 r2 =
            review(d, s2, t2, a, i, "sample", 70, false,
                   {{"timeliness", 0}, {"attitude", 2}, {"identity_verification", 1}});
        const qint64 r3 =
            review(d, s3, t3, b, i, "sample", 0, true,
                   {{"timeliness", 1}, {"attitude", 2}, {"identity_verification", 0}});
        // The blind second review is for agreement, not for quality: left out.
        review(d, s1, t1, a, j, "double", 10, false, {{"attitude", 1}});
        exec(d,
             QStringLiteral("INSERT INTO qa_disputes(review_id, raised_by, raised_at, reason, "
                            "state) VALUES (?, ?, 0, 'x', 'accepted'), (?, ?, 0, 'y', 'open')"),
             {r2, a, r3, b});

        return {a, b, i, j};
    }

private Q_SLOTS:
    void figuresAgainstHandComputedValues() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        Database &d = *db;
        const Fixture f = populate(d);
        const qint64 a = f.a;

        QaDashboard dash;
        QVERIFY2(QaDashboardQueries::load(d, m_clock, QDate(2026, 3, 23), QDate(2026, 3, 29),
                                          QaGrouping::Agent, dash, error),
                 qPrintable(error));
        QCOMPARE(dash.overall.reviews, 3);
        QVERIFY(dash.overall.meanScore);
        QVERIFY(qAbs(*dash.overall.meanScore - 160.0 / 3) < 1e-9);
        QCOMPARE(dash.overall.passed.count, 1);
        QCOMPARE(dash.overall.passed.total, 3);
        QCOMPARE(dash.overall.criticalFailed.count, 1);

        QCOMPARE(dash.groups.size(), 2);
        QCOMPARE(dash.groups.at(0).label, QStringLiteral("Wang"));
        QCOMPARE(dash.groups.at(0).key, QString::number(a));
        QCOMPARE(dash.groups.at(0).figures.reviews, 2);
        QCOMPARE(*dash.groups.at(0).figures.meanScore, 80.0);
        QCOMPARE(dash.groups.at(0).figures.passed.count, 1);
        QCOMPARE(dash.groups.at(1).figures.criticalFailed.count, 1);
        QCOMPARE(dash.groups.at(1).figures.criticalFailed.total, 1);

        // Σ W_h ȳ_h: phone (N 10) 90 and 70, web (N 4) 0 alone (no s², approximate).
        const double estimate = 10.0 / 14 * 80 + 4.0 / 14 * 0;
        const double variance = (10.0 / 14) * (10.0 / 14) * (1 - 2.0 / 10) * 200 / 2;
        QVERIFY(dash.scoreEstimate.defined);
        QVERIFY(qAbs(dash.scoreEstimate.estimate - estimate) < 1e-9);
        QVERIFY(qAbs(dash.scoreEstimate.variance - variance) < 1e-9);
        QVERIFY(qAbs(dash.scoreEstimate.low - (estimate - 1.96 * std::sqrt(variance))) < 1e-9);
        QVERIFY(qAbs(dash.scoreEstimate.high - (estimate + 1.96 * std::sqrt(variance))) < 1e-9);
        QVERIFY(dash.scoreEstimate.approximate);
        QCOMPARE(dash.scoreEstimate.population, 14);
        QCOMPARE(dash.scoreEstimate.sampled, 3);
        QVERIFY(qAbs(dash.passEstimate.estimate - 10.0 / 14 * 0.5) < 1e-9);

        // Below pass: attitude twice (2 < 3), timeliness 0, identity 0 (the double review's
        // attitude 1 and the N/A left out).
        QCOMPARE(dash.failedRatings, 4);
        QCOMPARE(dash.failingItems.size(), 3);
        QCOMPARE(dash.failingItems.at(0).key, QStringLiteral("attitude"));
        QCOMPARE(dash.failingItems.at(0).failed, 2);
        QCOMPARE(dash.failingItems.at(0).cumulative, 0.5);
        QCOMPARE(dash.failingItems.at(1).failed, 1);
        QCOMPARE(dash.failingItems.at(1).cumulative, 0.75);
        QCOMPARE(dash.failingItems.at(2).cumulative, 1.0);
        QVERIFY(!dash.failingItems.at(0).title.isEmpty());

        QCOMPARE(dash.disputes, 2);
        QCOMPARE(dash.disputeRate().count, 2);
        QCOMPARE(dash.disputeRate().total, 3);
        QCOMPARE(dash.overturnRate().count, 1);
        QCOMPARE(dash.overturnRate().total, 2);
        QCOMPARE(dash.decided, 1);

        QCOMPARE(dash.coverage.size(), 2);
        QCOMPARE(dash.coverage.at(0).stratum, QStringLiteral("phone"));
        QCOMPARE(dash.coverage.at(0).population, 10);
        QCOMPARE(dash.coverage.at(0).reviewed, 2);
        QCOMPARE(dash.coverage.at(0).coverage(), 0.2);
        QCOMPARE(dash.coverage.at(0).targetRate, 0.2);
        QVERIFY(dash.coverage.at(0).met());
        QCOMPARE(dash.coverage.at(1).reviewed, 1);
        QVERIFY(!dash.coverage.at(1).met());

        QCOMPARE(dash.overdue, 1);
        QCOMPARE(dash.overdueByInspector.size(), 1);
        QCOMPARE(dash.overdueByInspector.at(0).inspector, QStringLiteral("Li"));

        // Another grouping; a period without the day has no reviews.
        QList<QaGroupRow> channels;
        bool truncated = true;
        QVERIFY2(QaDashboardQueries::groups(d, QDate(2026, 3, 23), QDate(2026, 3, 23),
                                            QaGrouping::Channel, channels, truncated, error),
                 qPrintable(error));
        QVERIFY(!truncated);
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0).key, QStringLiteral("phone"));
        QVERIFY2(QaDashboardQueries::load(d, m_clock, QDate(2026, 3, 24), QDate(2026, 3, 29),
                                          QaGrouping::Team, dash, error),
                 qPrintable(error));
        QCOMPARE(dash.overall.reviews, 0);
        QVERIFY(!dash.scoreEstimate.defined);
        QVERIFY(!QaDashboardQueries::load(d, m_clock, QDate(2026, 3, 29), QDate(2026, 3, 23),
                                          QaGrouping::Agent, dash, error));

        // The week's summary: the same figures, the formula in a name defused.
        QaWeekSummary week;
        QVERIFY2(QaDashboardQueries::weekSummary(d, m_clock, QDate(2026, 3, 26), week, error),
                 qPrintable(error));
        QCOMPARE(week.byAgent.from, QDate(2026, 3, 23));
        QCOMPARE(week.byAgent.to, QDate(2026, 3, 29));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY2(QaDashboardQueries::writeSummaryCsv(week, &buffer, error), qPrintable(error));
        const QString csv = QString::fromUtf8(buffer.data());
        QVERIFY2(csv.startsWith(QStringLiteral("section,group,metric,value\r\n")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("overall,,reviews,3\r\n")));
        QVERIFY(csv.contains(QStringLiteral("agent,Wang,quality_score,80.00\r\n")));
        // Wang's own estimate: 80 ± 1.96·√80 (phone alone, n_h 2 of N_h 10); b has one review.
        QVERIFY(csv.contains(QStringLiteral("agent,Wang,estimate,80.00\r\n")));
        QVERIFY(csv.contains(QStringLiteral("agent,Wang,estimate_low,%1\r\n")
                                 .arg(80 - 1.96 * std::sqrt(80.0), 0, 'f', 2)));
        QVERIFY(csv.contains(QStringLiteral("agent,Wang,estimate_high,97.53\r\n")));
        QVERIFY(csv.contains(QStringLiteral("agent,'=cmd|' /C calc'!A0,estimate_low,\r\n")));
        QVERIFY(csv.contains(QStringLiteral("estimate,,score,57.14\r\n")));
        QVERIFY(csv.contains(QStringLiteral("disputes,,overturn_rate,0.5000\r\n")));
        QVERIFY(csv.contains(QStringLiteral("overdue,Li,reviews,1\r\n")));
        QVERIFY2(csv.contains(QStringLiteral("agent,'=cmd|' /C calc'!A0,reviews,1")),
                 qPrintable(csv));
        const QString path = dir.filePath(QStringLiteral("week.csv"));
        QVERIFY2(QaDashboardQueries::exportWeekSummary(d, m_clock, QDate(2026, 3, 23), path, error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), csv);
    }
    // Each group's Σ W_h ȳ_h (a domain of the day's strata) and the trend, per day and per
    // week, for everything and for one agent. Worked by hand from the fixture:
    //   Wang: phone (N 10) 90 and 70, n_h 2, the only sampled tickets of phone: N̂ = 10,
    //     estimate 80, u = ±10/10, s_u² = 2, Var = 10²·(1 − 2/10)·2/2 = 80.
    //   b: web (N 4) 0 alone, n_h 1 < 4: no s², "n too small" (no interval).
    void groupEstimatesAndTrend() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        Database &d = *db;
        const Fixture f = populate(d);
        // An extra review outside the sample, submitted on 2026-03-24 05:06 in Shanghai.
        const qint64 t5 = ticket(d, QStringLiteral("email"), f.a);
        review(d, 0, t5, f.a, f.j, "extra", 100, false, {{"attitude", 5}});

        QaDashboard dash;
        QVERIFY2(QaDashboardQueries::load(d, m_clock, QDate(2026, 3, 23), QDate(2026, 3, 29),
                                          QaGrouping::Agent, dash, error),
                 qPrintable(error));
        QCOMPARE(dash.groups.size(), 2);
        const QaGroupRow &wang = dash.groups.at(0);
        QCOMPARE(wang.key, QString::number(f.a));
        QCOMPARE(wang.figures.reviews, 3); // the extra review counts for the figures
        QVERIFY(wang.scoreEstimate.defined);
        QVERIFY(wang.scoreEstimate.hasInterval());
        QVERIFY(qAbs(wang.scoreEstimate.estimate - 80) < 1e-9);
        QVERIFY(qAbs(wang.scoreEstimate.variance - 80) < 1e-9);
        QVERIFY(qAbs(wang.scoreEstimate.low - (80 - 1.96 * std::sqrt(80.0))) < 1e-9);
        QCOMPARE(wang.scoreEstimate.sampled, 2);
        const QaGroupRow &other = dash.groups.at(1);
        QVERIFY(other.scoreEstimate.defined);
        QCOMPARE(other.scoreEstimate.estimate, 0.0);
        QVERIFY(!other.scoreEstimate.hasInterval());

        // By channel: phone is a whole stratum (its estimate is the stratum's mean, with the
        // stratum's variance); email has only the extra review, outside the sample: none.
        QVERIFY2(QaDashboardQueries::load(d, m_clock, QDate(2026, 3, 23), QDate(2026, 3, 29),
                                          QaGrouping::Channel, dash, error),
                 qPrintable(error));
        for (const QaGroupRow &g : std::as_const(dash.groups)) {
            if (g.key == QStringLiteral("phone")) {
                QVERIFY(qAbs(g.scoreEstimate.estimate - 80) < 1e-9);
                QVERIFY(qAbs(g.scoreEstimate.variance - 80) < 1e-9);
            } else if (g.key == QStringLiteral("email")) {
                QVERIFY(!g.scoreEstimate.defined);
            }
        }

        // Per day over a week: the sampled reviews on the 23rd, the extra one on the 24th.
        QaTrend trend;
        QVERIFY2(QaDashboardQueries::trend(d, QDate(2026, 3, 23), QDate(2026, 3, 29), std::nullopt,
                                           QString(), trend, error),
                 qPrintable(error));
        QCOMPARE(trend.step, QaTrendStep::Day);
        QCOMPARE(trend.points.size(), 7);
        QCOMPARE(trend.points.at(0).from, QDate(2026, 3, 23));
        QCOMPARE(trend.points.at(0).figures.reviews, 3);
        QVERIFY(qAbs(*trend.points.at(0).figures.meanScore - 160.0 / 3) < 1e-9);
        QCOMPARE(trend.points.at(0).figures.passed.count, 1);
        QCOMPARE(trend.points.at(0).figures.criticalFailed.count, 1);
        const double estimate = 10.0 / 14 * 80;
        QVERIFY(qAbs(trend.points.at(0).scoreEstimate.estimate - estimate) < 1e-9);
        QCOMPARE(trend.points.at(1).figures.reviews, 1);
        QCOMPARE(*trend.points.at(1).figures.meanScore, 100.0);
        QVERIFY(!trend.points.at(1).scoreEstimate.defined);
        for (int k = 2; k < 7; ++k) {
            QCOMPARE(trend.points.at(k).figures.reviews, 0);
            QVERIFY(!trend.points.at(k).figures.meanScore);
        }

        // One agent, per week over 46 days: Sunday 1 March alone, then whole weeks, the last
        // clipped at 15 April; the reviews fall in the week of 23 March (index 4).
        QVERIFY2(QaDashboardQueries::trend(d, QDate(2026, 3, 1), QDate(2026, 4, 15),
                                           QaGrouping::Agent, QString::number(f.a), trend, error),
                 qPrintable(error));
        QCOMPARE(trend.step, QaTrendStep::Week);
        QCOMPARE(trend.points.size(), 8);
        QCOMPARE(trend.points.at(0).from, QDate(2026, 3, 1));
        QCOMPARE(trend.points.at(0).to, QDate(2026, 3, 1));
        QCOMPARE(trend.points.at(4).from, QDate(2026, 3, 23));
        QCOMPARE(trend.points.at(4).to, QDate(2026, 3, 29));
        QCOMPARE(trend.points.at(7).to, QDate(2026, 4, 15));
        const QaTrendPoint &week = trend.points.at(4);
        QCOMPARE(week.figures.reviews, 3);
        QVERIFY(qAbs(*week.figures.meanScore - 260.0 / 3) < 1e-9);
        QVERIFY(qAbs(week.scoreEstimate.estimate - 80) < 1e-9);
        QVERIFY(qAbs(week.scoreEstimate.variance - 80) < 1e-9);
        QCOMPARE(trend.points.at(3).figures.reviews, 0);

        // The agent b, and the group without an agent (none here).
        QVERIFY2(QaDashboardQueries::trend(d, QDate(2026, 3, 23), QDate(2026, 3, 23),
                                           QaGrouping::Agent, QString::number(f.b), trend, error),
                 qPrintable(error));
        QCOMPARE(trend.points.size(), 1);
        QCOMPARE(trend.points.at(0).figures.reviews, 1);
        QCOMPARE(trend.points.at(0).figures.criticalFailed.count, 1);
        QVERIFY(!trend.points.at(0).scoreEstimate.hasInterval());
        QVERIFY2(QaDashboardQueries::trend(d, QDate(2026, 3, 23), QDate(2026, 3, 23),
                                           QaGrouping::Team, QString(), trend, error),
                 qPrintable(error));
        QCOMPARE(trend.points.at(0).figures.reviews, 3); // the fixture's tickets have no team
        QVERIFY(!QaDashboardQueries::trend(d, QDate(2026, 3, 23), QDate(2026, 3, 22), std::nullopt,
                                           QString(), trend, error));

        // A sampled ticket reviewed again (reassigned): its newest review is its score in the
        // estimate, both count among the reviews.
        const qint64 s2 = test::queryValue(d, QStringLiteral("SELECT sample_ticket_id FROM "
                                                             "qa_reviews WHERE score = 70"))
                              .toLongLong();
        const qint64 t2 =
            test::queryValue(d, QStringLiteral("SELECT ticket_id FROM qa_reviews WHERE score = 70"))
                .toLongLong();
        review(d, s2, t2, f.a, f.j, "sample", 100, false, {{"attitude", 5}});
        QVERIFY2(QaDashboardQueries::load(d, m_clock, QDate(2026, 3, 23), QDate(2026, 3, 29),
                                          QaGrouping::Agent, dash, error),
                 qPrintable(error));
        QCOMPARE(dash.groups.at(0).figures.reviews, 4);
        QVERIFY(qAbs(dash.groups.at(0).scoreEstimate.estimate - 95) < 1e-9);
        QCOMPARE(dash.groups.at(0).scoreEstimate.sampled, 2);
    }
};

QTEST_GUILESS_MAIN(TestQaDashboard)
#include "tst_qa_dashboard.moc"
