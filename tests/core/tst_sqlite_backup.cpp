// SQLite backup and restore: a copy taken while another process writes is consistent and
// checked; restore refuses a database that is in use, and otherwise puts the backup's rows
// back exactly, keeping the old file.
#include "backup/sqlitebackup.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sb;

namespace {

QByteArray complaintLines(int first, int count) {
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += "{\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"phone\","
               "\"customer_tier\":\"normal\",\"problem_type\":\"login_failure\","
               "\"external_id\":\"B" +
               QByteArray::number(i) + "\",\"subject\":\"backup test " + QByteArray::number(i) +
               "\",\"description\":\"" + QByteArray(200, 'x') + "\"}\n";
    return out;
}

qint64 ticketCount(Database &db) {
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every ticket row, every column, in id order: what "identical" means for a restore.
QStringList ticketRows(const QString &path) {
    QString error;
    auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("rows"), error);
    if (!db)
        return {QStringLiteral("cannot open: ") + error};
    QSqlQuery q(db->db());
    q.exec(QStringLiteral("SELECT * FROM tickets ORDER BY id"));
    QStringList rows;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows.append(cols.join(QLatin1Char('|')));
    }
    return rows;
}

// Files in `dir` besides `expected`: no temporary copy may be left behind.
QStringList strayFiles(const QTemporaryDir &dir, const QStringList &expected) {
    QStringList stray;
    for (const QString &f :
         QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!expected.contains(f))
            stray.append(f);
    }
    return stray;
}

// A migrated database with `tickets` complaints, through the CLI as an operator would.
bool makeDatabase(const QString &path, int tickets) {
    const QString url = QStringLiteral("sqlite://") + path;
    if (test::runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url})
            .code != 0)
        return false;
    return tickets == 0 || test::runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url},
                                        complaintLines(0, tickets))
                                   .code == 0;
}

} // namespace

class TestSqliteBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!SqliteBackup::available()) {
            QTemporaryDir dir;
            SqliteBackupReport report;
            QString error;
            QVERIFY(!SqliteBackup::backup(dir.filePath(QStringLiteral("a.db")),
                                          dir.filePath(QStringLiteral("b.db")), {}, report, error));
            QVERIFY2(error.contains(QLatin1StringView("SIGNALBOARD_SQLITE_C_API")),
                     qPrintable(error));
            QSKIP("this build has no SQLite C API: only the refusal is checked");
        }
    }

    void backupWhileAnotherProcessWrites() {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(makeDatabase(live, 3000));
        QString error;
        auto reader = Database::open(DatabaseUrl::sqlite(live), QStringLiteral("reader"), error);
        QVERIFY2(reader, qPrintable(error));

        // Another workstation: the CLI's live feed, which commits whenever its input pauses.
        QProcess writer;
        writer.start(test::toolPath(QStringLiteral("signalboard-cli")),
                     {QStringLiteral("ingest"), QStringLiteral("--db"),
                      QStringLiteral("sqlite://") + live, QStringLiteral("--source"),
                      QStringLiteral("feed")});
        QVERIFY(writer.waitForStarted());
        int fed = 3000;
        const auto feed = [&](int n) {
            writer.write(complaintLines(fed, n));
            fed += n;
            writer.waitForBytesWritten(5000);
        };
        const auto waitForMore = [&](qint64 than) {
            QElapsedTimer t;
            t.start();
            while (ticketCount(*reader) <= than && t.elapsed() < 20000)
                QThread::msleep(20);
            return ticketCount(*reader) > than;
        };
        feed(50);
        QVERIFY(waitForMore(3000)); // the writer is running
        const qint64 before = ticketCount(*reader);

        // Small steps, and the writer commits between them: the first step's callback waits
        // until a commit of the other process is visible.
        bool committedDuringBackup = false;
        int steps = 0;
        SqliteBackupOptions options;
        options.pagesPerStep = 16;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (++steps % 20 == 1) {
                const qint64 now = ticketCount(*reader);
                feed(40);
                if (!committedDuringBackup)
                    committedDuringBackup = waitForMore(now);
            }
        };
        SqliteBackupReport report;
        QVERIFY2(SqliteBackup::backup(live, copy, options, report, error), qPrintable(error));
        QVERIFY(committedDuringBackup);
        QVERIFY2(steps > 20, qPrintable(QString::number(steps)));
        writer.closeWriteChannel();
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);
        const qint64 after = ticketCount(*reader);
        QCOMPARE(after, qint64(fed));
        QVERIFY(after > before);

        // The copy: one file, a consistent snapshot between the counts before and after.
        QCOMPARE(report.path, copy);
        QVERIFY2(
            report.tickets >= before && report.tickets <= after,
            qPrintable(
                QStringLiteral("%1 not in %2..%3").arg(report.tickets).arg(before).arg(after)));
        QCOMPARE(report.bytes, QFileInfo(copy).size());
        QCOMPARE(strayFiles(dir, {QStringLiteral("live.db"), QStringLiteral("live.db-wal"),
                                  QStringLiteral("live.db-shm"), QStringLiteral("copy.db")}),
                 QStringList());
        qint64 checked = -1;
        QVERIFY2(SqliteBackup::verify(copy, checked, error), qPrintable(error));
        QCOMPARE(checked, report.tickets);
        // It opens as a workstation's database, and its tickets are whole rows.
        auto opened = Database::open(DatabaseUrl::sqlite(copy), QStringLiteral("copy"), error);
        QVERIFY2(opened, qPrintable(error));
        QSqlQuery q(opened->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject LIKE 'backup "
                                      "test %' AND length(description) = 200")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), report.tickets);
    }

    void overwriteNeedsForce() {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(makeDatabase(live, 10));
        QFile existing(copy);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an older backup");
        existing.close();
        SqliteBackupReport report;
        QString error;
        QVERIFY(!SqliteBackup::backup(live, copy, {}, report, error));
        QVERIFY2(error.contains(QLatin1StringView("already exists")), qPrintable(error));
        QFile again(copy);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("an older backup"));
        again.close();
        SqliteBackupOptions force;
        force.force = true;
        QVERIFY2(SqliteBackup::backup(live, copy, force, report, error), qPrintable(error));
        QCOMPARE(report.tickets, 10);
        // Not even with force over a database in use: its WAL would be read into the copy.
        auto other = Database::open(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("other.db"))),
                                    QStringLiteral("other"), error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(other->exec(QStringLiteral("CREATE TABLE t(x)"), {}, error));
        QVERIFY(!SqliteBackup::backup(live, dir.filePath(QStringLiteral("other.db")), force, report,
                                      error));
        QVERIFY2(error.contains(QLatin1StringView("looks like a database in use")),
                 qPrintable(error));
        other.reset();
        QFile::remove(dir.filePath(QStringLiteral("other.db")));
        // The source was read through a read-only connection, which leaves SQLite's -wal/-shm
        // beside it as any reader does; nothing else may be left.
        QCOMPARE(strayFiles(dir, {QStringLiteral("live.db"), QStringLiteral("live.db-wal"),
                                  QStringLiteral("live.db-shm"), QStringLiteral("copy.db")}),
                 QStringList());
    }

    void restoreRefusedWhileInUse() {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(makeDatabase(live, 20));
        SqliteBackupReport report;
        QString error;
        QVERIFY2(SqliteBackup::backup(live, copy, {}, report, error), qPrintable(error));
        QVERIFY(test::runCli({QStringLiteral("ingest"), QStringLiteral("--db"),
                              QStringLiteral("sqlite://") + live},
                             complaintLines(100, 5))
                    .code == 0);
        // A workstation with the database open, idle (no statement running).
        auto workstation =
            Database::open(DatabaseUrl::sqlite(live), QStringLiteral("workstation"), error);
        QVERIFY2(workstation, qPrintable(error));
        QCOMPARE(ticketCount(*workstation), 25);
        QVERIFY(!SqliteBackup::restore(copy, live, {}, report, error));
        QVERIFY2(error.contains(QLatin1StringView("is in use")), qPrintable(error));
        QVERIFY(error.contains(QLatin1StringView("Nothing was changed")));
        QVERIFY(!QFileInfo::exists(SqliteBackup::keptName(live)));
        // The workstation goes on working on its database.
        QVERIFY2(workstation->exec(QStringLiteral("UPDATE tickets SET subject = 'still mine' "
                                                  "WHERE id = 1"),
                                   {}, error),
                 qPrintable(error));
        QCOMPARE(ticketCount(*workstation), 25);
        QCOMPARE(strayFiles(dir, {QStringLiteral("live.db"), QStringLiteral("live.db-wal"),
                                  QStringLiteral("live.db-shm"), QStringLiteral("copy.db")}),
                 QStringList());
    }

    void restorePutsBackTheRows() {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(makeDatabase(live, 30));
        SqliteBackupReport report;
        QString error;
        QVERIFY2(SqliteBackup::backup(live, copy, {}, report, error), qPrintable(error));
        const QStringList saved = ticketRows(live);
        QCOMPARE(saved.size(), 30);
        // Later work that the restore rolls back: more tickets and a changed one.
        {
            auto db = Database::open(DatabaseUrl::sqlite(live), QStringLiteral("later"), error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->exec(QStringLiteral("UPDATE tickets SET subject = 'changed later' WHERE "
                                            "id = 3"),
                             {}, error));
        }
        QVERIFY(test::runCli({QStringLiteral("ingest"), QStringLiteral("--db"),
                              QStringLiteral("sqlite://") + live},
                             complaintLines(500, 7))
                    .code == 0);
        const QStringList later = ticketRows(live);
        QCOMPARE(later.size(), 37);

        QVERIFY2(SqliteBackup::restore(copy, live, {}, report, error), qPrintable(error));
        QCOMPARE(report.path, live);
        QCOMPARE(report.tickets, 30);
        QCOMPARE(report.keptOldAs, SqliteBackup::keptName(live));
        QCOMPARE(ticketRows(live), saved);
        QCOMPARE(ticketRows(report.keptOldAs), later);
        // A workstation opens the restored database as usual.
        auto db = Database::open(DatabaseUrl::sqlite(live), QStringLiteral("after"), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(ticketCount(*db), 30);
        db.reset();
        QCOMPARE(strayFiles(dir, {QStringLiteral("live.db"), QStringLiteral("copy.db"),
                                  QStringLiteral("live.db.before-restore")}),
                 QStringList());
        // A second restore would overwrite the kept file: refused until it is moved away.
        QVERIFY(!SqliteBackup::restore(copy, live, {}, report, error));
        QVERIFY2(error.contains(QLatin1StringView("from an earlier restore")), qPrintable(error));
        QCOMPARE(ticketRows(report.keptOldAs.isEmpty() ? SqliteBackup::keptName(live)
                                                       : report.keptOldAs),
                 later);
    }

    void restoreIntoAnEmptyPlace() {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
        QVERIFY(makeDatabase(live, 12));
        SqliteBackupReport report;
        QString error;
        QVERIFY2(SqliteBackup::backup(live, copy, {}, report, error), qPrintable(error));
        QVERIFY2(SqliteBackup::restore(copy, fresh, {}, report, error), qPrintable(error));
        QVERIFY(report.keptOldAs.isEmpty());
        QCOMPARE(ticketRows(fresh), ticketRows(live));
    }

    void badPathsSayWhy() {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        QVERIFY(makeDatabase(live, 3));
        SqliteBackupReport report;
        QString error;
        const auto refused = [&](bool ok, const char *because) {
            if (ok || !error.contains(QLatin1StringView(because))) {
                qWarning("expected a refusal with \"%s\", got %s: %s", because,
                         ok ? "success" : "refusal", qPrintable(error));
                return false;
            }
            return true;
        };
        QVERIFY(
            refused(SqliteBackup::backup(dir.filePath(QStringLiteral("none.db")),
                                         dir.filePath(QStringLiteral("b.db")), {}, report, error),
                    "none.db does not exist"));
        QVERIFY(refused(SqliteBackup::backup(live, dir.filePath(QStringLiteral("no/dir/b.db")), {},
                                             report, error),
                        "/no/dir does not exist"));
        QVERIFY(refused(SqliteBackup::backup(live, dir.path(), {}, report, error), "is a folder"));
        QVERIFY(refused(SqliteBackup::backup(live, live, {}, report, error),
                        "cannot be the database itself"));
        // Not a database, or not a Signalboard one.
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(QByteArray(8192, 'j'));
        j.close();
        QVERIFY(refused(
            SqliteBackup::backup(junk, dir.filePath(QStringLiteral("b.db")), {}, report, error),
            "file is not a database"));
        const QStringList rows = ticketRows(live);
        QVERIFY(refused(SqliteBackup::restore(junk, live, {}, report, error), "is not usable"));
        QVERIFY(error.contains(QLatin1StringView("nothing was changed")));
        QCOMPARE(ticketRows(live), rows);
        QVERIFY(!QFileInfo::exists(SqliteBackup::keptName(live)));
        QCOMPARE(strayFiles(dir, {QStringLiteral("live.db"), QStringLiteral("junk.db")}),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "tst_sqlite_backup.moc"
