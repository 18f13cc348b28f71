#include "storage/database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>

namespace sb {

namespace {
// Qt 6.4's driver dictionary is not safe to touch from several threads at once
// (QTBUG fixed after 6.4.2): serialise addDatabase/removeDatabase ourselves.
QMutex &registryMutex() {
    static QMutex m;
    return m;
}
QAtomicInteger<quint64> g_connectionCounter;

} // namespace

QString describeSqlError(const QSqlError &e) {
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    return text;
}

bool isDiskFull(const QSqlError &e) {
    const QString code = e.nativeErrorCode();
    // SQLite: SQLITE_FULL (13); PostgreSQL: SQLSTATE 53100 disk_full.
    if (code == QLatin1StringView("13") || code == QLatin1StringView("53100"))
        return true;
    const QString text = e.databaseText() + QLatin1Char(' ') + e.driverText();
    return text.contains(QLatin1StringView("database or disk is full")) ||
           text.contains(QLatin1StringView("could not extend file")) ||
           text.contains(QLatin1StringView("No space left on device"));
}

Database::Database(DatabaseUrl url, QString name)
    : m_url(std::move(url))
    , m_name(std::move(name)) {
}

Database::~Database() {
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isOpen())
            d.close();
    }
    QMutexLocker lock(&registryMutex());
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::db() const {
    return QSqlDatabase::database(m_name, false);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, const QString &purpose,
                                         QString &error) {
    const QString name = QStringLiteral("sb-%1-%2").arg(purpose).arg(++g_connectionCounter);
    {
        QMutexLocker lock(&registryMutex());
        QSqlDatabase::addDatabase(url.dialect == Dialect::SQLite ? QStringLiteral("QSQLITE")
                                                                 : QStringLiteral("QPSQL"),
                                  name);
    }
    std::unique_ptr<Database> d(new Database(url, name));
    d->m_purpose = purpose;
    if (!d->openConnection(error))
        return nullptr;
    return d;
}

bool Database::openConnection(QString &error) {
    ++m_generation;
    QSqlDatabase d = db();
    if (!d.isValid()) {
        error = tr("The Qt SQL driver for %1 is not installed.")
                    .arg(m_url.dialect == Dialect::SQLite ? QStringLiteral("SQLite")
                                                          : QStringLiteral("PostgreSQL"));
        return false;
    }
    if (m_url.dialect == Dialect::SQLite) {
        const QFileInfo fi(m_url.path);
        if (fi.exists() && !fi.isFile()) {
            error = tr("%1 is not a file.").arg(m_url.path);
            return false;
        }
        // Never open the file by other means (e.g. QFile to peek at the header): closing any
        // descriptor of a file drops every POSIX lock this process holds on it, including
        // SQLite's, and another program would then checkpoint and delete the live WAL.
        const bool isNew = !fi.exists();
        // The URL parameter immutable=1 (an archive opened for reading, ArchiveReader) opens an
        // existing file read-only as it is: never created, never changed, and no -wal or -shm
        // file is made next to it (SQLite's immutable URI parameter).
        const bool immutable =
            m_url.params.value(QStringLiteral("immutable")) == QLatin1StringView("1");
        if (immutable && isNew) {
            error = tr("%1 does not exist.").arg(m_url.path);
            return false;
        }
        if (isNew && !QFileInfo(fi.absolutePath()).isWritable()) {
            error = tr("Cannot create %1: the folder is not writable.").arg(m_url.path);
            return false;
        }
        m_readOnlyFile = immutable || (fi.exists() && !fi.isWritable());
        if (immutable) {
            d.setDatabaseName(QStringLiteral("file:") +
                              QString::fromLatin1(QUrl::toPercentEncoding(
                                  QFileInfo(m_url.path).absoluteFilePath(), "/")) +
                              QStringLiteral("?immutable=1"));
            d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            d.setDatabaseName(m_url.path);
            d.setConnectOptions(m_readOnlyFile ? QStringLiteral("QSQLITE_OPEN_READONLY")
                                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!d.open()) {
            error = tr("Cannot open %1: %2").arg(m_url.path, describeSqlError(d.lastError()));
            return false;
        }
        if (isNew) // the database holds personal data: readable by its owner only
            QFile::setPermissions(m_url.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
            const QString why = describeSqlError(q.lastError());
            q.finish();
            d.close();
            if (why.contains(QLatin1StringView("not a database")))
                error = tr("%1 is not a Signalboard database (it is not an SQLite file); nothing "
                           "was changed.")
                            .arg(m_url.path);
            else
                error = tr("%1 is not a usable database: %2").arg(m_url.path, why);
            return false;
        }
        if (!m_readOnlyFile) {
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        } else {
            // Nothing is written through a read-only connection, even by mistake.
            q.exec(QStringLiteral("PRAGMA query_only=ON"));
        }
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        return true;
    }

    d.setHostName(m_url.pgHostName());
    if (m_url.hosts.size() == 1 && m_url.hosts.first().port > 0)
        d.setPort(m_url.hosts.first().port);
    d.setDatabaseName(m_url.database);
    d.setUserName(m_url.user);
    d.setPassword(m_url.password);
    DatabaseUrl opts = m_url;
    if (opts.hosts.size() == 1)
        opts.hosts.first().port = 0; // passed through setPort
    // Half-open TCP connections never wake the notifier: let the kernel find them.
    const QList<std::pair<const char *, const char *>> defaults{
        {"connect_timeout", "5"},     {"keepalives", "1"},       {"keepalives_idle", "10"},
        {"keepalives_interval", "5"}, {"keepalives_count", "3"}, {"tcp_user_timeout", "20000"}};
    for (const auto &[k, v] : defaults) {
        if (!opts.params.contains(QLatin1StringView(k)))
            opts.params.insert(QLatin1StringView(k), QLatin1StringView(v));
    }
    if (!opts.params.contains(QStringLiteral("application_name")))
        opts.params.insert(QStringLiteral("application_name"),
                           QStringLiteral("signalboard-") + m_purpose);
    d.setConnectOptions(opts.pgConnectOptions());
    if (!d.open()) {
        const QString why = describeSqlError(d.lastError());
        if (why.contains(QLatin1StringView("password authentication failed")) ||
            why.contains(QLatin1StringView("no password supplied")))
            error = tr("The server refused the user name or password for %1.")
                        .arg(m_url.user.isEmpty() ? tr("(default user)") : m_url.user);
        else if (why.contains(QLatin1StringView("does not exist")))
            error = tr("The server answered but refused: %1").arg(why);
        else
            error =
                tr("Cannot reach the PostgreSQL server %1: %2").arg(m_url.toDisplayString(), why);
        return false;
    }
    return true;
}

QString Database::describe(const QSqlError &e) const {
    m_lastErrorCode = e.nativeErrorCode();
    return isDiskFull(e) ? diskFullMessage(describeSqlError(e)) : describeSqlError(e);
}

QString Database::describeText(const QString &text, bool diskFull) const {
    return diskFull || isDiskFull(QSqlError(QString(), text)) ? diskFullMessage(text) : text;
}

QString Database::diskFullMessage(const QString &detail) const {
    const QString why = detail.isEmpty() ? QStringLiteral("SQLITE_FULL / 53100") : detail;
    if (m_url.dialect == Dialect::SQLite)
        return tr("The disk holding %1 is full (%2): nothing of this change was saved, and "
                  "everything saved before is intact. Free space on that disk and try again.")
            .arg(QDir::toNativeSeparators(QFileInfo(m_url.path).absoluteFilePath()), why);
    return tr("The disk of the PostgreSQL server %1 is full (%2): nothing of this change was "
              "saved. The administrator must free space on the server.")
        .arg(m_url.toDisplayString(), why);
}

bool Database::reopen(QString &error) {
    QSqlDatabase d = db();
    d.close();
    return openConnection(error);
}

bool Database::ping() const {
    QSqlDatabase d = db();
    if (!d.isOpen())
        return false;
    QSqlQuery q(d);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool Database::exec(QSqlQuery &q, const QString &sql, const QVariantList &values,
                    QString &error) const {
    q = QSqlQuery(db());
    return run(q, sql, values, error);
}

bool Database::execForwardOnly(QSqlQuery &q, const QString &sql, const QVariantList &values,
                               QString &error) const {
    q = QSqlQuery(db());
    q.setForwardOnly(true);
    return run(q, sql, values, error);
}

bool Database::run(QSqlQuery &q, const QString &sql, const QVariantList &values,
                   QString &error) const {
    if (values.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE DDL such as CREATE DATABASE.
        if (!q.exec(sql)) {
            error = describe(q.lastError());
            return false;
        }
        return true;
    }
    if (!q.prepare(sql)) {
        error = describe(q.lastError());
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = describe(q.lastError());
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, const QVariantList &values, QString &error) const {
    QSqlQuery q;
    return exec(q, sql, values, error);
}

bool Database::transaction(const std::function<bool(QString &)> &work, QString &error) const {
    QSqlDatabase d = db();
    if (m_url.dialect == Dialect::SQLite) {
        // BEGIN IMMEDIATE: take the write lock up front (waiting up to the busy timeout). A
        // deferred transaction that reads first and then writes fails at once with "database
        // is locked" when another connection committed in between (WAL snapshot upgrade).
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            error = describe(q.lastError());
            return false;
        }
        const auto end = [&](const char *sql) {
            QSqlQuery e(d);
            return e.exec(QString::fromLatin1(sql)) ? QString() : describe(e.lastError());
        };
        if (!work(error)) {
            end("ROLLBACK");
            return false;
        }
        const QString commitError = end("COMMIT");
        if (!commitError.isEmpty()) {
            error = commitError;
            end("ROLLBACK");
            return false;
        }
        return true;
    }
    if (!d.transaction()) {
        error = describe(d.lastError());
        return false;
    }
    if (!work(error)) {
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        error = describe(d.lastError());
        d.rollback();
        return false;
    }
    return true;
}

} // namespace sb
