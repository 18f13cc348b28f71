#include "archive/deferredindexes.h"

#include "archive/archivetables.h"

#include <QSqlQuery>

namespace sb::archive {

namespace {

// The indexes of `t` created by CREATE INDEX (not a key's), except those led by its ticket
// column: names and statements.
bool deferrable(const Database &archive, const TicketReference &t, QStringList &names,
                QStringList &statements, QString &error) {
    QSqlQuery list(archive.db());
    if (!archive.exec(list,
                      QStringLiteral("SELECT il.name, m.sql, (SELECT ii.name FROM "
                                     "pragma_index_info(il.name) ii WHERE ii.seqno = 0) FROM "
                                     "pragma_index_list(?) il JOIN sqlite_master m ON m.type = "
                                     "'index' AND m.name = il.name WHERE il.origin = 'c' AND "
                                     "m.sql IS NOT NULL ORDER BY il.name"),
                      {t.table}, error))
        return false;
    while (list.next()) {
        if (list.value(2).toString() == t.ticketColumn)
            continue;
        names.append(list.value(0).toString());
        statements.append(list.value(1).toString());
    }
    return true;
}

} // namespace

bool DeferredIndexes::prepare(const Database &archive, QString &error) {
    return archive.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS archive_deferred_indexes ("
                                       "name TEXT PRIMARY KEY, sql TEXT NOT NULL)"),
                        {}, error);
}

bool DeferredIndexes::defer(const Database &archive, bool &deferred, QString &error) {
    deferred = false;
    QSqlQuery any(archive.db());
    if (!archive.exec(any, QStringLiteral("SELECT EXISTS (SELECT 1 FROM tickets)"), {}, error) ||
        !any.next())
        return false;
    const bool hasTickets = any.value(0).toBool();
    any.finish(); // no statement may still run while an index is dropped
    if (hasTickets)
        return true;
    QStringList names;
    QStringList statements;
    for (const TicketReference &t : movedTables())
        if (!deferrable(archive, t, names, statements, error))
            return false;
    if (names.isEmpty())
        return true;
    if (!archive.transaction(
            [&](QString &e) {
                for (qsizetype i = 0; i < names.size(); ++i) {
                    // The names come from the archive's own schema, quoted as identifiers.
                    QString quoted = names.at(i);
                    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                    if (!archive.exec(QStringLiteral("INSERT OR REPLACE INTO "
                                                     "archive_deferred_indexes (name, sql) "
                                                     "VALUES (?, ?)"),
                                      {names.at(i), statements.at(i)}, e) ||
                        !archive.exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted), {}, e))
                        return false;
                }
                return true;
            },
            error))
        return false;
    deferred = true;
    return true;
}

bool DeferredIndexes::build(const Database &archive, QString &error) {
    QSqlQuery q(archive.db());
    if (!archive.exec(
            q, QStringLiteral("SELECT name, sql FROM archive_deferred_indexes ORDER BY name"), {},
            error))
        return false;
    QStringList names;
    QStringList statements;
    while (q.next()) {
        names.append(q.value(0).toString());
        statements.append(q.value(1).toString());
    }
    q.finish();
    // One transaction per index: another connection writing to the archive meanwhile (the
    // run removing the copy of a ticket that stayed) waits for one index, not for all.
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!archive.transaction(
                [&](QString &e) {
                    // The statement the archive's own schema held (sqlite_master), as it was.
                    return archive.exec(statements.at(i), {}, e) &&
                           archive.exec(QStringLiteral("DELETE FROM archive_deferred_indexes "
                                                       "WHERE name = ?"),
                                        {names.at(i)}, e);
                },
                error))
            return false;
    }
    return true;
}

} // namespace sb::archive
