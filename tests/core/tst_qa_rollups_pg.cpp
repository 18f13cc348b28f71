// The QA dashboard's per-day roll-ups on PostgreSQL: the shared cases (qarollupstest.h), each
// person through their own login; and who may read them: only a reader who sees every review
// anyway, nobody writes them.
#include "qarollupstest.h"

using namespace sb;

class TestQaRollupsPg final : public QaRollupsTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    Database *connectionFor(Database &db, const QString &login, qint64 id,
                            const QString &group) override {
        return keep(test::pgLoginFor(db, login, id, group));
    }

private Q_SLOTS:
    // As the agent's own login with raw SQL: the roll-ups (and the per-day counts of reviews
    // to do and of disputes) show no row and refuse every write and the recomputation; the agent's
    // dashboard (even holding qa.review) reads the own reviews under row security. An inspector
    // holding qa.read_all reads them, unless a blind second review of theirs hides a review from
    // them.
    void onlyReadersOfEveryReviewReadTheRollups() {
        auto db = open(QStringLiteral("qro_guard"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrg_insp"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrg_agent"), QStringLiteral("agent"));
        const Person colleague = person(*db, QStringLiteral("qrg_coll"), QStringLiteral("agent"));
        const Person second = person(*db, QStringLiteral("qrg_second"), QStringLiteral("qa"));
        QVERIFY(insp.db && agent.db && colleague.db && second.db);
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.5', "
                            "'channel', 'Asia/Shanghai', 4, 2, 0, 'test')"),
             {kDay});
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 4, 2)"),
             {kDay});
        const qint64 own = ticket(*db, QStringLiteral("phone"), agent.id);
        const qint64 theirs = ticket(*db, QStringLiteral("phone"), colleague.id);
        sampled(*db, own, QStringLiteral("phone"), insp.id, second.id);
        sampled(*db, theirs, QStringLiteral("phone"), insp.id);
        const std::optional<QaReview> ownReview = review(insp, own, ratings(5, 2));
        QVERIFY(ownReview);
        QVERIFY(review(insp, theirs, ratings(1, 0)));
        const QString rows = QStringLiteral("SELECT COUNT(*) FROM qa_day_rollups");
        const QString items = QStringLiteral("SELECT COUNT(*) FROM qa_day_item_rollups");
        QVERIFY(count(*db, rows) > 0);
        QVERIFY(count(*db, items) > 0);
        QCOMPARE(count(*insp.db, rows), count(*db, rows));
        QCOMPARE(count(*agent.db, rows), 0);
        QCOMPARE(count(*agent.db, items), 0);
        for (const QString &sql :
             {QStringLiteral("INSERT INTO qa_day_rollups(day, stratum, sampled, reviews, scored, "
                             "score_sum, score_squares, passed, critical_failed) VALUES ('2026-03-"
                             "29', 'phone', 1, 1, 1, 100, 10000, 1, 0)"),
              QStringLiteral("UPDATE qa_day_rollups SET score_sum = 0"),
              QStringLiteral("DELETE FROM qa_day_rollups"),
              QStringLiteral("DELETE FROM qa_day_item_rollups")})
            QVERIFY(test::refusedAs(*agent.db, sql, {}, QStringLiteral("permission denied")));
        QVERIFY(test::refusedAs(*agent.db,
                                QStringLiteral("SELECT sb_qa_rollup_refresh('2026-03-29', "
                                               "'phone')"),
                                {}, QStringLiteral("permission denied")));
        QVERIFY(test::refusedAs(*insp.db, QStringLiteral("UPDATE qa_day_rollups SET reviews = 0"),
                                {}, QStringLiteral("permission denied")));
        QCOMPARE(count(*db, QStringLiteral("SELECT SUM(reviews) FROM qa_day_rollups")), 2);

        // The same for the per-day counts of reviews to do and of disputes (the agent's
        // review disputed; the blind second review still to do).
        QaDisputedItem item;
        item.key = QStringLiteral("attitude");
        item.reason = QStringLiteral("listen to the call");
        QaDispute raised;
        QString raiseError;
        QVERIFY2(QaReviewStore(*agent.db, m_clock)
                     .dispute(agent.actor(), ownReview->id, QStringLiteral("polite"), {item},
                              raised, raiseError),
                 qPrintable(raiseError));
        const QString pending = QStringLiteral("SELECT COUNT(*) FROM qa_day_pending");
        const QString disputes = QStringLiteral("SELECT COUNT(*) FROM qa_day_dispute_rollups");
        QCOMPARE(count(*db, pending), 1);
        QCOMPARE(count(*db, disputes), 1);
        QCOMPARE(count(*insp.db, pending), 1);
        QCOMPARE(count(*insp.db, disputes), 1);
        QCOMPARE(count(*agent.db, pending), 0);
        QCOMPARE(count(*agent.db, disputes), 0);
        for (const QString &sql :
             {QStringLiteral("INSERT INTO qa_day_pending(day, inspector_id, pending) VALUES "
                             "('2026-03-28', 1, 1)"),
              QStringLiteral("UPDATE qa_day_pending SET pending = 0"),
              QStringLiteral("DELETE FROM qa_day_pending"),
              QStringLiteral("INSERT INTO qa_day_dispute_rollups(day, disputes, disputed_reviews, "
                             "overturned, decided) VALUES ('2026-03-28', 1, 1, 0, 0)"),
              QStringLiteral("UPDATE qa_day_dispute_rollups SET disputes = 0"),
              QStringLiteral("DELETE FROM qa_day_dispute_rollups"),
              QStringLiteral("SELECT sb_qa_pending_refresh('2026-03-29', 1)"),
              QStringLiteral("SELECT sb_qa_dispute_day_refresh('2026-03-29')")}) {
            QVERIFY2(test::refusedAs(*agent.db, sql, {}, QStringLiteral("permission denied")),
                     qPrintable(sql));
            QVERIFY2(test::refusedAs(*insp.db, sql, {}, QStringLiteral("permission denied")),
                     qPrintable(sql));
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT SUM(pending) FROM qa_day_pending")), 1);

        // The agent's dashboard (the agent lent qa.review, so that the sampled days are read):
        // the own review only, through row security; the inspector's: both.
        exec(*db,
             QStringLiteral("INSERT INTO temp_permissions(staff_id, permission_key, granted_by, "
                            "expires_at) VALUES (?, 'qa.review', ?, 4102444800000)"),
             {agent.id, insp.id});
        QCOMPARE(count(*agent.db, rows), 0);
        const QDate day = QDate::fromString(kDay, Qt::ISODate);
        QaDashboard mine;
        QaDashboard all;
        QString error;
        QVERIFY2(
            QaDashboardQueries::load(*agent.db, m_clock, day, day, QaGrouping::Agent, mine, error),
            qPrintable(error));
        QCOMPARE(mine.overall.reviews, 1);
        QCOMPARE(mine.groups.size(), 1);
        QCOMPARE(mine.groups.at(0).key, QString::number(agent.id));
        QVERIFY2(
            QaDashboardQueries::load(*insp.db, m_clock, day, day, QaGrouping::Agent, all, error),
            qPrintable(error));
        QCOMPARE(all.overall.reviews, 2);

        // The blind second inspector of a ticket does not see its first review yet: the
        // roll-ups are closed to them and their dashboard leaves that review out.
        QCOMPARE(count(*second.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")), 1);
        QCOMPARE(count(*second.db, rows), 0);
        QaDashboard blind;
        QVERIFY2(QaDashboardQueries::load(*second.db, m_clock, day, day, QaGrouping::Agent, blind,
                                          error),
                 qPrintable(error));
        QCOMPARE(blind.overall.reviews, 1);
        QCOMPARE(count(*second.db, pending), 0);
        QCOMPARE(count(*second.db, disputes), 0);
        dropConnections();
    }

    // A blind second review submitted before the first is hidden from the first inspector:
    // their dashboard counts both assignments of the ticket as still to do, as the rows show
    // them; the counts are closed to them. A lead who sees both reads the counts: one.
    void hiddenBlindReviewsKeepTheRows() {
        auto db = open(QStringLiteral("qro_blind"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrb_insp"), QStringLiteral("qa"));
        const Person second = person(*db, QStringLiteral("qrb_second"), QStringLiteral("qa"));
        const Person lead = person(*db, QStringLiteral("qrb_lead"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrb_agent"), QStringLiteral("agent"));
        QVERIFY(insp.db && second.db && lead.db && agent.db);
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.5', "
                            "'channel', 'Asia/Shanghai', 2, 1, 0, 'test')"),
             {kDay});
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 2, 1)"),
             {kDay});
        const qint64 t = ticket(*db, QStringLiteral("phone"), agent.id);
        sampled(*db, t, QStringLiteral("phone"), insp.id, second.id);
        QVERIFY(review(second, t, ratings(4, 2)));
        QCOMPARE(count(*db, QStringLiteral("SELECT SUM(pending) FROM qa_day_pending")), 1);

        const QDate day = QDate::fromString(kDay, Qt::ISODate);
        qint64 due = 0;
        QString error;
        QVERIFY2(QaReviewStore(*db, m_clock).dueTime(day, due, error), qPrintable(error));
        m_clock.advance(due + 1000 - m_clock.nowMs());
        QaDashboard seen;
        QVERIFY2(
            QaDashboardQueries::load(*lead.db, m_clock, day, day, QaGrouping::Agent, seen, error),
            qPrintable(error));
        QCOMPARE(seen.overdue, 1);
        QCOMPARE(count(*insp.db, QStringLiteral("SELECT COUNT(*) FROM qa_day_pending")), 0);
        QCOMPARE(count(*lead.db, QStringLiteral("SELECT COUNT(*) FROM qa_day_pending")), 1);
        QaDashboard blind;
        QVERIFY2(
            QaDashboardQueries::load(*insp.db, m_clock, day, day, QaGrouping::Agent, blind, error),
            qPrintable(error));
        QCOMPARE(blind.overdue, 2);
        dropConnections();
    }
};

QTEST_GUILESS_MAIN(TestQaRollupsPg)
#include "moc_qarollupstest.cpp"
#include "tst_qa_rollups_pg.moc"
