// Reviewing sampled tickets and disputes on PostgreSQL: the shared cases, each person working
// through their own login (the server's functions check, stamp and score), and the server's
// guard attacked with raw SQL as real logins: staff write no review directly, an agent cannot
// review, an inspector cannot rewrite a submitted review nor submit for a ticket they wrote
// on, only the dispute's decision changes a submitted score, and each login reads only what
// its permission covers; the blind double review stays unreadable to the other reviewer until
// both have submitted, and to the agent always.
#include "qareviewtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;

class TestQaReviewPg final : public QaReviewTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    Database *connectionFor(Database &db, const QString &login, qint64 id,
                            const QString &group) override {
        return keep(test::pgLoginFor(db, login, id, group));
    }

    static bool refused(Database &who, const QString &sql, const QVariantList &values,
                        const QString &because) {
        return test::refusedAs(who, sql, values, because);
    }

    static QString json(const QList<ItemRating> &ratings) {
        QJsonArray a;
        for (const ItemRating &r : ratings)
            a.append(QJsonObject{
                {QStringLiteral("key"), r.key},
                {QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue()},
                {QStringLiteral("na"), r.na},
                {QStringLiteral("comment"), r.comment},
                {QStringLiteral("root_causes"), QJsonArray::fromStringList(r.rootCauses)}});
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    // Blind double review, as the reviewers' own logins with raw SQL: neither reads the other's
    // review nor its items (even holding qa.read_all) until both are submitted; the agent never
    // reads the second review.
    void doubleReviewIsBlind() {
        auto db = open(QStringLiteral("qar_blind"));
        QVERIFY(db);
        const Person first = person(*db, QStringLiteral("qrv_b_first"), QStringLiteral("qa"));
        const Person second = person(*db, QStringLiteral("qrv_b_second"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrv_b_agent"), QStringLiteral("agent"));
        QVERIFY(first.db && second.db && agent.db);
        const qint64 t = ticket(*db, agent.id);
        sampled(*db, QStringLiteral("2026-03-29"), t, first.id, second.id);
        const QString reviewsBy = QStringLiteral(
            "SELECT COUNT(*) FROM qa_reviews WHERE ticket_id = ? AND reviewer_id = ?");
        const QString itemsBy = QStringLiteral(
            "SELECT COUNT(*) FROM qa_review_items i JOIN qa_reviews r ON r.id = i.review_id "
            "WHERE r.ticket_id = ? AND r.reviewer_id = ?");
        const QString scoreBy = QStringLiteral(
            "SELECT COUNT(*) FROM qa_reviews WHERE ticket_id = ? AND reviewer_id = ? AND score "
            "IS NOT NULL");
        QVERIFY(review(second, t, fullRatings()));
        // The first inspector holds qa.read_all and has not started: still blind.
        QCOMPARE(count(*first.db, reviewsBy, {t, second.id}), 0);
        QCOMPARE(count(*first.db, itemsBy, {t, second.id}), 0);
        QCOMPARE(count(*second.db, reviewsBy, {t, second.id}), 1);
        QVERIFY(count(*db, itemsBy, {t, second.id}) > 0);
        QCOMPARE(count(*second.db, itemsBy, {t, second.id}), count(*db, itemsBy, {t, second.id}));
        QaReview draft;
        QString error;
        QVERIFY2(QaReviewStore(*first.db, m_clock).start(first.actor(), t, draft, error),
                 qPrintable(error));
        QVERIFY2(
            QaReviewStore(*first.db, m_clock)
                .saveDraft(first.actor(), draft.id, {fullRatings(), QString(), 1000}, draft, error),
            qPrintable(error));
        // The second inspector has submitted and holds qa.read_all: the draft stays unseen.
        QCOMPARE(count(*second.db, reviewsBy, {t, first.id}), 0);
        QCOMPARE(count(*second.db, itemsBy, {t, first.id}), 0);
        QCOMPARE(count(*first.db, scoreBy, {t, second.id}), 0);
        QVERIFY2(
            QaReviewStore(*first.db, m_clock)
                .submit(first.actor(), draft.id, {fullRatings(), QString(), 1000}, draft, error),
            qPrintable(error));
        // Both submitted: each reads the other's review and items.
        QCOMPARE(count(*first.db, scoreBy, {t, second.id}), 1);
        QCOMPARE(count(*second.db, scoreBy, {t, first.id}), 1);
        QCOMPARE(count(*first.db, itemsBy, {t, second.id}), count(*db, itemsBy, {t, second.id}));
        // The agent reads the first review, never the second.
        QCOMPARE(count(*agent.db, reviewsBy, {t, first.id}), 1);
        QCOMPARE(count(*agent.db, reviewsBy, {t, second.id}), 0);
        QCOMPARE(count(*agent.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE kind = "
                                                 "'double'")),
                 0);
    }

    void serverGuardsReviews() {
        auto db = open(QStringLiteral("qar_guard"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_g_insp"), QStringLiteral("qa"));
        const Person lead = person(*db, QStringLiteral("qrv_g_lead"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrv_g_agent"), QStringLiteral("agent"));
        const Person other = person(*db, QStringLiteral("qrv_g_other"), QStringLiteral("agent"));
        const Person tl = person(*db, QStringLiteral("qrv_g_tl"), QStringLiteral("team_lead"));
        QVERIFY(insp.db && lead.db && agent.db && other.db && tl.db);
        const qint64 t = ticket(*db, agent.id);
        const qint64 own = ticket(*db, insp.id);
        const qint64 wrote = ticket(*db, agent.id);
        const qint64 theirs = ticket(*db, other.id);
        for (const qint64 x : {t, own, wrote, theirs})
            sampled(*db, QStringLiteral("2026-03-29"), x, insp.id);
        const QString full = json(fullRatings());

        // Nobody writes a review directly; an agent cannot review at all.
        const QString plant = QStringLiteral(
            "INSERT INTO qa_reviews(ticket_id, agent_id, reviewer_id, scorecard_version_id, state, "
            "score, created_at, updated_at) VALUES (?, ?, ?, 1, 'submitted', 100, 0, 0)");
        QVERIFY(refused(*agent.db, plant, {t, agent.id, agent.id},
                        QStringLiteral("permission denied")));
        QVERIFY(
            refused(*insp.db, plant, {t, agent.id, insp.id}, QStringLiteral("permission denied")));
        QVERIFY(refused(*agent.db, QStringLiteral("SELECT sb_qa_start_review(?, 0)"), {t},
                        QStringLiteral("qa.review")));

        // An inspector cannot review a ticket they handled, nor submit after writing on it.
        QVERIFY(refused(*insp.db, QStringLiteral("SELECT sb_qa_start_review(?, 0)"), {own},
                        QStringLiteral("may not review")));
        QString error;
        QSqlQuery q(insp.db->db());
        QVERIFY2(
            insp.db->exec(q, QStringLiteral("SELECT sb_qa_start_review(?, 0)"), {wrote}, error) &&
                q.next(),
            qPrintable(error));
        const qint64 draft = q.value(0).toLongLong();
        note(*db, wrote, insp.id);
        const QString submit = QStringLiteral("SELECT sb_qa_submit_review(?, ?, '', 0, NULL)");
        QVERIFY(refused(*insp.db, submit, {draft, full}, QStringLiteral("may not review")));
        // Nor submit another inspector's draft, nor a score the pinned version does not give.
        QVERIFY(refused(*lead.db, submit, {draft, full}, QStringLiteral("not a review of yours")));
        const auto r = review(insp, t, fullRatings());
        QVERIFY(r);
        QCOMPARE(*r->score, 75.0);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.review.submit' AND actor = ?"),
                       {insp.login}),
                 1);
        QSqlQuery started(insp.db->db());
        QVERIFY2(insp.db->exec(started, QStringLiteral("SELECT sb_qa_start_review(?, 0)"), {theirs},
                               error) &&
                     started.next(),
                 qPrintable(error));
        QVERIFY(refused(*insp.db, QStringLiteral("SELECT sb_qa_submit_review(?, ?, '', 0, 99)"),
                        {started.value(0).toLongLong(), full}, QStringLiteral("the server 75")));

        // A submitted review: no direct change by anyone, no second submission, no draft save.
        QVERIFY(refused(*insp.db, QStringLiteral("UPDATE qa_reviews SET score = 100 WHERE id = ?"),
                        {r->id}, QStringLiteral("permission denied")));
        QVERIFY(refused(*insp.db, QStringLiteral("UPDATE qa_review_items SET value = 5"), {},
                        QStringLiteral("permission denied")));
        QVERIFY(refused(*insp.db, submit, {r->id, full}, QStringLiteral("submitted already")));
        QVERIFY(refused(*insp.db, QStringLiteral("SELECT sb_qa_save_draft(?, ?, '', 0)"),
                        {r->id, full}, QStringLiteral("submitted already")));
        QVERIFY(refused(*db, QStringLiteral("UPDATE qa_reviews SET score = 100 WHERE id = ?"),
                        {r->id}, QStringLiteral("decision of its dispute")));
        QVERIFY(refused(*db,
                        QStringLiteral("UPDATE qa_review_items SET value = 5 WHERE review_id = ?"),
                        {r->id}, QStringLiteral("decision of its dispute")));
        QVERIFY(refused(*agent.db, QStringLiteral("UPDATE qa_reviews SET acknowledged_at = 1"), {},
                        QStringLiteral("permission denied")));

        // Reading: the agent reads their own review only, another agent and a team lead none;
        // the inspectors (qa.read_all) all.
        QCOMPARE(count(*agent.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")), 1);
        QCOMPARE(count(*agent.db, QStringLiteral("SELECT COUNT(*) FROM qa_review_items")), 7);
        QCOMPARE(count(*other.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")), 0);
        QCOMPARE(count(*tl.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")), 0);
        QCOMPARE(count(*lead.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")), 3);
        QList<QaResult> results;
        QVERIFY2(QaReviewStore(*other.db, m_clock).results(agent.id, results, error),
                 qPrintable(error));
        QVERIFY(results.isEmpty());

        // Only the decision of its dispute changes the score: raised by the agent alone.
        const QString raise =
            QStringLiteral("SELECT sb_qa_raise_dispute(?, 'unfair', '[{\"key\": \"attitude\"}]')");
        QVERIFY(refused(*other.db, raise, {r->id},
                        QStringLiteral("not a submitted review of your work")));
        QVERIFY(refused(*insp.db, raise, {r->id},
                        QStringLiteral("not a submitted review of your work")));
        QSqlQuery raised(agent.db->db());
        QVERIFY2(agent.db->exec(raised, raise, {r->id}, error) && raised.next(), qPrintable(error));
        const qint64 dispute = raised.value(0).toLongLong();
        const QString decide = QStringLiteral("SELECT sb_qa_decide_dispute(?, 'accepted', 'fair', "
                                              "'[{\"key\": \"attitude\", \"value\": 5}]')");
        QVERIFY(refused(*agent.db, decide, {dispute}, QStringLiteral("qa.decide_dispute")));
        QVERIFY(refused(*tl.db, decide, {dispute}, QStringLiteral("qa.decide_dispute")));
        QVERIFY(refused(*insp.db, decide, {dispute}, QStringLiteral("do not decide")));
        QVERIFY(refused(*db, QStringLiteral("UPDATE qa_reviews SET score = 100 WHERE id = ?"),
                        {r->id}, QStringLiteral("decision of its dispute")));
        // The flag the decision sets for its own transaction gives a login no write.
        QVERIFY2(lead.db->exec(QStringLiteral("SELECT set_config('sb.qa_deciding', ?, false)"),
                               {QString::number(dispute)}, error),
                 qPrintable(error));
        QVERIFY(refused(*lead.db, QStringLiteral("UPDATE qa_reviews SET score = 100 WHERE id = ?"),
                        {r->id}, QStringLiteral("permission denied")));
        QVERIFY2(lead.db->exec(decide, {dispute}, error), qPrintable(error));
        QList<ItemRating> after = fullRatings();
        after[4] = rated("attitude", 5);
        QCOMPARE(sb::test::queryValue(
                     *db, QStringLiteral("SELECT score FROM qa_reviews WHERE id = ?"), {r->id})
                     .toDouble(),
                 expectedScore(after));
        QVERIFY(refused(*lead.db, decide, {dispute}, QStringLiteral("decided already")));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.dispute.decide' AND actor = ?"),
                       {lead.login}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestQaReviewPg)
#include "moc_qareviewtest.cpp"
#include "tst_qa_review_pg.moc"
