#include "archive/sqlitelivedelete.h"

#include <QSqlQuery>

namespace sb::archive {

namespace {

bool refersThroughTicket(const QList<TicketReference> &tables, const QString &table,
                         const QString &column) {
    for (const TicketReference &t : tables)
        if (t.table == table && t.ticketColumn == column)
            return true;
    return false;
}

} // namespace

bool SqliteLiveDelete::keysSettled(const Database &live, bool &settled, QString &error) {
    settled = false;
    QSqlQuery q(live.db());
    if (!live.exec(q,
                   QStringLiteral("SELECT m.name, f.\"table\", f.\"from\" FROM sqlite_master m "
                                  "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                                  "ORDER BY m.name"),
                   {}, error))
        return false;
    QStringList moved;
    for (const TicketReference &t : movedTables())
        moved.append(t.table);
    const QString tickets = movedTables().constFirst().table;
    bool all = true;
    while (q.next()) {
        const QString child = q.value(0).toString();
        const QString parent = q.value(1).toString();
        const QString column = q.value(2).toString();
        if (!moved.contains(parent))
            continue; // a moved row naming a row that stays: deleting it breaks nothing
        const bool known =
            parent == tickets && (refersThroughTicket(movedTables(), child, column) ||
                                  refersThroughTicket(keepingTables(), child, column) ||
                                  (child == tickets && column == QLatin1StringView("appeal_of")));
        all = all && known;
    }
    if (q.lastError().isValid()) {
        error = live.describe(q.lastError());
        return false;
    }
    settled = all;
    return true;
}

bool SqliteLiveDelete::transaction(const Database &live, bool unenforced,
                                   const std::function<bool(QString &)> &work, QString &error) {
    if (!unenforced)
        return live.transaction(work, error);
    QSqlQuery fk(live.db());
    if (!fk.exec(QStringLiteral("PRAGMA foreign_keys")) || !fk.next()) {
        error = live.describe(fk.lastError());
        return false;
    }
    const bool enforced = fk.value(0).toInt() != 0;
    fk.finish();
    if (enforced && !live.exec(QStringLiteral("PRAGMA foreign_keys = OFF"), {}, error))
        return false;
    const bool ok = live.transaction(work, error);
    QString fkError;
    if (enforced && !live.exec(QStringLiteral("PRAGMA foreign_keys = ON"), {}, fkError) && ok) {
        error = fkError;
        return false;
    }
    return ok;
}

} // namespace sb::archive
