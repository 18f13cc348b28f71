#pragma once
// libpq on a Qt PostgreSQL connection's own handle: for what QtSql has no way to say (COPY,
// results read without turning every value into a QVariant). Whatever runs through it runs in
// the connection's session and transaction, between two QSqlQuery statements, never while one
// still has rows to give.

#include "storage/database.h"

#include <QString>

struct pg_conn;

namespace sb {

// `db`'s libpq connection; null with `why` when the driver gives none (not PostgreSQL, or a
// plugin that does not say).
pg_conn *libpqHandle(const Database &db, QString &why);

} // namespace sb
