#include "io/ticketsink_p.h"
#include "storage/libpqhandle.h"

#include <QList>

#include <libpq-fe.h>

namespace sb {

namespace {

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
    PgCopySink(Database &db, qint64 nowMs, qint64 registeredBy, qint64 expectedBytes)
        : m_db(db)
        , m_bulk(expectedBytes >= kBulkBytes)
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
        m_conn = libpqHandle(m_db, error);
        if (!m_conn)
            return false;
        if (!m_db.db().transaction()) {
            error = m_db.describe(m_db.db().lastError());
            return false;
        }
        m_open = true;
        // A large import sorts the statement trigger's transition table (change_log in id
        // order): in memory rather than in temporary files. For this transaction only.
        if (m_bulk && !command("SET LOCAL work_mem = '256MB'", error))
            return false;
        // Named columns: staged_by is the server's (the login staging the rows); the others
        // are the line and the imported columns, named as in tickets.
        const QByteArray copy = "COPY import_staging(line, " +
                                ticketColumnList(importedTicketColumns()).toUtf8() + ") FROM STDIN";
        PGresult *r = PQexec(m_conn, copy.constData());
        const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
        if (!ok)
            error = m_db.describeText(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        PQclear(r);
        m_copying = ok;
        m_buffer.reserve(kFlushBytes + (1 << 16));
        return ok;
    }

    bool add(const Complaint &c, const QByteArray &extraJson, qint64 /*line*/,
             QString &error) override {
        QByteArray &b = m_buffer;
        b.append(QByteArray::number(++m_line));
        const auto text = [&b](const QString &s) {
            appendCopyText(b, s.toUtf8());
        };
        // The row in the order of the COPY's columns, the imported ones.
        static_assert(kImportedTicketColumns.size() == 16,
                      "add() writes each of kImportedTicketColumns");
        for (const TicketColumn column : kImportedTicketColumns) {
            b.append('\t');
            switch (column) {
            case TicketColumn::Source:
                text(c.source);
                break;
            case TicketColumn::ExternalId:
                if (c.externalId.isEmpty())
                    b.append("\\N", 2);
                else
                    text(c.externalId);
                break;
            case TicketColumn::ReceivedAt:
                b.append(QByteArray::number(c.receivedAt.toMSecsSinceEpoch()));
                break;
            case TicketColumn::ReceivedOffset:
                b.append(QByteArray::number(c.receivedAt.offsetFromUtc()));
                break;
            case TicketColumn::Channel:
                text(channelKey(c.channel));
                break;
            case TicketColumn::CustomerTier:
                text(tierKey(c.tier));
                break;
            case TicketColumn::ProblemType:
                text(c.problemType);
                break;
            case TicketColumn::CustomerId:
                text(c.customerId);
                break;
            case TicketColumn::ServiceNumber:
                text(c.serviceNumber);
                break;
            case TicketColumn::Category:
                text(c.category);
                break;
            case TicketColumn::Subject:
                text(c.subject);
                break;
            case TicketColumn::Description:
                text(c.description);
                break;
            case TicketColumn::Region:
                text(c.region);
                break;
            case TicketColumn::Extra:
                appendCopyText(b, extraJson);
                break;
            case TicketColumn::RegisteredBy:
                b.append(m_registeredBy);
                break;
            case TicketColumn::UpdatedAt:
                b.append(m_now);
                break;
            default: // not an imported column (kImportedTicketColumns names none of these)
                b.append("\\N", 2);
                break;
            }
        }
        b.append('\n');
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
        const QList<QByteArray> rebuild = m_bulk ? dropSecondaryIndexes() : QList<QByteArray>();
        const QString columns = ticketColumnList(importedTicketColumns());
        const QByteArray insert =
            (QStringLiteral("INSERT INTO tickets(") + columns + QStringLiteral(") SELECT ") +
             columns +
             QStringLiteral(" FROM import_staging WHERE staged_by = session_user ORDER BY line") +
             skipDuplicateTicketsClause())
                .toUtf8();
        PGresult *r = PQexec(m_conn, insert.constData());
        bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (ok) {
            inserted = QByteArray(PQcmdTuples(r)).toLongLong();
            duplicates = m_line - inserted;
        } else {
            error = m_db.describeText(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        }
        PQclear(r);
        for (const QByteArray &definition : rebuild) {
            if (ok && !command(definition.constData(), error))
                ok = false;
        }
        // Only this transaction's rows are visible here (the others' are uncommitted).
        if (ok && !command("DELETE FROM import_staging WHERE staged_by = session_user", error))
            ok = false;
        m_open = false;
        if (!ok) {
            m_db.db().rollback();
            return false;
        }
        if (!m_db.db().commit()) {
            error = m_db.describe(m_db.db().lastError());
            m_db.db().rollback();
            return false;
        }
        return true;
    }

private:
    // A large import into a table that holds fewer rows than it brings: the secondary
    // indexes (all but those behind the primary key and UNIQUE (source, external_id), which
    // the conflict rule needs) are dropped before the INSERT … SELECT and built again after
    // it, in this transaction: a sorted build of each costs a fraction of a million
    // random-order B-tree insertions (about 12 of 35 s per million rows in our runs). Only
    // the table's owner may do so, and DROP INDEX locks the table against readers until the
    // commit, which is why it is done only when the import dwarfs what is there (a first
    // load or a migration), never for a routine file. Returns the CREATE INDEX statements
    // to run after the insert (empty: nothing dropped).
    QList<QByteArray> dropSecondaryIndexes() {
        QList<QByteArray> definitions;
        QString ignored;
        const QByteArray limit = QByteArray::number(m_line);
        const char *values[] = {limit.constData()};
        PGresult *r = PQexecParams(
            m_conn,
            "SELECT (SELECT count(*) FROM (SELECT 1 FROM tickets LIMIT $1::bigint) x) < "
            "$1::bigint AND pg_has_role(c.relowner, 'USAGE') FROM pg_class c "
            "WHERE c.oid = 'public.tickets'::regclass",
            1, nullptr, values, nullptr, nullptr, 0);
        const bool worth = m_line >= kRebuildRows && PQresultStatus(r) == PGRES_TUPLES_OK &&
                           PQntuples(r) == 1 && qstrcmp(PQgetvalue(r, 0, 0), "t") == 0;
        PQclear(r);
        // DROP INDEX waits for every reader of tickets to finish, and new readers wait behind
        // it: give up after two seconds and keep the indexes rather than stall everyone.
        if (!worth || !command("SAVEPOINT sb_import_indexes", ignored) ||
            !command("SET LOCAL lock_timeout = '2s'", ignored))
            return definitions;
        // Names quoted by the server (format %I); definitions as the server prints them.
        r = PQexec(m_conn, "SELECT format('DROP INDEX %I.%I', n.nspname, i.relname), "
                           "pg_get_indexdef(x.indexrelid) FROM pg_index x "
                           "JOIN pg_class i ON i.oid = x.indexrelid "
                           "JOIN pg_namespace n ON n.oid = i.relnamespace "
                           "WHERE x.indrelid = 'public.tickets'::regclass AND NOT EXISTS "
                           "(SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) "
                           "ORDER BY i.relname");
        bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
        for (int i = 0; ok && i < PQntuples(r); ++i) {
            ok = command(PQgetvalue(r, i, 0), ignored);
            definitions.push_back(QByteArray(PQgetvalue(r, i, 1)));
        }
        PQclear(r);
        if (ok)
            ok = command("SET LOCAL lock_timeout TO DEFAULT", ignored) &&
                 command("SET LOCAL maintenance_work_mem = '256MB'", ignored) &&
                 command("RELEASE SAVEPOINT sb_import_indexes", ignored);
        if (!ok) {
            command("ROLLBACK TO SAVEPOINT sb_import_indexes", ignored);
            definitions.clear();
        }
        return definitions;
    }

    static constexpr qsizetype kFlushBytes = 1 << 20;
    static constexpr qint64 kRebuildRows = 50000;
    static constexpr qint64 kBulkBytes = 4 << 20;

    bool command(const char *sql, QString &error) {
        PGresult *r = PQexec(m_conn, sql);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            error = m_db.describeText(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        PQclear(r);
        return ok;
    }
    bool flush(QString &error) {
        if (m_buffer.isEmpty())
            return true;
        if (PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
            error = m_db.describeText(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
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
            error = m_db.describeText(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return ok || failure;
    }

    Database &m_db;
    const bool m_bulk;
    QByteArray m_now;
    QByteArray m_registeredBy;
    PGconn *m_conn = nullptr;
    bool m_open = false;
    bool m_copying = false;
    qint64 m_line = 0;
    QByteArray m_buffer;
};

} // namespace

std::unique_ptr<TicketSink> detail::createPgSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                                 qint64 expectedBytes) {
    return std::make_unique<PgCopySink>(db, nowMs, registeredBy, expectedBytes);
}

std::unique_ptr<TicketSink> TicketSink::create(Database &db, qint64 nowMs, qint64 registeredBy,
                                               qint64 expectedBytes) {
    if (db.dialect() == Dialect::PostgreSQL)
        return detail::createPgSink(db, nowMs, registeredBy, expectedBytes);
    return detail::createSqliteSink(db, nowMs, registeredBy, expectedBytes);
}

} // namespace sb
