#include "archive/copyahead.h"

#include "archive/archivetables.h"
#include "archive/deferredindexes.h"
#include "archive/runcolumns.h"

namespace sb::archive {

bool copyTickets(const Database &live, const Database &archive, const QList<qint64> &ids,
                 QString &error, RunColumns *columns, bool leftovers) {
    const auto &tables = movedTables();
    return archive.transaction(
        [&](QString &e) {
            for (auto t = tables.crbegin(); leftovers && t != tables.crend(); ++t)
                if (!ArchiveTables::remove(archive, *t, ids, e))
                    return false;
            for (const TicketReference &t : tables) {
                qint64 copied = 0;
                if (!ArchiveTables::copy(live, archive, t, ids, copied, e, columns))
                    return false;
            }
            return true;
        },
        error);
}

void CopyAhead::start(const DatabaseUrl &live, const DatabaseUrl &archive,
                      QList<QList<qint64>> batches) {
    m_thread = std::thread(
        [this, live, archive, batches = std::move(batches)] { copyAll(live, archive, batches); });
}

void CopyAhead::copyAll(const DatabaseUrl &liveUrl, const DatabaseUrl &archiveUrl,
                        const QList<QList<qint64>> &batches) {
    QString why;
    const auto finish = [&](const QString &error) {
        const std::lock_guard lock(m_mutex);
        m_error = error;
        m_done = true;
        m_ready.notify_all();
    };
    // Opened, used and closed on this thread (a QtSql connection stays on its thread).
    auto live = Database::open(liveUrl, QStringLiteral("archive-copy-live"), why);
    if (!live)
        return finish(tr("A second connection to the live database for the copy: %1").arg(why));
    auto archive = Database::open(archiveUrl, QStringLiteral("archive-copy"), why);
    // Never enforced in an archive (an appeal may arrive before the ticket it appeals).
    if (!archive || !archive->exec(QStringLiteral("PRAGMA foreign_keys = OFF"), {}, why))
        return finish(tr("A second connection to the archive for the copy: %1").arg(why));
    RunColumns columns;
    const auto &tables = movedTables();
    for (const QList<qint64> &ids : batches) {
        if (m_stop.load(std::memory_order_acquire))
            break;
        // The run dropped the archive's copies of live tickets before it started this copy.
        if (!copyTickets(*live, *archive, ids, why, &columns, false))
            return finish(why);
        // The archive's side of the batch's check, as committed.
        CopiedBatch batch{ids, {}, {}};
        for (const TicketReference &t : tables) {
            QStringList shared;
            TableDigest digest;
            if (!columns.shared(*live, *archive, t.table, shared, why) ||
                !ArchiveTables::digest(*archive, t, ids, digest, why, shared))
                return finish(why);
            batch.columns.append(shared);
            batch.digests.append(digest);
        }
        const std::lock_guard lock(m_mutex);
        m_copied.push_back(std::move(batch));
        m_ready.notify_all();
    }
    // Every batch is in: the indexes a new archive left for the end, while the deletes go on.
    if (!m_stop.load(std::memory_order_acquire) && !DeferredIndexes::build(*archive, why))
        return finish(why);
    finish(QString());
}

bool CopyAhead::next(CopiedBatch &batch, QString &error) {
    batch = {};
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [this] { return !m_copied.empty() || m_done; });
    if (!m_copied.empty()) {
        batch = std::move(m_copied.front());
        m_copied.pop_front();
        return true;
    }
    if (!m_error.isEmpty()) {
        error = m_error;
        return false;
    }
    return true;
}

bool CopyAhead::allCopied() {
    const std::lock_guard lock(m_mutex);
    return m_done && m_error.isEmpty() && !m_stop.load(std::memory_order_acquire);
}

void CopyAhead::stop() {
    m_stop.store(true, std::memory_order_release);
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace sb::archive
