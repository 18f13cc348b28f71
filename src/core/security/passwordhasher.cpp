#include "security/passwordhasher.h"

#include <sodium.h>

namespace sb {

PasswordHashParams PasswordHashParams::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHashParams PasswordHashParams::moderate() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PasswordHashParams PasswordHashParams::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool PasswordHashParams::isValid() const {
    constexpr std::size_t memCap = std::size_t(4) * 1024 * 1024 * 1024;
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_OPSLIMIT_MAX &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= memCap &&
           memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

PasswordHasher::PasswordHasher(PasswordHashParams params)
    : m_params(params) {
    initialise();
}

bool PasswordHasher::initialise() {
    return sodium_init() >= 0;
}

bool PasswordHasher::hash(const QString &password, QString &out, QString &error) const {
    if (!initialise()) {
        error = tr("The password library (libsodium) could not be initialised.");
        return false;
    }
    if (!m_params.isValid()) {
        error = tr("The password hashing parameters are out of range (operations %1, memory "
                   "%2 bytes).")
                    .arg(m_params.opsLimit)
                    .arg(m_params.memLimit);
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    char buf[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(buf, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              m_params.opsLimit, m_params.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        error = tr("Hashing the password failed: not enough memory for %1 MiB.")
                    .arg(m_params.memLimit / (1024 * 1024));
        return false;
    }
    out = QString::fromLatin1(buf);
    sodium_memzero(buf, sizeof buf);
    return true;
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const {
    if (!initialise())
        return false;
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= qsizetype(crypto_pwhash_STRBYTES) || !h.startsWith("$argon2id$"))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const {
    if (!initialise())
        return true;
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return true;
    return crypto_pwhash_str_needs_rehash(h.constData(), m_params.opsLimit, m_params.memLimit) != 0;
}

} // namespace sb
