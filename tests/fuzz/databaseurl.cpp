// Fuzz target: a database URL (DatabaseUrl::parse). Properties: a URL that parses has a display
// form without its password that parses back to the same place, and no parameter value holds a
// ';' (QPSQL splits its connect options on it).

#include "fuzzcheck.h"

#include "storage/databaseurl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sb::DatabaseUrl url;
    QString error;
    if (!sb::DatabaseUrl::parse(QString::fromUtf8(sb::fuzz::bytes(data, size)), url, error)) {
        SB_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QString display = url.toDisplayString();
    if (url.dialect == sb::Dialect::PostgreSQL) {
        for (const QString &value : std::as_const(url.params))
            SB_FUZZ_CHECK(!value.contains(QLatin1Char(';')));
        (void)url.pgConnectOptions();
        (void)url.pgHostName();
    }
    sb::DatabaseUrl again;
    SB_FUZZ_CHECK(sb::DatabaseUrl::parse(display, again, error));
    SB_FUZZ_CHECK(again.dialect == url.dialect);
    SB_FUZZ_CHECK(again.path == url.path);
    SB_FUZZ_CHECK(again.database == url.database);
    SB_FUZZ_CHECK(again.user == url.user);
    SB_FUZZ_CHECK(again.password.isEmpty());
    // A socket directory is shown as the host= parameter; an empty host with no port (host=)
    // is libpq's default, as is no host at all.
    const auto named = [](const QList<sb::HostPort> &all) {
        QList<sb::HostPort> out;
        for (const sb::HostPort &h : all)
            if (!h.host.isEmpty() || h.port != 0)
                out.append(h);
        return out;
    };
    bool socketDir = false;
    for (const sb::HostPort &h : std::as_const(url.hosts))
        socketDir = socketDir || h.host.startsWith(QLatin1Char('/'));
    if (!socketDir) {
        const QList<sb::HostPort> hosts = named(url.hosts);
        const QList<sb::HostPort> shown = named(again.hosts);
        SB_FUZZ_CHECK(shown.size() == hosts.size());
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            SB_FUZZ_CHECK(shown[i].host == hosts[i].host);
            SB_FUZZ_CHECK(shown[i].port == hosts[i].port);
        }
        SB_FUZZ_CHECK(again.params == url.params);
    }
    return 0;
}
