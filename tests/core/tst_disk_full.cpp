// A full disk under a SQLite database: an import and a ticket write fail with a message that
// names the cause and the file, the database stays intact, and nothing committed before is
// lost; once there is space again, the same import gives the exact count.
//
// Two ways to fill the disk, the same scenario:
//   fullFileSystem     a real 16 MB tmpfs, mounted in a private mount namespace
//                      (`unshare -rm`, no root needed where user namespaces are allowed): the
//                      test runs itself again in there and fills the file system with ballast.
//                      Skipped where unshare cannot mount.
//   pageLimitReached   SQLite's PRAGMA max_page_count on the product's own connection: SQLite
//                      fails with SQLITE_FULL exactly as on a full disk. Runs everywhere.
#include "io/columnmapping.h"
#include "io/importer.h"
#include "testsupport.h"
#include "tickets/registerticket.h"
#include "util/clock.h"
#include "workflow/ticketworkflow.h"
#include "workflowfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace sb;

namespace {

QByteArray complaintsCsv(int first, int n) {
    QByteArray csv = "received_at,channel,customer_tier,problem_type,external_id,subject,"
                     "description,region,note\r\n";
    for (int i = first; i < first + n; ++i)
        csv += "2026-03-01T10:00:00Z,phone,normal,login_failure,df-" + QByteArray::number(i) +
               ",subject " + QByteArray::number(i) + ",\"" + QByteArray(400, 'x') + "\",north,\r\n";
    return csv;
}

QString writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The ids and subjects of every ticket, in id order.
QStringList ticketList(Database &db) {
    QStringList out;
    QSqlQuery q;
    QString error;
    if (!db.exec(q, QStringLiteral("SELECT id, subject, version FROM tickets ORDER BY id"), {},
                 error))
        qWarning("tickets: %s", qPrintable(error));
    while (q.next())
        out << QStringLiteral("%1 %2 v%3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

} // namespace

class TestDiskFull final : public QObject {
    Q_OBJECT

    // The scenario in `dir`: `fill` makes the disk full, `free` gives space back.
    void scenario(const QString &dir, const std::function<void(Database &)> &fill,
                  const std::function<void(Database &)> &free) {
        const DatabaseUrl url = DatabaseUrl::sqlite(dir + QStringLiteral("/centre.db"));
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        Workflow wf;
        QVERIFY2(wf.load(*db, error), qPrintable(error));
        SystemClock clock;
        const qint64 actor =
            test::insertStaff(*db, QStringLiteral("Handler Wu"), QStringLiteral("wu"));

        // Committed before the disk fills: 200 imported complaints and one that was handled.
        Importer importer(*db, clock);
        ImportReport report;
        const QString first = writeFile(dir + QStringLiteral("/first.csv"), complaintsCsv(0, 200));
        QVERIFY2(importer.importFile(first, ColumnMapping::direct(), {}, report),
                 qPrintable(report.fatal));
        QCOMPARE(report.inserted, 200);
        const qint64 handled =
            test::insertTicket(*db, clock.nowMs(), QStringLiteral("phone"),
                               QStringLiteral("complaint"), QStringLiteral("in_progress"));
        TicketWorkflow flow(*db, wf, clock);
        const WorkflowPermissions all{QStringLiteral("*")};
        ActionOutcome outcome;
        QVERIFY2(flow.apply(handled, 1, actor, all,
                            {QStringLiteral("record"),
                             {{QStringLiteral("opinion"), QStringLiteral("called back")}},
                             {}},
                            outcome, error),
                 qPrintable(error));
        const QStringList before = ticketList(*db);
        QCOMPARE(before.size(), 201);
        // The second file is on another disk in real life: written before this one fills.
        const QString second =
            writeFile(QDir::tempPath() + QStringLiteral("/sb-diskfull-second-%1.csv")
                                             .arg(QCoreApplication::applicationPid()),
                      complaintsCsv(200, 3000));

        fill(*db);
        if (QTest::currentTestFailed())
            return;
        const QString named = QStringLiteral("The disk holding %1 is full")
                                  .arg(QFileInfo(url.path).absoluteFilePath());

        // The import: refused as a whole, saying why.
        QVERIFY(!importer.importFile(second, ColumnMapping::direct(), {}, report));
        QVERIFY2(report.fatal.contains(named), qPrintable(report.fatal));
        QVERIFY2(report.fatal.contains(QStringLiteral("Nothing was imported")),
                 qPrintable(report.fatal));
        QVERIFY(!report.written);
        qInfo("the import says: %s", qPrintable(report.fatal));

        // A ticket write with a long note (a pasted e-mail): refused, saying why.
        const QString note = QString(256 * 1024, QLatin1Char('n'));
        QVERIFY(!flow.apply(handled, 2, actor, all,
                            {QStringLiteral("record"),
                             {{QStringLiteral("opinion"), QStringLiteral("customer wrote")}},
                             note},
                            outcome, error));
        QCOMPARE(flow.failure(), TicketWorkflow::Failure::Database);
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("nothing of this change was saved")),
                 qPrintable(error));
        qInfo("the ticket write says: %s", qPrintable(error));

        // Registering a ticket by hand with a long description: refused, saying why.
        TicketRegistration reg;
        reg.complaint.receivedAt = clock.now();
        reg.complaint.problemType = QStringLiteral("login_failure");
        reg.complaint.source = QStringLiteral("manual");
        reg.complaint.externalId = QStringLiteral("desk-1");
        reg.complaint.subject = QStringLiteral("Long letter");
        reg.complaint.description = note;
        reg.kind = QStringLiteral("complaint");
        reg.state = QStringLiteral("registered");
        reg.actorId = actor;
        reg.nowMs = clock.nowMs();
        qint64 registered = 0;
        QVERIFY(!registerTicket(*db, reg, registered, error));
        QCOMPARE(registered, 0);
        QVERIFY2(error.contains(named), qPrintable(error));

        // Space again: intact, nothing lost, nothing half-written; the import then works.
        free(*db);
        QCOMPARE(test::queryValue(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(ticketList(*db), before);
        QCOMPARE(test::queryValue(*db,
                                  QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE "
                                                 "ticket_id = ?"),
                                  {handled})
                     .toLongLong(),
                 1);
        QVERIFY2(importer.importFile(second, ColumnMapping::direct(), {}, report),
                 qPrintable(report.fatal));
        QCOMPARE(report.inserted, 3000);
        QCOMPARE(test::queryValue(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong(),
                 3201);
        QVERIFY2(flow.apply(handled, 2, actor, all,
                            {QStringLiteral("record"),
                             {{QStringLiteral("opinion"), QStringLiteral("customer wrote")}},
                             note},
                            outcome, error),
                 qPrintable(error));
        QCOMPARE(outcome.version, 3);
        QVERIFY2(registerTicket(*db, reg, registered, error), qPrintable(error));
        QVERIFY(registered > 0);
        QFile::remove(second);
        db.reset();
        // A fresh connection (the next start of the program) reads it all back.
        auto again = Database::open(url, QStringLiteral("reopen"), error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(test::queryValue(*again, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(
            test::queryValue(*again, QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong(),
            3202);
    }

    void pageLimitScenario() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        scenario(
            dir.path(),
            [](Database &db) {
                // Not one page more than the file has now: the next page needed fails.
                const qint64 pages =
                    test::queryValue(db, QStringLiteral("PRAGMA page_count")).toLongLong();
                QVERIFY(pages > 0);
                QCOMPARE(
                    test::queryValue(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages))
                        .toLongLong(),
                    pages);
            },
            [](Database &db) {
                QVERIFY(test::queryValue(db, QStringLiteral("PRAGMA max_page_count = 1000000"))
                            .toLongLong() >= 1000000);
            });
    }

private Q_SLOTS:
    // What counts as a full disk: SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100, "could
    // not extend file"); not other errors that mention space or files.
    void diskFullIsRecognised() {
        QVERIFY(isDiskFull(QSqlError(QStringLiteral("Unable to fetch row"),
                                     QStringLiteral("database or disk is full"),
                                     QSqlError::StatementError, QStringLiteral("13"))));
        QVERIFY(isDiskFull(
            QSqlError(QStringLiteral("QPSQL: Unable to create query"),
                      QStringLiteral("could not extend file \"base/16384/2619\": No space left "
                                     "on device"),
                      QSqlError::StatementError, QStringLiteral("53100"))));
        QVERIFY(isDiskFull(QSqlError({}, QStringLiteral("could not extend file \"base/1/2\""))));
        QVERIFY(!isDiskFull(QSqlError(QStringLiteral("Unable to fetch row"),
                                      QStringLiteral("UNIQUE constraint failed: tickets.id"),
                                      QSqlError::StatementError, QStringLiteral("19"))));
        QVERIFY(!isDiskFull(QSqlError({}, QStringLiteral("could not open file \"x\""),
                                      QSqlError::StatementError, QStringLiteral("58P01"))));
        QVERIFY(!isDiskFull(QSqlError({}, QStringLiteral("database is locked"),
                                      QSqlError::StatementError, QStringLiteral("5"))));
    }

    void fullFileSystem() {
        const QString inside = qEnvironmentVariable("SB_TEST_TMPFS_DIR");
        if (!inside.isEmpty()) {
            // In the private mount namespace, on the tmpfs: fill it with ballast.
            const QString ballast = inside + QStringLiteral("/ballast");
            scenario(
                inside,
                [&](Database &) {
                    QFile f(ballast);
                    QVERIFY(f.open(QIODevice::WriteOnly));
                    const QByteArray chunk(64 * 1024, 'b');
                    while (f.write(chunk) == chunk.size() && f.flush()) {
                    }
                    f.close();
                },
                [&](Database &) { QVERIFY(QFile::remove(ballast)); });
            return;
        }
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("no unshare(1): the page-limit case stands in for a full file system");
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(unshare,
                {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs -o size=16m sbtest \"$1\" || exit 77; "
                                "SB_TEST_TMPFS_DIR=\"$1\" exec \"$2\" fullFileSystem"),
                 QStringLiteral("sh"), mountPoint.path(), QCoreApplication::applicationFilePath()});
        QVERIFY(p.waitForFinished(240000));
        const QString out = QString::fromUtf8(p.readAll());
        if (p.exitCode() == 77 || (p.exitCode() != 0 && !out.contains(QStringLiteral("TestDisk"))))
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1): the page-limit "
                                            "case stands in for a full file system")
                                 .arg(out.trimmed())));
        QVERIFY2(p.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PASS   : TestDiskFull::fullFileSystem()")),
                 qPrintable(out));
    }

    void pageLimitReached() { pageLimitScenario(); }
    // The same through the portable (QtSql) import sink, which other SQLite builds use.
    void pageLimitReachedPortableImport() {
        qputenv("SIGNALBOARD_IMPORT_PORTABLE", "1");
        pageLimitScenario();
        qunsetenv("SIGNALBOARD_IMPORT_PORTABLE");
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
