// The archive's row work inside SQLite (live database on SQLite): the digest SQLite computes
// (SqliteDigest) is byte for byte the one of the values QtSql reads (the manifests of archives
// written before, and the PostgreSQL path, depend on it) for every kind of value, and tells
// kinds apart; the archive a run writes file to file is the one the QtSql path writes; a row
// changed between the copy and the check stays; an appeal leaves before the ticket it
// appeals (the archive enforces no foreign keys); and an archive keeps no change feed (its
// change_log triggers are dropped, its guards kept) and still reads, checks and restores; a
// ticket reopened while its copied batch waits for the month roll-ups stays, and the manifest
// is that of the archive as the run leaves it, while one edited meanwhile stops its batch; a
// ticket a table the run does not know names stays.
#include "archive/archiver.h"
#include "archive/archivereader.h"
#include "archive/archivetables.h"
#include "archive/sqlitedigest.h"
#include "archivefixture.h"
#include "storage/dialect.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <limits>
#include <thread>

using namespace sb;
using archive::ArchiveTables;
using archive::SqliteDigest;
using archive::TableDigest;
using archive::TicketReference;

namespace {

const TicketReference kProbe{QStringLiteral("probe"), QStringLiteral("ticket_id"),
                             QStringLiteral("id")};

// The manifest of the last run of an archive: table → "rows sha256".
QMap<QString, QString> manifestOf(const QString &file) {
    QMap<QString, QString> out;
    QString e;
    auto db = Archiver::openArchive(file, false, e);
    if (!db) {
        qWarning("%s", qPrintable(e));
        return out;
    }
    QSqlQuery q(db->db());
    if (!db->exec(q, QStringLiteral("SELECT table_name, row_count, sha256 FROM archive_manifest"),
                  {}, e))
        qWarning("%s", qPrintable(e));
    while (q.next())
        out.insert(q.value(0).toString(),
                   q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString());
    return out;
}

} // namespace

class TestArchiveSqlite : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> probeDatabase(const QString &name) {
        QString e;
        auto db = Database::open(test::sqliteIn(m_dir, name), QStringLiteral("probe"), e);
        if (!db || !db->exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, "
                                            "ticket_id INTEGER NOT NULL, v, w TEXT)"),
                             {}, e))
            qWarning("%s", qPrintable(e));
        return db;
    }

    void requireSqliteDigest(const Database &db) {
#if defined(SIGNALBOARD_SQLITE_C_API)
        QString why;
        QVERIFY2(SqliteDigest::usable(db, why), qPrintable(why));
#else
        Q_UNUSED(db);
        QSKIP("built without the SQLite C API: the digest is QtSql's only");
#endif
    }

private Q_SLOTS:
    // Every kind of value SQLite stores, one row each (ticket_id = id), inserted in reverse
    // key order: the digest inside SQLite equals the QtSql one row by row, over any ticket set
    // and over the whole table (in key order).
    void sqlDigestIsTheValueDigest() {
        auto db = probeDatabase(QStringLiteral("values.db"));
        QVERIFY(db);
        requireSqliteDigest(*db);
        const QStringList values{
            QStringLiteral("NULL"),
            QStringLiteral("0"),
            QStringLiteral("-1"),
            QStringLiteral("9223372036854775807"),
            QStringLiteral("-9223372036854775808"),
            QStringLiteral("1.5"),
            QStringLiteral("-0.0"),
            QStringLiteral("0.1"),
            QStringLiteral("1e300"),
            QStringLiteral("-2.2250738585072014e-308"),
            QStringLiteral("123456789012345678.0"),
            QStringLiteral("''"),
            QStringLiteral("'plain ASCII'"),
            QStringLiteral("'投诉 — résumé'"),
            QStringLiteral("'emoji 😀 four bytes'"),
            QStringLiteral("char(65279) || 'after a byte-order mark'"),
            QStringLiteral("'a' || char(0) || 'b'"),
            QStringLiteral("CAST(X'C3' AS TEXT)"),       // a cut sequence
            QStringLiteral("CAST(X'EDA080' AS TEXT)"),   // a surrogate
            QStringLiteral("CAST(X'C080' AS TEXT)"),     // overlong NUL
            QStringLiteral("CAST(X'F4908080' AS TEXT)"), // above U+10FFFF
            QStringLiteral("CAST(X'41FF42' AS TEXT)"),
            QStringLiteral("X''"),
            QStringLiteral("X'00FF10'"),
            QStringLiteral("randomblob(3000)"),
        };
        QString e;
        for (qsizetype i = values.size(); i > 0; --i)
            QVERIFY2(db->exec(QStringLiteral("INSERT INTO probe (id, ticket_id, v, w) VALUES "
                                             "(?, ?, %1, ?)")
                                  .arg(values.at(i - 1)),
                              {i, i, i % 2 ? QVariant(QStringLiteral("w%1").arg(i)) : QVariant()},
                              e),
                     qPrintable(e));
        for (qint64 id = 1; id <= values.size(); ++id) {
            TableDigest inSqlite;
            TableDigest throughQt;
            QVERIFY2(ArchiveTables::digest(*db, kProbe, {id}, inSqlite, e), qPrintable(e));
            QVERIFY2(ArchiveTables::digestValues(*db, kProbe, {id}, throughQt, e), qPrintable(e));
            QCOMPARE(inSqlite.rows, 1);
            QVERIFY2(inSqlite == throughQt, qPrintable(values.at(id - 1)));
        }
        for (const QList<qint64> &ids : {QList<qint64>{}, QList<qint64>{3, 1, 20, 7}}) {
            TableDigest inSqlite;
            TableDigest throughQt;
            QVERIFY2(ArchiveTables::digest(*db, kProbe, ids, inSqlite, e), qPrintable(e));
            QVERIFY2(ArchiveTables::digestValues(*db, kProbe, ids, throughQt, e), qPrintable(e));
            QCOMPARE(inSqlite.rows, ids.isEmpty() ? values.size() : ids.size());
            QCOMPARE(inSqlite.sha256, throughQt.sha256);
            // Some columns only, as the check of a batch compares them.
            const QStringList some{QStringLiteral("w"), QStringLiteral("id")};
            QVERIFY2(ArchiveTables::digest(*db, kProbe, ids, inSqlite, e, some), qPrintable(e));
            QVERIFY2(ArchiveTables::digestValues(*db, kProbe, ids, throughQt, e, some),
                     qPrintable(e));
            QCOMPARE(inSqlite.sha256, throughQt.sha256);
        }
        // No row at all: the digest of nothing, both ways.
        TableDigest none;
        TableDigest noneQt;
        QVERIFY2(ArchiveTables::digest(*db, kProbe, {999}, none, e), qPrintable(e));
        QVERIFY2(ArchiveTables::digestValues(*db, kProbe, {999}, noneQt, e), qPrintable(e));
        QCOMPARE(none.rows, 0);
        QCOMPARE(none.sha256, noneQt.sha256);
    }

    // The same number as an integer, a real, a text and a blob, or a row in another order,
    // digest differently.
    void digestTellsKindsAndOrderApart() {
        auto db = probeDatabase(QStringLiteral("kinds.db"));
        QVERIFY(db);
        requireSqliteDigest(*db);
        QString e;
        const QStringList kinds{QStringLiteral("1"), QStringLiteral("1.0"), QStringLiteral("'1'"),
                                QStringLiteral("X'31'"), QStringLiteral("NULL")};
        QSet<QByteArray> seen;
        for (int i = 0; i < kinds.size(); ++i) {
            QVERIFY2(db->exec(QStringLiteral("INSERT INTO probe (id, ticket_id, v) VALUES (?, ?, "
                                             "%1)")
                                  .arg(kinds.at(i)),
                              {i + 1, i + 1}, e),
                     qPrintable(e));
            TableDigest d;
            QVERIFY2(ArchiveTables::digest(*db, kProbe, {i + 1}, d, e), qPrintable(e));
            seen.insert(d.sha256);
        }
        QCOMPARE(seen.size(), kinds.size());
        TableDigest before;
        QVERIFY2(ArchiveTables::digest(*db, kProbe, {}, before, e), qPrintable(e));
        // The same rows under swapped keys: another order, another digest.
        QVERIFY2(db->exec(QStringLiteral("UPDATE probe SET id = -id"), {}, e), qPrintable(e));
        TableDigest after;
        QVERIFY2(ArchiveTables::digest(*db, kProbe, {}, after, e), qPrintable(e));
        QCOMPARE(after.rows, before.rows);
        QVERIFY(after.sha256 != before.sha256);
    }

    // The same live database archived file to file inside SQLite and through QtSql
    // (SIGNALBOARD_ARCHIVE_PORTABLE=1): the same manifest, row counts and SHA-256 alike.
    void inSqliteAndPortableWriteTheSameArchive() {
        QMap<QString, QString> manifests[2];
        for (int portable = 0; portable < 2; ++portable) {
            if (portable)
                qputenv("SIGNALBOARD_ARCHIVE_PORTABLE", "1");
            test::ArchiveFixture f;
            QString e;
            const QString file = f.dir.filePath(QStringLiteral("same.sbarchive"));
            const bool ok = f.setUp(file, e);
            qunsetenv("SIGNALBOARD_ARCHIVE_PORTABLE");
            QVERIFY2(ok, qPrintable(e));
            if (!portable)
                requireSqliteDigest(*f.live);
            manifests[portable] = manifestOf(file);
        }
        QCOMPARE(manifests[0].size(), archive::movedTables().size());
        QVERIFY(manifests[0].value(QStringLiteral("tickets")).startsWith(QLatin1StringView("3 ")));
        QCOMPARE(manifests[0], manifests[1]);
    }

    // A ticket changed between the copy and the check (a run stopped there, or a write in
    // between): the check inside SQLite sees it, nothing is deleted, and the rerun moves the
    // ticket as it is now.
    void changedAfterCopyStaysUntilRerun() {
        test::ArchiveFixture f;
        QString e;
        const QString file = f.dir.filePath(QStringLiteral("changed.sbarchive"));
        QVERIFY2(f.setUp(f.dir.filePath(QStringLiteral("first.sbarchive")), e), qPrintable(e));
        const qint64 id =
            f.ticket(QStringLiteral("closed"), f.monthsAgo(7), QStringLiteral("phone"), e);
        QVERIFY2(id, qPrintable(e));
        const RetentionCutoff cutoff =
            RetentionCutoff::at(RetentionRules{}, f.clock.now(), f.clock.nowMs());
        Archiver archiver(*f.live, f.clock);
        auto archiveDb = Archiver::openArchive(file, true, e);
        QVERIFY2(archiveDb, qPrintable(e));
        QVERIFY2(archiver.copyBatch(*archiveDb, {id}, e), qPrintable(e));
        QVERIFY2(f.run(QStringLiteral("UPDATE tickets SET subject = 'changed since' WHERE id = ?"),
                       {id}, e),
                 qPrintable(e));
        ArchiveReport report;
        QVERIFY(!archiver.verifyAndDelete(*archiveDb, cutoff, {id}, report, e));
        QVERIFY2(e.contains(QLatin1StringView("tickets")), qPrintable(e));
        QSqlQuery q(f.live->db());
        QVERIFY(
            f.live->exec(q, QStringLiteral("SELECT subject FROM tickets WHERE id = ?"), {id}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("changed since"));
        q.finish(); // a run needs its connection to itself (SqliteArchive)
        archiveDb.reset();
        QVERIFY2(
            archiver.archive(cutoff, f.clock.nowMs(), file, QStringLiteral("admin"), report, e),
            qPrintable(e));
        QCOMPARE(report.tickets, 1);
        archiveDb = Archiver::openArchive(file, false, e);
        QVERIFY2(archiveDb, qPrintable(e));
        QSqlQuery a(archiveDb->db());
        QVERIFY(archiveDb->exec(a, QStringLiteral("SELECT subject FROM tickets WHERE id = ?"), {id},
                                e));
        QVERIFY(a.next());
        QCOMPARE(a.value(0).toString(), QStringLiteral("changed since"));
    }

    // The archive file written to has no change feed: no trigger writes its change_log (the
    // copy of every ticket, event and context row wrote one), the triggers that guard rows stay;
    // the archive still opens read-only, matches its manifest, and restores, the live database
    // telling its workstations as before.
    void archiveKeepsNoChangeFeed() {
        test::ArchiveFixture f;
        QString e;
        const QString file = f.dir.filePath(QStringLiteral("feedless.sbarchive"));
        QVERIFY2(f.setUp(file, e), qPrintable(e));
        {
            auto db = Archiver::openArchive(file, false, e);
            QVERIFY2(db, qPrintable(e));
            QSqlQuery q(db->db());
            QVERIFY(db->exec(q,
                             QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                            "'trigger' AND sql LIKE '%change_log%'"),
                             {}, e));
            QStringList left;
            while (q.next())
                left.append(q.value(0).toString());
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
            // (The rows its migrations' seed data logged before the triggers went stay.)
            QVERIFY(db->exec(q,
                             QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity IN "
                                            "('ticket', 'ticket_event', 'staff', 'incident')"),
                             {}, e));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
            QVERIFY(db->exec(q,
                             QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                            "'trigger' AND name IN ('audit_log_no_update', "
                                            "'report_rollups_final_u')"),
                             {}, e));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 2);
        }
        auto reader = ArchiveReader::open(file, e);
        QVERIFY2(reader, qPrintable(e));
        ArchiveManifest manifest;
        QVERIFY2(ArchiveReader::readManifest(*reader, manifest, e), qPrintable(e));
        QCOMPARE(manifest.tickets, f.archived.size());
        QStringList warnings;
        QVERIFY2(ArchiveReader::verify(*reader, manifest, warnings, e), qPrintable(e));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        reader.reset();

        QSqlQuery q(f.live->db());
        QVERIFY(f.live->exec(q, QStringLiteral("SELECT MAX(seq) FROM change_log"), {}, e));
        QVERIFY(q.next());
        const qint64 seq = q.value(0).toLongLong();
        q.finish();
        Archiver archiver(*f.live, f.clock);
        ArchiveReport report;
        QVERIFY2(archiver.restore(file, QStringLiteral("admin"), report, e), qPrintable(e));
        QCOMPARE(report.tickets, f.archived.size());
        QVERIFY(f.live->exec(q,
                             QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM change_log "
                                            "WHERE seq > ? AND entity = 'ticket' AND op = "
                                            "'insert'"),
                             {seq}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), f.archived.size());
    }

    // The batches are copied while the month roll-ups are built; here the roll-ups wait for
    // this connection's write lock, and meanwhile a copied ticket is reopened. It stays live,
    // its copy leaves the archive, the others move, and the manifest matches the archive as
    // it is (not the digests computed while the ticket's copy was still there).
    void reopenedWhileWaitingStays() {
        test::ArchiveFixture f;
        QString e;
        f.live = test::openMigrated(test::sqliteIn(f.dir, QStringLiteral("waiting.db")), e);
        QVERIFY2(f.live, qPrintable(e));
        QVERIFY2(dialect::insertReturningId(
                     *f.live,
                     QStringLiteral("INSERT INTO staff (employee_no, name, status_changed_at, "
                                    "login, created_at) VALUES ('E1', 'Li Na', 0, 'lina', 0)"),
                     {}, f.staff, e),
                 qPrintable(e));
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(
                f.ticket(QStringLiteral("closed"), f.monthsAgo(7), QStringLiteral("phone"), e));
            QVERIFY2(ids.last(), qPrintable(e));
        }
        const qint64 reopened = ids.at(1);
        const QString file = f.dir.filePath(QStringLiteral("waiting.sbarchive"));
        const DatabaseUrl url = f.live->url();
        const RetentionCutoff cutoff =
            RetentionCutoff::at(RetentionRules{}, f.clock.now(), f.clock.nowMs());
        const auto count = [&](const Database &db, const QString &sql,
                               const QVariantList &values = {}) {
            QSqlQuery q(db.db());
            QString why;
            return db.exec(q, sql, values, why) && q.next() ? q.value(0).toLongLong() : -1;
        };
        ArchiveReport report;
        QString runError;
        bool ran = false;
        std::thread run([&] {
            auto db = Database::open(url, QStringLiteral("run"), runError);
            if (db)
                ran = Archiver(*db, f.clock)
                          .archive(cutoff, f.clock.nowMs(), file, QStringLiteral("admin"), report,
                                   runError);
        });
        struct Join {
            std::thread &t;
            ~Join() {
                if (t.joinable())
                    t.join();
            }
        } join{run};
        QElapsedTimer t;
        t.start();
        while (count(*f.live, QStringLiteral("SELECT COUNT(*) FROM archive_runs")) < 1 &&
               t.elapsed() < 20000)
            QThread::msleep(1);
        QVERIFY2(f.live->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        QCOMPARE(count(*f.live, QStringLiteral("SELECT COUNT(*) FROM report_rollups")), 0);
        qint64 copied = 0;
        {
            auto probe = Database::open(DatabaseUrl::sqlite(file), QStringLiteral("probe"), e);
            QVERIFY2(probe, qPrintable(e));
            t.restart();
            while ((copied = count(*probe, QStringLiteral("SELECT COUNT(*) FROM tickets"))) < 3 &&
                   t.elapsed() < 8000)
                QThread::msleep(20);
        }
        QVERIFY2(f.run(QStringLiteral("UPDATE tickets SET state = 'in_progress' WHERE id = ?"),
                       {reopened}, e),
                 qPrintable(e));
        QVERIFY2(f.live->exec(QStringLiteral("COMMIT"), {}, e), qPrintable(e));
        QCOMPARE(copied, 3); // every batch was copied while the roll-ups waited
        run.join();
        QVERIFY2(ran, qPrintable(runError));
        QCOMPARE(report.tickets, 2);
        QCOMPARE(count(*f.live, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
        auto reader = ArchiveReader::open(file, e);
        QVERIFY2(reader, qPrintable(e));
        QCOMPARE(count(*reader, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
        QCOMPARE(
            count(*reader, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ?"), {reopened}),
            0);
        ArchiveManifest manifest;
        QVERIFY2(ArchiveReader::readManifest(*reader, manifest, e), qPrintable(e));
        QCOMPARE(manifest.tickets, 2);
        QStringList warnings;
        QVERIFY2(ArchiveReader::verify(*reader, manifest, warnings, e), qPrintable(e));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    // A batch copied while the month roll-ups wait is compared with its copy as it is deleted:
    // a ticket edited meanwhile (still a candidate) stops the batch, which is left as it was,
    // the edit kept; the next run archives the ticket as it is now.
    void editedWhileWaitingStaysUntilRerun() {
        test::ArchiveFixture f;
        QString e;
        f.live = test::openMigrated(test::sqliteIn(f.dir, QStringLiteral("edited.db")), e);
        QVERIFY2(f.live, qPrintable(e));
        QVERIFY2(dialect::insertReturningId(
                     *f.live,
                     QStringLiteral("INSERT INTO staff (employee_no, name, status_changed_at, "
                                    "login, created_at) VALUES ('E1', 'Li Na', 0, 'lina', 0)"),
                     {}, f.staff, e),
                 qPrintable(e));
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(
                f.ticket(QStringLiteral("closed"), f.monthsAgo(7), QStringLiteral("phone"), e));
            QVERIFY2(ids.last(), qPrintable(e));
        }
        const QString file = f.dir.filePath(QStringLiteral("edited.sbarchive"));
        const DatabaseUrl url = f.live->url();
        const RetentionCutoff cutoff =
            RetentionCutoff::at(RetentionRules{}, f.clock.now(), f.clock.nowMs());
        const auto count = [&](const Database &db, const QString &sql) {
            QSqlQuery q(db.db());
            QString why;
            return db.exec(q, sql, {}, why) && q.next() ? q.value(0).toLongLong() : -1;
        };
        ArchiveReport report;
        QString runError;
        bool ran = true;
        std::thread run([&] {
            auto db = Database::open(url, QStringLiteral("run"), runError);
            ran = db && Archiver(*db, f.clock)
                            .archive(cutoff, f.clock.nowMs(), file, QStringLiteral("admin"), report,
                                     runError);
        });
        struct Join {
            std::thread &t;
            ~Join() {
                if (t.joinable())
                    t.join();
            }
        } join{run};
        QElapsedTimer t;
        t.start();
        while (count(*f.live, QStringLiteral("SELECT COUNT(*) FROM archive_runs")) < 1 &&
               t.elapsed() < 20000)
            QThread::msleep(1);
        // The roll-ups wait for this write lock; the batch is copied meanwhile.
        QVERIFY2(f.live->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        qint64 copied = 0;
        {
            auto probe = Database::open(DatabaseUrl::sqlite(file), QStringLiteral("probe"), e);
            QVERIFY2(probe, qPrintable(e));
            t.restart();
            while ((copied = count(*probe, QStringLiteral("SELECT COUNT(*) FROM tickets"))) < 3 &&
                   t.elapsed() < 8000)
                QThread::msleep(20);
        }
        QVERIFY2(f.run(QStringLiteral("UPDATE tickets SET subject = 'edited since' WHERE id = ?"),
                       {ids.at(1)}, e),
                 qPrintable(e));
        QVERIFY2(f.live->exec(QStringLiteral("COMMIT"), {}, e), qPrintable(e));
        QCOMPARE(copied, 3);
        run.join();
        QVERIFY(!ran);
        QVERIFY2(runError.contains(QLatin1StringView("tickets")), qPrintable(runError));
        QCOMPARE(report.tickets, 0);
        QCOMPARE(count(*f.live, QStringLiteral("SELECT COUNT(*) FROM tickets")), 3);
        QCOMPARE(count(*f.live, QStringLiteral("SELECT COUNT(*) FROM ticket_events")), 6);
        QCOMPARE(count(*f.live, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = "
                                               "'edited since'")),
                 1);
        Archiver archiver(*f.live, f.clock);
        QVERIFY2(
            archiver.archive(cutoff, f.clock.nowMs(), file, QStringLiteral("admin"), report, e),
            qPrintable(e));
        QCOMPARE(report.tickets, 3);
        auto reader = ArchiveReader::open(file, e);
        QVERIFY2(reader, qPrintable(e));
        QCOMPARE(count(*reader, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = "
                                               "'edited since'")),
                 1);
        QCOMPARE(count(*reader, QStringLiteral("SELECT COUNT(*) FROM ticket_events")), 6);
    }

    // The live connection deletes the batches without SQLite's per-row foreign-key work only
    // while every key pointing at a ticket is one the run settles itself: a table it does not
    // know (one a later version adds) that names a candidate stops that batch, which is left
    // as it was, its rows and the ticket still there. Either way the live connection enforces
    // its foreign keys again after the run.
    void unknownReferenceKeepsItsTicket() {
        test::ArchiveFixture f;
        QString e;
        QVERIFY2(f.setUp(f.dir.filePath(QStringLiteral("first.sbarchive")), e), qPrintable(e));
        const auto count = [&](const QString &sql, const QVariantList &values = {}) {
            QSqlQuery q(f.live->db());
            QString why;
            return f.live->exec(q, sql, values, why) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(count(QStringLiteral("PRAGMA foreign_keys")), 1);
        const qint64 named =
            f.ticket(QStringLiteral("closed"), f.monthsAgo(7), QStringLiteral("phone"), e);
        QVERIFY2(named, qPrintable(e));
        QVERIFY2(f.run(QStringLiteral("CREATE TABLE follow_ups (id INTEGER PRIMARY KEY, "
                                      "ticket_id INTEGER NOT NULL REFERENCES tickets(id))"),
                       {}, e),
                 qPrintable(e));
        QVERIFY2(f.run(QStringLiteral("INSERT INTO follow_ups (ticket_id) VALUES (?)"), {named}, e),
                 qPrintable(e));
        Archiver archiver(*f.live, f.clock);
        const RetentionCutoff cutoff =
            RetentionCutoff::at(RetentionRules{}, f.clock.now(), f.clock.nowMs());
        ArchiveReport report;
        QVERIFY(!archiver.archive(cutoff, f.clock.nowMs(),
                                  f.dir.filePath(QStringLiteral("second.sbarchive")),
                                  QStringLiteral("admin"), report, e));
        QVERIFY2(e.contains(QLatin1StringView("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(e));
        QCOMPARE(report.tickets, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ?"), {named}), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?"),
                       {named}),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_ups")), 1);
        QCOMPARE(count(QStringLiteral("PRAGMA foreign_keys")), 1);
    }

    // An appeal may leave before the ticket it appeals (which waits for it): its copy names a
    // ticket the archive does not have yet. The next run moves the original; both come back.
    void appealLeavesBeforeItsOriginal() {
        test::ArchiveFixture f;
        QString e;
        f.live = test::openMigrated(test::sqliteIn(f.dir, QStringLiteral("appeals.db")), e);
        QVERIFY2(f.live, qPrintable(e));
        QVERIFY2(dialect::insertReturningId(
                     *f.live,
                     QStringLiteral("INSERT INTO staff (employee_no, name, status_changed_at, "
                                    "login, created_at) VALUES ('E1', 'Li Na', 0, 'lina', 0)"),
                     {}, f.staff, e),
                 qPrintable(e));
        const qint64 original =
            f.ticket(QStringLiteral("closed"), f.monthsAgo(12), QStringLiteral("phone"), e);
        const qint64 appeal =
            f.ticket(QStringLiteral("closed"), f.monthsAgo(11), QStringLiteral("phone"), e);
        QVERIFY2(original && appeal, qPrintable(e));
        QVERIFY2(f.run(QStringLiteral("UPDATE tickets SET appeal_count = 1 WHERE id = ?"),
                       {original}, e),
                 qPrintable(e));
        QVERIFY2(f.run(QStringLiteral("UPDATE tickets SET appeal_of = ? WHERE id = ?"),
                       {original, appeal}, e),
                 qPrintable(e));
        const QString file = f.dir.filePath(QStringLiteral("appeals.sbarchive"));
        Archiver archiver(*f.live, f.clock);
        const RetentionCutoff cutoff =
            RetentionCutoff::at(RetentionRules{}, f.clock.now(), f.clock.nowMs());
        ArchiveReport report;
        QVERIFY2(
            archiver.archive(cutoff, f.clock.nowMs(), file, QStringLiteral("admin"), report, e),
            qPrintable(e));
        QCOMPARE(report.tickets, 1);
        QVERIFY2(
            archiver.archive(cutoff, f.clock.nowMs(), file, QStringLiteral("admin"), report, e),
            qPrintable(e));
        QCOMPARE(report.tickets, 1);
        QSqlQuery q(f.live->db());
        QVERIFY(f.live->exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
        QCOMPARE(manifestOf(file).value(QStringLiteral("tickets")).section(QLatin1Char(' '), 0, 0),
                 QStringLiteral("2"));
        // Back: the live database enforces its foreign keys, the original comes first.
        QVERIFY2(archiver.restore(file, QStringLiteral("admin"), report, e), qPrintable(e));
        QCOMPARE(report.tickets, 2);
        QVERIFY(f.live->exec(q, QStringLiteral("SELECT appeal_of FROM tickets WHERE id = ?"),
                             {appeal}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), original);
    }
};

QTEST_GUILESS_MAIN(TestArchiveSqlite)
#include "tst_archive_sqlite.moc"
