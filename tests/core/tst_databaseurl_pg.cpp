// Connection URL parameters through QPSQL to a real server: values with spaces, quotes,
// backslashes and '=' arrive as written and cannot add libpq keywords of their own.
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace sb;

class TestDatabaseUrlPg : public QObject {
    Q_OBJECT

    // The admin URL with one more query parameter (percent-encoded here).
    static QString withParam(const QString &key, const QString &value) {
        const QString base = test::pgAdminUrl();
        return base + (base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }

    static QString setting(Database &db, const QString &name) {
        QSqlQuery q;
        QString error;
        if (!db.exec(q, QStringLiteral("SELECT current_setting(?)"), {name}, error) || !q.next())
            return QStringLiteral("error: ") + error;
        return q.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    }

    void valuesArriveAsWritten_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("space") << QStringLiteral("my app");
        QTest::newRow("quotes and backslash") << QStringLiteral(R"(Li's "desk" \ 1)");
        // Before the values were quoted this switched the host and failed to connect.
        QTest::newRow("keyword inside") << QStringLiteral("x host=nowhere.invalid port=1");
    }
    void valuesArriveAsWritten() {
        QFETCH(QString, value);
        DatabaseUrl url;
        QString error;
        QVERIFY2(
            DatabaseUrl::parse(withParam(QStringLiteral("application_name"), value), url, error),
            qPrintable(error));
        auto db = Database::open(url, QStringLiteral("url-pg"), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(setting(*db, QStringLiteral("application_name")), value);
    }

    // "options" takes several words: they reach the server as one value.
    void optionsWithSpaces() {
        DatabaseUrl url;
        QString error;
        QVERIFY2(DatabaseUrl::parse(withParam(QStringLiteral("options"),
                                              QStringLiteral("-c statement_timeout=4321 "
                                                             "-c lock_timeout=1234")),
                                    url, error),
                 qPrintable(error));
        auto db = Database::open(url, QStringLiteral("url-pg"), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(setting(*db, QStringLiteral("statement_timeout")), QStringLiteral("4321ms"));
        QCOMPARE(setting(*db, QStringLiteral("lock_timeout")), QStringLiteral("1234ms"));
    }

    // A second sslmode hidden in the value is refused before any connection is tried.
    void sslmodeInjectionRefused() {
        DatabaseUrl url;
        QString error;
        QVERIFY(!DatabaseUrl::parse(
            withParam(QStringLiteral("sslmode"), QStringLiteral("verify-full sslmode=disable")),
            url, error));
        QVERIFY2(error.contains(QLatin1StringView("sslmode")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrlPg)
#include "tst_databaseurl_pg.moc"
