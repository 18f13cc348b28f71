#pragma once

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

namespace sb {

// One open connection, owned by the thread that opened it. Open another Database (same URL)
// for another thread: a QSqlDatabase must only be used where it was created.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens `url`. `purpose` names the connection (shown in pg_stat_activity). On failure
    // returns null and sets `error` to a sentence that names the cause.
    static std::unique_ptr<Database> open(const DatabaseUrl &url, const QString &purpose,
                                          QString &error);

    const DatabaseUrl &url() const { return m_url; }
    Dialect dialect() const { return m_url.dialect; }
    QSqlDatabase db() const;
    QString connectionName() const { return m_name; }
    bool isReadOnlyFile() const { return m_readOnlyFile; }

    // Prepares `sql`, binds `values` positionally and executes. Returns false with `error`.
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString &error) const;
    bool exec(const QString &sql, const QVariantList &values, QString &error) const;
    // As exec(), for a result read once from its first row to its last (q.next() only): the
    // rows read are not kept, which saves memory and time on large results.
    bool execForwardOnly(QSqlQuery &q, const QString &sql, const QVariantList &values,
                         QString &error) const;

    // Runs `work` in one transaction; commits when it returns true, rolls back otherwise.
    // A full disk fails it like any error, with diskFullMessage(): nothing of `work` stays.
    bool transaction(const std::function<bool(QString &error)> &work, QString &error) const;

    // The sentence for an error of this connection: describeSqlError(e), except when the disk
    // holding the database is full (isDiskFull), which is said in so many words.
    // It also remembers the error's code (lastErrorCode) for callers that classify failures.
    QString describe(const QSqlError &e) const;
    // The native code of the last error described on this connection: PostgreSQL's SQLSTATE
    // ("40P01"), SQLite's result code ("5"). Empty before any error.
    QString lastErrorCode() const { return m_lastErrorCode; }
    // The same for an error text got without a QSqlError (libpq's, the SQLite C API's).
    QString describeText(const QString &text, bool diskFull = false) const;
    // "The disk holding <file> is full (<detail>) …" (SQLite) or "The disk of the PostgreSQL
    // server <url> is full (<detail>) …"; `detail` is the database's own text (PostgreSQL's
    // names the file it could not extend).
    QString diskFullMessage(const QString &detail = {}) const;

    // True when the connection still answers (a cheap round trip).
    bool ping() const;
    // Closes and opens again with the same settings (used after a dropped connection).
    bool reopen(QString &error);
    // Counts the times the connection was (re)opened: statements prepared on an earlier
    // generation belong to a closed connection.
    quint64 generation() const { return m_generation; }

private:
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString &error) const;
    Database(DatabaseUrl url, QString name);
    bool openConnection(QString &error);

    DatabaseUrl m_url;
    QString m_name;
    QString m_purpose;
    bool m_readOnlyFile = false;
    quint64 m_generation = 0;
    mutable QString m_lastErrorCode; // what describe() last saw: not part of the connection's state
};

QString describeSqlError(const QSqlError &e);
// True for "out of disk space": SQLite's SQLITE_FULL (a full file system, or max_page_count
// reached), PostgreSQL's SQLSTATE 53100 disk_full or "could not extend file".
bool isDiskFull(const QSqlError &e);

// Binds a string to a NOT NULL text column: a null QString would bind as SQL NULL.
inline QVariant textValue(const QString &s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace sb
