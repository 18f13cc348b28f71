// signalboard-cli report run-due and report schedules: the due run is built, stored with its
// SHA-256 and written to the schedule's folder once; a second run-due does nothing; --at is a
// dry run "as if now" that picks the period across a month end and stores nothing.
#include "testsupport.h"

#include "reports/reportschedule.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sb;
using test::CliRun;
using test::runCli;

class TestReportRunDueCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<Database> m_db;
    qint64 m_daily = 0;
    qint64 m_monthly = 0;
    qint64 m_chinese = 0;
    ReportPeriod m_due;

    qint64 count(const QString &sql) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q, sql, {}, e) || !q.next())
            qFatal("count: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    QList<QJsonObject> lines(const QString &out) {
        QList<QJsonObject> list;
        for (const QString &l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            list.append(QJsonDocument::fromJson(l.toUtf8()).object());
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("r.db"));
        m_url = QStringLiteral("sqlite://") + path;
        QString e;
        m_db = test::openMigrated(DatabaseUrl::sqlite(path), e);
        QVERIFY2(m_db, qPrintable(e));
        QSqlQuery q(m_db->db());
        QVERIFY2(m_db->exec(q,
                            QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                           "status_changed_at, login, created_at) VALUES ('M1', "
                                           "'Boss', (SELECT id FROM roles WHERE key = "
                                           "'manager'), 'active', 0, 'boss', 0) RETURNING id"),
                            {}, e) &&
                     q.next(),
                 qPrintable(e));
        const ReportActor boss{q.value(0).toLongLong(), QStringLiteral("boss")};
        q.finish();
        SystemClock clock;
        ReportScheduleStore store(*m_db, clock);
        ReportSchedule daily;
        daily.name = QStringLiteral("Daily volume");
        daily.sections = {QStringLiteral("volume")};
        daily.periodKind = ReportPeriodKind::Day;
        daily.formats = {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf")};
        daily.timeOfDay = QTime(0, 0);
        daily.broadcast = false;
        daily.folder = m_dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(daily.folder));
        ReportSchedule out;
        QVERIFY2(store.save(boss, daily, 0, out, e), qPrintable(e));
        m_daily = out.id;
        ReportSchedule monthly = daily;
        monthly.name = QStringLiteral("Monthly volume");
        monthly.periodKind = ReportPeriodKind::Month;
        monthly.timeOfDay = QTime(7, 0);
        monthly.dayOfMonth = 1;
        monthly.active = false; // run only when asked by id
        QVERIFY2(store.save(boss, monthly, 0, out, e), qPrintable(e));
        m_monthly = out.id;
        ReportSchedule chinese = daily;
        chinese.name = QStringLiteral("Daily zh");
        chinese.language = QStringLiteral("zh_CN");
        chinese.formats = {QStringLiteral("csv")};
        chinese.active = false; // run only when asked by id
        QVERIFY2(store.save(boss, chinese, 0, out, e), qPrintable(e));
        m_chinese = out.id;
        // Two tickets in the day that is due now, one in February 2026.
        m_due = reportScheduleDuePeriod(daily, QDateTime::currentMSecsSinceEpoch(),
                                        QTimeZone("Asia/Shanghai"));
        const qint64 feb = QDateTime(QDate(2026, 2, 10), QTime(9, 0), QTimeZone("Asia/Shanghai"))
                               .toMSecsSinceEpoch();
        for (const qint64 at : {m_due.startMs() + 1000, m_due.endMs() - 1000, feb})
            QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                               "customer_tier, problem_type, updated_at) VALUES "
                                               "(?, 'phone', 'normal', 'billing', ?)"),
                                {at, at}, e),
                     qPrintable(e));
    }

    void schedulesAreListed() {
        const CliRun r = runCli(
            {QStringLiteral("report"), QStringLiteral("schedules"), QStringLiteral("--db"), m_url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QJsonObject> l = lines(r.out);
        QCOMPARE(l.size(), 3);
        QCOMPARE(l.at(0).value(QStringLiteral("name")).toString(), QStringLiteral("Daily volume"));
        QCOMPARE(l.at(0).value(QStringLiteral("period")).toString(), QStringLiteral("day"));
        QCOMPARE(l.at(2).value(QStringLiteral("active")).toBool(), false);
    }

    void runDueBuildsStoresAndDeliversOnce() {
        const CliRun r = runCli(
            {QStringLiteral("report"), QStringLiteral("run-due"), QStringLiteral("--db"), m_url});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QList<QJsonObject> l = lines(r.out);
        QCOMPARE(l.size(), 1); // the monthly schedule is not active
        const QJsonObject run = l.first();
        QCOMPARE(run.value(QStringLiteral("schedule")).toInteger(), m_daily);
        QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(run.value(QStringLiteral("period")).toString(), m_due.at());
        const QJsonArray outputs = run.value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outputs.size(), 3);
        const qint64 runId = run.value(QStringLiteral("run")).toInteger();
        for (const QJsonValue &v : outputs) {
            const QJsonObject o = v.toObject();
            ReportOutputFile stored;
            QString e;
            QVERIFY2(ReportScheduleStore::output(
                         *m_db, runId, o.value(QStringLiteral("format")).toString(), stored, e),
                     qPrintable(e));
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(stored.bytes, QCryptographicHash::Sha256).toHex());
            QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha);
            QCOMPARE(o.value(QStringLiteral("size")).toInteger(), stored.bytes.size());
            // Delivered to the schedule's folder, byte for byte.
            QFile written(m_dir.filePath(QStringLiteral("share/")) + stored.fileName);
            QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
            QCOMPARE(written.readAll(), stored.bytes);
        }
        ReportOutputFile json;
        QString e;
        QVERIFY(ReportScheduleStore::output(*m_db, runId, QStringLiteral("json"), json, e));
        const QJsonObject report = QJsonDocument::fromJson(json.bytes).object();
        QCOMPARE(report.value(QStringLiteral("volume"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 2);

        // Again at once: the period's run is done; nothing more.
        const CliRun again = runCli(
            {QStringLiteral("report"), QStringLiteral("run-due"), QStringLiteral("--db"), m_url});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(lines(again.out).size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 1);
    }

    // --at: as if it were that time; the month before the build day, and nothing stored.
    void atIsADryRunAcrossAMonthEnd() {
        for (const auto &[at, period] :
             {std::pair{"2026-03-01T06:59", "2026-01"}, std::pair{"2026-03-01T07:00", "2026-02"},
              std::pair{"2026-02-28T23:00:00Z", "2026-02"}}) {
            const CliRun r =
                runCli({QStringLiteral("report"), QStringLiteral("run-due"), QStringLiteral("--db"),
                        m_url, QStringLiteral("--schedule"), QString::number(m_monthly),
                        QStringLiteral("--at"), QString::fromLatin1(at)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QList<QJsonObject> l = lines(r.out);
            QCOMPARE(l.size(), 1);
            QCOMPARE(l.first().value(QStringLiteral("period")).toString(),
                     QString::fromLatin1(period));
            QCOMPARE(l.first().value(QStringLiteral("dry_run")).toBool(), true);
            QCOMPARE(l.first().value(QStringLiteral("run")).toInteger(), 0);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM report_runs")), 1);
    }

    // A zh_CN schedule's documents are in Chinese: the runner passes the schedule's
    // translation to the documents, as on a workstation.
    void chineseScheduleIsWrittenInChinese() {
        const CliRun r =
            runCli({QStringLiteral("report"), QStringLiteral("run-due"), QStringLiteral("--db"),
                    m_url, QStringLiteral("--schedule"), QString::number(m_chinese)});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QList<QJsonObject> l = lines(r.out);
        QCOMPARE(l.size(), 1);
        ReportOutputFile csv;
        QString e;
        QVERIFY2(ReportScheduleStore::output(*m_db,
                                             l.first().value(QStringLiteral("run")).toInteger(),
                                             QStringLiteral("csv"), csv, e),
                 qPrintable(e));
        const QString text = QString::fromUtf8(csv.bytes);
        QVERIFY2(text.contains(QStringLiteral("电话")) &&
                     !text.contains(QLatin1StringView("Phone")),
                 qPrintable(text));
    }

    void usageErrors() {
        QCOMPARE(
            runCli({QStringLiteral("report"), QStringLiteral("run-due"), QStringLiteral("--db"),
                    m_url, QStringLiteral("--at"), QStringLiteral("next tuesday")})
                .code,
            2);
        const CliRun unknown =
            runCli({QStringLiteral("report"), QStringLiteral("run-due"), QStringLiteral("--db"),
                    m_url, QStringLiteral("--schedule"), QStringLiteral("999")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1StringView("#999")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestReportRunDueCli)
#include "tst_report_run_due_cli.moc"
