#include "archive/sqlitedigest.h"

#if defined(SIGNALBOARD_SQLITE_C_API)
#include "archive/sqlitearchive.h"
#include "storage/sqlitecapi.h"

#include <QSqlQuery>

#include <sodium.h>
#include <sqlite3.h>

#include <charconv>
#include <cstring>
#endif

namespace sb::archive {

#if defined(SIGNALBOARD_SQLITE_C_API)

namespace {

constexpr char kFunction[] = "sb_archive_digest";
constexpr char kRowSetFunction[] = "sb_archive_rowset";
constexpr qsizetype kFlushBytes = 1 << 16;

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF): such text comes out
// of SQLite's UTF-16 conversion and Qt's toUtf8() as the same bytes. Anything else takes the
// driver's own way (encodeText).
bool isStrictUtf8(const unsigned char *s, int n) {
    int i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            more = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            more = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += more + 1;
    }
    return true;
}

void appendNumber(QByteArray &out, qint64 n) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr - buf);
}

void appendTagged(QByteArray &out, char tag, const char *data, qsizetype size) {
    out += tag;
    appendNumber(out, size);
    out += ':';
    out.append(data, size);
}

// The text as the Qt driver reads it (sqlite3_column_text16 into a QString) and encodeValue
// writes it (toUtf8).
void encodeText(sqlite3_value *v, QByteArray &out) {
    const auto *utf8 = sqlite3_value_text(v);
    const int n = sqlite3_value_bytes(v);
    if (isStrictUtf8(utf8, n)) {
        appendTagged(out, 'T', reinterpret_cast<const char *>(utf8), n);
        return;
    }
    const auto *utf16 = static_cast<const QChar *>(sqlite3_value_text16(v));
    const QByteArray text = QString(utf16, sqlite3_value_bytes16(v) / 2).toUtf8();
    appendTagged(out, 'T', text.constData(), text.size());
}

// ArchiveTables::encodeValue of the QVariant the Qt driver gives for `v`.
void encodeValue(sqlite3_value *v, QByteArray &out) {
    switch (sqlite3_value_type(v)) {
    case SQLITE_NULL:
        out += 'N';
        return;
    case SQLITE_INTEGER:
        out += 'I';
        appendNumber(out, sqlite3_value_int64(v));
        out += ';';
        return;
    case SQLITE_FLOAT:
        out += 'R' + QByteArray::number(sqlite3_value_double(v), 'g', 17) + ';';
        return;
    case SQLITE_BLOB: {
        const void *data = sqlite3_value_blob(v);
        appendTagged(out, 'B', static_cast<const char *>(data), sqlite3_value_bytes(v));
        return;
    }
    default:
        encodeText(v, out);
        return;
    }
}

// libsodium's SHA-256 (the same function as QCryptographicHash's, several times faster here).
struct DigestState {
    DigestState() { crypto_hash_sha256_init(&hash); }
    void add(const QByteArray &bytes) {
        crypto_hash_sha256_update(&hash, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  quint64(bytes.size()));
    }
    QByteArray hex() {
        QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
        crypto_hash_sha256_final(&hash, reinterpret_cast<unsigned char *>(out.data()));
        return out.toHex();
    }
    crypto_hash_sha256_state hash;
    QList<QByteArray> names; // each already encoded
    QByteArray pending;
};

// sb_archive_digest(names, v1, …, vn): `names` the columns' names joined by ','; each row is
// 'W' then every column's name and value, encoded.
void digestStep(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    auto **slot = static_cast<DigestState **>(sqlite3_aggregate_context(ctx, sizeof(void *)));
    if (!slot) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!*slot) {
        auto *state = new DigestState;
        *slot = state;
        const QByteArray joined(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                                sqlite3_value_bytes(argv[0]));
        for (const QByteArray &name : joined.split(',')) {
            QByteArray encoded;
            appendTagged(encoded, 'T', name.constData(), name.size());
            state->names.append(encoded);
        }
        state->pending.reserve(kFlushBytes + 4096);
    }
    DigestState &state = **slot;
    if (state.names.size() != argc - 1) {
        sqlite3_result_error(ctx, "sb_archive_digest: one name per value", -1);
        return;
    }
    state.pending += 'W';
    for (int i = 1; i < argc; ++i) {
        state.pending += state.names.at(i - 1);
        encodeValue(argv[i], state.pending);
    }
    if (state.pending.size() >= kFlushBytes) {
        state.add(state.pending);
        state.pending.clear();
    }
}

void digestFinal(sqlite3_context *ctx) {
    auto **slot = static_cast<DigestState **>(sqlite3_aggregate_context(ctx, 0));
    QByteArray hex;
    if (slot && *slot) {
        DigestState *state = *slot;
        state->add(state->pending);
        hex = state->hex();
        delete state;
        *slot = nullptr;
    } else {
        hex = DigestState().hex(); // no row
    }
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

QList<QByteArray> encodedNames(const QByteArray &joined) {
    QList<QByteArray> names;
    for (const QByteArray &name : joined.split(',')) {
        QByteArray encoded;
        appendTagged(encoded, 'T', name.constData(), name.size());
        names.append(encoded);
    }
    return names;
}

// The running RowSet: each row's BLAKE2b-128, added as a 128-bit number.
struct RowSetState {
    void addRow(const QByteArray &encoded) {
        unsigned char h[16];
        crypto_generichash(h, sizeof h,
                           reinterpret_cast<const unsigned char *>(encoded.constData()),
                           quint64(encoded.size()), nullptr, 0);
        quint64 lo = 0;
        quint64 hi = 0;
        std::memcpy(&lo, h, 8);
        std::memcpy(&hi, h + 8, 8);
        const quint64 before = m_lo;
        m_lo += lo;
        m_hi += hi + (m_lo < before ? 1 : 0);
        ++rows;
    }
    QByteArray hex() const {
        QByteArray out(16, Qt::Uninitialized);
        std::memcpy(out.data(), &m_lo, 8);
        std::memcpy(out.data() + 8, &m_hi, 8);
        return out.toHex();
    }
    qint64 rows = 0;
    QList<QByteArray> names; // each already encoded
    QByteArray row;

private:
    quint64 m_lo = 0;
    quint64 m_hi = 0;
};

// One row as digestStep encodes it: 'W', then every column's name and value.
void encodeRow(const QList<QByteArray> &names, sqlite3_value **values, QByteArray &row) {
    row.clear();
    row += 'W';
    for (qsizetype i = 0; i < names.size(); ++i) {
        row += names.at(i);
        encodeValue(values[i], row);
    }
}

// sb_archive_rowset(names, v1, …, vn): the RowSet's sum (hex) of the rows it is given.
void rowSetStep(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    auto **slot = static_cast<RowSetState **>(sqlite3_aggregate_context(ctx, sizeof(void *)));
    if (!slot) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!*slot) {
        *slot = new RowSetState;
        (*slot)->names =
            encodedNames(QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                                    sqlite3_value_bytes(argv[0])));
    }
    RowSetState &state = **slot;
    if (state.names.size() != argc - 1) {
        sqlite3_result_error(ctx, "sb_archive_rowset: one name per value", -1);
        return;
    }
    encodeRow(state.names, argv + 1, state.row);
    state.addRow(state.row);
}

void rowSetFinal(sqlite3_context *ctx) {
    auto **slot = static_cast<RowSetState **>(sqlite3_aggregate_context(ctx, 0));
    QByteArray hex;
    if (slot && *slot) {
        hex = (*slot)->hex();
        delete *slot;
        *slot = nullptr;
    } else {
        hex = RowSetState().hex(); // no row
    }
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

// Runs `sql`, whose one row is (row count, hex text of an aggregate).
bool countAndHex(const Database &db, const QString &sql, const QVariantList &bound, qint64 &rows,
                 QByteArray &hex, QString &error) {
    QSqlQuery q(db.db());
    if (!db.exec(q, sql, bound, error))
        return false;
    if (!q.next()) {
        error = db.describe(q.lastError());
        return false;
    }
    rows = q.value(0).toLongLong();
    hex = q.value(1).toString().toLatin1();
    return true;
}

QString quotedList(const QStringList &columns) {
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

bool SqliteDigest::usable(const Database &db, QString &why) {
    if (!SqliteArchive::enabled(db)) {
        why = QStringLiteral("not SQLite, or SIGNALBOARD_ARCHIVE_PORTABLE=1");
        return false;
    }
    sqlite3 *handle = sqliteCApiHandle(db, why);
    if (!handle)
        return false;
    if (sodium_init() < 0) {
        why = QStringLiteral("libsodium did not start");
        return false;
    }
    // Registered once per connection: redefining a function while statements run would fail.
    sqlite3_stmt *probe = nullptr;
    const bool known = sqlite3_prepare_v2(handle, "SELECT sb_archive_digest('')", -1, &probe,
                                          nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (known)
        return true;
    if (sqlite3_create_function_v2(handle, kFunction, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, nullptr, digestStep, digestFinal,
                                   nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(handle, kRowSetFunction, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, nullptr, rowSetStep, rowSetFinal,
                                   nullptr) != SQLITE_OK) {
        why = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}

bool SqliteDigest::digest(const Database &db, const QString &table, const QStringList &columns,
                          const QString &where, const QVariantList &values, const QString &orderBy,
                          TableDigest &out, QString &error) {
    out = {};
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
    const QString list = quoted.join(QStringLiteral(", "));
    // The subquery's ORDER BY feeds the rows in key order: SQLite keeps it under an aggregate
    // other than count/min/max.
    QVariantList bound{columns.join(QLatin1Char(','))};
    bound.append(values);
    return countAndHex(db,
                       QStringLiteral("SELECT COUNT(*), sb_archive_digest(?, %1) FROM (SELECT %1 "
                                      "FROM %2%3 ORDER BY %4)")
                           .arg(list, table,
                                where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where,
                                orderBy),
                       bound, out.rows, out.sha256, error);
}

bool SqliteDigest::rowSet(const Database &db, const QString &table, const QStringList &columns,
                          const QString &where, const QVariantList &values, RowSet &out,
                          QString &error) {
    out = {};
    QVariantList bound{columns.join(QLatin1Char(','))};
    bound.append(values);
    return countAndHex(db,
                       QStringLiteral("SELECT COUNT(*), sb_archive_rowset(?, %1) FROM %2%3")
                           .arg(quotedList(columns), table,
                                where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                       bound, out.rows, out.sum, error);
}

bool SqliteDigest::removeReturning(const Database &db, const QString &table,
                                   const QStringList &columns, const QString &where,
                                   const QString &value, RowSet &out, QString &error) {
    out = {};
    QString why;
    sqlite3 *handle = sqliteCApiHandle(db, why);
    if (!handle) {
        error = why;
        return false;
    }
    const QByteArray sql = QStringLiteral("DELETE FROM %1 WHERE %2 RETURNING %3")
                               .arg(table, where, quotedList(columns))
                               .toUtf8();
    const QByteArray text = value.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(stmt, 1, text.constData(), int(text.size()), SQLITE_STATIC);
    RowSetState state;
    for (const QString &c : columns) {
        const QByteArray name = c.toUtf8();
        QByteArray encoded;
        appendTagged(encoded, 'T', name.constData(), name.size());
        state.names.append(encoded);
    }
    QList<sqlite3_value *> row(columns.size());
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc != SQLITE_ROW)
            break;
        for (int i = 0; i < int(columns.size()); ++i)
            row[i] = sqlite3_column_value(stmt, i);
        encodeRow(state.names, row.data(), state.row);
        state.addRow(state.row);
    }
    if (rc != SQLITE_DONE) {
        // The statement's error, as the Qt driver would report it (a full disk included).
        const QSqlError e(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                          QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(handle)));
        sqlite3_finalize(stmt);
        error = isDiskFull(e) ? db.diskFullMessage(e.databaseText()) : db.describe(e);
        return false;
    }
    sqlite3_finalize(stmt);
    out.rows = state.rows;
    out.sum = state.hex();
    return true;
}

#else // !SIGNALBOARD_SQLITE_C_API

bool SqliteDigest::usable(const Database &, QString &why) {
    why = QStringLiteral("built without the SQLite C API (SIGNALBOARD_SQLITE_C_API)");
    return false;
}

bool SqliteDigest::digest(const Database &, const QString &, const QStringList &, const QString &,
                          const QVariantList &, const QString &, TableDigest &, QString &error) {
    error = QStringLiteral("built without the SQLite C API (SIGNALBOARD_SQLITE_C_API)");
    return false;
}

bool SqliteDigest::rowSet(const Database &, const QString &, const QStringList &, const QString &,
                          const QVariantList &, RowSet &, QString &error) {
    error = QStringLiteral("built without the SQLite C API (SIGNALBOARD_SQLITE_C_API)");
    return false;
}

bool SqliteDigest::removeReturning(const Database &, const QString &, const QStringList &,
                                   const QString &, const QString &, RowSet &, QString &error) {
    error = QStringLiteral("built without the SQLite C API (SIGNALBOARD_SQLITE_C_API)");
    return false;
}

#endif

} // namespace sb::archive
