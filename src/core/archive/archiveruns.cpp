#include "archive/archiveruns.h"

#include "archive/archivetables.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

QAtomicInteger<quint64> g_fileConnections;

// "archive_runs.counts" as written by Archiver: {"tickets": n, "ticket_events": n, …}.
bool parseCounts(const QString &json, QList<ArchiveTableCount> &out) {
    out.clear();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    // The moved tables first, in the archive's order; anything else after them.
    QStringList keys;
    for (const auto &t : archive::movedTables())
        if (o.contains(t.table))
            keys.append(t.table);
    for (const QString &k : o.keys())
        if (!keys.contains(k))
            keys.append(k);
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue v = o.value(k);
        if (!v.isDouble())
            return false;
        out.append({k, qint64(v.toDouble())});
    }
    return true;
}

} // namespace

qint64 ArchiveRun::tickets() const {
    for (const ArchiveTableCount &c : counts)
        if (c.table == QLatin1StringView("tickets"))
            return c.rows;
    return 0;
}

ArchiveRuns::ArchiveRuns(const Database &db)
    : m_db(db) {
}

bool ArchiveRuns::newest(int limit, QList<ArchiveRun> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, kind, started_at, finished_at, actor, cutoff, "
                                  "file_name, state, message, counts FROM archive_runs "
                                  "ORDER BY started_at DESC, id DESC LIMIT ?"),
                   {std::max(1, limit)}, error)) {
        error = tr("The archive runs could not be read: %1").arg(error);
        return false;
    }
    while (q.next()) {
        ArchiveRun r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.startedAt = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            r.finishedAt = q.value(3).toLongLong();
        r.actor = q.value(4).toString();
        if (!q.value(5).isNull())
            r.cutoff = q.value(5).toLongLong();
        r.fileName = q.value(6).toString();
        r.state = q.value(7).toString();
        r.message = q.value(8).toString();
        r.countsReadable = parseCounts(q.value(9).toString(), r.counts);
        out.append(r);
    }
    return true;
}

bool ArchiveRuns::ticketsInFile(const QString &file, qint64 &tickets, QString &error) {
    tickets = 0;
    const QFileInfo fi(file);
    if (!fi.exists() || !fi.isFile()) {
        error = tr("The archive %1 does not exist.").arg(fi.absoluteFilePath());
        return false;
    }
    // Opened read-only with SQLite itself (never with QFile: closing another descriptor of a
    // file drops this process's SQLite locks on it), so that looking changes nothing.
    const QString name = QStringLiteral("sb-archive-peek-%1").arg(++g_fileConnections);
    bool ok = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(fi.absoluteFilePath());
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!d.open()) {
            error = tr("Cannot open the archive %1: %2")
                        .arg(fi.absoluteFilePath(), describeSqlError(d.lastError()));
        } else {
            QSqlQuery q(d);
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                       "AND name IN ('tickets', 'archive_manifest')"))) {
                error = tr("%1 is not a Signalboard archive (it is not an SQLite file).")
                            .arg(fi.absoluteFilePath());
            } else if (!q.next() || q.value(0).toInt() != 2) {
                error = tr("%1 is not a Signalboard archive (it has no archive manifest).")
                            .arg(fi.absoluteFilePath());
            } else if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) || !q.next()) {
                error = tr("The archive %1 could not be read: %2")
                            .arg(fi.absoluteFilePath(), describeSqlError(q.lastError()));
            } else {
                tickets = q.value(0).toLongLong();
                ok = true;
            }
            q.finish();
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace sb
