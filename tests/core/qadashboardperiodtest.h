#pragma once
// The QA dashboard's period, as one test class for tst_qa_dashboard_period (SQLite) and
// tst_qa_dashboard_period_pg (PostgreSQL): which reviews a period holds at its edges (sample
// reviews by their sampled day whenever they were submitted, extra reviews by the business
// day they were submitted, blind second reviews never), for the figures, the failing items,
// the disputes and the trend.
#include "databasetest.h"
#include "qa/dashboard.h"
#include "qa/qadayqueries.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

class QaDashboardPeriodTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-04-30T10:00:00+08:00"), Qt::ISODate)};

    static qint64 insert(sb::Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }
    static void exec(sb::Database &db, const QString &sql, const QVariantList &values) {
        QString error;
        if (!db.exec(sql, values, error))
            qFatal("exec: %s", qPrintable(error));
    }
    static qint64 staff(sb::Database &db, const QString &login, const QString &role) {
        return insert(db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), login, role, login});
    }
    static qint64 ticket(sb::Database &db, qint64 handler) {
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (1, "
                                     "'phone', 'normal', 'other', ?, 'closed', 1)"),
                      {handler});
    }
    static void day(sb::Database &db, const QString &day) {
        exec(db,
             QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.5', "
                            "'channel', 'Asia/Shanghai', 4, 2, 0, 'test')"),
             {day});
        exec(db,
             QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 4, 2)"),
             {day});
    }
    static qint64 sampled(sb::Database &db, const QString &day, qint64 ticketId, qint64 assignee) {
        return insert(db,
                      QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                     "rank_hash, position, assignee_id, added_at, added_by) "
                                     "VALUES (?, ?, 'phone', 'h', 1, ?, 0, 'test')"),
                      {day, ticketId, assignee});
    }
    // A submitted review rated below pass on attitude (1 of 1–5), submitted at `at`.
    static qint64 review(sb::Database &db, qint64 row, qint64 ticketId, qint64 agent,
                         qint64 reviewer, const char *kind, double score, qint64 at) {
        const qint64 version =
            sb::test::queryValue(db, QStringLiteral("SELECT MIN(id) FROM qa_scorecard_versions"))
                .toLongLong();
        const qint64 id = insert(
            db,
            QStringLiteral("INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, "
                           "reviewer_id, scorecard_version_id, kind, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 0, 0)"),
            {row > 0 ? QVariant(row) : QVariant(QMetaType::fromType<qint64>()), ticketId, agent,
             reviewer, version, QString::fromLatin1(kind)});
        exec(db,
             QStringLiteral("INSERT INTO qa_review_items(review_id, item_id, value, na) SELECT ?, "
                            "id, 1, 0 FROM qa_scorecard_items WHERE version_id = ? AND key = "
                            "'attitude'"),
             {id, version});
        exec(db,
             QStringLiteral("UPDATE qa_reviews SET state = 'submitted', score = ?, passed = ?, "
                            "critical_failed = 0, submitted_at = ? WHERE id = ?"),
             {score, score >= 80 ? 1 : 0, at, id});
        return id;
    }

private Q_SLOTS:
    void reviewsAtThePeriodsEdges() {
        QString error;
        auto db = sb::test::openMigrated(freshDatabase(QStringLiteral("qdp_edges")), error);
        QVERIFY2(db, qPrintable(error));
        sb::Database &d = *db;
        QTimeZone zone;
        QVERIFY2(sb::QaDayQueries::businessZone(d, zone, error), qPrintable(error));
        const auto ms = [&](int day, int h, int m, int s, int msec) {
            return QDateTime(QDate(2026, 4, day), QTime(h, m, s, msec), zone).toMSecsSinceEpoch();
        };
        const qint64 a = staff(d, QStringLiteral("qdp_a"), QStringLiteral("agent"));
        const qint64 i = staff(d, QStringLiteral("qdp_i"), QStringLiteral("qa"));
        const qint64 j = staff(d, QStringLiteral("qdp_j"), QStringLiteral("qa"));
        const QString inside = QStringLiteral("2026-04-14");
        const QString before = QStringLiteral("2026-04-13");
        day(d, inside);
        day(d, before);
        // Sampled on the 14th, reviewed a week later: in the period of the 14th.
        const qint64 t1 = ticket(d, a);
        const qint64 s1 = sampled(d, inside, t1, i);
        const qint64 r1 = review(d, s1, t1, a, i, "sample", 90, ms(21, 10, 0, 0, 0));
        // Its blind second review, submitted on the 14th: never.
        review(d, s1, t1, a, j, "double", 10, ms(14, 12, 0, 0, 0));
        // Sampled on the 13th, reviewed on the 14th: not in the period of the 14th.
        const qint64 t2 = ticket(d, a);
        review(d, sampled(d, before, t2, i), t2, a, i, "sample", 50, ms(14, 9, 0, 0, 0));
        // Extra reviews: the first and last moments of the 14th count, the moments either
        // side do not.
        const qint64 first = review(d, 0, ticket(d, a), a, j, "extra", 100, ms(14, 0, 0, 0, 0));
        const qint64 last = review(d, 0, ticket(d, a), a, i, "extra", 60, ms(14, 23, 59, 59, 999));
        review(d, 0, ticket(d, a), a, i, "extra", 0, ms(13, 23, 59, 59, 999));
        review(d, 0, ticket(d, a), a, j, "extra", 0, ms(15, 0, 0, 0, 0));
        exec(d,
             QStringLiteral("INSERT INTO qa_disputes(review_id, raised_by, raised_at, reason, "
                            "state) VALUES (?, ?, 0, 'x', 'accepted'), (?, ?, 0, 'y', 'open')"),
             {r1, a, last, a});

        const QDate day14(2026, 4, 14);
        sb::QaDashboard dash;
        QVERIFY2(sb::QaDashboardQueries::load(d, m_clock, day14, day14, sb::QaGrouping::Team, dash,
                                              error),
                 qPrintable(error));
        QCOMPARE(dash.overall.reviews, 3); // r1, first, last
        QVERIFY(dash.overall.meanScore);
        QVERIFY(qAbs(*dash.overall.meanScore - (90.0 + 100 + 60) / 3) < 1e-9);
        QCOMPARE(dash.overall.passed.count, 2);
        QCOMPARE(dash.groups.size(), 1);
        QCOMPARE(dash.groups.at(0).figures.reviews, 3);
        QCOMPARE(dash.failedRatings, 3); // one below-pass rating each
        QCOMPARE(dash.disputes, 2);
        QCOMPARE(dash.overturned, 1);
        Q_UNUSED(first);

        sb::QaTrend trend;
        QVERIFY2(sb::QaDashboardQueries::trend(d, QDate(2026, 4, 13), QDate(2026, 4, 15),
                                               std::nullopt, {}, trend, error),
                 qPrintable(error));
        QCOMPARE(trend.points.size(), 3);
        QCOMPARE(trend.points.at(0).figures.reviews, 2); // the 13th's sample and extra review
        QCOMPARE(trend.points.at(1).figures.reviews, 3);
        QCOMPARE(trend.points.at(2).figures.reviews, 1);
        sb::QaTrend agent;
        QVERIFY2(sb::QaDashboardQueries::trend(d, day14, day14, sb::QaGrouping::Agent,
                                               QString::number(a), agent, error),
                 qPrintable(error));
        QCOMPARE(agent.points.size(), 1);
        QCOMPARE(agent.points.at(0).figures.reviews, 3);
    }
};
