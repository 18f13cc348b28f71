#include "archive/copyahead.h"

#include "archive/archivetables.h"
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
    for (const QList<qint64> &ids : batches) {
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [this] {
                return qsizetype(m_copied.size()) < kAhead ||
                       m_stop.load(std::memory_order_acquire);
            });
        }
        if (m_stop.load(std::memory_order_acquire))
            break;
        // The run dropped the archive's copies of live tickets before it started this copy.
        if (!copyTickets(*live, *archive, ids, why, &columns, false))
            return finish(why);
        const std::lock_guard lock(m_mutex);
        m_copied.push_back(ids);
        m_ready.notify_all();
    }
    finish(QString());
}

bool CopyAhead::next(QList<qint64> &ids, QString &error) {
    ids.clear();
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [this] { return !m_copied.empty() || m_done; });
    if (!m_copied.empty()) {
        ids = std::move(m_copied.front());
        m_copied.pop_front();
        m_room.notify_all();
        return true;
    }
    if (!m_error.isEmpty()) {
        error = m_error;
        return false;
    }
    return true;
}

void CopyAhead::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop.store(true, std::memory_order_release);
        m_room.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace sb::archive
