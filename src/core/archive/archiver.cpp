#include "archive/archiver.h"

#include "archive/archivebatches.h"
#include "archive/archivetables.h"
#include "archive/copyahead.h"
#include "archive/deferredindexes.h"
#include "archive/pgarchive.h"
#include "archive/reportrollups.h"
#include "archive/runcolumns.h"
#include "archive/sqlitearchive.h"
#include "archive/sqlitelivedelete.h"
#include "security/audittrail.h"
#include "storage/dialect.h"
#include "storage/migrations.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

using archive::addCount;
using archive::ArchiveTables;
using archive::Batches;
using archive::CopiedBatch;
using archive::CopyAhead;
using archive::countsJson;
using archive::differ;
using archive::ManifestAhead;
using archive::PgArchive;
using archive::RowSet;
using archive::sameInSqlite;
using archive::sameOnBothSides;
using archive::SqliteArchive;
using archive::SqliteLiveDelete;
using archive::startCounts;
using archive::TableDigest;
using archive::TicketReference;

Archiver::Archiver(const Database &live, const Clock &clock)
    : m_live(live)
    , m_clock(clock) {
}

std::unique_ptr<Database> Archiver::openArchive(const QString &file, bool create, QString &error) {
    const QString path = QFileInfo(file).absoluteFilePath();
    if (!create && !QFileInfo::exists(path)) {
        error = tr("The archive %1 does not exist.").arg(path);
        return nullptr;
    }
    auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("archive"), error);
    if (!db)
        return nullptr;
    Migrator migrator(*db);
    if (!migrator.migrate(error))
        return nullptr;
    if (!db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS archive_manifest ("
                                 "run_id INTEGER NOT NULL, source TEXT NOT NULL, "
                                 "ordinary_before INTEGER NOT NULL, "
                                 "important_before INTEGER NOT NULL, before_date INTEGER NOT NULL, "
                                 "table_name TEXT NOT NULL, row_count INTEGER NOT NULL, "
                                 "sha256 TEXT NOT NULL, written_at INTEGER NOT NULL, "
                                 "PRIMARY KEY (run_id, table_name))"),
                  {}, error) ||
        !db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"), {}, error))
        return nullptr;
    // Written to: its change feed's triggers go (nothing reads an archive's change_log), and
    // the indexes a run into it stopped before building are built now.
    if (create && (!SqliteArchive::dropChangeLogTriggers(*db, error) ||
                   !archive::DeferredIndexes::prepare(*db, error) ||
                   !archive::DeferredIndexes::build(*db, error)))
        return nullptr;
    return db;
}

bool Archiver::preview(const RetentionCutoff &cutoff, ArchiveReport &out, QString &error) const {
    out = {};
    startCounts(out);
    Batches batches(m_live, cutoff, m_batchSize);
    if (!batches.start(error))
        return false;
    QList<qint64> ids;
    for (;;) {
        if (!batches.next(ids, error))
            return false;
        if (ids.isEmpty())
            return true;
        out.tickets += ids.size();
        ++out.batches;
        for (const TicketReference &t : archive::movedTables()) {
            qint64 n = 0;
            if (!ArchiveTables::count(m_live, t, ids, n, error))
                return false;
            addCount(out, t.table, n);
        }
    }
}

bool Archiver::copyBatch(const Database &archive, const QList<qint64> &ids, QString &error) const {
    const auto &tables = archive::movedTables();
    if (SqliteArchive::enabled(m_live)) {
        // File to file inside SQLite, the archive attached to the live connection.
        SqliteArchive attached(m_live, archive);
        return attached.attach(error) &&
               attached.archiveTransaction(
                   [&](QString &e) {
                       for (auto t = tables.crbegin(); t != tables.crend(); ++t)
                           if (!attached.removeFromArchive(*t, ids, e))
                               return false;
                       for (const TicketReference &t : tables)
                           if (!attached.copy(t, ids, true, e))
                               return false;
                       return true;
                   },
                   error);
    }
    return archive::copyTickets(m_live, archive, ids, error);
}

bool Archiver::verifyAndDelete(const Database &archive, const RetentionCutoff &cutoff,
                               const QList<qint64> &ids, ArchiveReport &out, QString &error) const {
    archive::RunColumns columns;
    return verifyAndDelete(archive, cutoff, ids, out, error, nullptr, nullptr, columns);
}

bool Archiver::verifyAndDelete(const Database &archive, const RetentionCutoff &cutoff,
                               const QList<qint64> &ids, ArchiveReport &out, QString &error,
                               const QList<RowSet> *archived, const CopiedBatch *copied,
                               archive::RunColumns &columns) const {
    const auto &tables = archive::movedTables();
    QList<qint64> moving;
    ArchiveReport batch;
    startCounts(batch);
    const bool inSqlite = SqliteArchive::enabled(m_live);
    SqliteArchive attached(m_live, archive);
    if (inSqlite && !attached.attach(error))
        return false;
    const bool liveSqlite = m_live.dialect() == Dialect::SQLite;
    if (liveSqlite && m_keysSettled < 0) {
        bool settled = false;
        if (!SqliteLiveDelete::keysSettled(m_live, settled, error))
            return false;
        m_keysSettled = settled ? 1 : 0;
    }
    const bool ok = SqliteLiveDelete::transaction(
        m_live, liveSqlite && m_keysSettled == 1,
        [&](QString &e) {
            if (m_live.dialect() == Dialect::PostgreSQL) {
                // The server locks, checks and deletes the batch, digesting each table's rows
                // as they go: compared here with the archive's, any difference rolls it back.
                bool checked = false;
                if (!archive::deleteCheckedOnServer(m_live, archive, cutoff, ids, columns, copied,
                                                    moving, batch, checked, e))
                    return false;
                if (checked || moving.isEmpty())
                    return true;
                // Too large for the server to digest at once: locked, checked below.
            } else if (!RetentionQuery(m_live, cutoff).stillCandidates(ids, moving, e)) {
                // A ticket reopened, appealed or sampled since it was copied stays.
                return false;
            }
            if (moving.isEmpty())
                return true;
            if (inSqlite && archived && archived->size() == tables.size() && moving == ids) {
                // Each table's rows compared as they are deleted (children first) with what
                // the archive got: any difference rolls the whole batch back.
                for (qsizetype i = tables.size() - 1; i >= 0; --i) {
                    const TicketReference &t = tables.at(i);
                    RowSet live;
                    if (!attached.removeReturning(t, moving, live, e))
                        return false;
                    if (!(live == archived->at(i))) {
                        e = differ(t.table, live.rows, archived->at(i).rows);
                        return false;
                    }
                    addCount(batch, t.table, live.rows);
                }
                return true;
            }
            if (inSqlite ? !sameInSqlite(attached, moving, &batch, e)
                         : !sameOnBothSides(m_live, archive, moving, &batch, e))
                return false;
            if (m_live.dialect() == Dialect::PostgreSQL) {
                // The server deletes (children first), checking the rule once more; the
                // tickets are locked since they were checked, so it deletes exactly `moving`.
                QList<qint64> deleted;
                if (!PgArchive::deleteBatch(m_live, cutoff.ordinaryBefore, cutoff.importantBefore,
                                            moving, deleted, e))
                    return false;
                if (deleted != moving) {
                    e = tr("The live database changed while this batch was checked; the batch "
                           "was left as it was.");
                    return false;
                }
                return true;
            }
            for (auto t = tables.crbegin(); t != tables.crend(); ++t)
                if (!ArchiveTables::remove(m_live, *t, moving, e))
                    return false;
            return true;
        },
        error);
    if (!ok)
        return false;
    for (const ArchiveTableCount &c : std::as_const(batch.counts))
        addCount(out, c.table, c.rows);
    out.tickets += moving.size();
    // The copies of the tickets that stayed leave the archive.
    QList<qint64> stayed;
    for (qint64 id : ids)
        if (!moving.contains(id))
            stayed.append(id);
    if (stayed.isEmpty())
        return true;
    return archive.transaction(
        [&](QString &e) {
            for (auto t = tables.crbegin(); t != tables.crend(); ++t)
                if (!ArchiveTables::remove(archive, *t, stayed, e))
                    return false;
            return true;
        },
        error);
}

bool Archiver::dropLiveCopies(const Database &archive, QString &error) const {
    qint64 after = 0;
    for (;;) {
        QList<qint64> ids;
        QSqlQuery q(archive.db());
        if (!archive.exec(q,
                          QStringLiteral("SELECT id FROM tickets WHERE id > ? ORDER BY id LIMIT ?"),
                          {after, m_batchSize}, error))
            return false;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (ids.isEmpty())
            return true;
        after = ids.last();
        QList<qint64> both;
        if (m_live.dialect() == Dialect::PostgreSQL) {
            // Row security would hide some tickets from a staff login: the server answers.
            if (!PgArchive::liveTickets(m_live, ids, both, error))
                return false;
        } else {
            QSqlQuery live(m_live.db());
            if (!m_live.exec(live,
                             QStringLiteral("SELECT id FROM tickets WHERE ") +
                                 dialect::idInList(m_live.dialect(), QLatin1StringView("id")),
                             {dialect::idListValue(m_live.dialect(), ids)}, error))
                return false;
            while (live.next())
                both.append(live.value(0).toLongLong());
        }
        if (both.isEmpty())
            continue;
        const auto &tables = archive::movedTables();
        if (!archive.transaction(
                [&](QString &e) {
                    for (auto t = tables.crbegin(); t != tables.crend(); ++t)
                        if (!ArchiveTables::remove(archive, *t, both, e))
                            return false;
                    return true;
                },
                error))
            return false;
    }
}

bool Archiver::startRun(const QString &kind, qint64 cutoff, const QString &file,
                        const QString &actor, qint64 &runId, QString &error) const {
    // On PostgreSQL the server writes the row, in the signed-in login's name at its own time.
    if (m_live.dialect() == Dialect::PostgreSQL)
        return PgArchive::startRun(m_live, kind, cutoff, QFileInfo(file).fileName(), runId, error);
    return m_live.transaction(
        [&](QString &e) {
            return dialect::insertReturningId(
                m_live,
                QStringLiteral("INSERT INTO archive_runs (kind, started_at, actor, cutoff, "
                               "file_name) VALUES (?, ?, ?, ?, ?)"),
                {kind, m_clock.nowMs(), textValue(actor),
                 cutoff > 0 ? QVariant(cutoff) : QVariant(QMetaType::fromType<qint64>()),
                 textValue(QFileInfo(file).fileName())},
                runId, e);
        },
        error);
}

bool Archiver::finishRun(qint64 runId, const QString &kind, const QString &actor,
                         const ArchiveReport &report, bool ok, const QString &why,
                         QString &error) const {
    const QString failure = ok ? QString() : why;
    const QString counts = countsJson(report);
    QString recordError;
    QJsonObject detail{
        {QStringLiteral("tickets"), report.tickets},
        {QStringLiteral("counts"), QJsonDocument::fromJson(counts.toUtf8()).object()}};
    if (!failure.isEmpty())
        detail.insert(QStringLiteral("failed"), failure);
    const bool recorded = m_live.transaction(
        [&](QString &e) {
            if (m_live.dialect() == Dialect::PostgreSQL)
                return PgArchive::finishRun(
                    m_live, runId, counts, failure,
                    QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), e);
            const qint64 now = m_clock.nowMs();
            if (!m_live.exec(QStringLiteral("UPDATE archive_runs SET finished_at = ?, counts = ?, "
                                            "state = ?, message = ? WHERE id = ?"),
                             {now, counts,
                              failure.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed"),
                              textValue(failure), runId},
                             e))
                return false;
            return AuditTrail(m_live, m_clock)
                .append(actor.isEmpty() ? QStringLiteral("") : actor,
                        QString(QStringLiteral("archive.") + kind), QStringLiteral("archive_run"),
                        runId, detail, e);
        },
        recordError);
    if (!ok || !recorded) {
        // The run's own failure says more than a failure to record it.
        error = ok ? recordError : why;
        return false;
    }
    return true;
}

bool Archiver::writeManifest(const Database &archive, qint64 runId, const RetentionCutoff &cutoff,
                             qint64 beforeMs, QString &error,
                             const QList<TableDigest> *digests) const {
    const auto &tables = archive::movedTables();
    if (digests && digests->size() != tables.size())
        digests = nullptr;
    return archive.transaction(
        [&](QString &e) {
            for (qsizetype i = 0; i < tables.size(); ++i) {
                const TicketReference &t = tables.at(i);
                TableDigest d;
                if (digests)
                    d = digests->at(i);
                else if (!ArchiveTables::digest(archive, t, {}, d, e))
                    return false;
                if (!archive.exec(
                        QStringLiteral("INSERT OR REPLACE INTO archive_manifest (run_id, source, "
                                       "ordinary_before, important_before, before_date, "
                                       "table_name, row_count, sha256, written_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {runId, m_live.url().toDisplayString(), cutoff.ordinaryBefore,
                         cutoff.importantBefore, beforeMs, t.table, d.rows,
                         QString::fromLatin1(d.sha256), m_clock.nowMs()},
                        e))
                    return false;
            }
            return true;
        },
        error);
}

bool Archiver::archive(const RetentionCutoff &cutoff, qint64 beforeMs, const QString &file,
                       const QString &actor, ArchiveReport &out, QString &error) const {
    out = {};
    startCounts(out);
    m_keysSettled = -1; // the schema may have changed since the last run
    auto archive = openArchive(file, true, error);
    if (!archive)
        return false;
    if (!startRun(QStringLiteral("archive"), beforeMs, file, actor, out.runId, error))
        return false;
    QString failure;
    bool deferred = false; // a new archive's indexes, built after its last batch
    bool ok = [&] {
        // Attached for the whole run (each batch would otherwise attach it again).
        SqliteArchive attached(m_live, *archive);
        if (SqliteArchive::enabled(m_live) && !attached.attach(failure))
            return false;
        if (!archive->transaction(
                [&](QString &e) {
                    for (const QString &table : archive::contextTables())
                        if (!ArchiveTables::copyContext(m_live, *archive, table, e))
                            return false;
                    return true;
                },
                failure) ||
            !dropLiveCopies(*archive, failure) ||
            !archive::DeferredIndexes::defer(*archive, deferred, failure))
            return false;
        Batches batches(m_live, cutoff, m_batchSize);
        if (!batches.start(failure))
            return false;
        // The month reports, before the first ticket leaves: built on a connection of their
        // own while the first batches are copied (BackgroundRollups). The batches copied
        // meanwhile wait, in order, for every roll-up to be stored before each is checked and
        // deleted in its own live transaction, as any batch is.
        BackgroundRollups rollups(m_live, m_clock);
        if (!rollups.start(cutoff, out.runId, actor, batches.all(), failure))
            return false;
        // On a live server the batches are copied on a thread and connections of their own,
        // ahead of the checks and deletes here (CopyAhead); on SQLite, here.
        CopyAhead ahead;
        const bool copyingAhead = m_live.dialect() == Dialect::PostgreSQL;
        if (copyingAhead) {
            QList<QList<qint64>> all;
            for (QList<qint64> ids; batches.next(ids, failure) && !ids.isEmpty();)
                all.append(ids);
            ahead.start(m_live.url(), archive->url(), all);
        }
        bool rollupsStored = false;
        const auto rollupsFailed = [&] {
            // What was copied ahead leaves the archive again (the next run would drop it too).
            ahead.stop();
            QString ignored;
            dropLiveCopies(*archive, ignored);
            failure = tr("%1 Nothing was archived: no ticket leaves before the month roll-ups "
                         "are stored.")
                          .arg(failure);
            return false;
        };
        // Waiting for the roll-ups: each batch with what was read back of its archive rows
        // right after its copy (while the roll-ups are built), when it is checked as deleted:
        // on SQLite its RowSets, on PostgreSQL the digests the copy took.
        struct Copied {
            QList<RowSet> archived;
            CopiedBatch ahead;
        };
        QList<Copied> copied;
        const bool checkWhileDeleting =
            SqliteArchive::enabled(m_live) && attached.checksWhileDeleting();
        bool archiveChanged = false; // a ticket copied stayed: its copy left the archive
        archive::RunColumns columns;
        // The manifest is computed once every batch is in the archive, while the batches
        // copied ahead are still checked and deleted.
        ManifestAhead manifest;
        bool manifestStarted = false;
        const auto startManifest = [&] {
            if (manifestStarted)
                return;
            manifestStarted = true;
            archiveChanged = false;
            manifest.start(archive->url());
        };
        const auto moveCopied = [&] {
            for (const Copied &batch : std::as_const(copied)) {
                const qint64 before = out.tickets;
                const QList<qint64> &ids = batch.ahead.ids;
                if (!verifyAndDelete(*archive, cutoff, ids, out, failure,
                                     batch.archived.isEmpty() ? nullptr : &batch.archived,
                                     batch.ahead.digests.isEmpty() ? nullptr : &batch.ahead,
                                     columns))
                    return false;
                archiveChanged = archiveChanged || out.tickets - before != ids.size();
                ++out.batches;
                if (copyingAhead && !manifestStarted && ahead.allCopied())
                    startManifest();
            }
            copied.clear();
            return true;
        };
        for (;;) {
            Copied batch;
            if (copyingAhead ? !ahead.next(batch.ahead, failure)
                             : !batches.next(batch.ahead.ids, failure))
                return false;
            const QList<qint64> &ids = batch.ahead.ids;
            if (ids.isEmpty())
                break;
            if (!copyingAhead && !copyBatch(*archive, ids, failure))
                return false;
            if (checkWhileDeleting) {
                for (const TicketReference &t : archive::movedTables()) {
                    RowSet r;
                    if (!attached.rowSet(t, ids, r, failure))
                        return false;
                    batch.archived.append(r);
                }
            }
            copied.append(batch);
            // While the roll-ups are built, the batches copied are kept for later: nothing
            // leaves before them.
            if (!rollupsStored && rollups.finished()) {
                if (!rollups.wait(out.rollups, failure))
                    return rollupsFailed();
                rollupsStored = true;
            }
            if (rollupsStored && !moveCopied())
                return false;
        }
        if (!rollupsStored && !rollups.wait(out.rollups, failure))
            return rollupsFailed();
        // Every batch is in the archive (copied ahead: its indexes built there too).
        if (deferred && !copyingAhead && !archive::DeferredIndexes::build(*archive, failure))
            return false;
        startManifest();
        if (!moveCopied())
            return false;
        return writeManifest(*archive, out.runId, cutoff, beforeMs, failure,
                             archiveChanged ? nullptr : manifest.digests());
    }();
    // A run that failed still leaves its archive with every index (none built: nothing to do).
    QString why;
    if (deferred && !archive::DeferredIndexes::build(*archive, why) && ok) {
        ok = false;
        failure = tr("Every batch was archived, but the archive's indexes could not be built: "
                     "%1 The next run into the file builds them.")
                      .arg(why);
    }
    return finishRun(out.runId, QStringLiteral("run"), actor, out, ok, failure, error);
}

bool Archiver::restore(const QString &file, const QString &actor, ArchiveReport &out,
                       QString &error) const {
    out = {};
    startCounts(out);
    auto archive = openArchive(file, false, error);
    if (!archive)
        return false;
    if (!startRun(QStringLiteral("restore"), 0, file, actor, out.runId, error))
        return false;
    QString failure;
    const bool ok = [&] {
        SqliteArchive attached(m_live, *archive);
        const bool inSqlite = SqliteArchive::enabled(m_live);
        if (inSqlite && !attached.attach(failure))
            return false;
        qint64 after = 0;
        for (;;) {
            QList<qint64> ids;
            QSqlQuery q(archive->db());
            if (!archive->exec(q,
                               QStringLiteral("SELECT id FROM tickets WHERE id > ? ORDER BY id "
                                              "LIMIT ?"),
                               {after, m_batchSize}, failure))
                return false;
            while (q.next())
                ids.append(q.value(0).toLongLong());
            if (ids.isEmpty())
                return true;
            after = ids.last();
            ArchiveReport batch;
            startCounts(batch);
            if (!m_live.transaction(
                    [&](QString &e) {
                        for (const TicketReference &t : archive::movedTables()) {
                            qint64 copied = 0;
                            if (inSqlite
                                    ? !attached.copy(t, ids, false, e)
                                    : !ArchiveTables::copy(*archive, m_live, t, ids, copied, e))
                                return false;
                        }
                        return inSqlite ? sameInSqlite(attached, ids, &batch, e)
                                        : sameOnBothSides(m_live, *archive, ids, &batch, e);
                    },
                    failure))
                return false;
            for (const ArchiveTableCount &c : std::as_const(batch.counts))
                addCount(out, c.table, c.rows);
            out.tickets += ids.size();
            ++out.batches;
        }
    }();
    return finishRun(out.runId, QStringLiteral("restore"), actor, out, ok, failure, error);
}

} // namespace sb
