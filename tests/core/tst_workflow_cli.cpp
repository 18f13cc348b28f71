// signalboard-cli workflow: calendar import (good and malformed), deadlines, urge.
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::CliRun;
using test::runCli;

namespace {
void write(const QString &path, const QByteArray &data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

class TestWorkflowCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endToEnd() {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("w.db"));
        const QString wf = QStringLiteral("workflow");
        const QString dbo = QStringLiteral("--db");
        CliRun r = runCli({QStringLiteral("db"), QStringLiteral("migrate"), dbo, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        write(
            dir.filePath(QStringLiteral("cn.ics")),
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251001\r\n"
            "DTEND;VALUE=DATE:20251009\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
            "DTSTART;VALUE=DATE:20251011\r\nSUMMARY:国庆节补班\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        r = runCli({wf, QStringLiteral("calendar-import"), dbo, db, QStringLiteral("--file"),
                    dir.filePath(QStringLiteral("cn.ics"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("8 holidays, 1 make-up working days")),
                 qPrintable(r.out));

        write(dir.filePath(QStringLiteral("bad.ics")),
              "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251201\nEND:VEVENT\n"
              "BEGIN:VEVENT\nDTSTART:2025\nEND:VEVENT\nEND:VCALENDAR\n");
        r = runCli({wf, QStringLiteral("calendar-import"), dbo, db, QStringLiteral("--file"),
                    dir.filePath(QStringLiteral("bad.ics"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 6: DTSTART")) &&
                     r.err.contains(QStringLiteral("nothing imported")),
                 qPrintable(r.err));

        r = runCli(
            {QStringLiteral("ingest"), dbo, db},
            R"({"received_at":"2025-09-30T15:00:00+08:00","channel":"chat","customer_tier":"normal","problem_type":"login_failure","external_id":"a1"})"
            "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const QString at = QStringLiteral("--at");
        r = runCli({wf, QStringLiteral("deadlines"), dbo, db, QStringLiteral("--ticket"),
                    QStringLiteral("1"), at, QStringLiteral("2025-09-30T15:00:25+08:00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "first_response  due 2025-09-30T15:00:30+08:00  warning  left 5s")),
                 qPrintable(r.out));
        // Investigation done: 3 working days over the holiday, on the make-up Saturday.
        QVERIFY2(
            r.out.contains(QStringLiteral("investigation_done  due 2025-10-11T15:00:00+08:00  ok")),
            qPrintable(r.out));

        r = runCli(
            {wf, QStringLiteral("urge"), dbo, db, at, QStringLiteral("2025-09-30T15:00:25+08:00")});
        QVERIFY2(r.out.contains(QStringLiteral("1 warnings and 0 overdue")),
                 qPrintable(r.out + r.err));
        r = runCli(
            {wf, QStringLiteral("urge"), dbo, db, at, QStringLiteral("2025-10-10T15:00:00+08:00")});
        QVERIFY2(r.out.contains(QStringLiteral("0 warnings and 2 overdue")),
                 qPrintable(r.out + r.err));
        r = runCli(
            {wf, QStringLiteral("urge"), dbo, db, at, QStringLiteral("2025-10-10T15:00:00+08:00")});
        QVERIFY2(r.out.contains(QStringLiteral("0 warnings and 0 overdue")),
                 qPrintable(r.out + r.err));

        r = runCli({wf, QStringLiteral("urge"), dbo, db, at, QStringLiteral("yesterday")});
        QCOMPARE(r.code, 2);
        r = runCli({wf, QStringLiteral("teleport")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("calendar-import")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCli)
#include "tst_workflow_cli.moc"
