// Walks the grading wizard from an open incident to the announcement with real widgets, then
// checks the incident, its timeline and the message in the database; then the board and the
// incident detail (resolve, post-incident grade, knowledge base).
#include "incidents/gradingwizard.h"
#include "incidents/incidentboard.h"
#include "incidents/incidentdetail.h"
#include "incidents/incidentstore.h"
#include "incidents_fixture.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test::incidents;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QString kPay = QStringLiteral("payment_failure");

template <typename T> T *child(QObject *parent, const char *name) {
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QStringList timeline(Database &db, qint64 incidentId) {
    QSqlQuery q;
    QString error;
    QStringList out;
    if (!db.exec(q,
                 QStringLiteral("SELECT event FROM incident_events WHERE incident_id = ? "
                                "ORDER BY id"),
                 {incidentId}, error))
        qFatal("%s", qPrintable(error));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

class TestIncidentsWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    World m_w;
    qint64 m_incident = 0;
    qint64 m_second = 0; // opened by "another workstation" in detailResolvesAndGradesAfterwards

    app::Workspace workspace() const {
        app::Workspace ws;
        ws.db = m_db.get();
        ws.clock = &m_clock;
        ws.user.staffId = m_w.sup;
        ws.user.login = QStringLiteral("sup");
        ws.user.name = QStringLiteral("Name sup");
        ws.user.roleKey = QStringLiteral("supervisor");
        ws.user.permissions = PermissionSet(
            {QStringLiteral("incidents"), QStringLiteral("incidents.confirm"),
             QStringLiteral("incidents.grade"), QStringLiteral("incidents.override"),
             QStringLiteral("incidents.handover"), QStringLiteral("incidents.resolve"),
             QStringLiteral("incidents.post_grade"), QStringLiteral("broadcast.send"),
             QStringLiteral("kb.edit")},
            false);
        return ws;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_incidents_wizard"));
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        m_w = seedWorld(*m_db);
        const qint64 now = m_clock.nowMs();
        // 12 normal complaints in the last 30 minutes, 2 more in the half hour before, 1 VIP:
        // the table of payment_failure gives serious (11–20 normal in an hour).
        for (int i = 0; i < 12; ++i)
            complaint(*m_db, kPay, now - (i * 2 + 1) * kMinute, QStringLiteral("normal"),
                      QStringLiteral("Top-up %1 failed").arg(i));
        complaint(*m_db, kPay, now - 40 * kMinute, QStringLiteral("normal"));
        complaint(*m_db, kPay, now - 50 * kMinute, QStringLiteral("normal"));
        complaint(*m_db, kPay, now - 3 * kMinute, QStringLiteral("vip"),
                  QStringLiteral("<b>VIP</b> cannot pay"));
        // The engine opened the incident at the fifth complaint.
        IncidentEvent ev;
        ev.atMs = now - 20 * kMinute;
        ev.problemType = RuleSet::typeIndex(QStringView(kPay));
        ev.trigger = IncidentTrigger::BurstNormal;
        IncidentStore::Result r;
        QVERIFY2(IncidentStore(*m_db, RuleSet::defaults()).apply(ev, r, e), qPrintable(e));
        m_incident = r.incidentId;
    }

    void walksTheWizardToTheAnnouncement() {
        app::MainWindow window(workspace());
        app::openGradingWizard(window, m_incident);
        QPointer<app::GradingWizard> wizard =
            window.findChild<app::GradingWizard *>(QStringLiteral("gradingWizard"));
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QAbstractButton *next = wizard->button(QWizard::NextButton);

        // a. Identify: the type is fixed by the incident; find the known problem.
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::Identify));
        auto *type = child<QComboBox>(wizard, "typeCombo");
        QCOMPARE(type->currentData().toString(), kPay);
        QVERIFY(!type->isEnabled());
        QTest::keyClicks(child<QLineEdit>(wizard, "kbSearchEdit"), QStringLiteral("maintenance"));
        child<QPushButton>(wizard, "kbSearchButton")->click();
        auto *results = child<QListWidget>(wizard, "kbResults");
        QCOMPARE(results->count(), 1);
        child<QRadioButton>(wizard, "knownRadio")->click();
        next->click();
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::Identify)); // nothing selected
        QVERIFY(!child<QLabel>(wizard, "identifyError")->text().isEmpty());
        results->setCurrentRow(0);
        QVERIFY(child<QPlainTextEdit>(wizard, "kbBody")
                    ->toPlainText()
                    .contains(QStringLiteral("retry after 04:00")));
        next->click();

        // b. Evidence: live counts per tier and window, trend, samples as plain text.
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::Evidence));
        auto *counts = child<QTableWidget>(wizard, "countsTable");
        QCOMPARE(counts->item(0, 0)->text(), QStringLiteral("12")); // normal, 30 min
        QCOMPARE(counts->item(0, 1)->text(), QStringLiteral("14")); // normal, 60 min
        QCOMPARE(counts->item(1, 0)->text(), QStringLiteral("1"));  // VIP, 30 min
        auto *trend = child<QTableWidget>(wizard, "trendTable");
        int trendSum = 0;
        for (int c = 0; c < trend->columnCount(); ++c)
            trendSum += trend->item(0, c)->text().toInt();
        QCOMPARE(trendSum, 15);
        auto *samples = child<QTableWidget>(wizard, "samplesTable");
        QVERIFY(samples->rowCount() > 0);
        QCOMPARE(samples->item(0, 3)->text(), QStringLiteral("Top-up 0 failed"));
        // Live: a complaint registered elsewhere reaches the page through the change feed.
        complaint(*m_db, kPay, m_clock.nowMs(), QStringLiteral("normal"),
                  QStringLiteral("Just now"));
        window.applyChanges(
            {sb::Change{1, ChangeEntity::Ticket, 0, ChangeOp::Insert, m_clock.nowMs()}});
        QTRY_COMPARE(counts->item(0, 0)->text(), QStringLiteral("13"));
        QCOMPARE(samples->item(0, 3)->text(), QStringLiteral("Just now"));
        child<QCheckBox>(wizard, "shareKnownCheck")->click();
        child<QDoubleSpinBox>(wizard, "shareSpin")->setValue(2.5);
        next->click();

        // c. Grade: the serious cell of the normal tier is highlighted; override to urgent.
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::GradeStep));
        auto *table = child<QTableWidget>(wizard, "gradeTable");
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("11–20"));
        QVERIFY(table->item(0, 1)->font().bold());
        QVERIFY(table->item(0, 1)->background().color() != QColor());
        QVERIFY(!table->item(0, 2)->font().bold());
        auto *grade = child<QComboBox>(wizard, "gradeCombo");
        QCOMPARE(grade->currentData().toInt(), int(Grade::Serious));
        grade->setFocus();
        QTest::keyClick(grade, Qt::Key_Down); // as a person would: serious → urgent
        QCOMPARE(grade->currentData().toInt(), int(Grade::Urgent));
        next->click();
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::GradeStep)); // refused
        QVERIFY2(child<QLabel>(wizard, "gradeError")->text().contains(QStringLiteral("reason")),
                 qPrintable(child<QLabel>(wizard, "gradeError")->text()));
        QTest::keyClicks(child<QPlainTextEdit>(wizard, "overrideReasonEdit"),
                         QStringLiteral("Top-ups of the VIP channel affected"));
        next->click();

        // d. Owner: urgent → service manager on duty.
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::Owner));
        auto *owners = child<QListWidget>(wizard, "ownerList");
        QCOMPARE(owners->count(), 1);
        QVERIFY(owners->item(0)->text().contains(QStringLiteral("Name mgr")));
        owners->setCurrentRow(0);
        next->click();

        // e. Announce: prefilled; the answer script is the known issue's text.
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::Announce));
        QVERIFY(!child<QLineEdit>(wizard, "subjectEdit")->text().isEmpty());
        auto *script = child<QPlainTextEdit>(wizard, "scriptEdit");
        QVERIFY(script->toPlainText().contains(QStringLiteral("retry after 04:00")));
        script->appendPlainText(QStringLiteral("Do not promise compensation."));
        auto *audience = child<QComboBox>(wizard, "audienceCombo");
        audience->setCurrentIndex(audience->findData(int(Audience::Kind::OnDuty)));
        auto *hooks = child<QListWidget>(wizard, "webhookList");
        QCOMPARE(hooks->count(), 2); // the enabled targets only
        for (int i = 0; i < hooks->count(); ++i)
            if (hooks->item(i)->text().contains(QStringLiteral("ops-slack")))
                hooks->item(i)->setCheckState(Qt::Checked);
        next->click();

        // f. Confirm and finish.
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::Confirm));
        const QString summary = child<QPlainTextEdit>(wizard, "summaryText")->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("Top-ups of the VIP channel affected")),
                 qPrintable(summary));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard || !wizard->isVisible());

        // The database: incident, every step in the timeline, the message and its webhook.
        QSqlQuery q;
        QString e;
        QVERIFY2(m_db->exec(q,
                            QStringLiteral("SELECT grade, owner_id, override_reason, "
                                           "confirmation, known_issue_id, state FROM incidents "
                                           "WHERE id = ?"),
                            {m_incident}, e),
                 qPrintable(e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(Grade::Urgent));
        QCOMPARE(q.value(1).toLongLong(), m_w.mgr);
        QCOMPARE(q.value(2).toString(), QStringLiteral("Top-ups of the VIP channel affected"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("known"));
        QCOMPARE(q.value(4).toLongLong(), m_w.knownIssue);
        QCOMPARE(q.value(5).toString(), QStringLiteral("open"));
        QCOMPARE(timeline(*m_db, m_incident),
                 (QStringList{QStringLiteral("opened"), QStringLiteral("known_issue"),
                              QStringLiteral("overridden"), QStringLiteral("handed_over"),
                              QStringLiteral("announced")}));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE incident_id "
                                       "= ? AND actor_id = ?"),
                        {m_incident, m_w.sup}),
                 4);
        QVERIFY2(m_db->exec(q,
                            QStringLiteral("SELECT id, script, sender_id FROM messages WHERE "
                                           "incident_id = ?"),
                            {m_incident}, e),
                 qPrintable(e));
        QVERIFY(q.next());
        const qint64 message = q.value(0).toLongLong();
        QVERIFY(q.value(1).toString().endsWith(QStringLiteral("Do not promise compensation.")));
        QCOMPARE(q.value(2).toLongLong(), m_w.sup);
        QVERIFY(!q.next());
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM message_recipients WHERE "
                                       "message_id = ?"),
                        {message}),
                 4); // on duty: lead, sup, mgr, agent1
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE message_id = ?"),
                        {message}),
                 1);

        // The board shows it, urgent, with its counts.
        window.showPlace(QStringLiteral("incidents"));
        auto *board = qobject_cast<app::IncidentBoard *>(window.place(QStringLiteral("incidents")));
        QVERIFY(board);
        auto *view = child<QTableView>(board, "incidentsView");
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, app::IncidentBoard::GradeCol).data().toString(),
                 QStringLiteral("Urgent"));
        QCOMPARE(view->model()->index(0, app::IncidentBoard::Owner).data().toString(),
                 QStringLiteral("Name mgr"));
        QCOMPARE(view->model()->index(0, app::IncidentBoard::Counts30).data().toString(),
                 QStringLiteral("13 / 1"));
    }

    void detailResolvesAndGradesAfterwards() {
        app::MainWindow window(workspace());
        window.showPlace(QStringLiteral("incidents"));
        auto *board = qobject_cast<app::IncidentBoard *>(window.place(QStringLiteral("incidents")));
        QVERIFY(board);
        board->selectIncident(m_incident);
        child<QPushButton>(board, "resolveButton")->click();
        QPointer<app::IncidentDetail> detail =
            window.findChild<app::IncidentDetail *>(QStringLiteral("incidentDetail"));
        QVERIFY(detail);
        auto *tabs = child<QTabWidget>(detail, "detailTabs");
        QCOMPARE(tabs->currentIndex(), int(app::IncidentDetail::ResolveTab));
        auto *timelineTable = child<QTableWidget>(detail, "timelineTable");
        QCOMPARE(timelineTable->rowCount(), 5);
        QCOMPARE(timelineTable->item(2, 3)->text(), QStringLiteral("Name sup"));

        // Resolving needs a summary.
        child<QPushButton>(detail, "resolveButton")->click();
        QVERIFY(child<QLabel>(detail, "resolveStatus")->text().contains(QStringLiteral("summary")));
        m_clock.advance(100 * kMinute);
        QTest::keyClicks(child<QPlainTextEdit>(detail, "summaryEdit"),
                         QStringLiteral("Channel back at 11:40."));
        child<QPushButton>(detail, "resolveButton")->click();
        QCOMPARE(tabs->currentIndex(), int(app::IncidentDetail::PostGradeTab));
        QCOMPARE(timelineTable->rowCount(), 6);
        // The board no longer lists it, unless asked for recently resolved incidents.
        auto *boardView = child<QTableView>(board, "incidentsView");
        QTRY_COMPARE(boardView->model()->rowCount(), 0);
        child<QCheckBox>(board, "showResolvedCheck")->click();
        QCOMPARE(boardView->model()->rowCount(), 1);
        board->selectIncident(m_incident);
        QVERIFY(child<QPushButton>(board, "detailButton")->isEnabled());
        QVERIFY(!child<QPushButton>(board, "gradeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(board, "resolveButton")->isEnabled());
        child<QCheckBox>(board, "showResolvedCheck")->click();
        QCOMPARE(boardView->model()->rowCount(), 0);

        // Live: an incident another workstation opens appears from the change feed's batch.
        IncidentEvent ev;
        ev.atMs = m_clock.nowMs();
        ev.problemType = RuleSet::typeIndex(QStringLiteral("login_failure"));
        IncidentStore::Result opened;
        QString err;
        QVERIFY2(IncidentStore(*m_db, RuleSet::defaults()).apply(ev, opened, err), qPrintable(err));
        window.applyChanges(
            {sb::Change{1, ChangeEntity::Incident, opened.incidentId, ChangeOp::Insert, ev.atMs}});
        QTRY_COMPARE(boardView->model()->rowCount(), 1);
        m_second = opened.incidentId;

        // Post-incident grade: outage from opening to resolution (120 min: urgent).
        QCOMPARE(child<QSpinBox>(detail, "outageSpin")->value(), 120);
        // Complaints in (opened − 30 min, resolved]: all but the one 50 minutes before now.
        QCOMPARE(child<QSpinBox>(detail, "complaintsSpin")->value(), 15);
        QVERIFY(child<QLabel>(detail, "postResult")->text().contains(QStringLiteral("Urgent")));
        child<QSpinBox>(detail, "usersSpin")->setValue(150000);
        QVERIFY(child<QLabel>(detail, "postResult")->text().contains(QStringLiteral("Major")));
        // Without admin.settings the table is read-only and cannot be saved.
        QVERIFY(!child<QPushButton>(detail, "saveTableButton")->isEnabled());
        child<QPushButton>(detail, "postGradeButton")->click();
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT post_grade FROM incidents WHERE id = ?"),
                        {m_incident}),
                 qint64(Grade::Major));

        // Update the linked knowledge-base entry.
        auto *body = child<QPlainTextEdit>(detail, "kbBodyEdit");
        QVERIFY(body->toPlainText().contains(QStringLiteral("retry after 04:00")));
        body->setPlainText(QStringLiteral("Fixed on 2026-11-24: failover channel added."));
        child<QPushButton>(detail, "kbSaveButton")->click();
        QSqlQuery q;
        QString e;
        QVERIFY2(m_db->exec(q, QStringLiteral("SELECT body FROM kb_articles WHERE id = ?"),
                            {m_w.knownIssue}, e),
                 qPrintable(e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("Fixed on 2026-11-24: failover channel added."));
        QCOMPARE(timeline(*m_db, m_incident).mid(5),
                 (QStringList{QStringLiteral("resolved"), QStringLiteral("post_graded"),
                              QStringLiteral("kb_updated")}));
    }

    void changedMeanwhileSendsBackToTheGrade() {
        QVERIFY(m_second > 0);
        app::MainWindow window(workspace());
        app::openGradingWizard(window, m_second);
        QPointer<app::GradingWizard> wizard =
            window.findChild<app::GradingWizard *>(QStringLiteral("gradingWizard"));
        QVERIFY(wizard);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        while (wizard->currentId() != app::GradingWizard::Confirm) {
            const int before = wizard->currentId();
            next->click();
            QVERIFY2(wizard->currentId() != before, qPrintable(QString::number(before)));
        }
        // The engine raises the grade while the person reads the summary.
        QString e;
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE incidents SET grade = 1, version = version + 1 "
                                           "WHERE id = ?"),
                            {m_second}, e),
                 qPrintable(e));
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard && wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(app::GradingWizard::GradeStep));
        QVERIFY(child<QLabel>(wizard, "gradeError")->text().contains(QStringLiteral("changed")));
        QCOMPARE(child<QComboBox>(wizard, "gradeCombo")->currentData().toInt(),
                 int(Grade::Serious)); // worked out anew: grades do not go down
        while (wizard->currentId() != app::GradingWizard::Confirm)
            next->click();
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard || !wizard->isVisible());
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT grade FROM incidents WHERE id = ?"), {m_second}),
            qint64(Grade::Serious));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT owner_id FROM incidents WHERE id = ?"),
                        {m_second}),
                 m_w.sup);
    }

    void permissionsDisableWhatTheyDoNotAllow() {
        app::Workspace ws = workspace();
        ws.user.permissions = PermissionSet({QStringLiteral("incidents.grade")}, false);
        ws.canWrite = false;
        ws.readOnlyReason = QStringLiteral("The database schema is newer than this program.");
        app::MainWindow window(ws);
        app::openGradingWizardForType(window, QStringLiteral("login_failure"));
        QPointer<app::GradingWizard> wizard =
            window.findChild<app::GradingWizard *>(QStringLiteral("gradingWizard"));
        QVERIFY(wizard);
        QVERIFY(child<QComboBox>(wizard, "typeCombo")->isEnabled());
        auto *grade = child<QComboBox>(wizard, "gradeCombo");
        QVERIFY(!grade->isEnabled());
        QVERIFY(grade->toolTip().contains(QStringLiteral("incidents.override")));
        auto *announce = child<QCheckBox>(wizard, "announceCheck");
        QVERIFY(!announce->isEnabled() && !announce->isChecked());
        QVERIFY(announce->toolTip().contains(QStringLiteral("broadcast.send")));
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        while (wizard->currentId() != app::GradingWizard::Confirm)
            next->click();
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard, "finishError")->text().contains(ws.readOnlyReason));

        // An incident that does not exist: the reason is shown and nothing can be finished.
        auto *missing = new app::GradingWizard(workspace(), 987654, QString(), &window);
        missing->show();
        QVERIFY(child<QLabel>(missing, "identifyError")->text().contains(QStringLiteral("987654")));
        while (missing->currentId() != app::GradingWizard::Confirm)
            missing->button(QWizard::NextButton)->click();
        QVERIFY(!missing->button(QWizard::FinishButton)->isEnabled());

        window.showPlace(QStringLiteral("incidents"));
        QWidget *board = window.place(QStringLiteral("incidents"));
        auto *newGrade = child<QPushButton>(board, "newGradeButton");
        QVERIFY(!newGrade->isEnabled());
        QCOMPARE(newGrade->toolTip(), ws.readOnlyReason);
    }
};

QTEST_MAIN(TestIncidentsWizard)
#include "tst_incidents_wizard.moc"
