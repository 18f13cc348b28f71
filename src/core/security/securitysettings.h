#pragma once

#include "security/passwordhasher.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

namespace sb {

// Security parameters, read from the versioned settings table (the highest version of each
// key wins); a key that is missing keeps its default.
//   security.password.opslimit       Argon2id operations (default 2, libsodium INTERACTIVE)
//   security.password.memlimit       Argon2id memory in bytes (default 67108864 = 64 MiB)
//   security.lockout.max_failures    failed logins in a row before the lock (default 5)
//   security.lockout.minutes         how long the lock lasts (default 15)
struct SecuritySettings {
    Q_DECLARE_TR_FUNCTIONS(SecuritySettings)
public:
    PasswordHashParams hash = PasswordHashParams::interactive();
    int maxFailedLogins = 5;
    int lockoutMinutes = 15;

    static inline const QString kOpsLimit = QStringLiteral("security.password.opslimit");
    static inline const QString kMemLimit = QStringLiteral("security.password.memlimit");
    static inline const QString kMaxFailures = QStringLiteral("security.lockout.max_failures");
    static inline const QString kLockoutMinutes = QStringLiteral("security.lockout.minutes");

    // Loads the settings. False with `error` (naming the key and value) when a stored value
    // is not a number or is out of range; `out` then keeps the defaults for that key.
    static bool load(const Database &db, SecuritySettings &out, QString &error);
};

} // namespace sb
