#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <thread>

namespace sb::archive {

class RunColumns;

// A table whose rows point at a ticket through `ticketColumn` (fixed names, never input).
struct TicketReference {
    QString table;
    QString ticketColumn;
    QString orderBy; // the primary key's columns: the order rows are copied and digested in
};

// The tables that move with a ticket, the ticket first: the ticket row, its timeline,
// attachments, deadline reminders, knowledge-base links and knowledge-base usage.
const QList<TicketReference> &movedTables();
// The tables whose rows keep their ticket in the live database (QA records: samples,
// reviews and their items, disputes and coaching, scores, calibrations).
const QList<TicketReference> &keepingTables();
// Tables the moved rows name (staff, teams, incidents …), copied whole into an archive so that
// it reads on its own; they never leave the live database. Staff are copied without their
// password hashes.
QList<QString> contextTables();

// A table's rows as one SHA-256: every row in primary-key order, every column as its name and
// its value, each value tagged with its type and its length, so that no two different contents
// give the same bytes. The same function digests both sides of a copy.
struct TableDigest {
    qint64 rows = 0;
    QByteArray sha256; // hex
    bool operator==(const TableDigest &o) const { return rows == o.rows && sha256 == o.sha256; }
};

class ArchiveTables {
    Q_DECLARE_TR_FUNCTIONS(ArchiveTables)
public:
    // The digest of the rows of `t` belonging to `ticketIds` (every row when empty), over
    // `columns` (every column when empty).
    // On SQLite the rows are hashed inside SQLite when it can (SqliteDigest), else as
    // digestValues does; on PostgreSQL by the server (PgArchive::serverDigest).
    static bool digest(const Database &db, const TicketReference &t, const QList<qint64> &ticketIds,
                       TableDigest &out, QString &error, const QStringList &columns = {});
    // The same digest of an SQLite database, every value read into a QVariant through QtSql and
    // encoded by encodeValue: the reference SqliteDigest must give byte for byte.
    static bool digestValues(const Database &db, const TicketReference &t,
                             const QList<qint64> &ticketIds, TableDigest &out, QString &error,
                             const QStringList &columns = {});
    // The columns of `table` that both databases have, in `a`'s order. A column that only the
    // live PostgreSQL database has is one the server derives (customer_digest); it is neither
    // copied nor compared.
    static bool sharedColumns(const Database &a, const Database &b, const QString &table,
                              QStringList &out, QString &error);
    // Copies the rows of `t` belonging to `ticketIds` from `from` to `to`; a row whose key is
    // already there is left as it is (a rerun copies nothing twice). `copied` counts the rows
    // read.
    // `columns`, when given, holds the columns of this pair of connections once read.
    static bool copy(const Database &from, const Database &to, const TicketReference &t,
                     const QList<qint64> &ticketIds, qint64 &copied, QString &error,
                     RunColumns *columns = nullptr);
    // Copies every row of the context table `table` not yet in `to`.
    static bool copyContext(const Database &from, const Database &to, const QString &table,
                            QString &error);
    // The number of rows of `t` belonging to `ticketIds`.
    static bool count(const Database &db, const TicketReference &t, const QList<qint64> &ticketIds,
                      qint64 &out, QString &error);
    // Deletes the rows of `t` belonging to `ticketIds`.
    static bool remove(const Database &db, const TicketReference &t, const QList<qint64> &ticketIds,
                       QString &error);
    // Adds one value to a digest as the tagged bytes described above.
    static void encodeValue(const QVariant &v, QByteArray &out);

private:
    // Copies the rows of `table` (of `ticketIds` when `t` names a moved table, every row of a
    // context table) but `blankColumn`. From or to PostgreSQL through PgArchive.
    static bool copyRows(const Database &from, const Database &to, const QString &table,
                         const TicketReference *t, const QList<qint64> &ticketIds,
                         const QString &blankColumn, qint64 &copied, QString &error,
                         RunColumns *columns = nullptr);
};

// The manifest's digests of every moved table of an archive file (in movedTables' order),
// computed on a connection and a thread of their own while the run deletes the batches it
// copied: the archive does not change meanwhile unless a copied ticket stays (its copy leaves
// the archive), and then the run does not use them.
class ManifestAhead {
public:
    ManifestAhead() = default;
    ManifestAhead(const ManifestAhead &) = delete;
    ManifestAhead &operator=(const ManifestAhead &) = delete;
    ~ManifestAhead() { join(); }

    // Starts reading the archive file `archive` as it is now (every batch committed).
    void start(const DatabaseUrl &archive);
    // Waits for them; none when they could not be computed (the run computes them itself).
    const QList<TableDigest> *digests() {
        join();
        return m_ok ? &m_digests : nullptr;
    }

private:
    void join() {
        if (m_thread.joinable())
            m_thread.join();
    }
    std::thread m_thread;
    bool m_ok = false;
    QList<TableDigest> m_digests;
};

} // namespace sb::archive
