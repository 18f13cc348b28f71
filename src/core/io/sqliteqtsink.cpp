#include "io/ticketsink_p.h"

#include <QSqlQuery>

namespace sb::detail {

namespace {

// SQLite through QtSql only (portable: works with whatever SQLite copy Qt's plugin carries,
// e.g. the one statically linked into Qt's official Windows plugin): a prepared multi-row
// INSERT … VALUES (…), (…) … ON CONFLICT (source, external_id) DO NOTHING with positional
// binds, kRows rows a statement (one statement per row costs a statement journal and a
// trigger program set-up each time); the rest at the end with a statement of their own size.
// The per-row change_log trigger (tickets_ci) writes the change_log rows.
class SqliteQtSink final : public TicketSink {
public:
    SqliteQtSink(Database &db, qint64 nowMs, qint64 registeredBy)
        : m_db(db)
        , m_now(nowMs)
        , m_registeredBy(registeredBy)
        , m_columns(importedTicketColumns())
        , m_batch(db.db()) {
        m_values.reserve(kRows * kColumns);
    }
    ~SqliteQtSink() override {
        m_batch.finish();
        rollback();
        restoreTempStore();
    }

    bool begin(QString &error) override {
        // Every INSERT inside the big transaction (with its trigger and constraints) writes a
        // statement journal, by default a temporary FILE. In memory for this connection while
        // it imports (restored afterwards).
        QSqlQuery pragma(m_db.db());
        if (pragma.exec(QStringLiteral("PRAGMA temp_store")) && pragma.next()) {
            m_oldTempStore = pragma.value(0).toInt();
            pragma.finish();
            pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
        // IMMEDIATE: the write lock up front, so no other writer can slip in between.
        if (!command(QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        m_open = true;
        if (!m_batch.prepare(QString::fromLatin1(sqliteInsertSql(kRows)))) {
            error = m_db.describe(m_batch.lastError());
            return false;
        }
        return true;
    }

    bool add(const Complaint &c, const QByteArray &extraJson, qint64 line,
             QString &error) override {
        if (m_pending == 0)
            m_firstLine = line;
        m_lastLine = line;
        NewTicket t = NewTicket::fromComplaint(c);
        t.extra = QString::fromUtf8(extraJson);
        t.registeredBy = m_registeredBy;
        t.updatedAt = m_now;
        t.appendValues(m_values, m_columns);
        return ++m_pending < kRows || flush(m_batch, error);
    }

    bool finish(bool commit, qint64 &inserted, qint64 &duplicates, QString &error) override {
        m_batch.finish();
        if (commit && m_pending > 0) {
            QSqlQuery rest(m_db.db());
            if (!rest.prepare(QString::fromLatin1(sqliteInsertSql(m_pending)))) {
                error = m_db.describe(rest.lastError());
                commit = false;
            } else {
                commit = flush(rest, error);
            }
            rest.finish();
            if (!commit) {
                rollback();
                restoreTempStore();
                return false;
            }
        }
        if (!commit) {
            rollback();
            restoreTempStore();
            return true;
        }
        const bool ok = command(QStringLiteral("COMMIT"), error);
        if (ok)
            m_open = false;
        else
            rollback();
        restoreTempStore();
        inserted = m_inserted;
        duplicates = m_duplicates;
        return ok;
    }

private:
    // 16 × 62 = 992 parameters: within 999, the limit of SQLite builds before 3.32, so any
    // SQLite copy a Qt plugin may carry takes the statement.
    static constexpr int kRows = 62;
    static constexpr int kColumns = kSqliteInsertColumns;
    static_assert(kRows * kColumns <= 999, "one statement's parameters stay within 999");

    bool flush(QSqlQuery &q, QString &error) {
        for (int i = 0; i < m_values.size(); ++i)
            q.bindValue(i, m_values.at(i));
        if (!q.exec()) {
            // A full disk is no row's fault: said as it is, without the lines.
            error = isDiskFull(q.lastError())
                        ? m_db.describe(q.lastError())
                        : sqliteBatchError(m_firstLine, m_lastLine, m_db.describe(q.lastError()));
            return false;
        }
        const int stored = q.numRowsAffected();
        m_inserted += stored;
        m_duplicates += m_pending - stored;
        m_values.clear();
        m_pending = 0;
        return true;
    }

    bool command(const QString &sql, QString &error) {
        QSqlQuery q(m_db.db());
        if (q.exec(sql))
            return true;
        error = m_db.describe(q.lastError());
        return false;
    }
    void rollback() {
        if (!m_open)
            return;
        m_open = false;
        QString ignored;
        command(QStringLiteral("ROLLBACK"), ignored);
    }
    void restoreTempStore() {
        if (m_oldTempStore < 0)
            return;
        QString ignored;
        // The value is an integer (0..2) read back from SQLite itself.
        command(QStringLiteral("PRAGMA temp_store = %1").arg(m_oldTempStore), ignored);
        m_oldTempStore = -1;
    }

    Database &m_db;
    const qint64 m_now;
    const qint64 m_registeredBy;
    const TicketColumns m_columns;
    QSqlQuery m_batch;
    QVariantList m_values;
    int m_pending = 0;
    qint64 m_firstLine = 0; // of the pending rows
    qint64 m_lastLine = 0;
    bool m_open = false;
    qint64 m_inserted = 0;
    qint64 m_duplicates = 0;
    int m_oldTempStore = -1;
};

} // namespace

QString sqliteBatchError(qint64 first, qint64 last, const QString &why) {
    return first == last
               ? QStringLiteral("line %1: %2").arg(first).arg(why)
               : QStringLiteral("one of the rows of lines %1–%2: %3").arg(first).arg(last).arg(why);
}

QByteArray sqliteInsertSql(int rows) {
    return ticketInsertSql(importedTicketColumns(), rows, OnDuplicate::Skip).toUtf8();
}

std::unique_ptr<TicketSink> createSqliteQtSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                               qint64 /*expectedBytes*/) {
    return std::make_unique<SqliteQtSink>(db, nowMs, registeredBy);
}

// The C-API sink is faster (no QVariant per value, one change_log statement for a large
// import) but only sound when our libsqlite3 is the very library that owns the connection's
// handle: built in (SIGNALBOARD_SQLITE_C_API), a sqlite3* handle, and the same SQLite
// version and source id on both sides. Otherwise (Qt's own static SQLite copy, as in the
// official Windows plugin) the portable sink. SIGNALBOARD_IMPORT_PORTABLE=1 in the environment
// forces the portable sink (tests, and a way out should the C-API path ever misbehave).
std::unique_ptr<TicketSink> createSqliteSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                             qint64 expectedBytes) {
#if defined(SIGNALBOARD_SQLITE_C_API)
    QString why;
    if (qEnvironmentVariableIntValue("SIGNALBOARD_IMPORT_PORTABLE") != 1 &&
        sqliteCApiUsable(db, why))
        return createSqliteCApiSink(db, nowMs, registeredBy, expectedBytes);
#endif
    return createSqliteQtSink(db, nowMs, registeredBy, expectedBytes);
}

} // namespace sb::detail
