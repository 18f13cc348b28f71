// "My reviews" and the review screen, offscreen on a real SQLite database: the due reviews
// are listed overdue first and follow the change feed; a review is opened with Enter, rated
// from the keyboard and kept as a draft that reopening resumes; submitting stores the score
// Scorecards computes and the review leaves the list; a comment required below pass blocks
// the submission naming the item; a refused submission keeps every rating.
#include "qa/qamyreviews.h"
#include "qa/qaplace.h"
#include "qa/qareviewdialog.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

QVariant value(Database &db, const QString &sql, const QVariantList &values = {}) {
    return test::queryValue(db, sql, values);
}

// An inspector, a second inspector and an agent; closed tickets the agent handled, sampled
// for the inspectors on two days: 2026-03-29 (due tomorrow) and 2026-03-20 (overdue).
struct ReviewWorld {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00+08:00"), Qt::ISODate)};
    qint64 inspector = 0, other = 0, agent = 0;

    bool open() {
        QString error;
        db = test::openMigrated(test::sqliteIn(dir), error);
        if (!db) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        inspector = staff(QStringLiteral("li_qa"), QStringLiteral("qa"));
        other = staff(QStringLiteral("zhou_qa"), QStringLiteral("qa"));
        agent = staff(QStringLiteral("wang_agent"), QStringLiteral("agent"));
        return true;
    }

    qint64 staff(const QString &login, const QString &role) {
        return insert(*db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), login, role, login});
    }

    // A ticket the agent closed, with a subject and two timeline lines.
    qint64 ticket(const QString &subject) {
        const qint64 at =
            QDateTime::fromString(QStringLiteral("2026-03-19T10:00:00+08:00"), Qt::ISODate)
                .toMSecsSinceEpoch();
        const qint64 id =
            insert(*db,
                   QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                  "problem_type, handler_id, state, subject, updated_at) VALUES "
                                  "(?, 'phone', 'normal', 'other', ?, 'closed', ?, ?)"),
                   {at, agent, subject, at});
        for (int i = 0; i < 2; ++i)
            event(id, agent, at + 60000 * (i + 1));
        return id;
    }

    void event(qint64 ticketId, qint64 actor, qint64 at) {
        insert(*db,
               QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                              "from_state, to_state) VALUES (?, ?, ?, 'close_satisfied', "
                              "'revisited', 'closed')"),
               {ticketId, at, actor});
    }

    qint64 sampled(const QString &day, qint64 ticketId, qint64 assignee) {
        QString error;
        if (!db->exec(QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                     "time_zone, frame_size, sample_size, drawn_at, drawn_by) "
                                     "VALUES (?, 1, '0.05', 'channel', 'Asia/Shanghai', 20, 1, "
                                     "0, 'test') ON CONFLICT (day) DO NOTHING"),
                      {day}, error))
            qFatal("sampled: %s", qPrintable(error));
        return insert(*db,
                      QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                     "rank_hash, position, assignee_id, added_at, added_by) "
                                     "VALUES (?, ?, 'phone', 'h', 1, ?, 0, 'test')"),
                      {day, ticketId, assignee});
    }

    app::Workspace workspace() {
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = inspector;
        ws.user.login = QStringLiteral("li_qa");
        ws.user.name = QStringLiteral("li_qa");
        QString error;
        if (!PermissionService(*db).effective(inspector, clock.nowMs(), ws.user.permissions, error))
            qWarning("permissions: %s", qPrintable(error));
        return ws;
    }
};

QComboBox *rating(QWidget *dialog, const char *key) {
    return dialog->findChild<QComboBox *>(QStringLiteral("rating_") + QLatin1String(key));
}

void rate(QWidget *dialog, const char *key, int v) {
    QComboBox *box = rating(dialog, key);
    QVERIFY2(box, key);
    const int index = box->findData(v);
    QVERIFY2(index >= 0, key);
    box->setCurrentIndex(index);
}

// Every item of the shipped scorecard, attitude below pass with a root cause; `attitudeComment`
// empty leaves the comment it requires out.
void rateAll(QWidget *d, const QString &attitudeComment) {
    rate(d, "timeliness", 2);
    rate(d, "identity_verification", app::QaReviewDialog::kNotApplicable);
    rate(d, "understanding", 4);
    rate(d, "solution_effectiveness", 5);
    rate(d, "attitude", 2);
    d->findChild<QLineEdit *>(QStringLiteral("comment_attitude"))->setText(attitudeComment);
    auto *causes = d->findChild<QListWidget *>(QStringLiteral("causes_attitude"));
    for (int i = 0; i < causes->count(); ++i) {
        if (causes->item(i)->data(Qt::UserRole).toString() == QLatin1StringView("Impatient"))
            causes->item(i)->setCheckState(Qt::Checked);
    }
    rate(d, "record_completeness", 1);
    rate(d, "satisfaction", app::QaReviewDialog::kNotApplicable);
}

QString cell(const QStandardItemModel *m, int row, int column, int role = Qt::DisplayRole) {
    return m->index(row, column).data(role).toString();
}

} // namespace

class TestQaReviewScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Due reviews overdue first and marked; another inspector's are not listed; a burst of
    // change-feed notices makes one read.
    void myReviewsListsDueOverdueFirst() {
        ReviewWorld w;
        QVERIFY(w.open());
        const qint64 recent = w.ticket(QStringLiteral("Recent"));
        const qint64 old = w.ticket(QStringLiteral("Old"));
        w.sampled(QStringLiteral("2026-03-29"), recent, w.inspector);
        w.sampled(QStringLiteral("2026-03-20"), old, w.inspector);
        w.sampled(QStringLiteral("2026-03-29"), w.ticket(QStringLiteral("Not mine")), w.other);
        app::QaPlace place(w.workspace());
        auto *tabs = place.findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        QVERIFY(tabs);
        // daily sample, my reviews, dashboard, calibration, agreement, scorecards
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(tabs->currentIndex(), 0); // the daily sample first
        app::QaMyReviews *mine = place.myReviews();
        QTRY_VERIFY(mine->isLoaded());
        const QStandardItemModel *m = mine->model();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->index(0, 0).data(app::QaMyReviews::kTicketRole).toLongLong(), old);
        QVERIFY(m->index(0, 0).data(app::QaMyReviews::kOverdueRole).toBool());
        QCOMPARE(cell(m, 0, 5), QStringLiteral("Overdue"));
        QCOMPARE(m->index(1, 0).data(app::QaMyReviews::kTicketRole).toLongLong(), recent);
        QVERIFY(!m->index(1, 0).data(app::QaMyReviews::kOverdueRole).toBool());
        QCOMPARE(cell(m, 1, 5), QStringLiteral("Due"));
        QVERIFY2(mine->summaryText().contains(QLatin1StringView("1 of them overdue")),
                 qPrintable(mine->summaryText()));

        QSignalSpy reads(mine, &app::QaMyReviews::loaded);
        const qint64 row =
            w.sampled(QStringLiteral("2026-03-29"), w.ticket(QStringLiteral("New")), w.inspector);
        place.applyChanges({{1, ChangeEntity::QaSampleTicket, row, ChangeOp::Insert, 0}});
        place.applyChanges({{2, ChangeEntity::QaReview, 1, ChangeOp::Update, 0},
                            {3, ChangeEntity::Ticket, 1, ChangeOp::Update, 0}});
        QTRY_COMPARE(m->rowCount(), 3);
        QTest::qWait(400);
        QCOMPARE(reads.count(), 1); // coalesced
    }

    // Enter on a due review opens it; rated from the keyboard, saved with Ctrl+S (the time
    // spent with it), closed with Esc; reopening resumes the draft.
    void keyboardDraftIsResumed() {
        ReviewWorld w;
        QVERIFY(w.open());
        const qint64 ticket = w.ticket(QStringLiteral("Refund not received"));
        w.sampled(QStringLiteral("2026-03-29"), ticket, w.inspector);
        app::QaPlace place(w.workspace());
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        auto *tabs = place.findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        tabs->setCurrentIndex(1);
        QTRY_COMPARE(place.myReviews()->model()->rowCount(), 1);
        auto *view = place.findChild<QTableView *>(QStringLiteral("reviewsView"));
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *dialog = place.findChild<app::QaReviewDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));

        // The whole ticket beside the scorecard.
        auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        QCOMPARE(timeline->rowCount(), 2);
        QCOMPARE(dialog->scorecard().card.items.size(), 7);

        // The first item has the focus: Down three times is "2 — fully met"; Tab goes to its
        // comment, Tab again to the next item (root causes are for ratings below pass only);
        // "N" picks N/A.
        QCOMPARE(QApplication::focusWidget(), rating(dialog, "timeliness"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(rating(dialog, "timeliness")->currentData().toInt(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 dialog->findChild<QLineEdit *>(QStringLiteral("comment_timeliness")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("on time"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), rating(dialog, "identity_verification"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("N"));
        QCOMPARE(rating(dialog, "identity_verification")->currentData().toInt(),
                 app::QaReviewDialog::kNotApplicable);
        QVERIFY2(dialog->previewText().contains(QLatin1StringView("100.0")),
                 qPrintable(dialog->previewText()));

        w.clock.advance(90 * 1000);
        QSignalSpy saved(dialog, &app::QaReviewDialog::draftSaved);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        const qint64 reviewId = dialog->review().id;
        QCOMPARE(
            value(*w.db, QStringLiteral("SELECT state FROM qa_reviews WHERE id = ?"), {reviewId})
                .toString(),
            QStringLiteral("draft"));
        QCOMPARE(value(*w.db, QStringLiteral("SELECT time_spent_ms FROM qa_reviews WHERE id = ?"),
                       {reviewId})
                     .toLongLong(),
                 90000);
        QCOMPARE(value(*w.db,
                       QStringLiteral("SELECT COUNT(*) FROM qa_review_items WHERE review_id = ?"),
                       {reviewId})
                     .toLongLong(),
                 2);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!place.findChild<app::QaReviewDialog *>());
        QTRY_VERIFY(cell(place.myReviews()->model(), 0, 5).contains(QLatin1StringView("draft")));

        app::QaReviewDialog *again = place.openReview(ticket);
        QVERIFY(again);
        QCOMPARE(again->review().id, reviewId);
        QCOMPARE(rating(again, "timeliness")->currentData().toInt(), 2);
        QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("comment_timeliness"))->text(),
                 QStringLiteral("on time"));
        QCOMPARE(rating(again, "identity_verification")->currentData().toInt(),
                 app::QaReviewDialog::kNotApplicable);
        QCOMPARE(rating(again, "attitude")->currentData().toInt(), app::QaReviewDialog::kNotRated);
        QVERIFY2(again->messageText().contains(QLatin1StringView("resumed")),
                 qPrintable(again->messageText()));
        again->reject();
    }

    // Ctrl+Enter submits in one call: the stored score is the one Scorecards computes, and the
    // review leaves "My reviews".
    void submitStoresTheScore() {
        ReviewWorld w;
        QVERIFY(w.open());
        const qint64 ticket = w.ticket(QStringLiteral("Line down"));
        w.sampled(QStringLiteral("2026-03-29"), ticket, w.inspector);
        app::QaPlace place(w.workspace());
        place.show();
        QTRY_COMPARE(place.myReviews()->model()->rowCount(), 1);
        app::QaReviewDialog *dialog = place.openReview(ticket);
        QVERIFY(dialog);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
        rateAll(dialog, QStringLiteral("curt"));
        const QList<ItemRating> ratings = dialog->ratings();
        const ReviewScore expected = Scorecards::score(dialog->scorecard().card, ratings);
        QCOMPARE(expected.score, 75.0);
        QVERIFY2(dialog->previewText().contains(QLatin1StringView("75.0")),
                 qPrintable(dialog->previewText()));
        const qint64 reviewId = dialog->review().id;
        QSignalSpy submitted(dialog, &app::QaReviewDialog::submitted);
        QTest::keyClick(rating(dialog, "satisfaction"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(submitted.count() == 1, qPrintable(dialog->messageText()));
        QCOMPARE(
            value(*w.db, QStringLiteral("SELECT state FROM qa_reviews WHERE id = ?"), {reviewId})
                .toString(),
            QStringLiteral("submitted"));
        QCOMPARE(
            value(*w.db, QStringLiteral("SELECT score FROM qa_reviews WHERE id = ?"), {reviewId})
                .toDouble(),
            expected.score);
        QCOMPARE(value(*w.db,
                       QStringLiteral("SELECT root_cause FROM qa_review_items i JOIN "
                                      "qa_scorecard_items s ON s.id = i.item_id WHERE "
                                      "i.review_id = ? AND s.key = 'attitude'"),
                       {reviewId})
                     .toString(),
                 QStringLiteral("[\"Impatient\"]"));
        QTRY_VERIFY(!place.findChild<app::QaReviewDialog *>());
        QTRY_COMPARE(place.myReviews()->model()->rowCount(), 0);
    }

    // Attitude below pass without its comment: not submitted, the message names the item and
    // the cursor goes to the comment.
    void missingCommentBlocksSubmit() {
        ReviewWorld w;
        QVERIFY(w.open());
        const qint64 ticket = w.ticket(QStringLiteral("Rude reply"));
        w.sampled(QStringLiteral("2026-03-29"), ticket, w.inspector);
        app::QaPlace place(w.workspace());
        app::QaReviewDialog *dialog = place.openReview(ticket);
        QVERIFY(dialog);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
        rateAll(dialog, QString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->messageText().contains(QLatin1StringView("Attitude")) &&
                     dialog->messageText().contains(QLatin1StringView("comment")),
                 qPrintable(dialog->messageText()));
        QCOMPARE(QApplication::focusWidget(),
                 dialog->findChild<QLineEdit *>(QStringLiteral("comment_attitude")));
        QCOMPARE(value(*w.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE state = "
                                             "'submitted'"))
                     .toLongLong(),
                 0);
        dialog->reject();
    }

    // The inspector acted on the ticket meanwhile: the store refuses the submission, the
    // screen says why and keeps every rating as entered.
    void refusedSubmitKeepsTheRatings() {
        ReviewWorld w;
        QVERIFY(w.open());
        const qint64 ticket = w.ticket(QStringLiteral("Handled by the reviewer"));
        w.sampled(QStringLiteral("2026-03-29"), ticket, w.inspector);
        app::QaPlace place(w.workspace());
        app::QaReviewDialog *dialog = place.openReview(ticket);
        QVERIFY(dialog);
        rateAll(dialog, QStringLiteral("curt"));
        const QList<ItemRating> before = dialog->ratings();
        w.event(ticket, w.inspector, w.clock.nowMs());
        QVERIFY(!dialog->submitReview());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->messageText().contains(QLatin1StringView("handled")),
                 qPrintable(dialog->messageText()));
        const QList<ItemRating> after = dialog->ratings();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).key, before.at(i).key);
            QCOMPARE(after.at(i).value.value_or(-9), before.at(i).value.value_or(-9));
            QCOMPARE(after.at(i).na, before.at(i).na);
            QCOMPARE(after.at(i).comment, before.at(i).comment);
            QCOMPARE(after.at(i).rootCauses, before.at(i).rootCauses);
        }
        QCOMPARE(value(*w.db, QStringLiteral("SELECT state FROM qa_reviews WHERE id = ?"),
                       {dialog->review().id})
                     .toString(),
                 QStringLiteral("draft"));
    }
};

QTEST_MAIN(TestQaReviewScreen)
#include "tst_qa_review_screen.moc"
