#include "io/ticketsink_p.h"
#include "storage/sqlitecapi.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <array>

namespace sb::detail {

namespace {

// SQLite: a prepared INSERT … VALUES of kRows rows … ON CONFLICT DO NOTHING, bound through the
// SQLite C API on the Qt connection's own handle (the same libsqlite3 the Qt plugin links) —
// no QVariant per value, strings bound straight from the QStrings' UTF-16 buffers.
//
// A large import (expectedBytes >= kBulkBytes) also replaces the per-row change_log trigger
// by ONE INSERT … SELECT at the end: inside the import's write transaction the trigger
// tickets_ci is dropped, the rows are written, their change_log rows appended in id order
// (= commit order: SQLite has one writer), and the trigger re-created from its own stored
// text before the commit. Other connections never see the schema without the trigger (WAL
// readers keep their snapshot; writers wait for our lock), and a rollback restores it. The
// per-row trigger cost about 2 s of CPU per million rows (a trigger program and an
// AUTOINCREMENT sqlite_sequence update per row); the one statement costs about 0.5 s.
class SqliteSink final : public TicketSink {
public:
    static constexpr qint64 kBulkBytes = 4 << 20;

    SqliteSink(Database &db, qint64 nowMs, qint64 registeredBy, qint64 expectedBytes)
        : m_db(db)
        , m_now(nowMs)
        , m_registeredBy(registeredBy)
        , m_bulk(expectedBytes >= kBulkBytes) {}
    ~SqliteSink() override {
        if (m_open)
            rollback();
        sqlite3_finalize(m_insert);
        restorePragmas();
    }

    bool begin(QString &error) override {
        const QVariant h = m_db.db().driver()->handle();
        if (qstrcmp(h.typeName(), "sqlite3*") != 0) {
            error = QStringLiteral("the SQLite driver gives no sqlite3 handle (%1)")
                        .arg(QLatin1StringView(h.typeName()));
            return false;
        }
        m_conn = *static_cast<sqlite3 *const *>(h.constData());
        if (!m_conn) {
            error = QStringLiteral("no SQLite connection");
            return false;
        }
        // Every INSERT inside the big transaction (with its trigger and constraints) writes a
        // statement journal, by default a temporary FILE. In memory while this imports.
        m_oldTempStore = intValue("PRAGMA temp_store");
        if (m_oldTempStore >= 0 && !exec("PRAGMA temp_store = MEMORY", error))
            return false;
        // IMMEDIATE: the write lock up front, so no other writer can slip in between.
        if (!exec("BEGIN IMMEDIATE", error))
            return false;
        m_open = true;
        if (m_bulk && !dropInsertTrigger(error))
            return false;
        if (sqlite3_prepare_v3(m_conn, sqliteInsertSql(kRows).constData(), -1,
                               SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
            return fail(error);
        return true;
    }

    bool add(const Complaint &c, const QByteArray &extraJson, qint64 line,
             QString &error) override {
        if (m_pending == 0)
            m_firstLine = line;
        m_lastLine = line;
        // Kept (implicitly shared, no deep copy) until their statement has run: bound in place.
        m_rows[m_pending] = c;
        m_extras[m_pending] = extraJson;
        return ++m_pending < kRows || flush(m_insert, error);
    }

    bool finish(bool commit, qint64 &inserted, qint64 &duplicates, QString &error) override {
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
        if (commit && m_pending > 0) {
            sqlite3_stmt *rest = nullptr;
            commit = sqlite3_prepare_v2(m_conn, sqliteInsertSql(m_pending).constData(), -1, &rest,
                                        nullptr) == SQLITE_OK
                         ? flush(rest, error)
                         : fail(error);
            sqlite3_finalize(rest);
            if (!commit) {
                rollback();
                restorePragmas();
                return false;
            }
        }
        if (!commit) {
            rollback();
            restorePragmas();
            return true;
        }
        const bool ok =
            (m_triggerSql.isEmpty() || logAndRestoreTrigger(error)) && exec("COMMIT", error);
        if (!ok)
            rollback();
        m_open = false;
        restorePragmas();
        inserted = m_inserted;
        duplicates = m_duplicates;
        return ok;
    }

private:
    static constexpr int kRows = 256;
    static constexpr int kColumns = kSqliteInsertColumns;

    bool flush(sqlite3_stmt *s, QString &error) {
        for (int row = 0; row < m_pending; ++row)
            bindRow(s, row * kColumns, m_rows[row], m_extras[row]);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            fail(error);
            if (!diskFull()) // a full disk is no row's fault: said as it is, without the lines
                error = sqliteBatchError(m_firstLine, m_lastLine, error);
            return false;
        }
        const int stored = sqlite3_changes(m_conn);
        m_inserted += stored;
        m_duplicates += m_pending - stored;
        m_pending = 0;
        return true;
    }

    // The SQL parameter (1-based) of `column` in row 0 of the statement.
    static consteval int at(TicketColumn column) {
        const int i = importedColumnIndex(column);
        if (i < 0)
            throw "not an imported column"; // a compile error: at() runs at compile time
        return i + 1;
    }
    // Every imported column is bound below: when kImportedTicketColumns changes, so must this.
    static_assert(kColumns == 16, "bindRow binds each of kImportedTicketColumns");

    void bindRow(sqlite3_stmt *s, int base, const Complaint &c, const QByteArray &extraJson) {
        bindText(s, base + at(TicketColumn::Source), c.source);
        if (c.externalId.isEmpty())
            sqlite3_bind_null(s, base + at(TicketColumn::ExternalId));
        else
            bindText(s, base + at(TicketColumn::ExternalId), c.externalId);
        sqlite3_bind_int64(s, base + at(TicketColumn::ReceivedAt),
                           c.receivedAt.toMSecsSinceEpoch());
        sqlite3_bind_int64(s, base + at(TicketColumn::ReceivedOffset),
                           c.receivedAt.offsetFromUtc());
        bindKey(s, base + at(TicketColumn::Channel), channelKey(c.channel));
        bindKey(s, base + at(TicketColumn::CustomerTier), tierKey(c.tier));
        bindText(s, base + at(TicketColumn::ProblemType), c.problemType);
        bindText(s, base + at(TicketColumn::CustomerId), c.customerId);
        bindText(s, base + at(TicketColumn::ServiceNumber), c.serviceNumber);
        bindText(s, base + at(TicketColumn::Category), c.category);
        bindText(s, base + at(TicketColumn::Subject), c.subject);
        bindText(s, base + at(TicketColumn::Description), c.description);
        bindText(s, base + at(TicketColumn::Region), c.region);
        sqlite3_bind_text(s, base + at(TicketColumn::Extra), extraJson.constData(),
                          static_cast<int>(extraJson.size()), SQLITE_STATIC);
        if (m_registeredBy > 0)
            sqlite3_bind_int64(s, base + at(TicketColumn::RegisteredBy), m_registeredBy);
        else
            sqlite3_bind_null(s, base + at(TicketColumn::RegisteredBy));
        sqlite3_bind_int64(s, base + at(TicketColumn::UpdatedAt), m_now);
    }

    // The key tables are short Latin-1 keys: bound as transient copies.
    static void bindKey(sqlite3_stmt *s, int i, const QString &key) {
        sqlite3_bind_text16(s, i, key.utf16(), static_cast<int>(key.size() * 2), SQLITE_TRANSIENT);
    }
    // The pending rows outlive the step: their UTF-16 buffers are bound in place.
    static void bindText(sqlite3_stmt *s, int i, const QString &text) {
        sqlite3_bind_text16(s, i, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_STATIC);
    }

    bool fail(QString &error) const {
        error = m_db.describeText(QString::fromUtf8(sqlite3_errmsg(m_conn)), diskFull());
        return false;
    }
    bool diskFull() const { return (sqlite3_extended_errcode(m_conn) & 0xff) == SQLITE_FULL; }
    bool exec(const QByteArray &sql, QString &error) const { return exec(sql.constData(), error); }
    bool exec(const char *sql, QString &error) const {
        char *message = nullptr;
        if (sqlite3_exec(m_conn, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        error = m_db.describeText(message ? QString::fromUtf8(message)
                                          : QString::fromUtf8(sqlite3_errmsg(m_conn)),
                                  diskFull());
        sqlite3_free(message);
        return false;
    }
    // First column of the first row of a query without parameters; -1 when there is none.
    qint64 intValue(const char *sql) const {
        sqlite3_stmt *s = nullptr;
        qint64 v = -1;
        if (sqlite3_prepare_v2(m_conn, sql, -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return v;
    }
    void rollback() {
        if (!m_open)
            return;
        m_open = false;
        QString ignored;
        exec("ROLLBACK", ignored);
        m_triggerSql.clear();
    }
    // The values are integers read back from SQLite itself.
    void restorePragmas() {
        if (!m_conn)
            return;
        QString ignored;
        if (m_oldTempStore >= 0)
            exec("PRAGMA temp_store = " + QByteArray::number(m_oldTempStore), ignored);
        m_oldTempStore = -1;
    }

    bool dropInsertTrigger(QString &error) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_conn,
                               "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                               "name = 'tickets_ci' AND tbl_name = 'tickets'",
                               -1, &s, nullptr) != SQLITE_OK)
            return fail(error);
        if (sqlite3_step(s) == SQLITE_ROW)
            m_triggerSql = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        if (m_triggerSql.isEmpty())
            return true; // no such trigger (then there is nothing to replace)
        if (!exec("DROP TRIGGER tickets_ci", error)) {
            m_triggerSql.clear();
            return false;
        }
        // Under the write lock: every id above this one is ours.
        m_idsAbove = intValue("SELECT COALESCE(MAX(id), 0) FROM tickets");
        return m_idsAbove >= 0 || fail(error);
    }

    // What tickets_ci would have written, for every row this import inserted, in id order;
    // then the trigger again, exactly as it was stored.
    bool logAndRestoreTrigger(QString &error) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_conn,
                               "INSERT INTO change_log(entity, entity_id, op, at) "
                               "SELECT 'ticket', id, 'insert', CAST((julianday('now') - "
                               "2440587.5) * 86400000 AS INTEGER) FROM tickets WHERE id > ? "
                               "ORDER BY id",
                               -1, &s, nullptr) != SQLITE_OK)
            return fail(error);
        sqlite3_bind_int64(s, 1, m_idsAbove);
        const int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            return fail(error);
        const bool ok = exec(m_triggerSql.constData(), error);
        m_triggerSql.clear();
        return ok;
    }

    Database &m_db;
    const qint64 m_now;
    const qint64 m_registeredBy;
    const bool m_bulk;
    sqlite3 *m_conn = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    std::array<Complaint, kRows> m_rows;
    std::array<QByteArray, kRows> m_extras;
    int m_pending = 0;
    qint64 m_firstLine = 0; // of the pending rows
    qint64 m_lastLine = 0;
    bool m_open = false;
    QByteArray m_triggerSql; // set while tickets_ci is dropped
    qint64 m_idsAbove = 0;
    qint64 m_inserted = 0;
    qint64 m_duplicates = 0;
    qint64 m_oldTempStore = -1;
};

} // namespace

bool sqliteCApiUsable(Database &db, QString &why) {
    return sqliteCApiHandle(db, why) != nullptr;
}

std::unique_ptr<TicketSink> createSqliteCApiSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                                 qint64 expectedBytes) {
    return std::make_unique<SqliteSink>(db, nowMs, registeredBy, expectedBytes);
}

} // namespace sb::detail
