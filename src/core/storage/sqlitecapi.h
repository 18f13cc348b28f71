#pragma once
// The SQLite C API on a Qt connection's own handle. Only built with SIGNALBOARD_SQLITE_C_API
// (src/core/CMakeLists.txt): that is sound only where Qt's SQLite plugin links the same shared
// libsqlite3 we link.

#include "storage/database.h"

#include <QString>

struct sqlite3;

namespace sb {

// `db`'s sqlite3* when our libsqlite3 is the very library that owns it (the version the
// connection reports equals sqlite3_libversion_number() and the source ids match); otherwise
// null with `why`. Our sqlite3_* calls on another copy's handle would be undefined behaviour.
sqlite3 *sqliteCApiHandle(const Database &db, QString &why);

} // namespace sb
