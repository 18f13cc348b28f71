// signalboard-cli archive on SQLite, as an operator runs it: the dry run prints the counts per
// table and changes nothing, and a process killed (SIGKILL) after it committed a batch to the
// archive and before it deleted that batch from the live database loses nothing; the rerun
// moves every ticket exactly once, with the same content as before.
#include "archive/archiver.h"
#include "archive/archivetables.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sb;
using archive::ArchiveTables;
using archive::TableDigest;

namespace {

constexpr int kTickets = 4000;

qint64 scalar(Database &db, const QString &sql) {
    QSqlQuery q(db.db());
    QString e;
    if (!db.exec(q, sql, {}, e) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(e));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestArchiveCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // kTickets tickets closed in 2024, each with two events and every tenth with an attachment.
    std::unique_ptr<Database> seeded(const QString &name, QString &url) {
        QString e;
        const DatabaseUrl u = test::sqliteIn(m_dir, name);
        auto db = test::openMigrated(u, e);
        if (!db) {
            qWarning("%s", qPrintable(e));
            return nullptr;
        }
        url = QStringLiteral("sqlite://") + u.path;
        const bool ok = db->transaction(
            [&](QString &err) {
                return db->exec(
                           QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                          "FROM n WHERE i < ?) INSERT INTO tickets (source, "
                                          "external_id, received_at, channel, customer_tier, "
                                          "problem_type, state, updated_at) SELECT 'k', i, "
                                          "1704067200000 + i * 1000, 'phone', 'normal', 'billing', "
                                          "'closed', 1706745600000 + i * 1000 FROM n"),
                           {kTickets}, err) &&
                       db->exec(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, action, "
                                               "to_state) SELECT id, received_at, 'register', "
                                               "'registered' FROM tickets"),
                                {}, err) &&
                       db->exec(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, action, "
                                               "from_state, to_state) SELECT id, updated_at, "
                                               "'close', 'registered', 'closed' FROM tickets"),
                                {}, err) &&
                       db->exec(QStringLiteral("INSERT INTO attachments (ticket_id, name, data, "
                                               "created_at) SELECT id, 'scan.bin', "
                                               "randomblob(64), 0 FROM tickets WHERE id % 10 = 0"),
                                {}, err);
            },
            e);
        if (!ok) {
            qWarning("%s", qPrintable(e));
            return nullptr;
        }
        return db;
    }

private Q_SLOTS:
    void dryRunPrintsCountsAndChangesNothing() {
        QString url;
        auto db = seeded(QStringLiteral("dry.db"), url);
        QVERIFY(db);
        const qint64 seq = scalar(*db, QStringLiteral("SELECT MAX(seq) FROM change_log"));
        const test::CliRun r = test::runCli(
            {QStringLiteral("archive"), QStringLiteral("--db"), url, QStringLiteral("--before"),
             QStringLiteral("2025-01-01"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1 tickets would move").arg(kTickets)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("ticket_events: %1").arg(2 * kTickets)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("attachments: %1").arg(kTickets / 10)),
                 qPrintable(r.out));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), kTickets);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT MAX(seq) FROM change_log")), seq);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM archive_runs")), 0);
        // A --before earlier than every close: nothing would move.
        const test::CliRun early = test::runCli(
            {QStringLiteral("archive"), QStringLiteral("--db"), url, QStringLiteral("--before"),
             QStringLiteral("2024-01-15"), QStringLiteral("--dry-run")});
        QVERIFY2(early.out.contains(QLatin1StringView("0 tickets would move")),
                 qPrintable(early.out));
    }

    void killedBetweenCopyAndDeleteLosesNothing() {
        QString url;
        auto db = seeded(QStringLiteral("kill.db"), url);
        QVERIFY(db);
        QString e;
        QList<TableDigest> before;
        for (const auto &t : archive::movedTables()) {
            TableDigest d;
            QVERIFY2(ArchiveTables::digest(*db, t, {}, d, e), qPrintable(e));
            before.append(d);
        }
        const QString file = m_dir.filePath(QStringLiteral("kill.sbarchive"));
        const QStringList args{
            QStringLiteral("archive"),    QStringLiteral("--db"), url,  QStringLiteral("--before"),
            QStringLiteral("2025-01-01"), QStringLiteral("--to"), file, QStringLiteral("--batch"),
            QStringLiteral("500")};
        QProcess cli;
        cli.start(test::toolPath(QStringLiteral("signalboard-cli")), args);
        QVERIFY(cli.waitForStarted());
        // Once the run is recorded, this connection takes the write lock: the CLI's month
        // roll-ups (their own connection) wait for it to store, while the CLI copies batches
        // into the archive and commits them there; their deletes wait for the roll-ups.
        QElapsedTimer t;
        t.start();
        while (scalar(*db, QStringLiteral("SELECT COUNT(*) FROM archive_runs")) < 1 &&
               t.elapsed() < 20000)
            QThread::msleep(5);
        QVERIFY2(db->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        // Until a batch is in the archive and still in the live database (copied and
        // committed, its delete waiting), well within the CLI's busy timeout.
        std::unique_ptr<Database> archiveDb;
        qint64 inBoth = 0;
        {
            auto a = Database::open(DatabaseUrl::sqlite(file), QStringLiteral("probe"), e);
            QVERIFY2(a, qPrintable(e));
            QVERIFY2(a->exec(QStringLiteral("ATTACH DATABASE ? AS live"), {db->url().path}, e),
                     qPrintable(e));
            t.restart();
            while ((inBoth = scalar(*a, QStringLiteral("SELECT COUNT(*) FROM main.tickets WHERE "
                                                       "id IN (SELECT id FROM live.tickets)"))) ==
                       0 &&
                   t.elapsed() < 8000)
                QThread::msleep(20);
        }
        QVERIFY(cli.state() == QProcess::Running);
        cli.kill(); // SIGKILL: no clean-up
        cli.waitForFinished();
        QVERIFY2(db->exec(QStringLiteral("ROLLBACK"), {}, e), qPrintable(e));
        // The batch waiting for its delete is in both databases; nothing is missing.
        QVERIFY2(inBoth > 0, "no batch was copied and left waiting for its delete");
        QVERIFY2(db->exec(QStringLiteral("ATTACH DATABASE ? AS arc"), {file}, e), qPrintable(e));
        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM arc.tickets WHERE id IN "
                                           "(SELECT id FROM main.tickets)")) > 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM (SELECT id FROM main.tickets "
                                            "UNION SELECT id FROM arc.tickets)")),
                 kTickets);
        QVERIFY2(db->exec(QStringLiteral("DETACH DATABASE arc"), {}, e), qPrintable(e));

        const test::CliRun rerun = test::runCli(args);
        QVERIFY2(rerun.code == 0, qPrintable(rerun.err));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
        archiveDb = Archiver::openArchive(file, false, e);
        QVERIFY2(archiveDb, qPrintable(e));
        QCOMPARE(scalar(*archiveDb, QStringLiteral("SELECT COUNT(*) FROM tickets")), kTickets);
        for (qsizetype i = 0; i < archive::movedTables().size(); ++i) {
            TableDigest d;
            QVERIFY2(ArchiveTables::digest(*archiveDb, archive::movedTables().at(i), {}, d, e),
                     qPrintable(e));
            QCOMPARE(d.rows, before.at(i).rows);
            QCOMPARE(d.sha256, before.at(i).sha256);
        }
        // The killed run stays 'running' in the record; the rerun is done.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE state = "
                                            "'running'")),
                 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE state = "
                                            "'done'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archive_cli.moc"
