#include "storage/databaseurl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace sb {

namespace {
QString decode(const QString &s) {
    return QUrl::fromPercentEncoding(s.toUtf8());
}
QString encode(const QString &s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
// libpq connection keywords that make sense from a workstation, with the values each one
// takes (empty: any text libpq checks itself). Anything else in the query is refused.
struct ParamRule {
    const char *key;
    const char *choices; // '|'-separated, or "#" for a whole number >= 0, or nullptr
};
constexpr ParamRule kParams[] = {
    {"sslmode", "disable|allow|prefer|require|verify-ca|verify-full"},
    {"sslrootcert", nullptr},
    {"sslcert", nullptr},
    {"sslkey", nullptr},
    {"sslcrl", nullptr},
    {"target_session_attrs", "any|read-write|read-only|primary|standby|prefer-standby"},
    // Signalboard's own, never given to libpq: the target_session_attrs of read-only work
    // (reports), so it may run on a standby (forReading()).
    {"read_session_attrs", "any|read-write|read-only|primary|standby|prefer-standby"},
    {"connect_timeout", "#"},
    {"application_name", nullptr},
    {"keepalives", "0|1"},
    {"keepalives_idle", "#"},
    {"keepalives_interval", "#"},
    {"keepalives_count", "#"},
    {"tcp_user_timeout", "#"},
    {"options", nullptr},
    {"channel_binding", "disable|prefer|require"},
    {"gssencmode", "disable|prefer|require"},
    {"load_balance_hosts", "disable|random"},
    {"sslsni", "0|1"},
    {"passfile", nullptr},
    {"service", nullptr},
};

const ParamRule *paramRule(const QString &key) {
    for (const ParamRule &r : kParams) {
        if (key == QLatin1StringView(r.key))
            return &r;
    }
    return nullptr;
}

// The first control character (U+0000–U+001F, U+007F–U+009F) in `value`, or -1. A NUL would
// end the conninfo string libpq reads (dropping every keyword after it); the others have no
// business in a host, user, database or parameter.
int controlChar(const QString &value) {
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return c.unicode();
    }
    return -1;
}

// libpq conninfo quoting: 'value' with \ and ' escaped by a backslash.
QString conninfoQuote(const QString &value) {
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
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
#ifdef Q_OS_WIN
        // sqlite:///C:/x.db on Windows (elsewhere /C:/x.db is a path like any other)
        static const QRegularExpression drive(QStringLiteral("^/[A-Za-z]:/"));
        if (drive.match(path).hasMatch())
            path.remove(0, 1);
#endif
        if (path.isEmpty()) {
            error = tr("a sqlite URL needs a file path, as in sqlite:///home/me/sb.db");
            return false;
        }
        if (const int c = controlChar(path); c >= 0) {
            error = tr("the SQLite path contains a control character (U+%1)")
                        .arg(c, 4, 16, QLatin1Char('0'));
            return false;
        }
        // Qt counts ":/x" (a resource) as absolute; a database file is never one.
        if (!QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char(':'))) {
            error =
                tr("the SQLite path \"%1\" is not absolute (use sqlite:///abs/path.db)").arg(path);
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
        error = tr("\"%1\" is not a database URL: it must start with sqlite:// or postgresql://")
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
                    error = tr("unclosed '[' in host \"%1\"").arg(part);
                    return false;
                }
                hp.host = part.mid(1, close - 1);
                if (part.size() > close + 1) {
                    if (part.at(close + 1) != QLatin1Char(':')) {
                        error = tr("bad host \"%1\"").arg(part);
                        return false;
                    }
                    portText = part.mid(close + 2);
                }
            } else {
                if (part.contains(QLatin1Char('[')) || part.contains(QLatin1Char(']'))) {
                    error = tr("bad host \"%1\"").arg(part);
                    return false;
                }
                const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
                hp.host = decode(colon >= 0 ? part.left(colon) : part);
                if (colon >= 0)
                    portText = part.mid(colon + 1);
            }
            if (!portText.isEmpty()) {
                bool ok = false;
                hp.port = portText.toInt(&ok);
                if (!ok || hp.port <= 0 || hp.port > 65535) {
                    error = tr("port \"%1\" is not a number from 1 to 65535").arg(portText);
                    return false;
                }
            }
            u.hosts.append(hp);
        }
    }
    if (!query.isEmpty()) {
        QStringList seen;
        const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decode(eq >= 0 ? pair.left(eq) : pair);
            const QString value = decode(eq >= 0 ? pair.mid(eq + 1) : QString());
            const ParamRule *rule = paramRule(key);
            const bool known =
                rule || key == QLatin1StringView("host") || key == QLatin1StringView("port") ||
                key == QLatin1StringView("user") || key == QLatin1StringView("password") ||
                key == QLatin1StringView("dbname");
            if (!known) {
                error = tr("unknown connection parameter \"%1\"")
                            .arg(controlChar(key) >= 0 ? encode(key) : key);
                return false;
            }
            if (seen.contains(key)) {
                error = tr("parameter \"%1\" is given twice").arg(key);
                return false;
            }
            seen.append(key);
            if (value.contains(QLatin1Char(';'))) {
                error = tr("parameter \"%1\": values may not contain ';'").arg(key);
                return false;
            }
            // A NUL would cut libpq's conninfo short; a password may hold anything else.
            const int bad = key == QLatin1StringView("password")
                                ? (value.contains(QChar(0)) ? 0 : -1)
                                : controlChar(value);
            if (bad >= 0) {
                error = tr("parameter \"%1\": the value contains a control character (U+%2)")
                            .arg(key)
                            .arg(bad, 4, 16, QLatin1Char('0'));
                return false;
            }
            if (rule && rule->choices) {
                const QString choices = QLatin1StringView(rule->choices);
                const bool number = choices == QLatin1StringView("#");
                bool ok = false;
                if (number) {
                    const uint n = value.toUInt(&ok);
                    ok = ok && n <= 1'000'000'000u;
                } else {
                    ok = choices.split(QLatin1Char('|')).contains(value);
                }
                if (!ok) {
                    error =
                        number
                            ? tr("parameter \"%1\": \"%2\" is not a whole number").arg(key, value)
                            : tr("parameter \"%1\": \"%2\" is not one of %3")
                                  .arg(key, value,
                                       choices.split(QLatin1Char('|')).join(QStringLiteral(", ")));
                    return false;
                }
            }
            if (key == QLatin1StringView("host")) {
                u.hosts = {HostPort{value, u.hosts.isEmpty() ? 0 : u.hosts.first().port}};
            } else if (key == QLatin1StringView("port")) {
                bool ok = false;
                const int p = value.toInt(&ok);
                if (!ok || p <= 0 || p > 65535) {
                    error = tr("port \"%1\" is not a number from 1 to 65535").arg(value);
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
            } else {
                u.params.insert(key, value);
            }
        }
    }
    // The driver quotes host, database, user and password itself; a NUL would still end the
    // conninfo there, and control characters have no place in them.
    const auto refuseControl = [&error](const QString &what, const QString &value) {
        if (const int c = controlChar(value); c >= 0) {
            error = tr("the %1 contains a control character (U+%2)")
                        .arg(what)
                        .arg(c, 4, 16, QLatin1Char('0'));
            return true;
        }
        return false;
    };
    for (const HostPort &h : std::as_const(u.hosts)) {
        if (refuseControl(tr("host name"), h.host))
            return false;
        // No host or socket directory holds one; the shown URL carries a socket directory as
        // host=, where values may not.
        if (h.host.contains(QLatin1Char(';'))) {
            error = tr("the host name \"%1\" contains ';'").arg(h.host);
            return false;
        }
    }
    if (refuseControl(tr("database name"), u.database) || refuseControl(tr("user name"), u.user))
        return false;
    if (u.password.contains(QChar(0))) {
        error = tr("the password contains a NUL character");
        return false;
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
        // An IPv6 address in brackets (no decoding happens there, so nothing in it may end
        // the authority); any other host percent-encoded, so that it reads back the same.
        const bool bracketed = h.host.contains(QLatin1Char(':')) &&
                               std::none_of(h.host.cbegin(), h.host.cend(), [](QChar c) {
                                   return QStringView(u"[]/?#@,").contains(c);
                               });
        QString one = bracketed ? QLatin1Char('[') + h.host + QLatin1Char(']') : encode(h.host);
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
    // QPSQL (Qt 6.4, QPSQLDriver::open) appends this text to its own conninfo after replacing
    // every ';' with a space, and quotes only host, dbname, user and password. Each value is
    // therefore quoted here, so a space or '=' inside a value stays part of that value.
    QStringList opts;
    QStringList ports;
    bool anyPort = false;
    for (const auto &h : hosts) {
        ports.append(h.port > 0 ? QString::number(h.port) : QString());
        anyPort = anyPort || h.port > 0;
    }
    if (anyPort)
        opts.append(QStringLiteral("port=") + conninfoQuote(ports.join(QLatin1Char(','))));
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() != QLatin1StringView(kReadSessionAttrs))
            opts.append(it.key() + QLatin1Char('=') + conninfoQuote(it.value()));
    }
    return opts.join(QLatin1Char(';'));
}

DatabaseUrl DatabaseUrl::forReading() const {
    DatabaseUrl out = *this;
    const auto it = out.params.constFind(QLatin1StringView(kReadSessionAttrs));
    if (it == out.params.cend())
        return out;
    out.params.insert(QStringLiteral("target_session_attrs"), it.value());
    out.params.remove(QLatin1StringView(kReadSessionAttrs));
    return out;
}

} // namespace sb
