#include "archive/archivereader.h"

#include "archive/archivetables.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>

namespace sb {

DatabaseUrl ArchiveReader::urlFor(const QString &file) {
    DatabaseUrl url = DatabaseUrl::sqlite(QFileInfo(file).absoluteFilePath());
    url.params.insert(QStringLiteral("immutable"), QStringLiteral("1")); // see Database
    return url;
}

std::unique_ptr<Database> ArchiveReader::open(const QString &file, QString &error) {
    const QString path = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    const QFileInfo fi(path);
    if (!fi.exists()) {
        error = tr("The archive %1 does not exist.").arg(path);
        return nullptr;
    }
    if (!fi.isFile()) {
        error = tr("%1 is not a file.").arg(path);
        return nullptr;
    }
    // Read as an immutable file, a write-ahead log would be ignored: the file may be in the
    // middle of an archive run, or one that stopped. Reading it now could show half of it.
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        error = tr("The archive %1 is still being written (%2 exists): wait for the archive run "
                   "to finish, or run it again to complete it. Nothing was opened.")
                    .arg(path, fi.fileName() + QStringLiteral("-wal"));
        return nullptr;
    }
    auto db = Database::open(urlFor(path), QStringLiteral("archive-reader"), error);
    if (!db)
        return nullptr;
    if (!db->db().tables().contains(QStringLiteral("archive_manifest"))) {
        error = tr("%1 is not a Signalboard archive (it has no archive manifest); nothing was "
                   "changed.")
                    .arg(path);
        return nullptr;
    }
    Migrator migrator(*db);
    SchemaStatus status;
    QString why;
    if (!migrator.status(status, why)) {
        error = tr("Cannot read the schema version of the archive %1: %2").arg(path, why);
        return nullptr;
    }
    if (status.current > status.supported) {
        error = tr("The archive %1 was written by a newer Signalboard (schema version %2; this "
                   "one reads up to %3). Open it with that version; nothing was changed.")
                    .arg(path)
                    .arg(status.current)
                    .arg(status.supported);
        return nullptr;
    }
    if (!status.upToDate()) {
        error = tr("The archive %1 is at schema version %2 and this Signalboard reads version "
                   "%3. An archive is opened as it is, never migrated: open it with the "
                   "Signalboard that wrote it, or restore it into a database and archive it "
                   "again. Nothing was changed.")
                    .arg(path)
                    .arg(status.current)
                    .arg(status.supported);
        return nullptr;
    }
    return db;
}

bool ArchiveReader::readManifest(const Database &archive, ArchiveManifest &out, QString &error) {
    out = {};
    const QString path = QDir::toNativeSeparators(archive.url().path);
    QSqlQuery q(archive.db());
    // The last run's rows: each run digests every table of the file as it leaves it.
    if (!archive.exec(q,
                      QStringLiteral("SELECT run_id, source, ordinary_before, important_before, "
                                     "before_date, written_at, table_name, row_count, sha256, "
                                     "(SELECT COUNT(DISTINCT run_id) FROM archive_manifest) "
                                     "FROM archive_manifest WHERE run_id = (SELECT run_id FROM "
                                     "archive_manifest ORDER BY written_at DESC, run_id DESC "
                                     "LIMIT 1) ORDER BY table_name"),
                      {}, error)) {
        error = tr("Cannot read the manifest of the archive %1: %2").arg(path, error);
        return false;
    }
    while (q.next()) {
        out.runId = q.value(0).toLongLong();
        out.source = q.value(1).toString();
        out.ordinaryBefore = q.value(2).toLongLong();
        out.importantBefore = q.value(3).toLongLong();
        out.beforeDate = q.value(4).toLongLong();
        out.writtenAt = qMax(out.writtenAt, q.value(5).toLongLong());
        out.runs = q.value(9).toInt();
        ArchiveManifestTable t{q.value(6).toString(), q.value(7).toLongLong(),
                               q.value(8).toString().toLatin1()};
        if (t.table == QLatin1StringView("tickets"))
            out.tickets = t.rows;
        out.tables.append(t);
    }
    if (out.tables.isEmpty()) {
        error = tr("The manifest of the archive %1 is empty: no archive run finished writing "
                   "it.")
                    .arg(path);
        return false;
    }
    return true;
}

bool ArchiveReader::verify(const Database &archive, const ArchiveManifest &manifest,
                           QStringList &warnings, QString &error) {
    warnings.clear();
    for (const archive::TicketReference &t : archive::movedTables()) {
        const ArchiveManifestTable *listed = nullptr;
        for (const ArchiveManifestTable &m : manifest.tables)
            if (m.table == t.table)
                listed = &m;
        archive::TableDigest d;
        if (!archive::ArchiveTables::digest(archive, t, {}, d, error))
            return false;
        if (!listed) {
            warnings.append(tr("The manifest does not list the table %1 (%Ln row(s) in the "
                               "archive).",
                               nullptr, int(d.rows))
                                .arg(t.table));
        } else if (listed->rows != d.rows) {
            warnings.append(tr("The table %1 has %L2 rows, the manifest says %L3: the archive "
                               "was changed after it was written.")
                                .arg(t.table)
                                .arg(d.rows)
                                .arg(listed->rows));
        } else if (listed->sha256 != d.sha256) {
            warnings.append(tr("The rows of the table %1 differ from the manifest's SHA-256: the "
                               "archive was changed after it was written.")
                                .arg(t.table));
        }
    }
    return true;
}

} // namespace sb
