#include "io/ticketsink.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace sb {

namespace {

QVariant textOrNull(const QString &s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// SQLite: multi-row INSERT … VALUES (…), (…) … ON CONFLICT DO NOTHING, kRows rows a
// statement (one statement per row costs a statement journal and a trigger program set-up
// each time); the rest at the end with a statement of their own size.
class SqliteSink final : public TicketSink {
public:
    static constexpr int kRows = 64;
    static constexpr int kColumns = 16;

    SqliteSink(Database &db, qint64 nowMs, qint64 registeredBy)
        : m_db(db)
        , m_now(nowMs)
        , m_registeredBy(registeredBy > 0 ? QVariant(registeredBy)
                                          : QVariant(QMetaType::fromType<qint64>()))
        , m_batch(db.db()) {
        m_values.reserve(kRows * kColumns);
    }
    ~SqliteSink() override {
        if (m_open)
            m_db.db().rollback();
        restoreTempStore();
    }

    bool begin(QString &error) override {
        // Every INSERT inside the big transaction (with its trigger and constraints) writes a
        // statement journal, by default a temporary FILE: about 20 page writes a row. In
        // memory for this connection while it imports (restored afterwards).
        QSqlQuery pragma(m_db.db());
        if (pragma.exec(QStringLiteral("PRAGMA temp_store")) && pragma.next()) {
            m_oldTempStore = pragma.value(0).toInt();
            pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
        if (!m_db.db().transaction()) {
            error = describeSqlError(m_db.db().lastError());
            return false;
        }
        m_open = true;
        if (!m_batch.prepare(insertSql(kRows))) {
            error = describeSqlError(m_batch.lastError());
            return false;
        }
        return true;
    }

    bool add(const Complaint &c, const QByteArray &extraJson, QString &error) override {
        m_values << textValue(c.source) << textOrNull(c.externalId)
                 << c.receivedAt.toMSecsSinceEpoch() << c.receivedAt.offsetFromUtc()
                 << channelKey(c.channel) << tierKey(c.tier) << c.problemType
                 << textValue(c.customerId) << textValue(c.serviceNumber) << textValue(c.category)
                 << textValue(c.subject) << textValue(c.description) << textValue(c.region)
                 << QString::fromUtf8(extraJson) << m_registeredBy << m_now;
        ++m_pending;
        return m_pending < kRows || flush(m_batch, error);
    }

    bool finish(bool commit, qint64 &inserted, qint64 &duplicates, QString &error) override {
        bool ok = true;
        if (commit && m_pending > 0) {
            QSqlQuery rest(m_db.db());
            ok = rest.prepare(insertSql(m_pending));
            if (!ok)
                error = describeSqlError(rest.lastError());
            else
                ok = flush(rest, error);
        }
        m_batch.finish();
        m_open = false;
        if (!commit || !ok) {
            m_db.db().rollback();
            restoreTempStore();
            return !commit;
        }
        ok = m_db.db().commit();
        if (!ok) {
            error = describeSqlError(m_db.db().lastError());
            m_db.db().rollback();
        }
        restoreTempStore();
        inserted = m_inserted;
        duplicates = m_duplicates;
        return ok;
    }

private:
    static QString insertSql(int rows) {
        QString sql = QStringLiteral(
            "INSERT INTO tickets(source, external_id, received_at, received_offset, channel, "
            "customer_tier, problem_type, customer_id, service_number, category, subject, "
            "description, region, extra, registered_by, updated_at) VALUES ");
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += QLatin1Char(',');
            sql += QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql + QStringLiteral(" ON CONFLICT (source, external_id) DO NOTHING");
    }

    bool flush(QSqlQuery &q, QString &error) {
        for (int i = 0; i < m_values.size(); ++i)
            q.bindValue(i, m_values.at(i));
        if (!q.exec()) {
            error = describeSqlError(q.lastError());
            return false;
        }
        const int stored = q.numRowsAffected();
        m_inserted += stored;
        m_duplicates += m_pending - stored;
        m_values.clear();
        m_pending = 0;
        return true;
    }

    void restoreTempStore() {
        if (m_oldTempStore < 0)
            return;
        QSqlQuery pragma(m_db.db());
        // The value is an integer (0..2) read back from SQLite itself.
        pragma.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_oldTempStore));
        m_oldTempStore = -1;
    }

    Database &m_db;
    QVariant m_now;
    QVariant m_registeredBy;
    QSqlQuery m_batch;
    QVariantList m_values;
    int m_pending = 0;
    bool m_open = false;
    qint64 m_inserted = 0;
    qint64 m_duplicates = 0;
    int m_oldTempStore = -1;
};

// COPY text format: backslash, tab, newline and carriage return escaped; \N is NULL.
void appendCopyText(QByteArray &out, const QByteArray &utf8) {
    for (const char ch : utf8) {
        switch (ch) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(ch);
        }
    }
}

// PostgreSQL: COPY … FROM STDIN through libpq on the QPSQL connection itself (same
// transaction) into import_staging (migration 006), then one INSERT … SELECT and a DELETE of
// the staged rows before the commit.
class PgCopySink final : public TicketSink {
public:
    PgCopySink(Database &db, qint64 nowMs, qint64 registeredBy)
        : m_db(db)
        , m_now(QByteArray::number(nowMs))
        , m_registeredBy(registeredBy > 0 ? QByteArray::number(registeredBy)
                                          : QByteArrayLiteral("\\N")) {}
    ~PgCopySink() override {
        if (m_open) {
            QString ignored;
            endCopy("cancelled", ignored);
            m_db.db().rollback();
        }
    }

    bool begin(QString &error) override {
        const QVariant h = m_db.db().driver()->handle();
        if (qstrcmp(h.typeName(), "PGconn*") != 0 && qstrcmp(h.typeName(), "pg_conn*") != 0) {
            error = QStringLiteral("the PostgreSQL driver gives no libpq connection (%1)")
                        .arg(QLatin1StringView(h.typeName()));
            return false;
        }
        m_conn = *static_cast<PGconn *const *>(h.constData());
        if (!m_conn) {
            error = QStringLiteral("no PostgreSQL connection");
            return false;
        }
        if (!m_db.db().transaction()) {
            error = describeSqlError(m_db.db().lastError());
            return false;
        }
        m_open = true;
        PGresult *r = PQexec(m_conn, "COPY import_staging FROM STDIN");
        const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
        if (!ok)
            error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQclear(r);
        m_copying = ok;
        m_buffer.reserve(kFlushBytes + (1 << 16));
        return ok;
    }

    bool add(const Complaint &c, const QByteArray &extraJson, QString &error) override {
        QByteArray &b = m_buffer;
        b.append(QByteArray::number(++m_line)).append('\t');
        const auto text = [&b](const QString &s) {
            appendCopyText(b, s.toUtf8());
            b.append('\t');
        };
        text(c.source);
        if (c.externalId.isEmpty())
            b.append("\\N\t", 3);
        else
            text(c.externalId);
        b.append(QByteArray::number(c.receivedAt.toMSecsSinceEpoch())).append('\t');
        b.append(QByteArray::number(c.receivedAt.offsetFromUtc())).append('\t');
        text(channelKey(c.channel));
        text(tierKey(c.tier));
        text(c.problemType);
        text(c.customerId);
        text(c.serviceNumber);
        text(c.category);
        text(c.subject);
        text(c.description);
        text(c.region);
        appendCopyText(b, extraJson);
        b.append('\t').append(m_registeredBy).append('\t').append(m_now).append('\n');
        return b.size() < kFlushBytes || flush(error);
    }

    bool finish(bool commit, qint64 &inserted, qint64 &duplicates, QString &error) override {
        if (!commit) {
            QString ignored;
            endCopy("cancelled", ignored);
            m_open = false;
            m_db.db().rollback();
            return true;
        }
        if (!flush(error) || !endCopy(nullptr, error)) {
            m_open = false;
            m_db.db().rollback();
            return false;
        }
        PGresult *r = PQexec(
            m_conn,
            "INSERT INTO tickets(source, external_id, received_at, received_offset, channel, "
            "customer_tier, problem_type, customer_id, service_number, category, subject, "
            "description, region, extra, registered_by, updated_at) "
            "SELECT source, external_id, received_at, received_offset, channel, customer_tier, "
            "problem_type, customer_id, service_number, category, subject, description, region, "
            "extra, registered_by, updated_at FROM import_staging ORDER BY line "
            "ON CONFLICT (source, external_id) DO NOTHING");
        bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (ok) {
            inserted = QByteArray(PQcmdTuples(r)).toLongLong();
            duplicates = m_line - inserted;
        } else {
            error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        }
        PQclear(r);
        // Only this transaction's rows are visible here (the others' are uncommitted).
        if (ok && !command("DELETE FROM import_staging", error))
            ok = false;
        m_open = false;
        if (!ok) {
            m_db.db().rollback();
            return false;
        }
        if (!m_db.db().commit()) {
            error = describeSqlError(m_db.db().lastError());
            m_db.db().rollback();
            return false;
        }
        return true;
    }

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;

    bool command(const char *sql, QString &error) {
        PGresult *r = PQexec(m_conn, sql);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQclear(r);
        return ok;
    }
    bool flush(QString &error) {
        if (m_buffer.isEmpty())
            return true;
        if (PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
            error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            return false;
        }
        m_buffer.clear();
        return true;
    }
    bool endCopy(const char *failure, QString &error) {
        if (!m_copying)
            return true;
        m_copying = false;
        m_buffer.clear();
        bool ok = PQputCopyEnd(m_conn, failure) == 1;
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK)
                ok = false;
            PQclear(r);
        }
        if (!ok && !failure)
            error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return ok || failure;
    }

    Database &m_db;
    QByteArray m_now;
    QByteArray m_registeredBy;
    PGconn *m_conn = nullptr;
    bool m_open = false;
    bool m_copying = false;
    qint64 m_line = 0;
    QByteArray m_buffer;
};

} // namespace

std::unique_ptr<TicketSink> TicketSink::create(Database &db, qint64 nowMs, qint64 registeredBy) {
    if (db.dialect() == Dialect::PostgreSQL)
        return std::make_unique<PgCopySink>(db, nowMs, registeredBy);
    return std::make_unique<SqliteSink>(db, nowMs, registeredBy);
}

} // namespace sb
