#include "security/securitysettings.h"

#include "storage/settingsstore.h"

namespace sb {

namespace {
// A whole-number setting in [min, max]; `inOut` keeps its default when unset or out of range.
bool readNumber(const Database &db, const QString &key, qint64 min, qint64 max, qint64 &inOut,
                QString &error) {
    return SettingsStore(db).integer(key, inOut, min, max, inOut, error);
}
} // namespace

bool SecuritySettings::load(const Database &db, SecuritySettings &out, QString &error) {
    out = SecuritySettings{};
    const PasswordHashParams lo = PasswordHashParams::minimum();
    qint64 ops = qint64(out.hash.opsLimit);
    qint64 mem = qint64(out.hash.memLimit);
    qint64 failures = out.maxFailedLogins;
    qint64 minutes = out.lockoutMinutes;
    QStringList problems;
    QString e;
    if (!readNumber(db, kOpsLimit, qint64(lo.opsLimit), 64, ops, e))
        problems << e;
    if (!readNumber(db, kMemLimit, qint64(lo.memLimit), qint64(4) * 1024 * 1024 * 1024, mem, e))
        problems << e;
    if (!readNumber(db, kMaxFailures, 1, 1000, failures, e))
        problems << e;
    if (!readNumber(db, kLockoutMinutes, 1, 7 * 24 * 60, minutes, e))
        problems << e;
    out.hash = {static_cast<unsigned long long>(ops), static_cast<std::size_t>(mem)};
    out.maxFailedLogins = int(failures);
    out.lockoutMinutes = int(minutes);
    if (!problems.isEmpty()) {
        error = problems.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

} // namespace sb
