#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sb {

// What the archive_manifest says about one moved table after the archive's last run.
struct ArchiveManifestTable {
    QString table;
    qint64 rows = 0;
    QByteArray sha256; // hex
};

// The facts of an archive file, from its manifest: the last run that wrote it.
struct ArchiveManifest {
    QString source;             // the live database it came from (no password)
    qint64 runId = 0;           // that database's archive_runs row
    int runs = 0;               // runs that wrote into this file
    qint64 ordinaryBefore = 0;  // ordinary tickets closed before this left (ms)
    qint64 importantBefore = 0; // important tickets closed before this left (ms)
    qint64 beforeDate = 0;      // the run's "before" date (ms)
    qint64 writtenAt = 0;       // when the manifest was written (ms)
    qint64 tickets = 0;
    QList<ArchiveManifestTable> tables;
};

// Opens an archive file (Archiver) for reading only, as it is: the connection is read-only
// (SQLite's immutable file, query_only), nothing is created, migrated or changed, and a file
// that is not an archive this build reads is refused with a sentence naming it and the cause.
class ArchiveReader {
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
public:
    // The read-only URL of `file`: every connection opened with it (a background worker's
    // too) is read-only.
    static DatabaseUrl urlFor(const QString &file);
    // Opens `file`; null with `error` when it does not exist, is not SQLite, has no manifest,
    // is in another schema version than this build's (never migrated), or is still being
    // written (a write-ahead log next to it).
    static std::unique_ptr<Database> open(const QString &file, QString &error);
    // The manifest of the archive's last run. Fails when the manifest is empty.
    static bool readManifest(const Database &archive, ArchiveManifest &out, QString &error);
    // Digests every moved table and compares it with the manifest; each table that differs
    // (rows or SHA-256) gets one sentence naming it in `warnings`. Changes nothing.
    static bool verify(const Database &archive, const ArchiveManifest &manifest,
                       QStringList &warnings, QString &error);
};

} // namespace sb
