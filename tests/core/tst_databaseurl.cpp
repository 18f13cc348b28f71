#include "storage/databaseurl.h"

#include <QHash>
#include <QTest>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>

using sb::DatabaseUrl;
using sb::Dialect;

namespace {

// The conninfo string Qt 6.4's QPSQLDriver::open hands to PQconnectdb: host, dbname and user
// quoted by the driver, then the connect options with every ';' turned into a space.
QByteArray qpsqlConninfo(const DatabaseUrl &u) {
    const auto quote = [](QString s) -> QString {
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        s.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    };
    QString c = QStringLiteral("host=") + quote(u.pgHostName()) + QStringLiteral(" dbname=") +
                quote(u.database) + QStringLiteral(" user=") + quote(u.user);
    QString opts = u.pgConnectOptions();
    opts.replace(QLatin1Char(';'), QLatin1Char(' '));
    if (!opts.isEmpty())
        c += QLatin1Char(' ') + opts;
    return c.toUtf8();
}

// libpq's conninfo_parse: keyword = value pairs separated by white space; a value is either
// single-quoted (\\ and \' escaped) or runs to the next white space (\\ escapes). Every
// pair in order, duplicates included; empty on a syntax error.
QList<std::pair<QByteArray, QByteArray>> conninfoPairs(const QByteArray &conninfo) {
    QList<std::pair<QByteArray, QByteArray>> pairs;
    const char *cp = conninfo.constData();
    const auto space = [](char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    };
    for (;;) {
        while (*cp && space(*cp))
            ++cp;
        if (!*cp)
            return pairs;
        QByteArray key;
        while (*cp && *cp != '=' && !space(*cp))
            key += *cp++;
        while (*cp && space(*cp))
            ++cp;
        if (*cp != '=')
            return {};
        ++cp;
        while (*cp && space(*cp))
            ++cp;
        QByteArray value;
        if (*cp != '\'') {
            while (*cp && !space(*cp)) {
                if (*cp == '\\' && cp[1])
                    ++cp;
                value += *cp++;
            }
        } else {
            ++cp;
            for (;;) {
                if (!*cp)
                    return {}; // unterminated quoted string
                if (*cp == '\\' && cp[1]) {
                    value += cp[1];
                    cp += 2;
                } else if (*cp == '\'') {
                    ++cp;
                    break;
                } else {
                    value += *cp++;
                }
            }
        }
        pairs.append({key, value});
    }
}

int countKey(const QList<std::pair<QByteArray, QByteArray>> &pairs, const char *key) {
    return int(std::count_if(pairs.cbegin(), pairs.cend(),
                             [key](const auto &p) { return p.first == key; }));
}

// What libpq itself makes of the conninfo (PQconninfoParse): keyword -> value.
QHash<QByteArray, QByteArray> libpqParse(const QByteArray &conninfo, QString &error) {
    QHash<QByteArray, QByteArray> out;
    char *err = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.constData(), &err);
    if (!opts) {
        error = err ? QString::fromUtf8(err) : QStringLiteral("out of memory");
        PQfreemem(err);
        return out;
    }
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (o->val)
            out.insert(o->keyword, o->val);
    }
    PQconninfoFree(opts);
    return out;
}

} // namespace

class TestDatabaseUrl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sqliteAbsolute() {
        DatabaseUrl u;
        QString e;
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/sb/demo.db"), u, e),
                 qPrintable(e));
        QCOMPARE(u.dialect, Dialect::SQLite);
        QCOMPARE(u.path, QStringLiteral("/var/lib/sb/demo.db"));
        QCOMPARE(u.toDisplayString(), QStringLiteral("sqlite:///var/lib/sb/demo.db"));
    }
    void sqliteRelativeRefused() {
        DatabaseUrl u;
        QString e;
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite://demo.db"), u, e));
        QVERIFY(e.contains(QLatin1StringView("not absolute")));
    }
    void unknownScheme() {
        DatabaseUrl u;
        QString e;
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("mysql://x/y"), u, e));
        QVERIFY(e.contains(QLatin1StringView("sqlite://")));
    }
    void postgresFull() {
        DatabaseUrl u;
        QString e;
        QVERIFY2(
            DatabaseUrl::parse(QStringLiteral("postgresql://li%40ming:s%3Acret@db.example:5433/"
                                              "signalboard?sslmode=verify-full&connect_timeout=3"),
                               u, e),
            qPrintable(e));
        QCOMPARE(u.dialect, Dialect::PostgreSQL);
        QCOMPARE(u.user, QStringLiteral("li@ming"));
        QCOMPARE(u.password, QStringLiteral("s:cret"));
        QCOMPARE(u.hosts.size(), 1);
        QCOMPARE(u.hosts.first().host, QStringLiteral("db.example"));
        QCOMPARE(u.hosts.first().port, 5433);
        QCOMPARE(u.database, QStringLiteral("signalboard"));
        QCOMPARE(u.params.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        // The password never appears in what is shown or stored.
        QVERIFY(!u.toDisplayString().contains(QLatin1StringView("cret")));
        QCOMPARE(u.toDisplayString(),
                 QStringLiteral("postgresql://li%40ming@db.example:5433/"
                                "signalboard?connect_timeout=3&sslmode=verify-full"));
    }
    void postgresMultiHost() {
        DatabaseUrl u;
        QString e;
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("postgresql://sup@h1:5432,h2:5433,[::1]/sb?"
                                                   "target_session_attrs=read-write"),
                                    u, e),
                 qPrintable(e));
        QCOMPARE(u.hosts.size(), 3);
        QCOMPARE(u.pgHostName(), QStringLiteral("h1,h2,::1"));
        QCOMPARE(u.pgConnectOptions(),
                 QStringLiteral("port='5432,5433,';target_session_attrs='read-write'"));
    }
    // read_session_attrs is Signalboard's: it picks where read-only work connects and is never
    // given to libpq.
    void readSessionAttrs() {
        DatabaseUrl u;
        QString e;
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("postgresql://zhao@db1,db2/sb?target_session_"
                                                   "attrs=read-write&read_session_attrs=prefer-"
                                                   "standby"),
                                    u, e),
                 qPrintable(e));
        QVERIFY(!u.pgConnectOptions().contains(QLatin1StringView("read_session_attrs")));
        QVERIFY(
            u.pgConnectOptions().contains(QLatin1StringView("target_session_attrs='read-write'")));
        const DatabaseUrl r = u.forReading();
        QCOMPARE(r.params.value(QStringLiteral("target_session_attrs")),
                 QStringLiteral("prefer-standby"));
        QVERIFY(!r.params.contains(QStringLiteral("read_session_attrs")));
        QCOMPARE(r.hosts.size(), 2);
        // Without it, reading uses the URL as it is.
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("postgresql://zhao@db1,db2/sb?target_session_"
                                                   "attrs=read-write"),
                                    u, e),
                 qPrintable(e));
        QCOMPARE(u.forReading().params, u.params);
        QVERIFY(!DatabaseUrl::parse(
            QStringLiteral("postgresql://zhao@db1/sb?read_session_attrs=nearest"), u, e));
        QVERIFY2(e.contains(QLatin1StringView("read_session_attrs")), qPrintable(e));
    }

    void postgresSocketDir() {
        DatabaseUrl u;
        QString e;
        QVERIFY2(DatabaseUrl::parse(
                     QStringLiteral("postgresql:///sb?host=/run/postgresql&port=5444"), u, e),
                 qPrintable(e));
        QCOMPARE(u.pgHostName(), QStringLiteral("/run/postgresql"));
        QCOMPARE(u.hosts.first().port, 5444);
    }
    void badInput_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expect");
        QTest::newRow("port text")
            << QStringLiteral("postgresql://h:abc/db") << QStringLiteral("port");
        QTest::newRow("port range")
            << QStringLiteral("postgresql://h:70000/db") << QStringLiteral("65535");
        QTest::newRow("semicolon")
            << QStringLiteral("postgresql://h/db?application_name=a;b") << QStringLiteral("';'");
        QTest::newRow("unknown param")
            << QStringLiteral("postgresql://h/db?frobnicate=1") << QStringLiteral("frobnicate");
        QTest::newRow("ipv6 unclosed")
            << QStringLiteral("postgresql://[::1/db") << QStringLiteral("'['");
        QTest::newRow("empty sqlite") << QStringLiteral("sqlite://") << QStringLiteral("file path");
        // A second keyword hidden in a value: sslmode must name one mode.
        QTest::newRow("sslmode injection")
            << QStringLiteral("postgresql://h/db?sslmode=verify-full%20sslmode%3Ddisable")
            << QStringLiteral(
                   "parameter \"sslmode\": \"verify-full sslmode=disable\" is not one of");
        QTest::newRow("sslmode unknown") << QStringLiteral("postgresql://h/db?sslmode=verify_full")
                                         << QStringLiteral("verify-ca");
        QTest::newRow("number") << QStringLiteral("postgresql://h/db?connect_timeout=5%20host%3Dx")
                                << QStringLiteral(
                                       "\"connect_timeout\": \"5 host=x\" is not a whole");
        QTest::newRow("twice") << QStringLiteral(
                                      "postgresql://h/db?sslmode=require&sslmode=disable")
                               << QStringLiteral("\"sslmode\" is given twice");
        QTest::newRow("nul in value")
            << QStringLiteral("postgresql://h/db?application_name=a%00b")
            << QStringLiteral("parameter \"application_name\": the value contains a control "
                              "character (U+0000)");
        QTest::newRow("nul in user")
            << QStringLiteral("postgresql://a%00b@h/db") << QStringLiteral("user name");
        QTest::newRow("newline in host")
            << QStringLiteral("postgresql://h/db?host=a%0Ab") << QStringLiteral("U+000a");
        QTest::newRow("unknown keyword")
            << QStringLiteral("postgresql://h/db?requiressl=0") << QStringLiteral("\"requiressl\"");
        QTest::newRow("encoded key") << QStringLiteral("postgresql://h/db?sslmode%20=disable")
                                     << QStringLiteral("unknown connection parameter \"sslmode \"");
    }
    void badInput() {
        QFETCH(QString, url);
        QFETCH(QString, expect);
        DatabaseUrl u;
        QString e;
        QVERIFY(!DatabaseUrl::parse(url, u, e));
        QVERIFY2(e.contains(expect), qPrintable(e));
    }

    // Parameter values can no longer add libpq keywords: each is quoted, so the conninfo the
    // driver builds (parsed as libpq does) holds exactly one host and one sslmode.
    void valuesCannotInjectKeywords() {
        DatabaseUrl u;
        QString e;
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("postgresql://li@db.example/sb?sslmode=verify-"
                                                   "full&application_name=x%20host%3Devil%20"
                                                   "sslmode%3Ddisable"),
                                    u, e),
                 qPrintable(e));
        const QByteArray conninfo = qpsqlConninfo(u);
        const auto pairs = conninfoPairs(conninfo);
        QVERIFY2(!pairs.isEmpty(), conninfo.constData());
        QCOMPARE(countKey(pairs, "host"), 1);
        QCOMPARE(countKey(pairs, "sslmode"), 1);
        QCOMPARE(countKey(pairs, "application_name"), 1);
        const QHash<QByteArray, QByteArray> libpq = libpqParse(conninfo, e);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(libpq.value("host"), QByteArray("db.example"));
        QCOMPARE(libpq.value("sslmode"), QByteArray("verify-full"));
        QCOMPARE(libpq.value("application_name"), QByteArray("x host=evil sslmode=disable"));
        // The URL shown says what is used.
        QVERIFY2(u.toDisplayString().contains(QLatin1StringView("sslmode=verify-full")),
                 qPrintable(u.toDisplayString()));
    }

    // Legitimate values with spaces, quotes and backslashes reach libpq unchanged.
    void valuesRoundTrip_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("space") << QStringLiteral("application_name") << QStringLiteral("my app");
        QTest::newRow("quotes") << QStringLiteral("application_name")
                                << QStringLiteral("Li's \"desk\" = 1");
        QTest::newRow("backslashes")
            << QStringLiteral("sslrootcert") << QStringLiteral("C:\\certs\\my ca\\root.crt");
        QTest::newRow("trailing backslash")
            << QStringLiteral("application_name") << QStringLiteral("ends with \\");
        QTest::newRow("options") << QStringLiteral("options")
                                 << QStringLiteral("-c search_path=sb,public -c work_mem=64MB");
        QTest::newRow("unicode") << QStringLiteral("application_name")
                                 << QStringLiteral("工作站 1");
        QTest::newRow("empty") << QStringLiteral("application_name") << QString();
    }
    void valuesRoundTrip() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        DatabaseUrl u;
        QString e;
        const QString url = QStringLiteral("postgresql://li@db.example:5433/sb?sslmode=require&") +
                            key + QLatin1Char('=') +
                            QString::fromLatin1(QUrl::toPercentEncoding(value));
        QVERIFY2(DatabaseUrl::parse(url, u, e), qPrintable(e));
        QCOMPARE(u.params.value(key), value);
        const QByteArray conninfo = qpsqlConninfo(u);
        const auto pairs = conninfoPairs(conninfo);
        QVERIFY2(!pairs.isEmpty(), conninfo.constData());
        QCOMPARE(countKey(pairs, key.toUtf8().constData()), 1);
        QCOMPARE(countKey(pairs, "host"), 1);
        QCOMPARE(countKey(pairs, "sslmode"), 1);
        const QHash<QByteArray, QByteArray> libpq = libpqParse(conninfo, e);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(QString::fromUtf8(libpq.value(key.toUtf8())), value);
        QCOMPARE(libpq.value("sslmode"), QByteArray("require"));
        QCOMPARE(libpq.value("host"), QByteArray("db.example"));
        QCOMPARE(libpq.value("port"), QByteArray("5433"));
        // Shown, parsed again: the same value.
        DatabaseUrl again;
        QVERIFY2(DatabaseUrl::parse(u.toDisplayString(), again, e), qPrintable(e));
        QCOMPARE(again.params.value(key), value);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
