#pragma once
// The QA dashboard's per-day roll-ups, as one test class for tst_qa_rollups (SQLite) and
// tst_qa_rollups_pg (PostgreSQL: each person works through their own login): after each step
// of a real review flow (submissions, a dispute decision that changes a score, a blind second
// review, a newer sample review of a sampled ticket, a replaced ticket, a ticket moved to
// another team) the roll-ups hold exactly what a recomputation from the reviews gives, and
// the dashboard's estimates from the roll-ups equal those from the reviews. The same for the
// per-day counts of reviews still to be done and of disputes (migration 040), and the
// dashboard's overdue reviews follow the clock although nothing stored changes with it.
#include "qa/dashboardparts.h"
#include "qa/reviewstore.h"
#include "qapeoplefixture.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

class QaRollupsTest : public sb::test::QaPeopleFixture {
    Q_OBJECT

protected:
    static inline const QString kDay = QStringLiteral("2026-03-29");
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};

    static qint64 ticket(sb::Database &db, const QString &channel, qint64 handler) {
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (1, ?, "
                                     "'normal', 'other', ?, 'closed', 1)"),
                      {channel, handler});
    }
    static qint64 sampled(sb::Database &db, qint64 ticketId, const QString &stratum,
                          qint64 assignee, qint64 second = 0) {
        return insert(db,
                      QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                     "rank_hash, position, assignee_id, second_assignee_id, "
                                     "added_at, added_by) VALUES (?, ?, ?, 'h', 1, ?, ?, 0, "
                                     "'test')"),
                      {kDay, ticketId, stratum, assignee,
                       second > 0 ? QVariant(second) : QVariant(QMetaType::fromType<qint64>())});
    }
    static void exec(sb::Database &db, const QString &sql, const QVariantList &values = {}) {
        QString error;
        if (!db.exec(sql, values, error))
            qFatal("exec: %s", qPrintable(error));
    }
    static sb::ItemRating rated(const char *key, int value) {
        return {QString::fromLatin1(key), value, false, QStringLiteral("why"), {}};
    }
    static QList<sb::ItemRating> ratings(int attitude, int timeliness) {
        return {rated("timeliness", timeliness),
                {QStringLiteral("identity_verification"), std::nullopt, true, {}, {}},
                rated("understanding", 4),
                rated("solution_effectiveness", 5),
                rated("attitude", attitude),
                rated("record_completeness", 1),
                rated("satisfaction", 3)};
    }
    // Starts and submits `who`'s review of `ticketId`.
    std::optional<sb::QaReview> review(const Person &who, qint64 ticketId,
                                       const QList<sb::ItemRating> &r) {
        sb::QaReviewStore store(*who.db, m_clock);
        sb::QaReview out;
        QString error;
        if (!store.start(who.actor(), ticketId, out, error) ||
            !store.submit(who.actor(), out.id, {r, QStringLiteral("ok"), 60000}, out, error)) {
            qWarning("review: %s", qPrintable(error));
            return std::nullopt;
        }
        m_clock.advance(1000);
        return out;
    }

    static QString number(double v) { return QString::number(v, 'f', 6); }

    // The roll-ups as stored: key → sums.
    static QMap<QString, QString> stored(sb::Database &db) {
        QMap<QString, QString> out;
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q,
                     QStringLiteral("SELECT day, stratum, agent_id, team_id, channel, "
                                    "problem_type, sampled, reviews, scored, score_sum, "
                                    "score_squares, passed, critical_failed FROM qa_day_rollups"),
                     {}, error))
            qFatal("stored: %s", qPrintable(error));
        while (q.next()) {
            QStringList key;
            for (int i = 0; i < 7; ++i)
                key << (q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
            out.insert(key.join(QLatin1Char('|')),
                       QStringList{q.value(7).toString(), q.value(8).toString(),
                                   number(q.value(9).toDouble()), number(q.value(10).toDouble()),
                                   q.value(11).toString(), q.value(12).toString()}
                           .join(QLatin1Char(' ')));
        }
        if (!db.exec(q,
                     QStringLiteral("SELECT day, item_id, value, ratings FROM "
                                    "qa_day_item_rollups"),
                     {}, error))
            qFatal("stored: %s", qPrintable(error));
        while (q.next())
            out.insert(QStringLiteral("item|%1|%2|%3")
                           .arg(q.value(0).toString(), q.value(1).toString(),
                                number(q.value(2).toDouble())),
                       q.value(3).toString());
        return out;
    }

    // The same recomputed here from the reviews, one by one.
    static QMap<QString, QString> recomputed(sb::Database &db) {
        struct Review {
            qint64 id = 0, sampleRow = 0, submittedAt = 0;
            QStringList key; // day .. problem type
            bool inSample = false, sample = false, scored = false, passed = false, critical = false;
            double score = 0;
        };
        QList<Review> reviews;
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q,
                     QStringLiteral("SELECT r.id, r.sample_ticket_id, r.submitted_at, q.day, "
                                    "q.stratum, r.agent_id, t.team_id, t.channel, t.problem_type, "
                                    "q.replacement_id, r.kind, r.score, r.passed, "
                                    "r.critical_failed FROM qa_reviews r JOIN qa_sample_tickets "
                                    "q ON q.id = r.sample_ticket_id JOIN tickets t ON t.id = "
                                    "r.ticket_id WHERE r.state = 'submitted'"),
                     {}, error))
            qFatal("recomputed: %s", qPrintable(error));
        while (q.next()) {
            if (q.value(10).toString() == QLatin1StringView("double"))
                continue; // the blind second review never counts
            Review r;
            r.id = q.value(0).toLongLong();
            r.sampleRow = q.value(1).toLongLong();
            r.submittedAt = q.value(2).toLongLong();
            for (int i = 3; i < 9; ++i)
                r.key << (q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
            r.inSample = q.value(9).isNull();
            r.sample = q.value(10).toString() == QLatin1StringView("sample");
            r.scored = !q.value(11).isNull();
            r.score = q.value(11).toDouble();
            r.passed = r.scored && q.value(12).toLongLong() == 1;
            r.critical = r.scored && q.value(13).toLongLong() == 1;
            reviews.append(r);
        }
        // A sampled ticket's score: its newest scored sample review.
        QHash<qint64, const Review *> newest;
        for (const Review &r : std::as_const(reviews)) {
            if (!r.sample || !r.scored || !r.inSample)
                continue;
            const Review *&n = newest[r.sampleRow];
            if (!n || std::pair(r.submittedAt, r.id) > std::pair(n->submittedAt, n->id))
                n = &r;
        }
        struct Sums {
            qint64 reviews = 0, scored = 0, passed = 0, critical = 0;
            double sum = 0, squares = 0;
        };
        QMap<QString, Sums> sums;
        for (const Review &r : std::as_const(reviews)) {
            const bool counted = newest.value(r.sampleRow) == &r;
            Sums &s =
                sums[(r.key + QStringList{counted ? QStringLiteral("1") : QStringLiteral("0")})
                         .join(QLatin1Char('|'))];
            ++s.reviews;
            s.scored += r.scored ? 1 : 0;
            s.sum += r.scored ? r.score : 0;
            s.squares += r.scored ? r.score * r.score : 0;
            s.passed += r.passed ? 1 : 0;
            s.critical += r.critical ? 1 : 0;
        }
        QMap<QString, QString> out;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            out.insert(it.key(),
                       QStringList{QString::number(it->reviews), QString::number(it->scored),
                                   number(it->sum), number(it->squares),
                                   QString::number(it->passed), QString::number(it->critical)}
                           .join(QLatin1Char(' ')));
        // Ratings below pass: under 3 on the 1–5 scale, under 1 on the others.
        if (!db.exec(q,
                     QStringLiteral("SELECT q.day, ri.item_id, ri.value, i.scale, r.kind FROM "
                                    "qa_reviews r JOIN qa_sample_tickets q ON q.id = "
                                    "r.sample_ticket_id JOIN qa_review_items ri ON ri.review_id "
                                    "= r.id JOIN qa_scorecard_items i ON i.id = ri.item_id WHERE "
                                    "r.state = 'submitted' AND ri.na = 0 AND ri.value IS NOT "
                                    "NULL"),
                     {}, error))
            qFatal("recomputed: %s", qPrintable(error));
        QMap<QString, qint64> items;
        while (q.next()) {
            const double pass = q.value(3).toString() == QLatin1StringView("1_5") ? 3 : 1;
            if (q.value(4).toString() == QLatin1StringView("double") ||
                q.value(2).toDouble() >= pass)
                continue;
            ++items[QStringLiteral("item|%1|%2|%3")
                        .arg(q.value(0).toString(), q.value(1).toString(),
                             number(q.value(2).toDouble()))];
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            out.insert(it.key(), QString::number(it.value()));
        return out;
    }

    // The per-day counts as stored: pending per day and inspector, disputes per day.
    static QMap<QString, QString> storedStatus(sb::Database &db) {
        QMap<QString, QString> out;
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, QStringLiteral("SELECT day, inspector_id, pending FROM qa_day_pending"), {},
                     error))
            qFatal("storedStatus: %s", qPrintable(error));
        while (q.next())
            out.insert(
                QStringLiteral("pending|%1|%2").arg(q.value(0).toString(), q.value(1).toString()),
                q.value(2).toString());
        if (!db.exec(q,
                     QStringLiteral("SELECT day, disputes, disputed_reviews, overturned, decided "
                                    "FROM qa_day_dispute_rollups"),
                     {}, error))
            qFatal("storedStatus: %s", qPrintable(error));
        while (q.next())
            out.insert(QStringLiteral("disputes|") + q.value(0).toString(),
                       QStringList{q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString()}
                           .join(QLatin1Char(' ')));
        return out;
    }

    // The same recomputed here, row by row: an assignment (first or blind second) of a
    // sampled ticket still in the sample without its submitted review; a dispute of a
    // submitted review (not a blind second one) of a sampled ticket.
    static QMap<QString, QString> recomputedStatus(sb::Database &db) {
        QSqlQuery q(db.db());
        QString error;
        QSet<QString> done; // ticket|reviewer|kind of the submitted reviews
        if (!db.exec(q,
                     QStringLiteral("SELECT ticket_id, reviewer_id, kind FROM qa_reviews WHERE "
                                    "state = 'submitted'"),
                     {}, error))
            qFatal("recomputedStatus: %s", qPrintable(error));
        while (q.next())
            done.insert(
                QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}
                    .join(QLatin1Char('|')));
        if (!db.exec(q,
                     QStringLiteral("SELECT day, ticket_id, assignee_id, second_assignee_id, "
                                    "replacement_id FROM qa_sample_tickets"),
                     {}, error))
            qFatal("recomputedStatus: %s", qPrintable(error));
        QMap<QString, qint64> pending;
        while (q.next()) {
            if (!q.value(4).isNull())
                continue;
            const QString ticketId = q.value(1).toString();
            for (const auto &[column, kind] :
                 {std::pair(2, QStringLiteral("sample")), std::pair(3, QStringLiteral("double"))}) {
                if (q.value(column).isNull())
                    continue;
                const QString who = q.value(column).toString();
                if (!done.contains(QStringList{ticketId, who, kind}.join(QLatin1Char('|'))))
                    ++pending[QStringLiteral("pending|%1|%2").arg(q.value(0).toString(), who)];
            }
        }
        QMap<QString, QString> out;
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            out.insert(it.key(), QString::number(it.value()));
        if (!db.exec(q,
                     QStringLiteral("SELECT q.day, d.review_id, d.state, r.state, r.kind FROM "
                                    "qa_disputes d JOIN qa_reviews r ON r.id = d.review_id JOIN "
                                    "qa_sample_tickets q ON q.id = r.sample_ticket_id"),
                     {}, error))
            qFatal("recomputedStatus: %s", qPrintable(error));
        struct Counts {
            qint64 disputes = 0, overturned = 0, decided = 0;
            QSet<qint64> reviews;
        };
        QMap<QString, Counts> disputes;
        while (q.next()) {
            if (q.value(3).toString() != QLatin1StringView("submitted") ||
                q.value(4).toString() == QLatin1StringView("double"))
                continue;
            Counts &c = disputes[QStringLiteral("disputes|") + q.value(0).toString()];
            const QString state = q.value(2).toString();
            ++c.disputes;
            c.reviews.insert(q.value(1).toLongLong());
            c.overturned += state == QLatin1StringView("accepted") ||
                                    state == QLatin1StringView("partly_accepted")
                                ? 1
                                : 0;
            c.decided += state != QLatin1StringView("open") ? 1 : 0;
        }
        for (auto it = disputes.cbegin(); it != disputes.cend(); ++it)
            out.insert(it.key(),
                       QStringList{QString::number(it->disputes),
                                   QString::number(it->reviews.size()),
                                   QString::number(it->overturned), QString::number(it->decided)}
                           .join(QLatin1Char(' ')));
        return out;
    }

    // The stratified estimates of the day from the reviews and from the roll-ups.
    static void compareEstimates(sb::Database &db, std::optional<sb::QaGrouping> grouping) {
        using namespace sb::qadash;
        const QDate day = QDate::fromString(kDay, Qt::ISODate);
        QList<SampledStratum> rows;
        QList<SampledSums> sums;
        bool truncated = false;
        QString error;
        QVERIFY2(sampledStrata(db, day, day, grouping, rows, truncated, error), qPrintable(error));
        QVERIFY2(sampledSums(db, day, day, grouping, sums, truncated, error), qPrintable(error));
        QCOMPARE(sums.size(), rows.size());
        for (const bool passed : {false, true}) {
            sb::StratifiedEstimate a;
            sb::StratifiedEstimate b;
            QVERIFY(scoreEstimate(
                rows, passed ? sb::ReviewMeasure::Passed : sb::ReviewMeasure::Score, a, error));
            QVERIFY(sumsEstimate(sums, passed, b, error));
            QVERIFY(a.defined);
            QCOMPARE(b.defined, a.defined);
            QCOMPARE(b.sampled, a.sampled);
            QVERIFY(qAbs(b.estimate - a.estimate) < 1e-9);
            QVERIFY(qAbs(b.variance - a.variance) < 1e-9);
            QCOMPARE(b.singleValueStrata, a.singleValueStrata);
        }
        QHash<QString, sb::StratifiedEstimate> a;
        QHash<QString, sb::StratifiedEstimate> b;
        QVERIFY(groupEstimates(rows, a, error));
        QVERIFY(groupEstimates(sums, b, error));
        QCOMPARE(b.keys().size(), a.keys().size());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            QVERIFY2(b.contains(it.key()), qPrintable(it.key()));
            QVERIFY(qAbs(b.value(it.key()).estimate - it->estimate) < 1e-9);
            QVERIFY(qAbs(b.value(it.key()).variance - it->variance) < 1e-9);
            QCOMPARE(b.value(it.key()).population, it->population);
        }
    }

private Q_SLOTS:
    void rollupsFollowTheReviews() {
        using namespace sb;
        auto db = open(QStringLiteral("qro_flow"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qro_insp"), QStringLiteral("qa"));
        const Person second = person(*db, QStringLiteral("qro_second"), QStringLiteral("qa"));
        const Person other = person(*db, QStringLiteral("qro_other"), QStringLiteral("qa"));
        const Person lead = person(*db, QStringLiteral("qro_lead"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qro_agent"), QStringLiteral("agent"));
        const Person agent2 = person(*db, QStringLiteral("qro_agent2"), QStringLiteral("agent"));
        QVERIFY(insp.db && second.db && other.db && lead.db && agent.db && agent2.db);
        const qint64 team =
            insert(*db, QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('B', 0)"), {});
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.2', "
                            "'channel', 'Asia/Shanghai', 30, 6, 0, 'test')"),
             {kDay});
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 20, 4), (?, 'web', 10, 2)"),
             {kDay, kDay});
        QList<qint64> tickets;
        for (int i = 0; i < 6; ++i) {
            const QString channel = i < 4 ? QStringLiteral("phone") : QStringLiteral("web");
            tickets << ticket(*db, channel, i % 2 == 0 ? agent.id : agent2.id);
            sampled(*db, tickets.last(), channel, insp.id, i == 0 ? second.id : 0);
        }
        QVERIFY(stored(*db).isEmpty());
        QCOMPARE(storedStatus(*db).size(), 2); // the inspector's six and the second's one
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));

        // Submissions.
        for (int i = 0; i < 6; ++i)
            QVERIFY(review(insp, tickets.at(i), ratings(1 + i % 5, i % 3)));
        const QMap<QString, QString> submitted = stored(*db);
        QVERIFY(!submitted.isEmpty());
        QCOMPARE(submitted, recomputed(*db));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        compareEstimates(*db, std::nullopt);
        if (QTest::currentTestFailed())
            return;
        compareEstimates(*db, QaGrouping::Agent);
        if (QTest::currentTestFailed())
            return;

        // A dispute decided with a changed score.
        QaReviewStore agents(*agent.db, m_clock);
        QList<QaResult> results;
        QString error;
        QVERIFY2(agents.results(agent.id, results, error), qPrintable(error));
        qint64 first = 0; // the review of the first ticket: attitude 1
        for (const QaResult &r : std::as_const(results))
            if (r.review.ticketId == tickets.at(0))
                first = r.review.id;
        QVERIFY(first > 0);
        QaDisputedItem item;
        item.key = QStringLiteral("attitude");
        item.reason = QStringLiteral("listen to the call");
        QaDispute d;
        QVERIFY2(agents.dispute(agent.actor(), first, QStringLiteral("polite"), {item}, d, error),
                 qPrintable(error));
        QCOMPARE(storedStatus(*db).value(QStringLiteral("disputes|") + kDay),
                 QStringLiteral("1 1 0 0"));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        QaDispute decided;
        QVERIFY2(QaReviewStore(*lead.db, m_clock)
                     .decide(lead.actor(), d.id, QaDisputeOutcome::Accepted,
                             QStringLiteral("heard it"), {rated("attitude", 5)}, decided, error),
                 qPrintable(error));
        QVERIFY(decided.scoreAfter != decided.scoreBefore);
        const QMap<QString, QString> afterDecision = stored(*db);
        QVERIFY(afterDecision != submitted);
        QCOMPARE(afterDecision, recomputed(*db));
        QCOMPARE(storedStatus(*db).value(QStringLiteral("disputes|") + kDay),
                 QStringLiteral("1 1 1 1"));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));

        // The blind second review changes nothing.
        QVERIFY(review(second, tickets.at(0), ratings(1, 0)));
        QCOMPARE(stored(*db), afterDecision);
        QCOMPARE(stored(*db), recomputed(*db));
        QCOMPARE(storedStatus(*db), (QMap<QString, QString>{{QStringLiteral("disputes|") + kDay,
                                                             QStringLiteral("1 1 1 1")}}));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));

        // A newer sample review of a sampled ticket (reassigned) becomes its score.
        exec(*db,
             QStringLiteral("UPDATE qa_sample_tickets SET assignee_id = ? WHERE ticket_id = ?"),
             {other.id, tickets.at(3)});
        QCOMPARE(storedStatus(*db).value(QStringLiteral("pending|%1|%2").arg(kDay).arg(other.id)),
                 QStringLiteral("1"));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        QVERIFY(review(other, tickets.at(3), ratings(5, 2)));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        const QMap<QString, QString> newer = stored(*db);
        QVERIFY(newer != afterDecision);
        QCOMPARE(newer, recomputed(*db));
        compareEstimates(*db, QaGrouping::Agent);
        if (QTest::currentTestFailed())
            return;
        compareEstimates(*db, QaGrouping::Channel);
        if (QTest::currentTestFailed())
            return;

        // A replaced sampled ticket leaves the estimate; a ticket moved to another team moves.
        exec(*db,
             QStringLiteral("UPDATE qa_sample_tickets SET replacement_id = (SELECT MIN(id) FROM "
                            "qa_sample_tickets) WHERE ticket_id = ?"),
             {tickets.at(5)});
        exec(*db, QStringLiteral("UPDATE tickets SET team_id = ? WHERE id = ?"),
             {team, tickets.at(1)});
        QVERIFY(stored(*db) != newer);
        QCOMPARE(stored(*db), recomputed(*db));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        compareEstimates(*db, QaGrouping::Team);
        if (QTest::currentTestFailed())
            return;

        // The dashboard reads them for a reader who sees every review.
        QaDashboard dash;
        const QDate day = QDate::fromString(kDay, Qt::ISODate);
        QVERIFY2(
            QaDashboardQueries::load(*lead.db, m_clock, day, day, QaGrouping::Agent, dash, error),
            qPrintable(error));
        QCOMPARE(dash.overall.reviews, 7); // six first reviews and the newer one
        QCOMPARE(dash.coverage.size(), 2);
        QCOMPARE(dash.coverage.at(0).reviewed + dash.coverage.at(1).reviewed, 5);
        QCOMPARE(dash.disputes, 1);
        QCOMPARE(dash.disputedReviews, 1);
        QCOMPARE(dash.overturned, 1);
        QCOMPARE(dash.decided, 1);
        QCOMPARE(dash.overdue, 0);
        dropConnections();
    }

    // The reviews still to be done are stored per day and inspector, whatever the time; the
    // dashboard counts them overdue once their day's due time has passed, and follows every
    // submission, replacement and reassignment.
    void overdueFollowsTheClock() {
        using namespace sb;
        auto db = open(QStringLiteral("qro_overdue"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrd_insp"), QStringLiteral("qa"));
        const Person second = person(*db, QStringLiteral("qrd_second"), QStringLiteral("qa"));
        const Person lead = person(*db, QStringLiteral("qrd_lead"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrd_agent"), QStringLiteral("agent"));
        QVERIFY(insp.db && second.db && lead.db && agent.db);
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.2', "
                            "'channel', 'Asia/Shanghai', 25, 5, 0, 'test')"),
             {kDay});
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 25, 5)"),
             {kDay});
        QList<qint64> tickets;
        QList<qint64> rows;
        for (int i = 0; i < 4; ++i) {
            tickets << ticket(*db, QStringLiteral("phone"), agent.id);
            rows << sampled(*db, tickets.last(), QStringLiteral("phone"), insp.id,
                            i == 0 ? second.id : 0);
        }
        const QString mine = QStringLiteral("pending|%1|%2").arg(kDay).arg(insp.id);
        const QString theirs = QStringLiteral("pending|%1|%2").arg(kDay).arg(second.id);
        QCOMPARE(storedStatus(*db), (QMap<QString, QString>{{mine, QStringLiteral("4")},
                                                            {theirs, QStringLiteral("1")}}));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));

        const QDate day = QDate::fromString(kDay, Qt::ISODate);
        qint64 due = 0;
        QString error;
        QVERIFY2(QaReviewStore(*db, m_clock).dueTime(day, due, error), qPrintable(error));
        const auto overdue = [&](QaDashboard &out) {
            return QaDashboardQueries::load(*lead.db, m_clock, day, day, QaGrouping::Agent, out,
                                            error);
        };
        // Just before the due time: nothing overdue; just after: all five, with nothing
        // stored changed in between.
        m_clock.advance(due - 1000 - m_clock.nowMs());
        QaDashboard d;
        QVERIFY2(overdue(d), qPrintable(error));
        QCOMPARE(d.overdue, 0);
        QVERIFY(d.overdueByInspector.isEmpty());
        const QMap<QString, QString> before = storedStatus(*db);
        m_clock.advance(2000);
        QCOMPARE(storedStatus(*db), before);
        QVERIFY2(overdue(d), qPrintable(error));
        QCOMPARE(d.overdue, 5);
        QCOMPARE(d.overdueByInspector.size(), 2);
        QCOMPARE(d.overdueByInspector.at(0).inspectorId, insp.id);
        QCOMPARE(d.overdueByInspector.at(0).inspector, insp.login);
        QCOMPARE(d.overdueByInspector.at(0).overdue, 4);
        QCOMPARE(d.overdueByInspector.at(1).overdue, 1);

        // A late submission, a replaced ticket (its replacement to do), a reassignment.
        QVERIFY(review(insp, tickets.at(1), ratings(5, 2)));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        QVERIFY2(overdue(d), qPrintable(error));
        QCOMPARE(d.overdue, 4);
        const qint64 spare = ticket(*db, QStringLiteral("phone"), agent.id);
        const qint64 replacement = sampled(*db, spare, QStringLiteral("phone"), insp.id);
        exec(*db, QStringLiteral("UPDATE qa_sample_tickets SET replacement_id = ? WHERE id = ?"),
             {replacement, rows.at(2)});
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        QCOMPARE(storedStatus(*db).value(mine), QStringLiteral("3")); // tickets 0, 3, spare
        exec(*db, QStringLiteral("UPDATE qa_sample_tickets SET assignee_id = ? WHERE id = ?"),
             {second.id, rows.at(3)});
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        QVERIFY2(overdue(d), qPrintable(error));
        QCOMPARE(d.overdue, 4);
        QCOMPARE(d.overdueByInspector.size(), 2);
        QCOMPARE(d.overdueByInspector.at(0).overdue, 2);
        QCOMPARE(d.overdueByInspector.at(1).overdue, 2);
        // The blind second review done: the second inspector's first assignment leaves.
        QVERIFY(review(second, tickets.at(0), ratings(3, 1)));
        QCOMPARE(storedStatus(*db), recomputedStatus(*db));
        QCOMPARE(storedStatus(*db).value(theirs), QStringLiteral("1"));
        QVERIFY2(overdue(d), qPrintable(error));
        QCOMPARE(d.overdue, 3);
        dropConnections();
    }
};
