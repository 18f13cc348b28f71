// The QA feedback flow end to end, offscreen on a real SQLite database, each person on their
// own workstation (connection, change feed, main window): an inspector submits a review →
// the agent's workstation pops the notice up and records its receipt → the agent opens "QA
// feedback" and requests a review check (质检复核) of an item with a reason → the reviewer
// does not see the check to decide, a QA lead does and accepts it in the dialog → the score
// changed once, the agent's place shows it live, and the audit log has each step.
#include "broadcast_station.h"
#include "qa/qadecidedialog.h"
#include "qa/qadisputedialog.h"
#include "qa/qafeedbackplace.h"
#include "qa/reviewstore.h"
#include "security/permissions.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using app::QaDecideDialog;
using app::QaDisputeDialog;
using app::QaFeedbackPlace;

namespace {

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

qint64 count(Database &db, const QString &sql, const QVariantList &values = {}) {
    return test::queryValue(db, sql, values).toLongLong();
}

qint64 staff(Database &db, const QString &login, const QString &role) {
    return insert(db,
                  QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                 "status_changed_at, login, created_at) VALUES (?, ?, (SELECT id "
                                 "FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                  {login.toUpper(), login, role, login});
}

ItemRating rated(const char *key, int value, const QString &comment = {},
                 const QStringList &causes = {}) {
    return {QString::fromLatin1(key), value, false, comment, causes};
}

ItemRating notApplicable(const char *key) {
    return {QString::fromLatin1(key), std::nullopt, true, {}, {}};
}

// Every item of the shipped scorecard; attitude below pass: 75, failed.
QList<ItemRating> ratings(int attitude) {
    return {rated("timeliness", 2),
            notApplicable("identity_verification"),
            rated("understanding", 4),
            rated("solution_effectiveness", 5),
            attitude < 3
                ? rated("attitude", attitude, QStringLiteral("curt"), {QStringLiteral("Impatient")})
                : rated("attitude", attitude),
            rated("record_completeness", 1),
            notApplicable("satisfaction")};
}

PermissionSet qaPerms() {
    return PermissionSet({perm::QaReview, perm::QaDecideDispute, perm::QaReadAll}, false);
}

void clickOk(QDialogButtonBox *box) {
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QaFeedbackPlace *feedbackPlace(const test::Station &s) {
    s.window->showPlace(QStringLiteral("qaFeedback"));
    return qobject_cast<QaFeedbackPlace *>(s.window->place(QStringLiteral("qaFeedback")));
}

} // namespace

class TestQaDisputeFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qa_dispute_flow"));
    }

    void reviewNoticeCheckDecision() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DatabaseUrl url = test::sqliteIn(dir);
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const qint64 insp = staff(*db, QStringLiteral("li_qa"), QStringLiteral("qa"));
        const qint64 lead = staff(*db, QStringLiteral("zhao_lead"), QStringLiteral("qa"));
        const qint64 agent = staff(*db, QStringLiteral("wang_agent"), QStringLiteral("agent"));
        const qint64 ticket =
            insert(*db,
                   QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                  "problem_type, handler_id, state, updated_at) VALUES (1, "
                                  "'phone', 'normal', 'other', ?, 'closed', 1)"),
                   {agent});

        // The agent is signed in when the review is submitted.
        test::Station wang(url, agent, QStringLiteral("wang_agent"), QStringLiteral("Wang"), {});
        QVERIFY(wang.popups().isEmpty());

        SystemClock clock;
        QaReviewStore store(*db, clock);
        const QaActor li{insp, QStringLiteral("li_qa")};
        QaReview review;
        QVERIFY2(store.start(li, ticket, review, error), qPrintable(error));
        QVERIFY2(
            store.submit(li, review.id, {ratings(2), QStringLiteral("ok"), 60000}, review, error),
            qPrintable(error));
        QCOMPARE(review.score, std::optional(75.0));
        QVERIFY(!review.passed);

        // Notified at once: the pop-up names the ticket and the score; marking it read records
        // the receipt.
        QTRY_COMPARE(wang.popups().size(), 1);
        app::MessagePopup *popup = wang.popups().first();
        const QString subject = popup->findChild<QLabel *>(QStringLiteral("popupSubject"))->text();
        QVERIFY2(subject.contains(review.serial) && subject.contains(QStringLiteral("75.0")),
                 qPrintable(subject));
        QTest::mouseClick(popup->findChild<QPushButton *>(QStringLiteral("popupMarkRead")),
                          Qt::LeftButton);
        QTRY_VERIFY(wang.popups().isEmpty());
        QTRY_COMPARE(
            count(*db,
                  QStringLiteral("SELECT COUNT(*) FROM message_recipients WHERE staff_id = "
                                 "? AND read_at IS NOT NULL"),
                  {agent}),
            1);

        // "My QA results": the review with its items; a review check of attitude.
        QaFeedbackPlace *mine = feedbackPlace(wang);
        QVERIFY(mine);
        QVERIFY(!mine->showsDisputes());
        QTRY_COMPARE(mine->resultsModel()->rowCount(), 1);
        QVERIFY(mine->selectResult(review.id));
        QCOMPARE(mine->resultItemsModel()->rowCount(), 7);
        QCOMPARE(mine->resultsModel()->item(0, 2)->text(), QStringLiteral("75.0"));
        auto *requestButton = mine->findChild<QPushButton *>(QStringLiteral("disputeButton"));
        QVERIFY(requestButton && requestButton->isEnabled());
        QTest::mouseClick(requestButton, Qt::LeftButton);
        auto *ask = mine->findChild<QaDisputeDialog *>();
        QVERIFY(ask);
        clickOk(ask->findChild<QDialogButtonBox *>(QStringLiteral("disputeButtons")));
        QVERIFY(ask->isVisible()); // nothing ticked, no reason
        QVERIFY(!ask->errorText().isEmpty());
        QVERIFY(ask->check(QStringLiteral("attitude"), QStringLiteral("listen to the call")));
        ask->setReason(QStringLiteral("I was polite throughout"));
        clickOk(ask->findChild<QDialogButtonBox *>(QStringLiteral("disputeButtons")));
        QTRY_VERIFY2(mine->statusText().contains(QStringLiteral("was requested")),
                     qPrintable(mine->statusText()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_disputes")), 1);
        const qint64 disputeId = count(
            *db, QStringLiteral("SELECT id FROM qa_disputes WHERE review_id = ?"), {review.id});
        QTRY_VERIFY(!requestButton->isEnabled());

        // The reviewer holds qa.decide_dispute but never decides a check of their own review.
        test::Station liStation(url, insp, QStringLiteral("li_qa"), QStringLiteral("Li"),
                                qaPerms());
        QaFeedbackPlace *reviewers = feedbackPlace(liStation);
        QVERIFY(reviewers && reviewers->showsDisputes());
        QTRY_VERIFY(reviewers->isLoaded());
        QCOMPARE(reviewers->disputesModel()->rowCount(), 0);

        // The QA lead accepts it in the dialog.
        test::Station zhao(url, lead, QStringLiteral("zhao_lead"), QStringLiteral("Zhao"),
                           qaPerms());
        QaFeedbackPlace *decides = feedbackPlace(zhao);
        QVERIFY(decides);
        QTRY_COMPARE(decides->disputesModel()->rowCount(), 1);
        QVERIFY(decides->selectDispute(disputeId));
        QCOMPARE(decides->disputeItemsModel()->rowCount(), 1);
        QCOMPARE(decides->disputeItemsModel()->item(0, 2)->text(),
                 QStringLiteral("listen to the call"));
        auto *decideButton = decides->findChild<QPushButton *>(QStringLiteral("decideButton"));
        QVERIFY(decideButton && decideButton->isEnabled());
        QTest::mouseClick(decideButton, Qt::LeftButton);
        auto *decide = decides->findChild<QaDecideDialog *>();
        QVERIFY(decide);
        QVERIFY(decide->choose(QStringLiteral("attitude"), QStringLiteral("4 of 5")));
        QCOMPARE(decide->outcome(), std::optional(QaDisputeOutcome::Accepted));
        clickOk(decide->findChild<QDialogButtonBox *>(QStringLiteral("decideButtons")));
        QVERIFY(decide->isVisible()); // no reason yet
        decide->setReason(QStringLiteral("heard the call: polite"));
        clickOk(decide->findChild<QDialogButtonBox *>(QStringLiteral("decideButtons")));
        QTRY_VERIFY2(decides->statusText().contains(QStringLiteral("was decided")),
                     qPrintable(decides->statusText()));
        QTRY_COMPARE(decides->disputesModel()->rowCount(), 0);

        // The score changed once, to what the scorecard gives; the agent's place follows.
        const double after =
            Scorecards::score(Scorecards::defaultScorecard(), ratings(4), 80).score;
        QVERIFY(after > 75.0);
        std::optional<QaReview> now;
        QVERIFY2(store.load(review.id, now, error), qPrintable(error));
        QCOMPARE(now->score, std::optional(after));
        QCOMPARE(now->passed, after >= 80);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM qa_disputes WHERE id = ? AND state = "
                                      "'accepted' AND score_before = 75"),
                       {disputeId}),
                 1);
        QTRY_COMPARE(mine->resultsModel()->item(0, 2)->text(), QString::number(after, 'f', 1));
        QVERIFY(mine->resultsModel()->item(0, 5)->text().contains(QStringLiteral("accepted")));
        QaDispute again;
        QVERIFY(!QaReviewStore(*zhao.db, clock)
                     .decide({lead, QStringLiteral("zhao_lead")}, disputeId,
                             QaDisputeOutcome::Rejected, QStringLiteral("twice"), {}, again,
                             error));
        QVERIFY2(store.load(review.id, now, error), qPrintable(error));
        QCOMPARE(now->score, std::optional(after));

        // Each step in the audit log, in the name of who took it.
        const std::pair<const char *, const char *> steps[] = {{"qa.review.submit", "li_qa"},
                                                               {"message.send", "li_qa"},
                                                               {"qa.dispute.raise", "wang_agent"},
                                                               {"qa.dispute.decide", "zhao_lead"}};
        for (const auto &[action, actor] : steps)
            QCOMPARE(count(*db,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND "
                                          "actor = ?"),
                           {QString::fromLatin1(action), QString::fromLatin1(actor)}),
                     1);
    }
};

QTEST_MAIN(TestQaDisputeFlow)
#include "tst_qa_dispute_flow.moc"
