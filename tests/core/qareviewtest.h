#pragma once
// Reviewing sampled tickets (质检) and disputes (质检复核), as one test class for tst_qa_review
// (SQLite: the workstation checks) and tst_qa_review_pg (PostgreSQL: each person works
// through their own login, and the server's functions check and score): the shipped scorecard
// as migrated, draft → submit scored as Scorecards scores (N/A, a failed critical item), a
// reviewer who handled the ticket refused, a second submission refused, a dispute whose
// decision changes the score once and is audited, agents reading only their own results, and
// the due reviews, overdue first.
#include "messaging/messagestore.h"
#include "qa/reviewstore.h"
#include "qapeoplefixture.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

class QaReviewTest : public sb::test::QaPeopleFixture {
    Q_OBJECT

protected:
    // "Now": a Monday morning after the sampled Sunday (Asia/Shanghai).
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};

    // A closed ticket handled by `handler` (0: nobody).
    static qint64 ticket(sb::Database &db, qint64 handler) {
        const QVariant h =
            handler > 0 ? QVariant(handler) : QVariant(QMetaType::fromType<qint64>());
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (1, "
                                     "'phone', 'normal', 'other', ?, 'closed', 1)"),
                      {h});
    }

    // A timeline line on `ticketId` written by `actor`.
    static void note(sb::Database &db, qint64 ticketId, qint64 actor) {
        insert(db,
               QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action) VALUES "
                              "(?, 1, ?, 'attachment')"),
               {ticketId, actor});
    }

    // Ticket `ticketId` in the sample of `day`, for `assignee` (and `second`, 0: none).
    static qint64 sampled(sb::Database &db, const QString &day, qint64 ticketId, qint64 assignee,
                          qint64 second = 0) {
        QString error;
        if (!db.exec(QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                    "time_zone, frame_size, sample_size, drawn_at, drawn_by) "
                                    "VALUES (?, 1, '1', 'none', 'Asia/Shanghai', 0, 0, 0, 'test') "
                                    "ON CONFLICT (day) DO NOTHING"),
                     {day}, error))
            qFatal("sampled: %s", qPrintable(error));
        return insert(db,
                      QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                     "rank_hash, position, assignee_id, second_assignee_id, "
                                     "added_at, added_by) VALUES (?, ?, '', 'h', 1, ?, ?, 0, "
                                     "'test')"),
                      {day, ticketId, assignee,
                       second > 0 ? QVariant(second) : QVariant(QMetaType::fromType<qint64>())});
    }

    static sb::ItemRating rated(const char *key, int value, const QString &comment = {},
                                const QStringList &causes = {}) {
        return {QString::fromLatin1(key), value, false, comment, causes};
    }
    static sb::ItemRating notApplicable(const char *key) {
        return {QString::fromLatin1(key), std::nullopt, true, {}, {}};
    }

    // Every item of the shipped scorecard rated, two N/A, attitude below pass: 75.
    static QList<sb::ItemRating> fullRatings() {
        return {rated("timeliness", 2),
                notApplicable("identity_verification"),
                rated("understanding", 4),
                rated("solution_effectiveness", 5),
                rated("attitude", 2, QStringLiteral("curt"), {QStringLiteral("Impatient")}),
                rated("record_completeness", 1),
                notApplicable("satisfaction")};
    }

    static QList<sb::QaDisputedItem> disputed(const char *key, const QString &reason = {}) {
        sb::QaDisputedItem item;
        item.key = QString::fromLatin1(key);
        item.reason = reason;
        return {item};
    }

    static double expectedScore(const QList<sb::ItemRating> &ratings) {
        return sb::Scorecards::score(sb::Scorecards::defaultScorecard(), ratings).score;
    }

    // Starts and submits `who`'s review of `ticketId` with `ratings`.
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

    // The zh_CN translations of one context of translations/signalboard_zh_CN.ts.
    static QHash<QString, QString> translations(const QString &context) {
        QString dir = qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR");
        if (dir.isEmpty())
            dir = QFileInfo(QString::fromUtf8(__FILE__))
                      .absoluteDir()
                      .filePath(QStringLiteral("../.."));
        QFile f(dir + QStringLiteral("/translations/signalboard_zh_CN.ts"));
        QHash<QString, QString> out;
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QString ts = QString::fromUtf8(f.readAll());
        const qsizetype from = ts.indexOf(QStringLiteral("<name>%1</name>").arg(context));
        const qsizetype to = ts.indexOf(QStringLiteral("</context>"), from);
        static const QRegularExpression message(
            QStringLiteral(R"(<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)"
                           R"(<translation[^>]*>(.*?)</translation>)"),
            QRegularExpression::DotMatchesEverythingOption);
        auto it = message.globalMatch(ts.mid(from, to - from));
        while (it.hasNext()) {
            const auto m = it.next();
            out.insert(m.captured(1).replace(QStringLiteral("&quot;"), QStringLiteral("\"")),
                       m.captured(2));
        }
        return out;
    }

private Q_SLOTS:
    // Migration 025 holds exactly Scorecards' default, published as version 1, and its
    // Chinese titles and root causes are the zh_CN translations of the same texts.
    void shippedScorecardIsTheDefault() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_card"));
        QVERIFY(db);
        std::optional<QaScorecardVersion> v;
        QString error;
        QVERIFY2(QaReviewStore(*db, m_clock).scorecardInForce(v, error), qPrintable(error));
        QVERIFY(v);
        const Scorecard expected = Scorecards::defaultScorecard();
        QCOMPARE(v->scorecardKey, QStringLiteral("standard"));
        QCOMPARE(v->card.name, expected.name);
        QCOMPARE(v->card.version, 1);
        QVERIFY(v->card.published);
        QCOMPARE(Scorecards::toJson(v->card), Scorecards::toJson(expected));
        QCOMPARE(v->card.items.size(), 7);
        QCOMPARE(v->itemIds.size(), 7);
        const QHash<QString, QString> zh = translations(QStringLiteral("sb::Scorecards"));
        QVERIFY2(!zh.isEmpty(), "translations/signalboard_zh_CN.ts not found");
        for (qsizetype i = 0; i < expected.items.size(); ++i) {
            const ScorecardItem &it = expected.items.at(i);
            QCOMPARE(v->titlesZh.at(i), zh.value(it.title));
            QCOMPARE(v->rootCausesZh.at(i).size(), it.rootCauses.size());
            for (qsizetype k = 0; k < it.rootCauses.size(); ++k)
                QCOMPARE(v->rootCausesZh.at(i).at(k), zh.value(it.rootCauses.at(k)));
        }
    }

    // A draft keeps its ratings, comment and time; the submission is scored as Scorecards
    // scores it with the pinned version: N/A items left out, a failed critical item gives 0.
    void draftThenSubmitScoresAsScorecards() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_submit"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_sub_insp"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrv_sub_agent"), QStringLiteral("agent"));
        QVERIFY(insp.db && agent.db);
        const qint64 t1 = ticket(*db, agent.id);
        const qint64 t2 = ticket(*db, agent.id);
        sampled(*db, QStringLiteral("2026-03-29"), t1, insp.id);
        sampled(*db, QStringLiteral("2026-03-29"), t2, insp.id);
        QaReviewStore store(*insp.db, m_clock);
        std::optional<QaScorecardVersion> inForce;
        QaReview r;
        QString error;
        QVERIFY2(store.scorecardInForce(inForce, error), qPrintable(error));
        QVERIFY2(store.start(insp.actor(), t1, r, error), qPrintable(error));
        QVERIFY(!r.submitted);
        QCOMPARE(r.kind, QaReviewKind::Sample);
        QCOMPARE(r.scorecardVersionId, inForce->id);
        QCOMPARE(r.agentId, agent.id);
        QVERIFY(r.dueAt > 0);
        const QList<ItemRating> part{rated("timeliness", 1), notApplicable("satisfaction")};
        QVERIFY2(
            store.saveDraft(insp.actor(), r.id, {part, QStringLiteral("half"), 30000}, r, error),
            qPrintable(error));
        QaReview resumed;
        QVERIFY2(store.start(insp.actor(), t1, resumed, error), qPrintable(error));
        QCOMPARE(resumed.id, r.id);
        QCOMPARE(resumed.comment, QStringLiteral("half"));
        QCOMPARE(resumed.timeSpentMs, 30000);
        QCOMPARE(resumed.ratings.size(), 2);
        QCOMPARE(resumed.ratings.at(0).value, std::optional<int>(1));
        QVERIFY(resumed.ratings.at(1).na);
        // An incomplete submission is refused with Scorecards' sentences and stores nothing.
        QaReview refused;
        QVERIFY(!store.submit(insp.actor(), r.id, {part, {}, 0}, refused, error));
        QVERIFY2(error.contains(QLatin1StringView("understanding")), qPrintable(error));
        QVERIFY2(store.submit(insp.actor(), r.id, {fullRatings(), QStringLiteral("ok"), 45000}, r,
                              error),
                 qPrintable(error));
        QVERIFY(r.submitted);
        QVERIFY(r.score);
        QCOMPARE(*r.score, expectedScore(fullRatings()));
        QCOMPARE(*r.score, 75.0);
        QVERIFY(!r.passed);
        QVERIFY(!r.criticalFailed);
        QCOMPARE(r.timeSpentMs, 75000);
        QCOMPARE(r.ratings.size(), 7);
        QCOMPARE(r.ratings.at(4).rootCauses, QStringList{QStringLiteral("Impatient")});
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.review.submit' AND actor = ? AND entity_id = ?"),
                       {insp.login, r.id}),
                 1);
        // A failed critical item sets the score to 0.
        QList<ItemRating> critical = fullRatings();
        critical[1] = rated("identity_verification", 0, QStringLiteral("no check"),
                            {QStringLiteral("Verification skipped")});
        const auto second = review(insp, t2, critical);
        QVERIFY(second);
        QCOMPARE(*second->score, 0.0);
        QVERIFY(second->criticalFailed);
        QVERIFY(!second->passed);
        QCOMPARE(expectedScore(critical), 0.0);
    }

    // Nobody reviews a ticket they handled or wrote on, also when they wrote after starting.
    void reviewerWhoHandledTheTicketIsRefused() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_handled"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_hnd_insp"), QStringLiteral("qa"));
        QVERIFY(insp.db);
        const qint64 own = ticket(*db, insp.id);
        const qint64 wrote = ticket(*db, 0);
        const qint64 later = ticket(*db, 0);
        note(*db, wrote, insp.id);
        for (const qint64 t : {own, wrote, later})
            sampled(*db, QStringLiteral("2026-03-29"), t, insp.id);
        QaReviewStore store(*insp.db, m_clock);
        QaReview r;
        QString error;
        QVERIFY(!store.start(insp.actor(), own, r, error));
        QVERIFY2(error.contains(QLatin1StringView("handled")), qPrintable(error));
        QVERIFY(!store.start(insp.actor(), wrote, r, error));
        QVERIFY2(error.contains(QLatin1StringView("handled")), qPrintable(error));
        QVERIFY2(store.start(insp.actor(), later, r, error), qPrintable(error));
        note(*db, later, insp.id);
        QVERIFY(!store.submit(insp.actor(), r.id, {fullRatings(), {}, 0}, r, error));
        QVERIFY2(error.contains(QLatin1StringView("handled")), qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE state = "
                                           "'submitted'")),
                 0);
    }

    void secondSubmitIsRefused() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_twice"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_two_insp"), QStringLiteral("qa"));
        QVERIFY(insp.db);
        const qint64 t = ticket(*db, 0);
        sampled(*db, QStringLiteral("2026-03-29"), t, insp.id);
        const auto r = review(insp, t, fullRatings());
        QVERIFY(r);
        QaReviewStore store(*insp.db, m_clock);
        QaReview again;
        QString error;
        QList<ItemRating> better = fullRatings();
        better[4] = rated("attitude", 5);
        QVERIFY(!store.submit(insp.actor(), r->id, {better, {}, 0}, again, error));
        QVERIFY2(error.contains(QLatin1StringView("submitted already")), qPrintable(error));
        QVERIFY(!store.saveDraft(insp.actor(), r->id, {better, {}, 0}, again, error));
        QVERIFY(!store.start(insp.actor(), t, again, error));
        QVERIFY2(error.contains(QLatin1StringView("reviewed already")), qPrintable(error));
        std::optional<QaReview> stored;
        QVERIFY2(store.load(r->id, stored, error), qPrintable(error));
        QCOMPARE(*stored->score, 75.0);
        QCOMPARE(stored->ratings.at(4).value, std::optional<int>(2));
    }

    // The agent disputes an item; neither the reviewer nor the agent decides; another
    // inspector partly accepts: the score changes once, each step audited.
    void disputeDecisionChangesTheScoreOnce() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_dispute"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_dsp_insp"), QStringLiteral("qa"));
        const Person lead = person(*db, QStringLiteral("qrv_dsp_lead"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrv_dsp_agent"), QStringLiteral("agent"));
        QVERIFY(insp.db && lead.db && agent.db);
        const qint64 t = ticket(*db, agent.id);
        const qint64 t2 = ticket(*db, agent.id);
        sampled(*db, QStringLiteral("2026-03-29"), t, insp.id);
        sampled(*db, QStringLiteral("2026-03-29"), t2, insp.id);
        const auto r = review(insp, t, fullRatings());
        QVERIFY(r);
        QaReviewStore mine(*agent.db, m_clock);
        QList<QaResult> results;
        QString error;
        QVERIFY2(mine.results(agent.id, results, error), qPrintable(error));
        QCOMPARE(results.size(), 1);
        QVERIFY(results.at(0).mayDispute);
        QaDispute d;
        QaDispute refused;
        QVERIFY(
            !mine.dispute(agent.actor(), r->id, QString(), disputed("attitude"), refused, error));
        QVERIFY2(mine.dispute(agent.actor(), r->id, QStringLiteral("I was polite"),
                              disputed("attitude", QStringLiteral("listen to the call")), d, error),
                 qPrintable(error));
        QVERIFY(d.isOpen());
        QCOMPARE(d.items.size(), 1);
        QCOMPARE(d.items.at(0).originalValue, std::optional<int>(2));
        QVERIFY(!mine.dispute(agent.actor(), r->id, QStringLiteral("again"),
                              disputed("understanding"), refused, error));
        QVERIFY2(error.contains(QLatin1StringView("disputed already")), qPrintable(error));
        QVERIFY(!mine.acknowledge(agent.actor(), r->id, error));

        const QList<ItemRating> decided{rated("attitude", 4)};
        QaDispute out;
        QVERIFY(!QaReviewStore(*insp.db, m_clock)
                     .decide(insp.actor(), d.id, QaDisputeOutcome::PartlyAccepted,
                             QStringLiteral("heard the call"), decided, out, error));
        QVERIFY2(error.contains(QLatin1StringView("another inspector")), qPrintable(error));
        QVERIFY(!mine.decide(agent.actor(), d.id, QaDisputeOutcome::PartlyAccepted,
                             QStringLiteral("heard the call"), decided, out, error));
        QVERIFY2(error.contains(QLatin1StringView("qa.decide_dispute")), qPrintable(error));
        QaReviewStore leads(*lead.db, m_clock);
        QVERIFY(!leads.decide(lead.actor(), d.id, QaDisputeOutcome::Rejected, QStringLiteral("no"),
                              decided, out, error));
        QVERIFY2(leads.decide(lead.actor(), d.id, QaDisputeOutcome::PartlyAccepted,
                              QStringLiteral("heard the call"), decided, out, error),
                 qPrintable(error));
        QList<ItemRating> after = fullRatings();
        after[4] = rated("attitude", 4);
        QCOMPARE(out.outcome, std::optional(QaDisputeOutcome::PartlyAccepted));
        QCOMPARE(out.scoreBefore, std::optional(75.0));
        QCOMPARE(out.scoreAfter, std::optional(expectedScore(after)));
        QCOMPARE(out.deciderId, lead.id);
        QVERIFY(out.items.at(0).changed);
        QCOMPARE(out.items.at(0).decidedValue, std::optional<int>(4));
        std::optional<QaReview> now;
        QVERIFY2(mine.load(r->id, now, error), qPrintable(error));
        QCOMPARE(now->score, std::optional(expectedScore(after)));
        QVERIFY(now->passed);
        QVERIFY(now->ratings.at(4).rootCauses.isEmpty());
        // Once: a second decision is refused and the score stays.
        QVERIFY(!leads.decide(lead.actor(), d.id, QaDisputeOutcome::Rejected,
                              QStringLiteral("changed my mind"), {}, out, error));
        QVERIFY2(error.contains(QLatin1StringView("decided already")), qPrintable(error));
        QVERIFY2(mine.load(r->id, now, error), qPrintable(error));
        QCOMPARE(now->score, std::optional(expectedScore(after)));
        for (const char *action : {"qa.dispute.raise", "qa.dispute.decide"})
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                           {QString::fromLatin1(action)}),
                     1);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.dispute.decide' AND actor = ?"),
                       {lead.login}),
                 1);
        QVERIFY2(mine.results(agent.id, results, error), qPrintable(error));
        QVERIFY(results.at(0).dispute && !results.at(0).dispute->isOpen());
        QVERIFY(!results.at(0).mayDispute);

        // Too late: with qa.dispute_days 0 the next review cannot be disputed; acknowledged
        // instead, once.
        const auto r2 = review(insp, t2, fullRatings());
        QVERIFY(r2);
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO settings(key, version, value, changed_by, "
                                         "changed_at) VALUES ('qa.dispute_days', 2, '0', 'test', "
                                         "0)"),
                          {}, error),
                 qPrintable(error));
        m_clock.advance(1000);
        QThread::msleep(20);
        QVERIFY(!mine.dispute(agent.actor(), r2->id, QStringLiteral("late"), disputed("attitude"),
                              refused, error));
        QVERIFY2(error.contains(QLatin1StringView("no longer")), qPrintable(error));
        QVERIFY2(mine.acknowledge(agent.actor(), r2->id, error), qPrintable(error));
        QVERIFY(!mine.acknowledge(agent.actor(), r2->id, error));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.review.acknowledge' AND actor = ?"),
                       {agent.login}),
                 1);
    }

    // Submitting tells the agent at once: a message from the reviewer naming the ticket, the
    // score and the verdict, with its receipt; a ticket nobody handled tells nobody.
    void submitNotifiesTheAgent() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_notice"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_ntc_insp"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrv_ntc_agent"), QStringLiteral("agent"));
        QVERIFY(insp.db && agent.db);
        const qint64 t = ticket(*db, agent.id);
        const qint64 nobody = ticket(*db, 0);
        sampled(*db, QStringLiteral("2026-03-29"), t, insp.id);
        sampled(*db, QStringLiteral("2026-03-29"), nobody, insp.id);
        const auto r = review(insp, t, fullRatings());
        QVERIFY(r && review(insp, nobody, fullRatings()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
        MessageStore inbox(*agent.db, m_clock);
        QList<StoredMessage> pending;
        QString error;
        QVERIFY2(inbox.pending(agent.id, pending, error), qPrintable(error));
        QCOMPARE(pending.size(), 1);
        const StoredMessage &m = pending.at(0);
        QCOMPARE(m.senderId, insp.id);
        QVERIFY2(m.subject.contains(r->serial) && m.subject.contains(QStringLiteral("75.0")) &&
                     m.subject.contains(QStringLiteral("failed")),
                 qPrintable(m.subject));
        QVERIFY2(m.body.contains(r->serial) && m.body.contains(QStringLiteral("3 days")),
                 qPrintable(m.body));
        QVERIFY(m.modes.testFlag(DisplayMode::Popup));
        const QHash<QString, QString> zh = translations(QStringLiteral("QaReviewStore"));
        QVERIFY(zh.value(QStringLiteral("QA result for ticket %1: %2 points, %3"))
                    .contains(QStringLiteral("质检")));
        bool recorded = false;
        QVERIFY2(inbox.markRead(agent.id, m.id, error, &recorded), qPrintable(error));
        QVERIFY(recorded);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM message_recipients WHERE staff_id = "
                                      "? AND read_at IS NOT NULL"),
                       {agent.id}),
                 1);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'message.send' AND actor = ?"),
                       {insp.login}),
                 1);
    }

    // "My QA results": an agent's own submitted reviews, not another agent's, not drafts.
    void agentsSeeOnlyTheirOwnResults() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_own"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_own_insp"), QStringLiteral("qa"));
        const Person ann = person(*db, QStringLiteral("qrv_own_ann"), QStringLiteral("agent"));
        const Person bo = person(*db, QStringLiteral("qrv_own_bo"), QStringLiteral("agent"));
        QVERIFY(insp.db && ann.db && bo.db);
        const qint64 a1 = ticket(*db, ann.id);
        const qint64 a2 = ticket(*db, ann.id);
        const qint64 b1 = ticket(*db, bo.id);
        for (const qint64 t : {a1, a2, b1})
            sampled(*db, QStringLiteral("2026-03-29"), t, insp.id);
        QVERIFY(review(insp, a1, fullRatings()) && review(insp, b1, fullRatings()));
        QaReview draft;
        QString error;
        QVERIFY2(QaReviewStore(*insp.db, m_clock).start(insp.actor(), a2, draft, error),
                 qPrintable(error));
        QList<QaResult> results;
        QVERIFY2(QaReviewStore(*ann.db, m_clock).results(ann.id, results, error),
                 qPrintable(error));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).review.ticketId, a1);
        QCOMPARE(results.at(0).review.agentId, ann.id);
        QVERIFY2(QaReviewStore(*bo.db, m_clock).results(bo.id, results, error), qPrintable(error));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).review.ticketId, b1);
    }

    // The blind second review (continuous double review) is no feedback: a failed one sends no
    // notice and opens no coaching item, is not in the agent's results, and cannot be
    // acknowledged or disputed; the first review of the same ticket still does all of that.
    void doubleReviewIsNoFeedback() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_double"));
        QVERIFY(db);
        const Person first = person(*db, QStringLiteral("qrv_dbl_first"), QStringLiteral("qa"));
        const Person second = person(*db, QStringLiteral("qrv_dbl_second"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrv_dbl_agent"), QStringLiteral("agent"));
        QVERIFY(first.db && second.db && agent.db);
        const qint64 t = ticket(*db, agent.id);
        sampled(*db, QStringLiteral("2026-03-29"), t, first.id, second.id);
        const auto blind = review(second, t, fullRatings()); // 75: failed
        QVERIFY(blind);
        QCOMPARE(blind->kind, QaReviewKind::Double);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items")), 0);
        const auto sample = review(first, t, fullRatings());
        QVERIFY(sample);
        QCOMPARE(sample->kind, QaReviewKind::Sample);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items WHERE "
                                      "review_id = ?"),
                       {sample->id}),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items")), 1);
        QaReviewStore store(*agent.db, m_clock);
        QList<QaResult> results;
        QString error;
        QVERIFY2(store.results(agent.id, results, error), qPrintable(error));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).review.id, sample->id);
        QVERIFY(!store.acknowledge(agent.actor(), blind->id, error));
        QaDispute d;
        QVERIFY(!store.dispute(agent.actor(), blind->id, QStringLiteral("unfair"),
                               disputed("attitude", QStringLiteral("I was polite")), d, error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_disputes")), 0);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE id = ? AND "
                                      "acknowledged_at IS NULL"),
                       {blind->id}),
                 1);
        QVERIFY2(store.acknowledge(agent.actor(), sample->id, error), qPrintable(error));
    }

    // The inspector's queue: assigned sampled tickets without a submitted review, overdue first.
    void dueReviewsOverdueFirst() {
        using namespace sb;
        auto db = open(QStringLiteral("qar_due"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_due_insp"), QStringLiteral("qa"));
        const Person other = person(*db, QStringLiteral("qrv_due_other"), QStringLiteral("qa"));
        QVERIFY(insp.db && other.db);
        const qint64 sunday = ticket(*db, 0);
        const qint64 thursday = ticket(*db, 0);
        const qint64 done = ticket(*db, 0);
        const qint64 second = ticket(*db, 0);
        const qint64 others = ticket(*db, 0);
        sampled(*db, QStringLiteral("2026-03-29"), sunday, insp.id);
        sampled(*db, QStringLiteral("2026-03-26"), thursday, insp.id);
        sampled(*db, QStringLiteral("2026-03-29"), done, insp.id);
        sampled(*db, QStringLiteral("2026-03-29"), second, other.id, insp.id);
        sampled(*db, QStringLiteral("2026-03-29"), others, other.id);
        QVERIFY(review(insp, done, fullRatings()));
        QaReviewStore store(*insp.db, m_clock);
        QaReview draft;
        QString error;
        QVERIFY2(store.start(insp.actor(), sunday, draft, error), qPrintable(error));
        QList<QaDueReview> due;
        QVERIFY2(store.dueReviews(insp.id, due, error), qPrintable(error));
        QCOMPARE(due.size(), 3);
        // Thursday's sample was due Monday 09:00 (after Friday, the first working day).
        QCOMPARE(due.at(0).ticketId, thursday);
        QVERIFY(due.at(0).overdue);
        QCOMPARE(due.at(0).dueAt,
                 QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00+08:00"), Qt::ISODate)
                     .toMSecsSinceEpoch());
        // Sunday's: Tuesday 09:00, after Monday.
        QCOMPARE(due.at(1).dueAt,
                 QDateTime::fromString(QStringLiteral("2026-03-31T09:00:00+08:00"), Qt::ISODate)
                     .toMSecsSinceEpoch());
        QVERIFY(!due.at(1).overdue && !due.at(2).overdue);
        QCOMPARE(due.at(1).ticketId, sunday); // the same due time: by day, then ticket
        QCOMPARE(due.at(2).ticketId, second);
        for (const QaDueReview &d : std::as_const(due)) {
            if (d.ticketId == sunday)
                QCOMPARE(d.reviewId, draft.id);
            if (d.ticketId == second)
                QCOMPARE(d.kind, QaReviewKind::Double);
        }
    }

    void cleanup() { dropConnections(); }
};
