// The workstation runner of scheduled reports: only a workstation whose user holds
// reports.schedule runs them; two such workstations on one database make one run of the due
// period, built off the GUI thread, stored and delivered to the schedule's folder.
// A workstation runs every schedule in the schedule's language: a Chinese schedule run by an
// English workstation gives a Chinese PDF, and the interface stays English.
#include "testsupport.h"

#include "reports/reportautorun.h"
#include "reports/reportschedule.h"
#include "security/permissions.h"
#include "shell/mainwindow.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sb;

namespace {
QString pdfText(const QString &pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return p.waitForFinished(60000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}
} // namespace

class TestReportAutoRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(8, 0), QTimeZone("Asia/Shanghai"))};

    qint64 count(const QString &sql) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q, sql, {}, e) || !q.next())
            qFatal("count: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    Session person(const QString &login, const QString &role) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q,
                        QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                       "status_changed_at, login, created_at) VALUES (?, ?, "
                                       "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0) "
                                       "RETURNING id"),
                        {login.toUpper(), login, role, login}, e) ||
            !q.next())
            qFatal("staff: %s", qPrintable(e));
        Session s;
        s.staffId = q.value(0).toLongLong();
        q.finish();
        s.login = login;
        s.roleKey = role;
        if (!PermissionService(*m_db).effective(s.staffId, m_clock.nowMs(), s.permissions, e))
            qFatal("permissions: %s", qPrintable(e));
        return s;
    }
    app::Workspace space(Database *db, const Session &user) {
        app::Workspace ws;
        ws.db = db;
        ws.user = user;
        ws.clock = &m_clock;
        return ws;
    }

private Q_SLOTS:
    void runsOnceFromTwoWorkstations() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString e;
        m_db = test::openMigrated(DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("a.db"))), e);
        QVERIFY2(m_db, qPrintable(e));
        const Session boss = person(QStringLiteral("boss"), QStringLiteral("manager"));
        const Session agent = person(QStringLiteral("agent"), QStringLiteral("agent"));
        QVERIFY(boss.permissions.has(perm::ReportsSchedule));
        QVERIFY(!agent.permissions.has(perm::ReportsSchedule));
        ReportSchedule daily;
        daily.name = QStringLiteral("Daily");
        daily.sections = {QStringLiteral("volume")};
        daily.periodKind = ReportPeriodKind::Day;
        daily.formats = {QStringLiteral("pdf"), QStringLiteral("json")};
        daily.timeOfDay = QTime(7, 0);
        daily.broadcast = false;
        daily.folder = m_dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(daily.folder));
        ReportSchedule saved;
        QVERIFY2(ReportScheduleStore(*m_db, m_clock)
                     .save({boss.staffId, boss.login}, daily, 0, saved, e),
                 qPrintable(e));
        // A Chinese schedule: this workstation's interface is English.
        ReportSchedule chinese = daily;
        chinese.name = QStringLiteral("Daily zh");
        chinese.language = QStringLiteral("zh_CN");
        QVERIFY2(ReportScheduleStore(*m_db, m_clock)
                     .save({boss.staffId, boss.login}, chinese, 0, saved, e),
                 qPrintable(e));
        const qint64 at = QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone("Asia/Shanghai"))
                              .toMSecsSinceEpoch();
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                           "customer_tier, problem_type, updated_at) VALUES (?, "
                                           "'phone', 'normal', 'billing', ?)"),
                            {at, at}, e),
                 qPrintable(e));

        // The agent's workstation runs nothing.
        {
            app::MainWindow window(space(m_db.get(), agent));
            app::installReportsFeature(window);
            QVERIFY(!window.findChild<app::ReportAutoRun *>());
        }
        auto second = Database::open(m_db->url(), QStringLiteral("second"), e);
        QVERIFY2(second, qPrintable(e));
        app::MainWindow a(space(m_db.get(), boss));
        // The second workstation has a background worker: it asks there whether anything is
        // due and opens a connection for a run only when something is.
        DbWorker backgroundB(second->url(), QStringLiteral("background"));
        app::Workspace spaceB = space(second.get(), boss);
        spaceB.background = &backgroundB;
        app::MainWindow b(spaceB);
        app::installReportsFeature(a);
        app::installReportsFeature(b);
        auto *runA = a.findChild<app::ReportAutoRun *>();
        auto *runB = b.findChild<app::ReportAutoRun *>();
        QVERIFY(runA && runB);
        QCOMPARE(app::ReportAutoRun::kIntervalMs, 5 * 60 * 1000);
        QList<ReportRunSummary> settledA, settledB;
        QStringList errors;
        connect(runA, &app::ReportAutoRun::settled, this,
                [&](const ReportRunSummary &s, const QString &err) {
                    settledA << s;
                    errors << err;
                });
        connect(runB, &app::ReportAutoRun::settled, this,
                [&](const ReportRunSummary &s, const QString &err) {
                    settledB << s;
                    errors << err;
                });
        runA->check();
        QVERIFY(runA->isBusy()); // posted to the worker; the GUI thread goes on
        QTRY_COMPARE_WITH_TIMEOUT(settledA.size(), 1, 60000);
        QCOMPARE(errors.first(), QString());
        QCOMPARE(settledA.first().runs.size(), 2);
        for (const ReportRunOutcome &run : settledA.first().runs) {
            QVERIFY2(run.state == ReportRunState::Done, qPrintable(run.error));
            QCOMPARE(run.periodAt, QStringLiteral("2026-12-06"));
            QCOMPARE(run.outputs.size(), 2);
        }
        // Each PDF in its schedule's language; the interface's translation is untouched.
        const QString zhPdf = m_dir.filePath(QStringLiteral("share/Daily-zh-2026-12-06.pdf"));
        const QString enPdf = m_dir.filePath(QStringLiteral("share/Daily-2026-12-06.pdf"));
        QVERIFY(QFile::exists(zhPdf) && QFile::exists(enPdf));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString zhText = pdfText(zhPdf);
            QVERIFY2(zhText.contains(QStringLiteral("投诉定期通报")) &&
                         zhText.contains(QStringLiteral("电话")) &&
                         !zhText.contains(QLatin1StringView("Complaints report")),
                     qPrintable(zhText.left(2000)));
            const QString enText = pdfText(enPdf);
            QVERIFY2(enText.contains(QLatin1StringView("Complaints report")) &&
                         enText.contains(QLatin1StringView("Phone")),
                     qPrintable(enText.left(2000)));
        } else {
            qWarning("pdftotext (poppler-utils) is not installed: the PDFs' text is not read");
        }
        QCOMPARE(QCoreApplication::translate("sb::ReportJsonDocument", "Complaints report"),
                 QStringLiteral("Complaints report"));
        QCOMPARE(QCoreApplication::translate("Labels", "Phone"), QStringLiteral("Phone"));
        runB->check();
        QTRY_COMPARE_WITH_TIMEOUT(settledB.size(), 1, 60000);
        QCOMPARE(settledB.first().runs.size(), 0); // done already: nothing more
        QCOMPARE(errors.last(), QString());
        QVERIFY(!runB->isBusy());
        // A schedule due now is run from the background check as well.
        ReportSchedule hourly = daily;
        hourly.name = QStringLiteral("Hourly");
        hourly.periodKind = ReportPeriodKind::Hour;
        QVERIFY2(ReportScheduleStore(*m_db, m_clock)
                     .save({boss.staffId, boss.login}, hourly, 0, saved, e),
                 qPrintable(e));
        runB->check();
        QTRY_COMPARE_WITH_TIMEOUT(settledB.size(), 2, 60000);
        QCOMPARE(errors.last(), QString());
        QCOMPARE(settledB.last().runs.size(), 1);
        QVERIFY2(settledB.last().runs.first().state == ReportRunState::Done,
                 qPrintable(settledB.last().runs.first().error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 3);
        // Done runs are said in the status bar, in the interface's language.
        QVERIFY2(a.statusBar()->currentMessage().contains(QLatin1StringView("2 built")),
                 qPrintable(a.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestReportAutoRun)
#include "tst_report_autorun.moc"
