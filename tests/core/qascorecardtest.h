#pragma once
// Editing scorecards (评分表), as one test class for tst_qa_scorecard_store (SQLite: the
// workstation checks) and tst_qa_scorecard_store_pg (PostgreSQL: each person works through
// their own login and the server's functions check): a draft copied from the version in force,
// saved, published and then in force while a review started before keeps its version; a draft
// with problems refused with every problem named and nothing saved; a published version
// refused for any edit; two editors of one draft; the permission qa.scorecards.
#include "qa/reviewstore.h"
#include "qa/scorecardstore.h"
#include "qapeoplefixture.h"
#include "security/permissions.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QSqlQuery>
#include <QTest>

class QaScorecardTest : public sb::test::QaPeopleFixture {
    Q_OBJECT

protected:
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};

    // A closed ticket handled by `handler`.
    static qint64 ticket(sb::Database &db, qint64 handler) {
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (1, "
                                     "'phone', 'normal', 'other', ?, 'closed', 1)"),
                      {handler});
    }

    // The shipped scorecard ("standard") as listed.
    static std::optional<sb::QaScorecardInfo> standard(sb::Database &db, sb::Clock &clock) {
        QList<sb::QaScorecardInfo> all;
        QString error;
        if (!sb::QaScorecardStore(db, clock).list(all, error)) {
            qWarning("list: %s", qPrintable(error));
            return std::nullopt;
        }
        for (const sb::QaScorecardInfo &s : all)
            if (s.key == QLatin1StringView("standard"))
                return s;
        return std::nullopt;
    }

    // The draft's content as stored, ready to be edited and saved again.
    static sb::QaScorecardDraft draftOf(const sb::QaScorecardVersion &v, const QString &note) {
        return {note, v.card.items, v.titlesZh, v.rootCausesZh};
    }

    static bool hasIssue(const QList<sb::QaIssue> &issues, const QString &item,
                         const QString &field) {
        for (const sb::QaIssue &i : issues)
            if (i.item == item && i.field == field)
                return true;
        return false;
    }

    static qint64 audited(sb::Database &db, const QString &action, const QString &login) {
        return count(
            db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?"),
            {action, login});
    }

private Q_SLOTS:
    void cleanup() { dropConnections(); }

    // A draft copied from the version in force is edited, saved and published; from then on
    // new reviews pin it, while a review started before keeps version 1. Each write audited
    // in the editor's name and announced on the change feed.
    void draftSavePublishAndPinning() {
        using namespace sb;
        auto db = open(QStringLiteral("qsc_flow"));
        QVERIFY(db);
        const Person editor = person(*db, QStringLiteral("qsc_fl_editor"), QStringLiteral("qa"));
        const Person insp = person(*db, QStringLiteral("qsc_fl_insp"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qsc_fl_agent"), QStringLiteral("agent"));
        QVERIFY(editor.db && insp.db && agent.db);
        const auto before = standard(*editor.db, m_clock);
        QVERIFY(before);
        QCOMPARE(before->versions.size(), 1);
        QVERIFY(before->versions.first().published);
        QVERIFY(before->versions.first().inForce);
        QVERIFY(!before->draft());
        const qint64 v1 = before->versions.first().id;

        QaReviewStore reviews(*insp.db, m_clock);
        QaReview early;
        QString error;
        QVERIFY2(reviews.start(insp.actor(), ticket(*db, agent.id), early, error),
                 qPrintable(error));
        QCOMPARE(early.scorecardVersionId, v1);

        QaScorecardStore store(*editor.db, m_clock);
        const qint64 changesBefore = count(
            *db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'qa_scorecard'"));
        qint64 draftId = 0;
        QVERIFY2(store.createDraft(editor.actor(), before->id, draftId, error), qPrintable(error));
        QaScorecardVersion draft;
        QaScorecardVersionInfo info;
        QVERIFY2(store.load(draftId, draft, info, error), qPrintable(error));
        QCOMPARE(info.version, 2);
        QVERIFY(!info.published && !info.inForce);
        QVERIFY(info.revision > 0);
        QCOMPARE(info.createdBy, editor.login);
        QaScorecardVersion published;
        QVERIFY2(reviews.scorecardVersion(v1, published, error), qPrintable(error));
        QCOMPARE(draft.card.items.size(), published.card.items.size());
        QCOMPARE(draft.titlesZh, published.titlesZh);
        QCOMPARE(draft.rootCausesZh, published.rootCausesZh);
        qint64 other = 0;
        QVERIFY(!store.createDraft(editor.actor(), before->id, other, error));
        QVERIFY2(error.contains(QLatin1StringView("draft already")), qPrintable(error));

        // Attitude becomes critical and weighs 30; a new pass/fail item "greeting" is added.
        QaScorecardDraft edit = draftOf(draft, QStringLiteral("Attitude critical"));
        edit.items[4].weight = 30;
        edit.items[4].critical = true;
        ScorecardItem greeting;
        greeting.key = QStringLiteral("greeting");
        greeting.title = QStringLiteral("Greeting");
        greeting.weight = 5;
        greeting.rootCauses = {QStringLiteral("No greeting")};
        edit.items.append(greeting);
        edit.titlesZh.append(QStringLiteral("问候"));
        edit.rootCausesZh.append({QStringLiteral("未问候")});
        QList<QaIssue> issues;
        qint64 revision = 0;
        QVERIFY2(
            store.saveDraft(editor.actor(), draftId, info.revision, edit, issues, revision, error),
            qPrintable(error));
        QVERIFY(issues.isEmpty());
        QVERIFY(revision != info.revision);
        QVERIFY2(store.load(draftId, draft, info, error), qPrintable(error));
        QCOMPARE(info.revision, revision);
        QCOMPARE(info.note, QStringLiteral("Attitude critical"));
        QCOMPARE(draft.card.items.size(), 8);
        QCOMPARE(draft.card.items.at(4).weight, 30.0);
        QVERIFY(draft.card.items.at(4).critical);
        QCOMPARE(draft.card.items.last().key, QStringLiteral("greeting"));
        QCOMPARE(draft.titlesZh.last(), QStringLiteral("问候"));
        QCOMPARE(draft.rootCausesZh.last(), QStringList{QStringLiteral("未问候")});
        // Still version 1 in force until published.
        std::optional<QaScorecardVersion> inForce;
        QVERIFY2(reviews.scorecardInForce(inForce, error), qPrintable(error));
        QCOMPARE(inForce->id, v1);

        QVERIFY2(store.publish(editor.actor(), draftId, revision, error), qPrintable(error));
        QVERIFY2(reviews.scorecardInForce(inForce, error), qPrintable(error));
        QCOMPARE(inForce->id, draftId);
        QCOMPARE(inForce->card.version, 2);
        QCOMPARE(inForce->card.items.size(), 8);
        const auto after = standard(*editor.db, m_clock);
        QVERIFY(after);
        QCOMPARE(after->versions.size(), 2);
        QCOMPARE(after->versions.first().id, draftId);
        QVERIFY(after->versions.first().published && after->versions.first().inForce);
        QCOMPARE(after->versions.first().publishedBy, editor.login);
        QVERIFY(after->versions.first().publishedAt > 0);
        QVERIFY(!after->versions.last().inForce);

        // The review started before keeps version 1 and is scored with it; a new one pins 2.
        std::optional<QaReview> kept;
        QVERIFY2(reviews.load(early.id, kept, error), qPrintable(error));
        QCOMPARE(kept->scorecardVersionId, v1);
        QaReview late;
        QVERIFY2(reviews.start(insp.actor(), ticket(*db, agent.id), late, error),
                 qPrintable(error));
        QCOMPARE(late.scorecardVersionId, draftId);

        QCOMPARE(audited(*db, QStringLiteral("qa.scorecard.save_draft"), editor.login), 2);
        QCOMPARE(audited(*db, QStringLiteral("qa.scorecard.publish"), editor.login), 1);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = "
                                          "'qa_scorecard'")) >= changesBefore + 3);
    }

    // A draft with problems is refused with every problem, each naming its item and field,
    // and nothing of it is saved.
    void problemsAreNamedAndNothingIsSaved() {
        using namespace sb;
        auto db = open(QStringLiteral("qsc_issues"));
        QVERIFY(db);
        const Person editor = person(*db, QStringLiteral("qsc_is_editor"), QStringLiteral("qa"));
        QVERIFY(editor.db);
        QaScorecardStore store(*editor.db, m_clock);
        const auto card = standard(*editor.db, m_clock);
        QVERIFY(card);
        qint64 draftId = 0;
        QString error;
        QVERIFY2(store.createDraft(editor.actor(), card->id, draftId, error), qPrintable(error));
        QaScorecardVersion draft;
        QaScorecardVersionInfo info;
        QVERIFY2(store.load(draftId, draft, info, error), qPrintable(error));
        const QByteArray stored = Scorecards::toJson(draft.card);

        QaScorecardDraft bad = draftOf(draft, QStringLiteral("broken"));
        bad.items[4].weight = 0;                            // attitude
        bad.items[5].key = bad.items[0].key;                // a second "timeliness"
        bad.items[6].title = QStringLiteral("   ");         // satisfaction
        bad.rootCausesZh[1].append(QStringLiteral("多余")); // one tag more than identity has
        QList<QaIssue> issues;
        qint64 revision = 0;
        QVERIFY(
            !store.saveDraft(editor.actor(), draftId, info.revision, bad, issues, revision, error));
        QVERIFY2(hasIssue(issues, QStringLiteral("attitude"), QStringLiteral("weight")),
                 qPrintable(error));
        QVERIFY2(hasIssue(issues, QStringLiteral("timeliness"), QStringLiteral("key")),
                 qPrintable(error));
        QVERIFY2(hasIssue(issues, QStringLiteral("satisfaction"), QStringLiteral("title")),
                 qPrintable(error));
        QVERIFY2(hasIssue(issues, QStringLiteral("identity_verification"),
                          QStringLiteral("root_causes_zh")),
                 qPrintable(error));
        QCOMPARE(issues.size(), 4);
        QVERIFY2(error.contains(QLatin1StringView("Item \"attitude\", weight")), qPrintable(error));

        QaScorecardDraft empty = draftOf(draft, {});
        empty.items.clear();
        QVERIFY(!store.saveDraft(editor.actor(), draftId, info.revision, empty, issues, revision,
                                 error));
        QVERIFY(hasIssue(issues, {}, QStringLiteral("items")));

        QaScorecardVersionInfo again;
        QVERIFY2(store.load(draftId, draft, again, error), qPrintable(error));
        QCOMPARE(again.revision, info.revision);
        QCOMPARE(again.note, QString());
        QCOMPARE(Scorecards::toJson(draft.card), stored);
        QCOMPARE(audited(*db, QStringLiteral("qa.scorecard.save_draft"), editor.login), 1);
    }

    // A published version refuses every edit: save, publish again, discard.
    void publishedVersionNeverChanges() {
        using namespace sb;
        auto db = open(QStringLiteral("qsc_published"));
        QVERIFY(db);
        const Person editor = person(*db, QStringLiteral("qsc_pb_editor"), QStringLiteral("qa"));
        QVERIFY(editor.db);
        QaScorecardStore store(*editor.db, m_clock);
        const auto card = standard(*editor.db, m_clock);
        QVERIFY(card);
        const qint64 v1 = card->versions.first().id;
        QaScorecardVersion v;
        QaScorecardVersionInfo info;
        QString error;
        QVERIFY2(store.load(v1, v, info, error), qPrintable(error));
        const QByteArray stored = Scorecards::toJson(v.card);
        QaScorecardDraft edit = draftOf(v, QStringLiteral("sneaky"));
        edit.items[0].weight = 99;
        QList<QaIssue> issues;
        qint64 revision = 0;
        QVERIFY(!store.saveDraft(editor.actor(), v1, info.revision, edit, issues, revision, error));
        QVERIFY2(error.contains(QLatin1StringView("never changes")), qPrintable(error));
        QVERIFY(!store.publish(editor.actor(), v1, info.revision, error));
        QVERIFY2(error.contains(QLatin1StringView("never changes")), qPrintable(error));
        QVERIFY(!store.discard(editor.actor(), v1, info.revision, error));
        QVERIFY2(error.contains(QLatin1StringView("never changes")), qPrintable(error));
        QVERIFY2(store.load(v1, v, info, error), qPrintable(error));
        QCOMPARE(Scorecards::toJson(v.card), stored);
        QVERIFY(info.published && info.inForce);
    }

    // Two editors of one draft: whoever saves second from the same read is refused and
    // nothing of theirs is written; publish and discard also name what they read.
    void twoEditorsOfOneDraft() {
        using namespace sb;
        auto db = open(QStringLiteral("qsc_two"));
        QVERIFY(db);
        const Person a = person(*db, QStringLiteral("qsc_tw_a"), QStringLiteral("qa"));
        const Person b = person(*db, QStringLiteral("qsc_tw_b"), QStringLiteral("qa"));
        QVERIFY(a.db && b.db);
        QaScorecardStore storeA(*a.db, m_clock);
        QaScorecardStore storeB(*b.db, m_clock);
        const auto card = standard(*a.db, m_clock);
        QVERIFY(card);
        qint64 draftId = 0;
        QString error;
        QVERIFY2(storeA.createDraft(a.actor(), card->id, draftId, error), qPrintable(error));
        QaScorecardVersion read;
        QaScorecardVersionInfo info;
        QVERIFY2(storeB.load(draftId, read, info, error), qPrintable(error));
        QaScorecardDraft mine = draftOf(read, QStringLiteral("a's"));
        mine.items[0].weight = 20;
        QaScorecardDraft theirs = draftOf(read, QStringLiteral("b's"));
        theirs.items[0].weight = 40;
        QList<QaIssue> issues;
        qint64 revA = 0;
        qint64 revB = 0;
        QVERIFY2(storeA.saveDraft(a.actor(), draftId, info.revision, mine, issues, revA, error),
                 qPrintable(error));
        QVERIFY(!storeB.saveDraft(b.actor(), draftId, info.revision, theirs, issues, revB, error));
        QVERIFY2(error.contains(QLatin1StringView("changed by someone else")), qPrintable(error));
        QVERIFY(!storeB.publish(b.actor(), draftId, info.revision, error));
        QVERIFY2(error.contains(QLatin1StringView("changed by someone else")), qPrintable(error));
        QVERIFY(!storeB.discard(b.actor(), draftId, info.revision, error));
        QaScorecardVersionInfo now;
        QVERIFY2(storeB.load(draftId, read, now, error), qPrintable(error));
        QCOMPARE(now.revision, revA);
        QCOMPARE(now.note, QStringLiteral("a's"));
        QCOMPARE(read.card.items.first().weight, 20.0);

        // Read again, b discards the draft; a new one starts from version 1 again.
        QVERIFY2(storeB.discard(b.actor(), draftId, revA, error), qPrintable(error));
        QVERIFY(!storeB.load(draftId, read, now, error));
        const auto left = standard(*a.db, m_clock);
        QVERIFY(left && !left->draft());
        QCOMPARE(left->versions.size(), 1);
        QCOMPARE(audited(*db, QStringLiteral("qa.scorecard.discard"), b.login), 1);
        QVERIFY2(storeA.createDraft(a.actor(), card->id, draftId, error), qPrintable(error));
        QVERIFY2(storeA.load(draftId, read, now, error), qPrintable(error));
        QCOMPARE(now.version, 2);
        QCOMPARE(read.card.items.first().weight, 15.0);
    }

    // Editing needs qa.scorecards: an agent, and an inspector whose role has qa.review only,
    // are refused before anything is written.
    void editingNeedsThePermission() {
        using namespace sb;
        auto db = open(QStringLiteral("qsc_perm"));
        QVERIFY(db);
        const Person agent = person(*db, QStringLiteral("qsc_pm_agent"), QStringLiteral("agent"));
        const Person reviewer = narrowInspector(*db, QStringLiteral("qsc_pm_rev"));
        const Person editor = person(*db, QStringLiteral("qsc_pm_editor"), QStringLiteral("qa"));
        QVERIFY(agent.db && reviewer.db && editor.db);
        const auto card = standard(*db, m_clock);
        QVERIFY(card);
        qint64 draftId = 0;
        QString error;
        for (const Person *p : {&agent, &reviewer}) {
            QVERIFY(!QaScorecardStore(*p->db, m_clock)
                         .createDraft(p->actor(), card->id, draftId, error));
            QVERIFY2(error.contains(perm::QaScorecards), qPrintable(error));
        }
        QaScorecardStore store(*editor.db, m_clock);
        QVERIFY2(store.createDraft(editor.actor(), card->id, draftId, error), qPrintable(error));
        QaScorecardVersion v;
        QaScorecardVersionInfo info;
        QVERIFY2(store.load(draftId, v, info, error), qPrintable(error));
        QList<QaIssue> issues;
        qint64 revision = 0;
        for (const Person *p : {&agent, &reviewer}) {
            QaScorecardStore theirs(*p->db, m_clock);
            QVERIFY(!theirs.saveDraft(p->actor(), draftId, info.revision, draftOf(v, {}), issues,
                                      revision, error));
            QVERIFY2(error.contains(perm::QaScorecards), qPrintable(error));
            QVERIFY(!theirs.publish(p->actor(), draftId, info.revision, error));
            QVERIFY2(error.contains(perm::QaScorecards), qPrintable(error));
            QVERIFY(!theirs.discard(p->actor(), draftId, info.revision, error));
            QVERIFY2(error.contains(perm::QaScorecards), qPrintable(error));
        }
        QaScorecardVersionInfo after;
        QVERIFY2(store.load(draftId, v, after, error), qPrintable(error));
        QCOMPARE(after.revision, info.revision);
        QVERIFY(!after.published);
    }

protected:
    // An inspector whose role ("qa_reviewer", PostgreSQL group sb_qa) holds qa.review and
    // qa.read_all but not qa.scorecards.
    Person narrowInspector(sb::Database &db, const QString &login) {
        QString error;
        if (!db.exec(QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) VALUES "
                                    "('qa_reviewer', 'Reviewer', 0, 'sb_qa') ON CONFLICT (key) DO "
                                    "NOTHING"),
                     {}, error) ||
            !db.exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) SELECT "
                                    "id, ? FROM roles WHERE key = 'qa_reviewer' ON CONFLICT DO "
                                    "NOTHING"),
                     {sb::perm::QaReview}, error))
            qFatal("narrowInspector: %s", qPrintable(error));
        Person p;
        p.login = login;
        p.id = insert(db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, (SELECT "
                                     "id FROM roles WHERE key = 'qa_reviewer'), 'active', 0, ?, "
                                     "0)"),
                      {login.toUpper(), login, login});
        p.db = connectionFor(db, login, p.id, QStringLiteral("sb_qa"));
        return p;
    }
};
