#pragma once
// The dialects' TicketSinks (ticketsink.cpp: PostgreSQL; sqliteqtsink.cpp: SQLite through
// QtSql, and the choice of SQLite sink; sqliteticketsink.cpp: SQLite through the C API, built
// only with SIGNALBOARD_SQLITE_C_API).

#include "io/ticketsink.h"
#include "tickets/ticketwriter.h"

namespace sb::detail {

// The SQLite sinks' multi-row INSERT of `rows` tickets (the imported columns, positional values
// in kImportedTicketColumns order), skipping rows whose (source, external_id) is already there:
// the statement's cursors on the table and its indexes are opened once per statement rather
// than once per row.
constexpr int kSqliteInsertColumns = int(kImportedTicketColumns.size());
QByteArray sqliteInsertSql(int rows);
// The error of such a statement, which holds the rows of lines `first`–`last`: says which.
QString sqliteBatchError(qint64 first, qint64 last, const QString &why);

// The SQLite sink for `db`: the C-API one when it is built in and safe on this connection,
// else the portable QtSql one. SIGNALBOARD_IMPORT_PORTABLE=1 in the environment forces the
// portable one (the tests run every SQLite import case against both).
std::unique_ptr<TicketSink> createSqliteSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                             qint64 expectedBytes);
// QtSql only: works with any SQLite the Qt plugin carries.
std::unique_ptr<TicketSink> createSqliteQtSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                               qint64 expectedBytes);
std::unique_ptr<TicketSink> createPgSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                         qint64 expectedBytes);

#if defined(SIGNALBOARD_SQLITE_C_API)
// True when `db`'s driver hands out a sqlite3* from the same SQLite library we link (the
// version the connection reports equals sqlite3_libversion_number() and the source ids
// match); otherwise false with `why`.
bool sqliteCApiUsable(Database &db, QString &why);
std::unique_ptr<TicketSink> createSqliteCApiSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                                 qint64 expectedBytes);
#endif

} // namespace sb::detail
