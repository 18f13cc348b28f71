#include "storage/databaseurl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace sb {

namespace {
QString decode(const QString &s) {
    return QUrl::fromPercentEncoding(s.toUtf8());
}
QString encode(const QString &s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
const QStringList &allowedParams() {
    // libpq connection keywords that make sense from a workstation.
    static const QStringList keys{QStringLiteral("sslmode"),
                                  QStringLiteral("sslrootcert"),
                                  QStringLiteral("sslcert"),
                                  QStringLiteral("sslkey"),
                                  QStringLiteral("sslcrl"),
                                  QStringLiteral("target_session_attrs"),
                                  QStringLiteral("connect_timeout"),
                                  QStringLiteral("application_name"),
                                  QStringLiteral("keepalives"),
                                  QStringLiteral("keepalives_idle"),
                                  QStringLiteral("keepalives_interval"),
                                  QStringLiteral("keepalives_count"),
                                  QStringLiteral("tcp_user_timeout"),
                                  QStringLiteral("options"),
                                  QStringLiteral("channel_binding"),
                                  QStringLiteral("gssencmode"),
                                  QStringLiteral("load_balance_hosts"),
                                  QStringLiteral("sslsni"),
                                  QStringLiteral("passfile"),
                                  QStringLiteral("service")};
    return keys;
}
} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path) {
    DatabaseUrl u;
    u.dialect = Dialect::SQLite;
    u.path = path;
    return u;
}

bool DatabaseUrl::parse(const QString &text, DatabaseUrl &out, QString &error) {
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1StringView("sqlite://"))) {
        QString path = decode(t.mid(9));
        // sqlite:///C:/x.db on Windows
        static const QRegularExpression drive(QStringLiteral("^/[A-Za-z]:/"));
        if (drive.match(path).hasMatch())
            path.remove(0, 1);
        if (path.isEmpty()) {
            error = QStringLiteral("a sqlite URL needs a file path, as in sqlite:///home/me/sb.db");
            return false;
        }
        if (!QDir::isAbsolutePath(path)) {
            error =
                QStringLiteral("the SQLite path \"%1\" is not absolute (use sqlite:///abs/path.db)")
                    .arg(path);
            return false;
        }
        out = sqlite(QDir::cleanPath(path));
        return true;
    }
    QString rest;
    if (t.startsWith(QLatin1StringView("postgresql://")))
        rest = t.mid(13);
    else if (t.startsWith(QLatin1StringView("postgres://")))
        rest = t.mid(11);
    else {
        error = QStringLiteral("\"%1\" is not a database URL: it must start with sqlite:// or "
                               "postgresql://")
                    .arg(t);
        return false;
    }

    DatabaseUrl u;
    u.dialect = Dialect::PostgreSQL;
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        u.database = decode(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userinfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userinfo.indexOf(QLatin1Char(':'));
        u.user = decode(colon >= 0 ? userinfo.left(colon) : userinfo);
        if (colon >= 0)
            u.password = decode(userinfo.mid(colon + 1));
    }
    if (!authority.isEmpty()) {
        const QStringList parts = authority.split(QLatin1Char(','));
        for (const QString &part : parts) {
            HostPort hp;
            QString portText;
            if (part.startsWith(QLatin1Char('['))) { // [::1]:5432
                const qsizetype close = part.indexOf(QLatin1Char(']'));
                if (close < 0) {
                    error = QStringLiteral("unclosed '[' in host \"%1\"").arg(part);
                    return false;
                }
                hp.host = part.mid(1, close - 1);
                if (part.size() > close + 1) {
                    if (part.at(close + 1) != QLatin1Char(':')) {
                        error = QStringLiteral("bad host \"%1\"").arg(part);
                        return false;
                    }
                    portText = part.mid(close + 2);
                }
            } else {
                const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
                hp.host = decode(colon >= 0 ? part.left(colon) : part);
                if (colon >= 0)
                    portText = part.mid(colon + 1);
            }
            if (!portText.isEmpty()) {
                bool ok = false;
                hp.port = portText.toInt(&ok);
                if (!ok || hp.port <= 0 || hp.port > 65535) {
                    error =
                        QStringLiteral("port \"%1\" is not a number from 1 to 65535").arg(portText);
                    return false;
                }
            }
            u.hosts.append(hp);
        }
    }
    if (!query.isEmpty()) {
        const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decode(eq >= 0 ? pair.left(eq) : pair);
            const QString value = decode(eq >= 0 ? pair.mid(eq + 1) : QString());
            if (value.contains(QLatin1Char(';'))) {
                error = QStringLiteral("parameter \"%1\": values may not contain ';'").arg(key);
                return false;
            }
            if (key == QLatin1StringView("host")) {
                u.hosts = {HostPort{value, u.hosts.isEmpty() ? 0 : u.hosts.first().port}};
            } else if (key == QLatin1StringView("port")) {
                bool ok = false;
                const int p = value.toInt(&ok);
                if (!ok || p <= 0 || p > 65535) {
                    error =
                        QStringLiteral("port \"%1\" is not a number from 1 to 65535").arg(value);
                    return false;
                }
                if (u.hosts.isEmpty())
                    u.hosts.append(HostPort{});
                for (auto &h : u.hosts)
                    h.port = p;
            } else if (key == QLatin1StringView("user")) {
                u.user = value;
            } else if (key == QLatin1StringView("password")) {
                u.password = value;
            } else if (key == QLatin1StringView("dbname")) {
                u.database = value;
            } else if (allowedParams().contains(key)) {
                u.params.insert(key, value);
            } else {
                error = QStringLiteral("unknown connection parameter \"%1\"").arg(key);
                return false;
            }
        }
    }
    out = u;
    return true;
}

QString DatabaseUrl::toDisplayString() const {
    if (dialect == Dialect::SQLite)
        return QStringLiteral("sqlite://") +
               (path.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += encode(user) + QLatin1Char('@');
    QStringList hs;
    bool socketDir = false;
    for (const auto &h : hosts) {
        if (h.host.startsWith(QLatin1Char('/'))) {
            socketDir = true;
            continue;
        }
        QString one = h.host.contains(QLatin1Char(':'))
                          ? QLatin1Char('[') + h.host + QLatin1Char(']')
                          : h.host;
        if (h.port > 0)
            one += QLatin1Char(':') + QString::number(h.port);
        hs.append(one);
    }
    s += hs.join(QLatin1Char(','));
    s += QLatin1Char('/') + encode(database);
    QStringList q;
    if (socketDir) {
        q.append(QStringLiteral("host=") + encode(hosts.first().host));
        if (hosts.first().port > 0)
            q.append(QStringLiteral("port=") + QString::number(hosts.first().port));
    }
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        q.append(encode(it.key()) + QLatin1Char('=') + encode(it.value()));
    if (!q.isEmpty())
        s += QLatin1Char('?') + q.join(QLatin1Char('&'));
    return s;
}

QString DatabaseUrl::pgHostName() const {
    QStringList hs;
    for (const auto &h : hosts)
        hs.append(h.host);
    return hs.join(QLatin1Char(','));
}

QString DatabaseUrl::pgConnectOptions() const {
    QStringList opts;
    QStringList ports;
    bool anyPort = false;
    for (const auto &h : hosts) {
        ports.append(h.port > 0 ? QString::number(h.port) : QString());
        anyPort = anyPort || h.port > 0;
    }
    if (anyPort)
        opts.append(QStringLiteral("port=") + ports.join(QLatin1Char(',')));
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        opts.append(it.key() + QLatin1Char('=') + it.value());
    return opts.join(QLatin1Char(';'));
}

} // namespace sb
