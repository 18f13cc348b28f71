// The coaching (辅导) section of QA feedback, offscreen on a real SQLite database, each person on
// their own workstation: a failed review opens an item the agent's team lead sees → recording
// the meeting with a field missing names it and keeps what was typed → recording works → the
// agent acknowledges it.
#include "broadcast_station.h"
#include "qa/qacoachingdialog.h"
#include "qa/qacoachingpanel.h"
#include "qa/qafeedbackplace.h"
#include "qa/reviewstore.h"
#include "security/permissions.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using app::QaCoachingDialog;
using app::QaCoachingPanel;
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

qint64 staff(Database &db, const QString &login, const QString &role, const QVariant &team) {
    return insert(db,
                  QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                 "status_changed_at, login, created_at, team_id) VALUES (?, ?, "
                                 "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0, ?)"),
                  {login.toUpper(), login, role, login, team});
}

ItemRating rated(const char *key, int value) {
    return {QString::fromLatin1(key), value, false, {}, {}};
}

ItemRating notApplicable(const char *key) {
    return {QString::fromLatin1(key), std::nullopt, true, {}, {}};
}

// Every item of the shipped scorecard; attitude 2: 75, failed.
QList<ItemRating> failing() {
    return {rated("timeliness", 2),
            notApplicable("identity_verification"),
            rated("understanding", 4),
            rated("solution_effectiveness", 5),
            {QStringLiteral("attitude"),
             2,
             false,
             QStringLiteral("curt"),
             {QStringLiteral("Impatient")}},
            rated("record_completeness", 1),
            notApplicable("satisfaction")};
}

void clickOk(QDialogButtonBox *box) {
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QaCoachingPanel *coachingOf(const test::Station &s) {
    s.window->showPlace(QStringLiteral("qaFeedback"));
    auto *place = qobject_cast<QaFeedbackPlace *>(s.window->place(QStringLiteral("qaFeedback")));
    return place ? place->coaching() : nullptr;
}

} // namespace

class TestQaCoachingScreen final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qa_coaching_screen"));
    }

    void leadRecordsAgentAcknowledges() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DatabaseUrl url = test::sqliteIn(dir);
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const qint64 team = insert(
            *db, QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Blue', 0)"), {});
        const qint64 insp = staff(*db, QStringLiteral("li_qa"), QStringLiteral("qa"), {});
        const qint64 lead =
            staff(*db, QStringLiteral("chen_lead"), QStringLiteral("team_lead"), team);
        const qint64 agent =
            staff(*db, QStringLiteral("wang_agent"), QStringLiteral("agent"), team);
        const qint64 ticket =
            insert(*db,
                   QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                  "problem_type, handler_id, state, updated_at) VALUES (1, "
                                  "'phone', 'normal', 'other', ?, 'closed', 1)"),
                   {agent});

        SystemClock clock;
        QaReviewStore store(*db, clock);
        const QaActor li{insp, QStringLiteral("li_qa")};
        QaReview review;
        QVERIFY2(store.start(li, ticket, review, error), qPrintable(error));
        QVERIFY2(
            store.submit(li, review.id, {failing(), QStringLiteral("ok"), 60000}, review, error),
            qPrintable(error));
        QVERIFY(!review.passed);
        const qint64 itemId =
            count(*db, QStringLiteral("SELECT id FROM qa_coaching_items WHERE review_id = ?"),
                  {review.id});
        QVERIFY(itemId > 0);

        // The team lead sees the open item of their agent.
        test::Station chen(url, lead, QStringLiteral("chen_lead"), QStringLiteral("Chen"), {});
        QaCoachingPanel *leads = coachingOf(chen);
        QVERIFY(leads);
        QTRY_COMPARE(leads->model()->rowCount(), 1);
        QCOMPARE(leads->model()->item(0, 1)->text(), QStringLiteral("wang_agent"));
        QVERIFY(leads->selectItem(itemId));
        auto *recordButton =
            leads->findChild<QPushButton *>(QStringLiteral("coachingRecordButton"));
        QVERIFY(recordButton && recordButton->isEnabled());
        QTest::mouseClick(recordButton, Qt::LeftButton);
        auto *dialog = leads->findChild<QaCoachingDialog *>();
        QVERIFY(dialog);

        // A missing field is named; what was typed stays.
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("went through the call"));
        clickOk(dialog->findChild<QDialogButtonBox *>(QStringLiteral("coachingButtons")));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("Agreed actions")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!dialog->errorText().contains(QStringLiteral("Notes")));
        QCOMPARE(dialog->meeting().notes, QStringLiteral("went through the call"));

        // Recording works.
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionsEdit"))
            ->setPlainText(QStringLiteral("greet by name"));
        clickOk(dialog->findChild<QDialogButtonBox *>(QStringLiteral("coachingButtons")));
        QTRY_VERIFY2(leads->statusText().contains(QStringLiteral("was recorded")),
                     qPrintable(leads->statusText()));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items WHERE id = ? AND "
                                      "state = 'held' AND actions = 'greet by name'"),
                       {itemId}),
                 1);

        // The agent acknowledges it.
        test::Station wang(url, agent, QStringLiteral("wang_agent"), QStringLiteral("Wang"), {});
        QaCoachingPanel *mine = coachingOf(wang);
        QVERIFY(mine);
        QTRY_COMPARE(mine->model()->rowCount(), 1);
        QVERIFY(mine->selectItem(itemId));
        QVERIFY(
            !mine->findChild<QPushButton *>(QStringLiteral("coachingRecordButton"))->isEnabled());
        auto *ack = mine->findChild<QPushButton *>(QStringLiteral("coachingAcknowledgeButton"));
        QVERIFY(ack && ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        QTRY_VERIFY2(mine->statusText().contains(QStringLiteral("acknowledged")),
                     qPrintable(mine->statusText()));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items WHERE id = ? AND "
                                      "state = 'acknowledged'"),
                       {itemId}),
                 1);
        QTRY_COMPARE(leads->model()->rowCount(), 0); // no longer open for the lead
    }
};

QTEST_MAIN(TestQaCoachingScreen)
#include "tst_qa_coaching_screen.moc"
