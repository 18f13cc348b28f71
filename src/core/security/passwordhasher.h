#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace sb {

// Argon2id cost parameters. They are written into every hash string
// ($argon2id$v=19$m=<KiB>,t=<ops>,p=1$…), so changing them never breaks existing hashes:
// old hashes still verify and are re-hashed at the next successful login.
struct PasswordHashParams {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0; // bytes

    static PasswordHashParams interactive(); // libsodium's INTERACTIVE (t=2, 64 MiB)
    static PasswordHashParams moderate();    // MODERATE (t=3, 256 MiB)
    static PasswordHashParams minimum();     // the smallest libsodium accepts (tests only)
    // True when both limits lie inside what libsodium accepts (memLimit capped at 4 GiB).
    bool isValid() const;
    bool operator==(const PasswordHashParams &) const = default;
};

// Password hashing with libsodium's Argon2id (crypto_pwhash_str*).
class PasswordHasher {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    explicit PasswordHasher(PasswordHashParams params = PasswordHashParams::interactive());

    const PasswordHashParams &params() const { return m_params; }

    // Hashes `password` (UTF-8) into `out`. False with `error` when libsodium is unusable,
    // the parameters are out of range, or memory is short.
    bool hash(const QString &password, QString &out, QString &error) const;
    // True when `hash` is a valid Argon2id string for `password`.
    bool verify(const QString &hash, const QString &password) const;
    // True when `hash` was made with other parameters (or is not a valid hash string).
    bool needsRehash(const QString &hash) const;

    // sodium_init(); safe to call many times and from several threads.
    static bool initialise();

private:
    PasswordHashParams m_params;
};

} // namespace sb
