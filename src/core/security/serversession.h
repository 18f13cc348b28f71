#pragma once

#include "security/authenticator.h"
#include "storage/database.h"
#include "util/clock.h"

namespace sb {

// Shared PostgreSQL mode: the server has already authenticated the connection, so the
// session is whoever session_user maps to in staff.login. Permissions come from the server's
// own sb_has_permission (temporary grants are not readable by ordinary logins). False with
// `error` when the connection's login is not an active staff member.
bool loadServerSession(const Database &db, const Clock &clock, Session &out, QString &error);

// The caller's effective permissions as the server computes them (one query).
bool serverPermissions(const Database &db, PermissionSet &out, QString &error);

} // namespace sb
