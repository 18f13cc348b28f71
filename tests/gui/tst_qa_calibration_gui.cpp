// Calibration (校准) through the real widgets, offscreen on a real SQLite database, each person
// on their own workstation (connection and background worker): a QA lead opens a session on a
// ticket of the day's sample and one typed by serial (a bad serial is named first) with two
// inspectors; inspector A scores both tickets, confirming each; B, before scoring, sees none of
// A's scores; B scores; the lead's results show both columns, the differing cells highlighted,
// the α Krippendorff's formula gives for those values and each inspector's bias; the lead
// closes the session. Scoring works from the keyboard alone. An agent's QA place has no
// calibration tab.
#include "qa/calibration.h"
#include "qa/qacalibrationnewdialog.h"
#include "qa/qacalibrationpanel.h"
#include "qa/qacalibrationresults.h"
#include "qa/qacalibrationscoredialog.h"
#include "qa/qaplace.h"
#include "security/permissions.h"
#include "testsupport.h"
#include "tickets/ticketstore.h"
#include "widgetfinders.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using app::QaCalibrationNewDialog;
using app::QaCalibrationPanel;
using app::QaCalibrationResultsView;
using app::QaCalibrationScoreDialog;
using test::visibleChild;

namespace {

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

// 2026-03-29 10:00 +08:00
constexpr qint64 kReceived = 1774749600000;

// The world: a lead, inspectors A and B and an agent; three closed tickets, the first two
// sampled on 2026-03-29.
struct World {
    QTemporaryDir dir;
    DatabaseUrl url;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00+08:00"), Qt::ISODate)};
    qint64 lead = 0, a = 0, b = 0, agent = 0;
    QList<qint64> tickets;

    bool open() {
        QString error;
        url = test::sqliteIn(dir);
        db = test::openMigrated(url, error);
        if (!db) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        lead = staff(QStringLiteral("qian_lead"), QStringLiteral("qa"));
        a = staff(QStringLiteral("li_qa"), QStringLiteral("qa"));
        b = staff(QStringLiteral("zhou_qa"), QStringLiteral("qa"));
        agent = staff(QStringLiteral("wang_agent"), QStringLiteral("agent"));
        for (int i = 0; i < 3; ++i)
            tickets << insert(*db,
                              QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                             "customer_tier, problem_type, handler_id, state, "
                                             "subject, updated_at) VALUES (?, 'phone', 'normal', "
                                             "'other', ?, 'closed', ?, ?)"),
                              {kReceived, agent, QStringLiteral("Refund %1").arg(i), kReceived});
        if (!db->exec(QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                     "time_zone, frame_size, sample_size, drawn_at, drawn_by) "
                                     "VALUES ('2026-03-29', 1, '0.05', 'channel', "
                                     "'Asia/Shanghai', 40, 2, 0, 'test')"),
                      {}, error))
            qFatal("sample: %s", qPrintable(error));
        for (int i = 0; i < 2; ++i)
            insert(*db,
                   QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                  "rank_hash, position, assignee_id, added_at, added_by) VALUES "
                                  "('2026-03-29', ?, 'phone', ?, ?, ?, 0, 'test')"),
                   {tickets.at(i), QStringLiteral("h%1").arg(i), i + 1, a});
        return true;
    }

    qint64 staff(const QString &login, const QString &role) {
        return insert(*db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), login, role, login});
    }

    QString serial(qint64 ticket) const { return TicketStore::serialNumber(ticket, kReceived); }
};

// One person's workstation: their own connection and QA place (with its own worker).
struct Station {
    std::unique_ptr<Database> db;
    std::unique_ptr<app::QaPlace> place;

    Station(World &w, qint64 staffId, const QString &login) {
        QString error;
        db = Database::open(w.url, login, error);
        if (!db)
            qFatal("open: %s", qPrintable(error));
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &w.clock;
        ws.user.staffId = staffId;
        ws.user.login = login;
        ws.user.name = login;
        if (!PermissionService(*db).effective(staffId, w.clock.nowMs(), ws.user.permissions, error))
            qFatal("permissions: %s", qPrintable(error));
        place = std::make_unique<app::QaPlace>(ws);
        place->show();
    }
    QaCalibrationPanel *panel() const { return place->calibration(); }
};

void check(QListWidget *list, const QString &text) {
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(text)) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(text)));
}

void rate(QWidget *dialog, const char *key, int value) {
    auto *box = dialog->findChild<QComboBox *>(QStringLiteral("rating_") + QLatin1String(key));
    QVERIFY2(box, key);
    const int index = box->findData(value);
    QVERIFY2(index >= 0, key);
    box->setCurrentIndex(index);
}

// Every item of the shipped scorecard; attitude and understanding as given.
void rateAll(QWidget *dialog, int attitude, int understanding) {
    rate(dialog, "timeliness", 2);
    rate(dialog, "identity_verification", 1);
    rate(dialog, "understanding", understanding);
    rate(dialog, "solution_effectiveness", 4);
    rate(dialog, "attitude", attitude);
    rate(dialog, "record_completeness", 2);
    rate(dialog, "satisfaction", QaCalibrationScoreDialog::kNotApplicable);
}

// Submits the current ticket: the button, then Yes in the confirmation.
void submitConfirmed(QaCalibrationScoreDialog *dialog) {
    const qint64 ticket = dialog->currentTicket();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitTicketButton")),
                      Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = visibleChild<QMessageBox>(dialog, QStringLiteral("calibrationSubmitConfirm"))));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy() &&
                dialog->messageText().contains(QLatin1StringView("are "
                                                                 "submitted")));
    bool scored = false;
    for (const QaCalibrationTicketStatus &t : dialog->tickets())
        scored = scored || (t.ticketId == ticket && t.scoredByMe);
    QVERIFY(scored);
}

// Scores both tickets of `session` on `s`: attitude and understanding per ticket.
void scoreSession(const Station &s, qint64 session, const QList<std::pair<int, int>> &values) {
    QaCalibrationPanel *panel = s.panel();
    QVERIFY(panel);
    QTRY_VERIFY(panel->selectSession(session));
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("scoreButton"));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = panel->findChild<QaCalibrationScoreDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->tickets().size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(dialog->currentTicket(), dialog->tickets().at(i).ticketId); // next unscored
        // A ticket not fully rated is not submitted, and the item is named.
        rate(dialog, "attitude", values.at(i).first);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitTicketButton")),
                          Qt::LeftButton);
        QVERIFY2(dialog->messageText().contains(QLatin1StringView("is not rated")),
                 qPrintable(dialog->messageText()));
        rateAll(dialog, values.at(i).first, values.at(i).second);
        submitConfirmed(dialog);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(dialog->messageText().contains(QLatin1StringView("every ticket")),
             qPrintable(dialog->messageText()));
    dialog->close();
}

// The side-by-side row of `ticket`'s item `item` (its title as shown).
int sideRow(const QStandardItemModel *m, const QString &serial, const QString &item) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == serial && m->index(r, 1).data().toString() == item)
            return r;
    return -1;
}

int column(const QStandardItemModel *m, const QString &header) {
    for (int c = 0; c < m->columnCount(); ++c)
        if (m->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}

} // namespace

class TestQaCalibrationGui final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void leadOpensInspectorsScoreBlindResultsShowAgreement() {
        World w;
        QVERIFY(w.open());

        // The lead opens a session: one ticket of the sample, one typed by serial.
        Station lead(w, w.lead, QStringLiteral("qian_lead"));
        QaCalibrationPanel *panel = lead.panel();
        QVERIFY(panel);
        auto *tabs = lead.place->findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        QVERIFY(tabs->indexOf(panel->parentWidget()) >= 0);
        QTRY_VERIFY(panel->isLoaded());
        QCOMPARE(panel->sessionsModel()->rowCount(), 0);
        auto *dialog = qobject_cast<QaCalibrationNewDialog *>(test::openDialog(
            panel, QStringLiteral("newSessionButton"), QStringLiteral("qaCalibrationNewDialog")));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isLoaded());
        dialog->setSampleDay(QDate(2026, 3, 29));
        auto *sample = dialog->findChild<QListWidget *>(QStringLiteral("sampleList"));
        QTRY_COMPARE(sample->count(), 2);
        auto *people = dialog->findChild<QListWidget *>(QStringLiteral("participantsList"));
        QVERIFY(people->count() >= 3); // the active inspectors: lead, A, B
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
            ->setText(QStringLiteral("March calibration"));
        check(sample, w.serial(w.tickets.at(0)));
        check(people, QStringLiteral("li_qa"));
        check(people, QStringLiteral("zhou_qa"));
        auto *serials = dialog->findChild<QLineEdit *>(QStringLiteral("serialsEdit"));
        const QString bad = QStringLiteral("CS-20260329-9999999");
        serials->setText(w.serial(w.tickets.at(2)) + QStringLiteral(", ") + bad);
        test::clickOk(dialog, QStringLiteral("newSessionButtons"));
        QTRY_VERIFY(!dialog->isBusy() && !dialog->errorText().isEmpty());
        QVERIFY2(dialog->errorText().contains(bad), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible()); // everything typed stays
        QCOMPARE(test::queryValue(*w.db, QStringLiteral("SELECT COUNT(*) FROM "
                                                        "qa_calibration_sessions"))
                     .toInt(),
                 0);
        serials->setText(w.serial(w.tickets.at(2)));
        test::clickOk(dialog, QStringLiteral("newSessionButtons"));
        QTRY_VERIFY(!visibleChild<QDialog>(panel, QStringLiteral("qaCalibrationNewDialog")));
        QTRY_COMPARE(panel->sessionsModel()->rowCount(), 1);
        const qint64 session =
            panel->sessionsModel()->item(0, 0)->data(QaCalibrationPanel::kSessionRole).toLongLong();
        QVERIFY(session > 0);
        QCOMPARE(panel->sessionsModel()->item(0, 0)->text(), QStringLiteral("March calibration"));
        QCOMPARE(panel->sessionsModel()->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(panel->sessionsModel()->item(0, 4)->text(), QStringLiteral("0 of 2"));
        QVERIFY2(panel->statusText().contains(QLatin1StringView("2 tickets, 2 inspectors")),
                 qPrintable(panel->statusText()));
        {
            std::optional<QaCalibrationSession> s;
            QString error;
            QVERIFY2(QaCalibrationStore(*w.db, w.clock).load(session, s, error), qPrintable(error));
            QVERIFY(s);
            QCOMPARE(s->ticketIds, QList<qint64>({w.tickets.at(0), w.tickets.at(2)}));
            QCOMPARE(s->participants.size(), 2);
        }
        // The lead takes no part: nothing to score.
        QTRY_VERIFY(panel->selectedSession() == session);
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("scoreButton"))->isEnabled());

        // Inspector A scores both tickets.
        Station a(w, w.a, QStringLiteral("li_qa"));
        QVERIFY(a.panel());
        QTRY_COMPARE(a.panel()->sessionsModel()->rowCount(), 1);
        QCOMPARE(a.panel()->sessionsModel()->item(0, 5)->text(), QStringLiteral("To score"));
        scoreSession(a, session, {{5, 4}, {3, 4}});
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(a.panel()->sessionsModel()->item(0, 5)->text(), QStringLiteral("Scored"));

        // B has not scored: A's scores are not shown to B, nor to the lead.
        Station b(w, w.b, QStringLiteral("zhou_qa"));
        QTRY_VERIFY(b.panel()->selectSession(session));
        QaCalibrationResultsView *bResults = b.panel()->results();
        QTRY_VERIFY(bResults->isLoaded());
        const QStandardItemModel *side = bResults->sideBySideModel();
        const int colA = column(side, QStringLiteral("li_qa"));
        const int colB = column(side, QStringLiteral("zhou_qa"));
        QVERIFY(colA >= 2 && colB >= 2);
        QCOMPARE(side->rowCount(), 2 * 8); // two tickets: seven items and the score each
        for (int r = 0; r < side->rowCount(); ++r) {
            QCOMPARE(side->index(r, colA).data().toString(), QStringLiteral("—"));
            QCOMPARE(side->index(r, colB).data().toString(), QStringLiteral("—"));
        }
        for (const QaCalibrationTicket &t : bResults->results().tickets)
            for (const QaCalibrationSheet &s : t.sheets)
                QVERIFY(!s.visible); // nothing of A's is even held
        QVERIFY2(bResults->summaryText().contains(QLatin1StringView("Blind")),
                 qPrintable(bResults->summaryText()));

        // B scores; the lead's results follow the change feed.
        scoreSession(b, session, {{4, 4}, {3, 3}});
        if (QTest::currentTestFailed())
            return;
        lead.place->applyChanges({{1, ChangeEntity::QaCalibration, session, ChangeOp::Insert, 0}});
        QTRY_COMPARE(panel->sessionsModel()->item(0, 4)->text(), QStringLiteral("2 of 2"));
        QaCalibrationResultsView *results = panel->results();
        QTRY_VERIFY(results->isLoaded() && !results->results().tickets.isEmpty() &&
                    results->results().tickets.first().sheets.value(1).visible);
        side = results->sideBySideModel();
        const int leadA = column(side, QStringLiteral("li_qa"));
        const int leadB = column(side, QStringLiteral("zhou_qa"));
        QVERIFY(leadA >= 2 && leadB == leadA + 1);
        const QString s1 = w.serial(w.tickets.at(0));
        const QString s3 = w.serial(w.tickets.at(2));
        const int attitude1 = sideRow(side, s1, QStringLiteral("Attitude"));
        QVERIFY(attitude1 >= 0);
        QCOMPARE(side->index(attitude1, leadA).data().toString(), QStringLiteral("5"));
        QCOMPARE(side->index(attitude1, leadB).data().toString(), QStringLiteral("4"));
        QVERIFY(
            side->index(attitude1, leadA).data(QaCalibrationResultsView::kDiffersRole).toBool());
        QVERIFY(
            side->index(attitude1, leadB).data(QaCalibrationResultsView::kDiffersRole).toBool());
        const int understanding3 =
            sideRow(side, s3, QStringLiteral("Understanding of the problem"));
        QVERIFY(understanding3 >= 0);
        QCOMPARE(side->index(understanding3, leadA).data().toString(), QStringLiteral("4"));
        QCOMPARE(side->index(understanding3, leadB).data().toString(), QStringLiteral("3"));
        const int timeliness1 = sideRow(side, s1, QStringLiteral("Timeliness"));
        QVERIFY(timeliness1 >= 0);
        QCOMPARE(side->index(timeliness1, leadA).data().toString(), QStringLiteral("2"));
        QVERIFY(!side->index(timeliness1, leadA)
                     .data(QaCalibrationResultsView::kDiffersRole)
                     .toBool()); // both scored 2

        // α per item is Krippendorff's (ordinal) of the values typed; the reading is stated.
        ReliabilityData attitude{{5.0, 3.0}, {4.0, 3.0}};
        const AlphaResult expected = Agreement::krippendorffAlpha(attitude, AlphaMetric::Ordinal);
        QVERIFY(expected.defined());
        const QStandardItemModel *agreement = results->agreementModel();
        int attitudeRow = -1;
        for (int r = 0; r < agreement->rowCount(); ++r)
            if (agreement->index(r, 0).data().toString() == QStringLiteral("Attitude"))
                attitudeRow = r;
        QVERIFY(attitudeRow >= 0);
        QCOMPARE(agreement->index(attitudeRow, 1).data().toString(), QStringLiteral("ordinal"));
        QCOMPARE(
            agreement->index(attitudeRow, 2).data(QaCalibrationResultsView::kAlphaRole).toDouble(),
            expected.alpha);
        QCOMPARE(agreement->index(attitudeRow, 2).data().toString(),
                 QString::number(expected.alpha, 'f', 3));
        QCOMPARE(agreement->index(attitudeRow, 3).data().toString(),
                 QaCalibrationResultsView::alphaReading(expected));
        QCOMPARE(agreement->index(attitudeRow, 4).data().toString(),
                 QStringLiteral("50.0 % (1 of 2 pairs)"));
        QCOMPARE(agreement->index(attitudeRow, 5).data().toString(), QStringLiteral("2"));
        // Overall: the review scores (interval), from the scores the scorecard gives.
        ReliabilityData scores(2);
        for (const QaCalibrationTicket &t : results->results().tickets)
            for (int p = 0; p < 2; ++p)
                scores[p].append(t.sheets.at(p).score);
        const int overall = agreement->rowCount() - 1;
        QCOMPARE(agreement->index(overall, 0).data().toString(),
                 QStringLiteral("Overall (review score)"));
        const AlphaResult overallAlpha =
            Agreement::krippendorffAlpha(scores, AlphaMetric::Interval);
        QCOMPARE(agreement->index(overall, 2).data().toString(), alphaTextOf(overallAlpha));
        auto *reading = results->findChild<QLabel *>(QStringLiteral("alphaReading"));
        QVERIFY(reading && reading->text().contains(QLatin1StringView("0.800")) &&
                reading->text().contains(QLatin1StringView("0.667")));

        // Bias: A scored attitude above the mean (+0.25 points), B below.
        const QStandardItemModel *bias = results->biasModel();
        QCOMPARE(bias->rowCount(), 2);
        const int attitudeBias = column(bias, QStringLiteral("Attitude"));
        QVERIFY(attitudeBias > 1);
        QCOMPARE(bias->index(0, 0).data().toString(), QStringLiteral("li_qa"));
        QCOMPARE(bias->index(0, attitudeBias).data().toString(), QStringLiteral("+0.25"));
        QCOMPARE(bias->index(1, attitudeBias).data().toString(), QStringLiteral("−0.25"));

        // The lead closes the session, after confirming.
        QVERIFY(panel->selectSession(session));
        auto *close = panel->findChild<QPushButton *>(QStringLiteral("closeSessionButton"));
        QTRY_VERIFY(close->isEnabled());
        QTest::mouseClick(close, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = visibleChild<QMessageBox>(panel, QStringLiteral("calibrationCloseConfirm"))));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(panel->sessionsModel()->item(0, 1)->text(), QStringLiteral("Closed"));
        QCOMPARE(test::queryValue(*w.db,
                                  QStringLiteral("SELECT state FROM qa_calibration_sessions "
                                                 "WHERE id = ?"),
                                  {session})
                     .toString(),
                 QStringLiteral("closed"));
        QVERIFY(!close->isEnabled());
    }

    // The scoring screen from the keyboard alone: Enter on the session opens it with the first
    // item focused; arrows rate, Tab goes to the next item; Ctrl+Enter asks to confirm and Y
    // (Yes) submits.
    void scoringWorksFromTheKeyboard() {
        World w;
        QVERIFY(w.open());
        QString error;
        qint64 session = 0;
        QaCalibrationStore store(*w.db, w.clock);
        const QaActor lead{w.lead, QStringLiteral("qian_lead")};
        QVERIFY2(store.create(lead, QStringLiteral("Keys"), {w.tickets.at(1)}, session, error),
                 qPrintable(error));
        QVERIFY2(store.addParticipants(lead, session, {w.a}, error), qPrintable(error));

        Station a(w, w.a, QStringLiteral("li_qa"));
        QaCalibrationPanel *panel = a.panel();
        QTRY_COMPARE(panel->sessionsModel()->rowCount(), 1);
        auto *view = panel->findChild<QTableView *>(QStringLiteral("sessionsView"));
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QaCalibrationScoreDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<QaCalibrationScoreDialog *>()) &&
                    dialog->isVisible());
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *first = dialog->findChild<QComboBox *>(QStringLiteral("rating_timeliness"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(first));
        for (int i = 0; i < 7; ++i) {
            QWidget *box = QApplication::focusWidget();
            QVERIFY(qobject_cast<QComboBox *>(box));
            QTest::keyClick(box, Qt::Key_Down); // the scale's lowest value
            QTest::keyClick(box, Qt::Key_Tab);
        }
        QCOMPARE(dialog->ratings().size(), 7);
        QCOMPARE(QApplication::focusWidget(),
                 dialog->findChild<QPushButton *>(QStringLiteral("submitTicketButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = visibleChild<QMessageBox>(dialog, QStringLiteral("calibrationSubmitConfirm"))));
        QVERIFY(QTest::qWaitForWindowActive(box));
        QTest::keyClick(box, Qt::Key_Y); // the mnemonic of Yes
        QTRY_VERIFY2(dialog->messageText().contains(QLatin1StringView("every ticket")),
                     qPrintable(dialog->messageText()));
        QCOMPARE(test::queryValue(*w.db,
                                  QStringLiteral("SELECT COUNT(*) FROM qa_calibration_scores "
                                                 "WHERE session_id = ? AND staff_id = ?"),
                                  {session, w.a})
                     .toInt(),
                 7);
    }

    void agentHasNoCalibrationTab() {
        World w;
        QVERIFY(w.open());
        Station agent(w, w.agent, QStringLiteral("wang_agent"));
        QVERIFY(!agent.panel());
        auto *tabs = agent.place->findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(!tabs->tabText(i).contains(QLatin1StringView("Calibration")));
        QVERIFY(!agent.place->findChild<QaCalibrationPanel *>());
    }

private:
    static QString alphaTextOf(const AlphaResult &a) {
        return QaCalibrationResultsView::alphaText(a);
    }
};

QTEST_MAIN(TestQaCalibrationGui)
#include "tst_qa_calibration_gui.moc"
