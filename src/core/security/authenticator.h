#pragma once

#include "security/audittrail.h"
#include "security/passwordhasher.h"
#include "security/permissions.h"
#include "security/securitysettings.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sb {

// Who is working: filled at login.
struct Session {
    qint64 staffId = 0;
    QString employeeNo;
    QString login;
    QString name;
    QString roleKey; // empty when the person has no role
    PermissionSet permissions;
    qint64 loggedInAt = 0;
};

enum class LoginOutcome {
    Ok,
    BadCredentials, // unknown person or wrong password (never says which)
    Locked,         // too many failures; try again after LoginResult::lockedUntil
    Inactive,       // status is not 'active' (disabled, expired, left …)
    Error           // the database failed; `message` says how
};

struct LoginResult {
    LoginOutcome outcome = LoginOutcome::Error;
    std::optional<Session> session; // set when outcome == Ok
    QString message;                // translated sentence for the login dialog
    qint64 lockedUntil = 0;         // ms since epoch, for Locked
    bool ok() const { return outcome == LoginOutcome::Ok; }
};

// Login for the embedded (SQLite) mode, where this program is the guard. Passwords are
// Argon2id hashes in staff.password_hash; after settings.maxFailedLogins failures in a row the
// account locks for settings.lockoutMinutes. Every success, failure and lock is audited.
// (With PostgreSQL the server authenticates: each person connects as their own role.)
class LocalAuthenticator {
    Q_DECLARE_TR_FUNCTIONS(LocalAuthenticator)
public:
    LocalAuthenticator(Database &db, const Clock &clock, SecuritySettings settings);

    // `who` is an employee number or a login name.
    LoginResult login(const QString &who, const QString &password);

    // Sets a new password (hashed with the current parameters) and clears any lock.
    bool setPassword(qint64 staffId, const QString &password, QString &error);
    // The session of a staff member without checking a password (after a server login).
    bool sessionFor(qint64 staffId, Session &out, QString &error) const;

    static int minimumPasswordLength() { return 8; }
    const SecuritySettings &settings() const { return m_settings; }

private:
    LoginResult fail(LoginOutcome outcome, const QString &message, qint64 lockedUntil = 0) const;

    Database &m_db;
    const Clock &m_clock;
    SecuritySettings m_settings;
    PasswordHasher m_hasher;
    PermissionService m_permissions;
    AuditTrail m_audit;
    mutable QString m_dummyHash; // verified against for unknown names: same cost, same time
};

// Checks a new password's length; returns an empty string when fine.
QString passwordProblem(const QString &password);

} // namespace sb
