#pragma once

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(sb::DatabaseUrl)

public:
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
    // QPSQL connect options: keyword='value' pairs joined by ';', each value single-quoted
    // with \ and ' backslash-escaped (libpq conninfo rules). QPSQL turns every ';' of this
    // text into a space and appends it to its own conninfo, so values may not hold ';'
    // (parse() refuses them) and no value can add or override a keyword.
    QString pgConnectOptions() const;
    // The URL for read-only work that may run on a standby (reports): with the URL parameter
    // `read_session_attrs` (e.g. prefer-standby) it becomes that URL's target_session_attrs;
    // without it, the URL itself. `read_session_attrs` never reaches libpq.
    DatabaseUrl forReading() const;
    static constexpr const char *kReadSessionAttrs = "read_session_attrs";
    // QPSQL host name (comma-separated for multi-host).
    QString pgHostName() const;
    bool isValid() const { return dialect == Dialect::SQLite ? !path.isEmpty() : true; }
};

} // namespace sb
