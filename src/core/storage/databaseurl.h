#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace sb {

enum class Dialect { SQLite, PostgreSQL };

struct HostPort {
    QString host;
    int port = 0; // 0: libpq's default
};

// A database location: `sqlite:///abs/path.db` or a libpq URI
// `postgresql://user[:password]@host[:port][,host2[:port2]…]/db?param=value&…`.
struct DatabaseUrl {
    Dialect dialect = Dialect::SQLite;
    QString path; // SQLite file
    QList<HostPort> hosts;
    QString database;
    QString user;
    QString password;              // never written to settings
    QMap<QString, QString> params; // libpq keywords (sslmode, target_session_attrs …)

    static DatabaseUrl sqlite(const QString &path);
    // Parses `text`; on failure returns false and explains in `error`.
    static bool parse(const QString &text, DatabaseUrl &out, QString &error);

    // The URL without the password: safe to show, log and store in settings.
    QString toDisplayString() const;
    // QPSQL connect options (libpq keywords joined by ';').
    QString pgConnectOptions() const;
    // QPSQL host name (comma-separated for multi-host).
    QString pgHostName() const;
    bool isValid() const { return dialect == Dialect::SQLite ? !path.isEmpty() : true; }
};

} // namespace sb
