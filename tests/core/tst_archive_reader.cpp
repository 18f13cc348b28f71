// Reading an archive file as it is: opened read-only without creating, migrating or changing
// anything (not even a -wal or -shm file next to it), its manifest's facts, the manifest check
// that names the table whose rows were changed, and the clear refusal of a file that is not
// an archive this build reads.
#include "archive/archivereader.h"
#include "archivefixture.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sb;

namespace {

// Runs `sql` on `file` through an ordinary read-write connection (the tampering).
bool change(const QString &file, const QString &sql, QString &e) {
    auto db = Database::open(DatabaseUrl::sqlite(file), QStringLiteral("tamper"), e);
    return db && db->exec(sql, {}, e);
}

QStringList filesIn(const QString &dir) {
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestArchiveReader : public QObject {
    Q_OBJECT

    test::ArchiveFixture m_fx;
    QString m_file;

    // A copy of the archive to spoil.
    QString copy(const QString &name) {
        const QString to = m_fx.dir.filePath(name);
        QFile::remove(to);
        if (!QFile::copy(m_file, to))
            qWarning("cannot copy %s", qPrintable(to));
        QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return to;
    }

    // Opening `file` fails with a message that names it and says `cause`; its bytes stay.
    void refused(const QString &file, const QString &cause) {
        const QByteArray before = test::sha256Of(file);
        const QStringList around = filesIn(m_fx.dir.path());
        QString e;
        QVERIFY(!ArchiveReader::open(file, e));
        QVERIFY2(e.contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())),
                 qPrintable(e));
        QVERIFY2(e.contains(cause), qPrintable(e));
        QCOMPARE(test::sha256Of(file), before);
        QCOMPARE(filesIn(m_fx.dir.path()), around);
    }

private Q_SLOTS:
    void initTestCase() {
        m_file = m_fx.dir.filePath(QStringLiteral("old.sbarchive"));
        QString e;
        QVERIFY2(m_fx.setUp(m_file, e), qPrintable(e));
        m_fx.live.reset(); // the archive is read on its own
    }

    void readsTheManifestAndChangesNothing() {
        const QByteArray before = test::sha256Of(m_file);
        const QStringList around = filesIn(m_fx.dir.path());
        QString e;
        {
            auto db = ArchiveReader::open(m_file, e);
            QVERIFY2(db, qPrintable(e));
            ArchiveManifest m;
            QVERIFY2(ArchiveReader::readManifest(*db, m, e), qPrintable(e));
            QCOMPARE(m.tickets, 3);
            QCOMPARE(m.runs, 1);
            QVERIFY2(m.source.endsWith(QLatin1StringView("live.db")), qPrintable(m.source));
            QCOMPARE(m.writtenAt, m_fx.clock.nowMs());
            QVERIFY(m.ordinaryBefore > 0 && m.ordinaryBefore < m_fx.clock.nowMs());
            QStringList warnings;
            QVERIFY2(ArchiveReader::verify(*db, m, warnings, e), qPrintable(e));
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
            // Nothing can be written, even by mistake.
            QVERIFY(!db->exec(QStringLiteral("DELETE FROM tickets"), {}, e));
            QVERIFY(!db->exec(QStringLiteral("CREATE TABLE x (y)"), {}, e));
            QVERIFY(db->isReadOnlyFile());
            QSqlQuery q(db->db());
            QVERIFY(db->exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3);
            // Not even a -wal or -shm file appears next to it while it is open.
            QCOMPARE(filesIn(m_fx.dir.path()), around);
        }
        QCOMPARE(test::sha256Of(m_file), before);
        QCOMPARE(filesIn(m_fx.dir.path()), around);
    }

    // A row changed or removed after the archive was written: the table is named.
    void namesTheTableThatDiffersFromTheManifest() {
        const QString tampered = copy(QStringLiteral("tampered.sbarchive"));
        QString e;
        QVERIFY2(change(tampered,
                        QStringLiteral("UPDATE ticket_events SET note = 'rewritten' WHERE id = "
                                       "(SELECT MIN(id) FROM ticket_events)"),
                        e),
                 qPrintable(e));
        QVERIFY2(change(tampered, QStringLiteral("DELETE FROM attachments"), e), qPrintable(e));
        auto db = ArchiveReader::open(tampered, e);
        QVERIFY2(db, qPrintable(e));
        ArchiveManifest m;
        QVERIFY2(ArchiveReader::readManifest(*db, m, e), qPrintable(e));
        QStringList warnings;
        QVERIFY2(ArchiveReader::verify(*db, m, warnings, e), qPrintable(e));
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).contains(QLatin1StringView("ticket_events")) &&
                     warnings.at(0).contains(QLatin1StringView("SHA-256")),
                 qPrintable(warnings.at(0)));
        QVERIFY2(warnings.at(1).contains(QLatin1StringView("attachments")) &&
                     warnings.at(1).contains(QLatin1StringView("0 rows")),
                 qPrintable(warnings.at(1)));
    }

    void refusesWhatItCannotReadAsItIs() {
        QString e;
        // Missing: not created.
        const QString missing = m_fx.dir.filePath(QStringLiteral("missing.sbarchive"));
        QVERIFY(!ArchiveReader::open(missing, e));
        QVERIFY2(e.contains(missing) && e.contains(QLatin1StringView("does not exist")),
                 qPrintable(e));
        QVERIFY(!QFileInfo::exists(missing));

        // Not SQLite.
        const QString text = m_fx.dir.filePath(QStringLiteral("notes.sbarchive"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are not the tickets you are looking for.\n").repeated(100));
        f.close();
        refused(text, QStringLiteral("not an SQLite file"));

        // A Signalboard database, but no archive.
        {
            auto plain =
                test::openMigrated(test::sqliteIn(m_fx.dir, QStringLiteral("plain.db")), e);
            QVERIFY2(plain, qPrintable(e));
        }
        refused(m_fx.dir.filePath(QStringLiteral("plain.db")),
                QStringLiteral("not a Signalboard archive"));

        // Written by a newer Signalboard.
        const int supported = Migrator::available(Dialect::SQLite).last().version;
        const QString newer = copy(QStringLiteral("newer.sbarchive"));
        QVERIFY2(change(newer,
                        QStringLiteral("INSERT INTO schema_version VALUES (%1, 'future', 0)")
                            .arg(supported + 1),
                        e),
                 qPrintable(e));
        refused(newer, QStringLiteral("newer Signalboard"));

        // In an older schema: refused rather than migrated.
        const QString older = copy(QStringLiteral("older.sbarchive"));
        QVERIFY2(
            change(older,
                   QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(supported),
                   e),
            qPrintable(e));
        refused(older, QStringLiteral("never migrated"));

        // Still being written: its write-ahead log is next to it.
        const QString writing = copy(QStringLiteral("writing.sbarchive"));
        QFile wal(writing + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.close();
        refused(writing, QStringLiteral("still being written"));
        QFile::remove(writing + QStringLiteral("-wal"));

        // A manifest without rows: no run finished writing it.
        const QString empty = copy(QStringLiteral("empty.sbarchive"));
        QVERIFY2(change(empty, QStringLiteral("DELETE FROM archive_manifest"), e), qPrintable(e));
        auto db = ArchiveReader::open(empty, e);
        QVERIFY2(db, qPrintable(e));
        ArchiveManifest m;
        QVERIFY(!ArchiveReader::readManifest(*db, m, e));
        QVERIFY2(e.contains(QLatin1StringView("empty")) && e.contains(empty), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archive_reader.moc"
