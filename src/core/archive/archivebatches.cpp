#include "archive/archivebatches.h"

#include "archive/copyahead.h"
#include "archive/pgarchive.h"
#include "archive/runcolumns.h"
#include "archive/sqlitearchive.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb::archive {

void addCount(ArchiveReport &report, const QString &table, qint64 rows) {
    for (ArchiveTableCount &c : report.counts) {
        if (c.table == table) {
            c.rows += rows;
            return;
        }
    }
    report.counts.append({table, rows});
}

void startCounts(ArchiveReport &report) {
    report.counts.clear();
    for (const TicketReference &t : archive::movedTables())
        report.counts.append({t.table, 0});
}

QString countsJson(const ArchiveReport &report) {
    QJsonObject o;
    for (const ArchiveTableCount &c : report.counts)
        o.insert(c.table, c.rows);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString differ(const QString &table, qint64 liveRows, qint64 archiveRows) {
    return Archiver::tr("The rows of %1 differ between the live database (%2 rows) and the "
                        "archive (%3 rows); this batch was left as it was.")
        .arg(table)
        .arg(liveRows)
        .arg(archiveRows);
}

bool sameOnBothSides(const Database &a, const Database &b, const QList<qint64> &ids,
                     ArchiveReport *report, QString &error) {
    for (const TicketReference &t : archive::movedTables()) {
        TableDigest da;
        TableDigest db;
        QStringList columns;
        if (!ArchiveTables::sharedColumns(a, b, t.table, columns, error) ||
            !ArchiveTables::digest(a, t, ids, da, error, columns) ||
            !ArchiveTables::digest(b, t, ids, db, error, columns))
            return false;
        if (!(da == db)) {
            error = differ(t.table, da.rows, db.rows);
            return false;
        }
        if (report)
            addCount(*report, t.table, da.rows);
    }
    return true;
}

bool deleteCheckedOnServer(const Database &live, const Database &archive,
                           const RetentionCutoff &cutoff, const QList<qint64> &ids,
                           RunColumns &runColumns, const CopiedBatch *copied, QList<qint64> &moving,
                           ArchiveReport &report, bool &checked, QString &error) {
    checked = false;
    const auto &tables = archive::movedTables();
    QHash<QString, QStringList> columns;
    QList<QStringList> ordered;
    for (const TicketReference &t : tables) {
        QStringList shared;
        if (!runColumns.shared(live, archive, t.table, shared, error))
            return false;
        columns.insert(t.table, shared);
        ordered.append(shared);
    }
    QList<TableDigest> deleted;
    bool tooLarge = false;
    if (!PgArchive::deleteChecked(live, cutoff.ordinaryBefore, cutoff.importantBefore, ids, columns,
                                  deleted, moving, tooLarge, error))
        return false;
    if (tooLarge)
        return true;
    checked = true;
    if (moving.isEmpty()) // none still leaves: nothing was deleted
        return true;
    // The copy's digests hold for the same tickets over the same columns.
    const bool taken = copied && copied->ids == moving && copied->columns == ordered &&
                       copied->digests.size() == tables.size();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const TicketReference &t = tables.at(i);
        const TableDigest &server = deleted.at(i);
        TableDigest copy;
        if (taken)
            copy = copied->digests.at(i);
        else if (!ArchiveTables::digest(archive, t, moving, copy, error, columns.value(t.table)))
            return false;
        if (!(copy == server)) {
            error = differ(t.table, server.rows, copy.rows);
            return false;
        }
        addCount(report, t.table, server.rows);
    }
    return true;
}

bool sameInSqlite(const SqliteArchive &attached, const QList<qint64> &ids, ArchiveReport *report,
                  QString &error) {
    for (const TicketReference &t : archive::movedTables()) {
        qint64 live = 0;
        qint64 archived = 0;
        bool same = false;
        if (!attached.compare(t, ids, live, archived, same, error))
            return false;
        if (!same) {
            error = differ(t.table, live, archived);
            return false;
        }
        if (report)
            addCount(*report, t.table, live);
    }
    return true;
}

} // namespace sb::archive
