// Incidents, live part: the rule set editor names the offending cell and saves a new,
// audited version; a burst written by another connection makes an alert toast appear inside
// the main window, coloured by grade, re-coloured when the grade rises, while the alert
// drawer lists every open incident; the toolbar opens the editor.
#include "grading/metricssource.h"
#include "grading/rulesetstore.h"
#include "incidents/alertdrawer.h"
#include "incidents/alertpopup.h"
#include "incidents/incidentslivefeature.h"
#include "incidents/ruleseteditor.h"
#include "shell/mainwindow.h"
#include "storage/settingsstore.h"
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace sb;
using namespace sb::app;

namespace {
qint64 count(Database &db, const QString &sql) {
    QSqlQuery q(db.db());
    QString e;
    if (!db.exec(q, sql, {}, e) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int rowOf(const QString &key) {
    const auto &types = problemTypes();
    for (int i = 0; i < types.size(); ++i)
        if (types.at(i).key == key)
            return i;
    return -1;
}

// The alert toasts shown: inside a main window, never windows of their own.
QList<AlertPopup *> alerts() {
    QList<AlertPopup *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *p = qobject_cast<AlertPopup *>(w); p && p->isVisible())
            out.append(p);
        for (AlertPopup *p : w->findChildren<AlertPopup *>())
            if (p->isVisible())
                out.append(p);
    }
    return out;
}

void insertComplaint(Database &db, qint64 at, const QString &type, const QString &tier) {
    QString e;
    if (!db.exec(QStringLiteral("INSERT INTO tickets (received_at, channel, customer_tier, "
                                "problem_type, updated_at) VALUES (?, 'phone', ?, ?, ?)"),
                 {at, tier, type, at}, e))
        qWarning("insert: %s", qPrintable(e));
}
} // namespace

class TestIncidentsLive : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    Workspace workspace(const QSet<QString> &permissions) {
        Workspace ws;
        ws.db = m_db.get();
        ws.clock = &m_clock;
        ws.user.staffId = 1;
        ws.user.login = QStringLiteral("admin");
        ws.user.name = QStringLiteral("Admin");
        ws.user.permissions = PermissionSet(permissions, false);
        return ws;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_incidents_live"));
    }
    void init() {
        static int n = 0;
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir, QStringLiteral("g%1.db").arg(++n)), e);
        QVERIFY2(m_db, qPrintable(e));
    }

    void editorNamesTheCellAndSavesANewVersion() {
        RuleSetEditor editor(workspace({QStringLiteral("admin.rules")}));
        editor.show();
        auto *grid = editor.findChild<QTableWidget *>(QStringLiteral("gradingTable"));
        auto *error = editor.findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(grid && error && save && save->isEnabled());
        const int row = rowOf(QStringLiteral("payment_failure"));
        const int urgent = RuleSetEditor::kFirstGradeColumn + 2; // Normal: urgent
        QCOMPARE(grid->item(row, urgent)->text(), QStringLiteral("21–50"));

        // Overlapping serious 11–20.
        grid->item(row, urgent)->setText(QStringLiteral("15–30"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(error->text(), QStringLiteral("Payment failure, Normal: Urgent: range 15–30 "
                                               "overlaps Normal: Serious 11–20"));
        QCOMPARE(grid->currentRow(), row);
        QCOMPARE(grid->currentColumn(), urgent);
        QVERIFY(editor.isVisible());
        // Inverted.
        grid->item(row, urgent)->setText(QStringLiteral("50–21"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(error->text().startsWith(
                     QStringLiteral("Payment failure, Normal: Urgent: range 50–21 is inverted")),
                 qPrintable(error->text()));
        // Not a range, in the VIP half of another row.
        const int vipMajor = RuleSetEditor::kFirstGradeColumn + 4 + 3;
        const int theft = rowOf(QStringLiteral("account_theft"));
        grid->item(row, urgent)->setText(QStringLiteral("21–50"));
        grid->item(theft, vipMajor)->setText(QStringLiteral("lots"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(error->text().startsWith(
                     QLatin1StringView("Account theft / phishing, VIP: Major: \"lots\"")),
                 qPrintable(error->text()));
        QCOMPARE(grid->currentRow(), theft);
        QCOMPARE(grid->currentColumn(), vipMajor);
        // A burst threshold of zero.
        grid->item(theft, vipMajor)->setText(QStringLiteral("≥1"));
        auto *burst = editor.findChild<QTableWidget *>(QStringLiteral("burstTable"));
        burst->item(1, 0)->setText(QStringLiteral("0"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(
            error->text().startsWith(QLatin1StringView("Burst thresholds, Key problem, Normal")),
            qPrintable(error->text()));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM rule_sets")), 0);

        // Valid: key normal burst 4, payment failure urgent from 21 to 40.
        burst->item(1, 0)->setText(QStringLiteral("4"));
        grid->item(row, urgent)->setText(QStringLiteral("21-40"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(editor.savedVersion(), 2); // version 1 = the shipped default, seeded first
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM rule_sets")), 2);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'rule_set.save' AND actor = 'admin'")),
                 1);
        RuleSet active;
        RuleSetVersion meta;
        QString e;
        QVERIFY(RuleSetStore(*m_db).active(active, meta, e));
        QCOMPARE(active.version(), 2);
        QCOMPARE(active.burstThreshold(ProblemClass::Key, GradingTier::Normal), 4);
        QCOMPARE(active.tableGrade(row, GradingTier::Normal, 41), -1);
        QCOMPARE(active.tableGrade(row, GradingTier::Normal, 40), int(Grade::Urgent));
    }

    void editorIsReadOnlyWithoutPermission() {
        RuleSetEditor editor(workspace({QStringLiteral("incidents")}));
        auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QLatin1StringView("admin.rules")));
        auto *grid = editor.findChild<QTableWidget *>(QStringLiteral("gradingTable"));
        QVERIFY(!(grid->item(0, RuleSetEditor::kFirstGradeColumn)->flags() & Qt::ItemIsEditable));
    }

    void burstElsewhereShowsAnAlertColouredByGrade() {
        Workspace ws = workspace({QStringLiteral("admin.rules")});
        MainWindow w(ws);
        qint64 seq = 0;
        QString e;
        QVERIFY(ChangeFeed::currentSeq(*m_db, seq, e));
        installIncidentsLiveFeature(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        FeedThread feed(m_db->url(), seq);
        QObject::connect(&feed, &FeedThread::changed, &w, &MainWindow::applyChanges);
        feed.start();
        QTRY_COMPARE(feed.state(), ChangeFeed::State::Live);

        auto other = Database::open(m_db->url(), QStringLiteral("other"), e);
        QVERIFY2(other, qPrintable(e));
        const qint64 now = m_clock.nowMs();
        // One account theft (security: burst 1) from a normal customer: urgent, red.
        insertComplaint(*other, now - 60000, QStringLiteral("account_theft"),
                        QStringLiteral("normal"));
        QTRY_COMPARE_WITH_TIMEOUT(alerts().size(), 1, 20000);
        AlertPopup *popup = alerts().first();
        QVERIFY(!popup->isWindow()); // a toast inside the main window
        QCOMPARE(popup->window(), &w);
        QCOMPARE(popup->property("grade").toInt(), int(Grade::Urgent));
        QCOMPARE(popup->property("background").toString(), QStringLiteral("#d62728"));
        QVERIFY(popup->findChild<QLabel *>(QStringLiteral("alertTitle"))
                    ->text()
                    .contains(QLatin1StringView("Account theft")));
        QVERIFY(popup->findChild<QLabel *>(QStringLiteral("alertDetail"))
                    ->text()
                    .contains(QLatin1StringView("1 in 30 min")));
        // A VIP one raises it to major: the same toast turns black.
        insertComplaint(*other, now - 30000, QStringLiteral("account_theft"),
                        QStringLiteral("vip"));
        QTRY_COMPARE_WITH_TIMEOUT(popup->property("grade").toInt(), int(Grade::Major), 20000);
        QCOMPARE(popup->property("background").toString(), QStringLiteral("#202020"));
        QCOMPARE(alerts().size(), 1);
        // A second problem type is listed in the drawer; the toast keeps the more severe one,
        // and an update that does not raise changes nothing.
        auto *drawer = w.findChild<AlertDrawer *>(QStringLiteral("alertDrawer"));
        QVERIFY(drawer);
        for (int i = 0; i < 5; ++i)
            insertComplaint(*other, now - 20000 + i, QStringLiteral("site_unreachable"),
                            QStringLiteral("normal"));
        QTRY_COMPARE_WITH_TIMEOUT(drawer->alerts().size(), 2, 20000);
        QCOMPARE(alerts().size(), 1);
        QCOMPARE(alerts().first()->property("grade").toInt(), int(Grade::Major));
        QCOMPARE(drawer->alerts().first().problemType, QStringLiteral("account_theft"));
        QVERIFY(other->exec(QStringLiteral("UPDATE incidents SET summary = 'x'"), {}, e));
        QTest::qWait(300); // nothing to wait for: an update without a rise must not alert
        QCOMPARE(alerts().size(), 1);
        QCOMPARE(drawer->alerts().size(), 2);

        // "Open grading wizard" opens the colleague's grading wizard (non-modal) for that
        // incident and collapses the toast into the drawer.
        QTest::mouseClick(popup->findChild<QPushButton *>(QStringLiteral("openWizardButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(w.findChild<QWidget *>(QStringLiteral("gradingWizard")));
        QTRY_VERIFY(w.findChild<QWidget *>(QStringLiteral("gradingWizard"))->isVisible());
        w.findChild<QWidget *>(QStringLiteral("gradingWizard"))->close();
        QTRY_COMPARE(alerts().size(), 0);
        QCOMPARE(drawer->alerts().size(), 2);

        // The toolbar of the Incidents place opens the rule set editor.
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("incidentsToolBar"));
        QVERIFY(bar);
        w.showPlace(QStringLiteral("tickets"));
        QTRY_VERIFY(!bar->isVisible());
        w.showPlace(QStringLiteral("incidents"));
        QTRY_VERIFY(bar->isVisible());
        bar->findChild<QAction *>(QStringLiteral("gradingRulesAction"))->trigger();
        QTRY_VERIFY(w.findChild<RuleSetEditor *>(QStringLiteral("ruleSetEditor")));
        w.findChild<RuleSetEditor *>(QStringLiteral("ruleSetEditor"))->close();
        w.showPlace(QStringLiteral("tickets"));
        QTRY_VERIFY(!bar->isVisible());
    }

    // metrics.* point at a local endpoint: a 1.3 % affected share of login failures opens an
    // incident (trigger affected_share) and the status bar says ok; when the endpoint fails
    // the status bar says so.
    void metricsSampleOpensAnIncident() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int status = 200;
        const QByteArray body =
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{"
            "\"metric\":{\"problem_type\":\"login_failure\"},\"value\":[" +
            QByteArray::number(double(m_clock.nowMs()) / 1000.0, 'f', 3) + ",\"0.013\"]}]}}";
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *sock = server.nextPendingConnection()) {
                QObject::connect(sock, &QTcpSocket::readyRead, sock, [sock, &status, body] {
                    if (!sock->readAll().contains("\r\n\r\n"))
                        return;
                    const QByteArray b = status == 200 ? body : QByteArray("down");
                    sock->write("HTTP/1.1 " + QByteArray::number(status) +
                                " X\r\nContent-Length: " + QByteArray::number(b.size()) +
                                "\r\nConnection: close\r\n\r\n" + b);
                    sock->disconnectFromHost();
                });
            }
        });
        SettingsStore settings(*m_db);
        QString e;
        QVERIFY(settings.set(
            QStringLiteral("metrics.url"),
            QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(server.serverPort()),
            QStringLiteral("admin"), m_clock.nowMs(), e));
        QVERIFY(settings.set(QStringLiteral("metrics.interval_ms"), QStringLiteral("1000"),
                             QStringLiteral("admin"), m_clock.nowMs(), e));
        MainWindow w(workspace({}));
        installIncidentsLiveFeature(w);
        auto *label = w.findChild<QLabel *>(QStringLiteral("metricsLabel"));
        QVERIFY(label);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(*m_db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE "
                                        "problem_type = 'login_failure' AND "
                                        "trigger_kind = 'affected_share'")),
            1, 20000);
        QCOMPARE(label->property("metricsState").toInt(), int(MetricsSource::State::Ok));
        status = 500;
        QTRY_COMPARE_WITH_TIMEOUT(label->property("metricsState").toInt(),
                                  int(MetricsSource::State::Error), 20000);
        QVERIFY2(label->toolTip().contains(QLatin1StringView("HTTP 500")),
                 qPrintable(label->toolTip()));
    }
};

QTEST_MAIN(TestIncidentsLive)
#include "tst_incidents_live.moc"
