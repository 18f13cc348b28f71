#pragma once
// Coaching (辅导) after failed reviews, as one test class for tst_qa_coaching (SQLite: the
// workstation checks) and tst_qa_coaching_pg (PostgreSQL: each person works through their own
// login, and the server's functions check): a failed submission opens exactly one item for
// the agent's team lead, a passed one none; the lead records the meeting; only the agent
// acknowledges it; another team's lead records nothing.
#include "qa/coaching.h"
#include "qa/reviewstore.h"
#include "qapeoplefixture.h"
#include "testsupport.h"

#include <QTest>

class QaCoachingTest : public sb::test::QaPeopleFixture {
    Q_OBJECT

protected:
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};

    // The people of one case: an inspector, an agent and their team lead, and the lead and an
    // agent of another team.
    struct Cast {
        Person insp, agent, lead, otherLead, otherAgent;
    };

    Cast cast(sb::Database &db, const QString &prefix) {
        const qint64 team = insert(db,
                                   QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                                  "(?, 0)"),
                                   {QVariant(prefix + QStringLiteral("_team"))});
        const qint64 other = insert(db,
                                    QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                                   "(?, 0)"),
                                    {QVariant(prefix + QStringLiteral("_other"))});
        Cast c;
        c.insp = person(db, prefix + QStringLiteral("_insp"), QStringLiteral("qa"));
        c.agent = person(db, prefix + QStringLiteral("_agent"), QStringLiteral("agent"));
        c.lead = person(db, prefix + QStringLiteral("_lead"), QStringLiteral("team_lead"));
        c.otherLead = person(db, prefix + QStringLiteral("_olead"), QStringLiteral("team_lead"));
        c.otherAgent = person(db, prefix + QStringLiteral("_oagent"), QStringLiteral("agent"));
        QString error;
        for (const auto &[who, t] :
             {std::pair{c.agent.id, team}, std::pair{c.lead.id, team},
              std::pair{c.otherLead.id, other}, std::pair{c.otherAgent.id, other}})
            if (!db.exec(QStringLiteral("UPDATE staff SET team_id = ? WHERE id = ?"), {t, who},
                         error))
                qFatal("cast: %s", qPrintable(error));
        return c;
    }

    // A closed ticket handled by `handler`, in the sample of a day for `assignee`.
    static qint64 sampledTicket(sb::Database &db, qint64 handler, qint64 assignee) {
        const qint64 t = insert(db,
                                QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                               "customer_tier, problem_type, handler_id, state, "
                                               "updated_at) VALUES (1, 'phone', 'normal', "
                                               "'other', ?, 'closed', 1)"),
                                {handler});
        QString error;
        if (!db.exec(QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                    "time_zone, frame_size, sample_size, drawn_at, drawn_by) "
                                    "VALUES ('2026-03-29', 1, '1', 'none', 'Asia/Shanghai', 0, "
                                    "0, 0, 'test') ON CONFLICT (day) DO NOTHING"),
                     {}, error))
            qFatal("sampled: %s", qPrintable(error));
        insert(db,
               QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, rank_hash, "
                              "position, assignee_id, added_at, added_by) VALUES ('2026-03-29', "
                              "?, '', 'h', 1, ?, 0, 'test')"),
               {t, assignee});
        return t;
    }

    static sb::ItemRating rated(const char *key, int value, const QString &comment = {},
                                const QStringList &causes = {}) {
        return {QString::fromLatin1(key), value, false, comment, causes};
    }
    static sb::ItemRating notApplicable(const char *key) {
        return {QString::fromLatin1(key), std::nullopt, true, {}, {}};
    }
    // 75 points: below the pass mark of 80.
    static QList<sb::ItemRating> failing() {
        return {rated("timeliness", 2),
                notApplicable("identity_verification"),
                rated("understanding", 4),
                rated("solution_effectiveness", 5),
                rated("attitude", 2, QStringLiteral("curt"), {QStringLiteral("Impatient")}),
                rated("record_completeness", 1),
                notApplicable("satisfaction")};
    }
    // Every item at its best: 100 points.
    static QList<sb::ItemRating> passing() {
        QList<sb::ItemRating> out;
        for (const sb::ScorecardItem &it : sb::Scorecards::defaultScorecard().items)
            out.append({it.key, sb::scaleMaximum(it.scale), false, {}, {}});
        return out;
    }

    std::optional<sb::QaReview> review(const Person &who, qint64 ticketId,
                                       const QList<sb::ItemRating> &ratings) {
        sb::QaReviewStore store(*who.db, m_clock);
        sb::QaReview r;
        QString error;
        if (!store.start(who.actor(), ticketId, r, error) ||
            !store.submit(who.actor(), r.id, {ratings, QStringLiteral("ok"), 60000}, r, error)) {
            qWarning("review: %s", qPrintable(error));
            return std::nullopt;
        }
        return r;
    }

    static sb::QaCoachingMeeting meeting() {
        return {QDate(2026, 3, 31), QStringLiteral("Went through the call"),
                QStringLiteral("Greet by name; confirm the fix")};
    }

private Q_SLOTS:
    void cleanup() { dropConnections(); }

    // A failed submission opens one item for the agent's team lead; a passed one opens none.
    void failedReviewOpensOneItemForTheLead() {
        using namespace sb;
        auto db = open(QStringLiteral("qac_open"));
        QVERIFY(db);
        const Cast c = cast(*db, QStringLiteral("qco"));
        QVERIFY(c.insp.db && c.agent.db && c.lead.db);
        const auto failed = review(c.insp, sampledTicket(*db, c.agent.id, c.insp.id), failing());
        QVERIFY(failed && !failed->passed);
        const auto passed = review(c.insp, sampledTicket(*db, c.agent.id, c.insp.id), passing());
        QVERIFY(passed && passed->passed);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items")), 1);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items WHERE review_id = "
                                      "? AND agent_id = ? AND lead_id = ? AND state = 'open'"),
                       {failed->id, c.agent.id, c.lead.id}),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                           "'qa.coaching.open'")),
                 1);
        QList<QaCoachingItem> items;
        QString error;
        QVERIFY2(QaCoachingStore(*c.lead.db, m_clock).openForLead(c.lead.id, items, error),
                 qPrintable(error));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().reviewId, failed->id);
        QCOMPARE(items.first().agentLogin, c.agent.login);
        QVERIFY(items.first().score);
        QVERIFY2(
            QaCoachingStore(*c.otherLead.db, m_clock).openForLead(c.otherLead.id, items, error),
            qPrintable(error));
        QVERIFY(items.isEmpty());
        // Opening again (the same review) keeps the one item.
        qint64 id = 0;
        QVERIFY2(QaCoachingStore(*c.insp.db, m_clock)
                     .openForReview(c.insp.actor(), failed->id, id, error),
                 qPrintable(error));
        QVERIFY(id > 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items")), 1);
    }

    // The lead records the meeting; another team's lead and the agent do not; only the agent
    // acknowledges, once, after the meeting is recorded.
    void leadRecordsAndOnlyTheAgentAcknowledges() {
        using namespace sb;
        auto db = open(QStringLiteral("qac_flow"));
        QVERIFY(db);
        const Cast c = cast(*db, QStringLiteral("qcf"));
        QVERIFY(c.insp.db && c.agent.db && c.lead.db && c.otherLead.db && c.otherAgent.db);
        const auto failed = review(c.insp, sampledTicket(*db, c.agent.id, c.insp.id), failing());
        QVERIFY(failed);
        std::optional<QaCoachingItem> item;
        QString error;
        QVERIFY2(QaCoachingStore(*c.agent.db, m_clock).forReview(failed->id, item, error),
                 qPrintable(error));
        QVERIFY(item);
        QaCoachingItem out;
        QVERIFY(!QaCoachingStore(*c.agent.db, m_clock)
                     .acknowledge(c.agent.actor(), item->id, out, error));
        QVERIFY2(error.contains(QLatin1StringView("no meeting recorded")), qPrintable(error));
        QVERIFY(!QaCoachingStore(*c.otherLead.db, m_clock)
                     .record(c.otherLead.actor(), item->id, meeting(), out, error));
        QVERIFY(!QaCoachingStore(*c.agent.db, m_clock)
                     .record(c.agent.actor(), item->id, meeting(), out, error));
        QaCoachingMeeting empty = meeting();
        empty.actions.clear();
        QVERIFY(!QaCoachingStore(*c.lead.db, m_clock)
                     .record(c.lead.actor(), item->id, empty, out, error));
        QVERIFY2(error.contains(QLatin1StringView("Agreed actions")), qPrintable(error));
        QVERIFY2(QaCoachingStore(*c.lead.db, m_clock)
                     .record(c.lead.actor(), item->id, meeting(), out, error),
                 qPrintable(error));
        QCOMPARE(out.state, QaCoachingState::Held);
        QCOMPARE(out.heldOn, QDate(2026, 3, 31));
        QCOMPARE(out.actions, meeting().actions);
        QVERIFY(!QaCoachingStore(*c.lead.db, m_clock)
                     .acknowledge(c.lead.actor(), item->id, out, error));
        QVERIFY(!QaCoachingStore(*c.otherAgent.db, m_clock)
                     .acknowledge(c.otherAgent.actor(), item->id, out, error));
        QVERIFY2(QaCoachingStore(*c.agent.db, m_clock)
                     .acknowledge(c.agent.actor(), item->id, out, error),
                 qPrintable(error));
        QCOMPARE(out.state, QaCoachingState::Acknowledged);
        QVERIFY(out.acknowledgedAt > 0);
        QVERIFY(!QaCoachingStore(*c.agent.db, m_clock)
                     .acknowledge(c.agent.actor(), item->id, out, error));
        QVERIFY(!QaCoachingStore(*c.lead.db, m_clock)
                     .record(c.lead.actor(), item->id, meeting(), out, error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                           "('qa.coaching.record', 'qa.coaching.acknowledge')")),
                 2);
        QList<QaCoachingItem> mine;
        QVERIFY2(QaCoachingStore(*c.agent.db, m_clock).forAgent(c.agent.id, mine, error),
                 qPrintable(error));
        QCOMPARE(mine.size(), 1);
        QVERIFY2(QaCoachingStore(*c.lead.db, m_clock).openForLead(c.lead.id, mine, error),
                 qPrintable(error));
        QVERIFY(mine.isEmpty()); // acknowledged: no longer open
    }
};
