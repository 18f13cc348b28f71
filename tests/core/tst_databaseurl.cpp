#include "storage/databaseurl.h"

#include <QTest>

using sb::DatabaseUrl;
using sb::Dialect;

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
                 QStringLiteral("port=5432,5433,;target_session_attrs=read-write"));
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
    }
    void badInput() {
        QFETCH(QString, url);
        QFETCH(QString, expect);
        DatabaseUrl u;
        QString e;
        QVERIFY(!DatabaseUrl::parse(url, u, e));
        QVERIFY2(e.contains(expect), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
