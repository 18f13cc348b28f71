// Alerts that inform without covering the work: an incident written by another connection
// shows one toast inside the main window, which collapses into the alert drawer after the
// shared setting alerts.toast_seconds; the drawer lists every open incident, the most severe
// first; "Acknowledge" records the signed-in person and the time in the shared database and
// sorts the row last; a rise of the grade alerts again; the status bar's strip keeps the most
// severe open incident in view and its button counts what nobody acknowledged.
#include "admin/settingstab.h"
#include "incidents/alertcenter.h"
#include "incidents/alertdrawer.h"
#include "incidents/alertpopup.h"
#include "incidents_fixture.h"
#include "security/permissions.h"
#include "shell/mainwindow.h"
#include "storage/settingsstore.h"
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sb;
using namespace sb::app;
using namespace sb::test::incidents;

class TestAlertDrawer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;    // this workstation
    std::unique_ptr<Database> m_other; // another workstation: writes the incidents
    ManualClock m_clock{QDateTime::fromString(QStringLiteral("2026-03-02T09:15:00Z"), Qt::ISODate)};
    World m_w;

    Workspace workspace(qint64 staffId) {
        Workspace ws;
        ws.db = m_db.get();
        ws.clock = &m_clock;
        ws.user.staffId = staffId;
        ws.user.login = QStringLiteral("sup");
        ws.user.name = QStringLiteral("Name sup");
        QString e;
        if (!PermissionService(*m_db).effective(staffId, m_clock.nowMs(), ws.user.permissions, e))
            qWarning("permissions: %s", qPrintable(e));
        return ws;
    }
    qint64 openIncident(const QString &type, int grade) {
        return insertId(*m_other,
                        QStringLiteral("INSERT INTO incidents (problem_type, class, grade, "
                                       "trigger_kind, opened_at) VALUES (?, 'routine', ?, "
                                       "'manual', ?)"),
                        {type, grade, m_clock.nowMs()});
    }
    int rowOf(AlertDrawer *drawer, qint64 id) {
        for (int i = 0; i < drawer->alerts().size(); ++i)
            if (drawer->alerts().at(i).incidentId == id)
                return i;
        return -1;
    }
    QPushButton *rowButton(AlertDrawer *drawer, qint64 id, const QString &name) {
        for (auto *b : drawer->findChildren<QPushButton *>(name))
            if (b->property("incidentId").toLongLong() == id)
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void init() {
        static int n = 0;
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir, QStringLiteral("a%1.db").arg(++n)), e);
        QVERIFY2(m_db, qPrintable(e));
        m_other = Database::open(m_db->url(), QStringLiteral("other%1").arg(n), e);
        QVERIFY2(m_other, qPrintable(e));
        m_w = seedWorld(*m_db);
    }
    void cleanup() {
        m_other.reset();
        m_db.reset();
    }

    void toastCollapsesIntoTheDrawerAndAcknowledgeIsRecorded() {
        QString e;
        // A short toast, through the shared setting.
        QVERIFY2(SettingsStore(*m_db).set(QStringLiteral("alerts.toast_seconds"),
                                          QStringLiteral("1"), QStringLiteral("admin"),
                                          m_clock.nowMs(), e),
                 qPrintable(e));
        Workspace ws = workspace(m_w.sup);
        QVERIFY(ws.user.permissions.has(perm::IncidentsConfirm));
        MainWindow w(ws);
        auto *center = new AlertCenter(ws, &w);
        QCOMPARE(center->toastSeconds(), 1);
        QSignalSpy opened(center, &AlertCenter::openRequested);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        qint64 seq = 0;
        QVERIFY(ChangeFeed::currentSeq(*m_db, seq, e));
        FeedThread feed(m_db->url(), seq);
        QObject::connect(&feed, &FeedThread::changed, center, &AlertCenter::applyChanges);
        feed.start();
        QTRY_COMPARE(feed.state(), ChangeFeed::State::Live);

        AlertPopup *toast = center->toast();
        AlertDrawer *drawer = center->drawer();
        QToolButton *button = center->drawerButton();
        QPushButton *strip = center->strip();
        QVERIFY(toast && drawer && button && strip);
        QVERIFY(!toast->isVisible());
        QVERIFY(!strip->isVisible());

        // An incident opens elsewhere: a toast inside the window, at its bottom right.
        const qint64 serious = openIncident(QStringLiteral("payment_failure"), 1);
        QElapsedTimer shown;
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), 20000);
        shown.start();
        QVERIFY(!toast->isWindow());
        QCOMPARE(toast->property("incidentId").toLongLong(), serious);
        QVERIFY(toast->geometry().right() <= w.width());
        QVERIFY(toast->geometry().left() > w.width() / 2);
        QVERIFY(toast->geometry().top() > w.height() / 2);
        QCOMPARE(drawer->alerts().size(), 1);
        QCOMPARE(button->property("count").toInt(), 1);
        QCOMPARE(button->property("grade").toInt(), int(Grade::Serious));
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->property("incidentId").toLongLong(), serious);

        // After the setting's second it collapses; the drawer keeps it.
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 5000);
        QVERIFY2(shown.elapsed() >= 800, qPrintable(QString::number(shown.elapsed())));
        QCOMPARE(drawer->alerts().size(), 1);
        auto *table = drawer->findChild<QTableWidget *>(QStringLiteral("alertTable"));
        QCOMPARE(table->rowCount(), 1);

        // A more severe one takes the toast and the strip; a lesser one only joins the drawer.
        const qint64 urgent = openIncident(QStringLiteral("login_failure"), 2);
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), 20000);
        QCOMPARE(toast->property("incidentId").toLongLong(), urgent);
        const qint64 general = openIncident(QStringLiteral("payout_delay"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(drawer->alerts().size(), 3, 20000);
        QCOMPARE(toast->property("incidentId").toLongLong(), urgent);
        QCOMPARE(drawer->alerts().at(0).incidentId, urgent);
        QCOMPARE(drawer->alerts().at(1).incidentId, serious);
        QCOMPARE(drawer->alerts().at(2).incidentId, general);
        QCOMPARE(button->property("count").toInt(), 3);
        QCOMPARE(button->property("grade").toInt(), int(Grade::Urgent));
        QCOMPARE(strip->property("incidentId").toLongLong(), urgent);
        QVERIFY(strip->text().contains(QLatin1StringView("09:15")) ||
                strip->text().contains(QLatin1StringView(":15")));

        // Acknowledge: recorded with the signed-in person and the clock's time.
        center->drawerDock()->show();
        m_clock.advance(5 * 60000);
        QPushButton *ack = rowButton(drawer, urgent, QStringLiteral("acknowledgeButton"));
        QVERIFY(ack && ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        QCOMPARE(test::incidents::scalar(*m_db,
                                         QStringLiteral("SELECT acked_by FROM incident_alert_acks "
                                                        "WHERE incident_id = ? AND grade = 2"),
                                         {urgent}),
                 m_w.sup);
        QCOMPARE(test::incidents::scalar(*m_db,
                                         QStringLiteral("SELECT acked_at FROM incident_alert_acks "
                                                        "WHERE incident_id = ?"),
                                         {urgent}),
                 m_clock.nowMs());
        // Listed last, saying who and when; the button counts the others.
        QCOMPARE(rowOf(drawer, urgent), 2);
        const QString ackText = AlertDrawer::shortTime(m_clock.nowMs(), m_clock.nowMs());
        QVERIFY(table->item(2, 3)->text().contains(QLatin1StringView("Name sup")));
        QVERIFY(table->item(2, 3)->text().contains(ackText));
        QTRY_VERIFY(!rowButton(drawer, urgent, QStringLiteral("acknowledgeButton")));
        QCOMPARE(button->property("count").toInt(), 2);
        QCOMPARE(button->property("grade").toInt(), int(Grade::Serious));
        // The strip still shows the most severe open incident.
        QCOMPARE(strip->property("incidentId").toLongLong(), urgent);

        // A rise alerts again: a new toast, and the drawer lists it as not acknowledged.
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 5000);
        QVERIFY(m_other->exec(QStringLiteral("UPDATE incidents SET grade = 3 WHERE id = ?"),
                              {urgent}, e));
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), 20000);
        QCOMPARE(toast->property("incidentId").toLongLong(), urgent);
        QCOMPARE(toast->property("grade").toInt(), int(Grade::Major));
        QVERIFY(toast->findChild<QLabel *>(QStringLiteral("alertTitle"))
                    ->text()
                    .contains(QLatin1StringView("(was ")));
        QTRY_COMPARE(rowOf(drawer, urgent), 0);
        QVERIFY(!drawer->alerts().at(0).ack);
        QCOMPARE(button->property("count").toInt(), 3);
        QCOMPARE(button->property("grade").toInt(), int(Grade::Major));
        QCOMPARE(strip->property("grade").toInt(), int(Grade::Major));

        // The strip and the drawer's row open the incident; "Dismiss" collapses the toast.
        QTest::mouseClick(strip, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), urgent);
        QTest::mouseClick(rowButton(drawer, general, QStringLiteral("openWizardButton")),
                          Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).toLongLong(), general);
        QTest::mouseClick(toast->findChild<QPushButton *>(QStringLiteral("dismissButton")),
                          Qt::LeftButton);
        QVERIFY(!toast->isVisible());

        // Resolved elsewhere: gone from the drawer. A changed setting is read again.
        QVERIFY(m_other->exec(QStringLiteral("UPDATE incidents SET state = 'resolved', "
                                             "closed_at = ? WHERE id = ?"),
                              {m_clock.nowMs(), general}, e));
        QTRY_COMPARE_WITH_TIMEOUT(drawer->alerts().size(), 2, 20000);
        QVERIFY(SettingsStore(*m_other).set(QStringLiteral("alerts.toast_seconds"),
                                            QStringLiteral("20"), QStringLiteral("admin"),
                                            m_clock.nowMs(), e));
        QTRY_COMPARE_WITH_TIMEOUT(center->toastSeconds(), 20, 20000);
    }

    // The Settings tab knows the toast's duration and refuses a value out of its range.
    void toastSecondsIsAKnownSetting() {
        const QString key = QString::fromLatin1(AlertCenter::kToastSecondsSetting);
        bool known = false;
        for (const SettingSpec &s : knownSettings())
            known = known || (s.key == key && s.fallback == QStringLiteral("8"));
        QVERIFY(known);
        QCOMPARE(settingProblem(key, QStringLiteral("12")), QString());
        QVERIFY(!settingProblem(key, QStringLiteral("0")).isEmpty());
        QVERIFY(!settingProblem(key, QStringLiteral("eight")).isEmpty());
    }

    void withoutThePermissionAcknowledgeIsOff() {
        openIncident(QStringLiteral("payment_failure"), 2);
        Workspace ws = workspace(m_w.agent1);
        QVERIFY(!ws.user.permissions.has(perm::IncidentsConfirm));
        MainWindow w(ws);
        auto *center = new AlertCenter(ws, &w);
        AlertDrawer *drawer = center->drawer();
        QCOMPARE(drawer->alerts().size(), 1);
        QCOMPARE(center->drawerButton()->property("count").toInt(), 1);
        auto *ack = drawer->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
        QVERIFY(ack);
        QVERIFY(!ack->isEnabled());
        // Even asked directly, nothing is recorded.
        QVERIFY(!drawer->acknowledge(drawer->alerts().first().incidentId));
        QCOMPARE(test::incidents::scalar(
                     *m_db, QStringLiteral("SELECT count(*) FROM incident_alert_acks"), {}),
                 0);
    }
};

QTEST_MAIN(TestAlertDrawer)
#include "tst_alert_drawer.moc"
