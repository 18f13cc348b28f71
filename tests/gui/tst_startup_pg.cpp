// Bringing a workstation up: sign-in on SQLite and PostgreSQL, and each bad input at start-up
// gets a clear message naming the cause, with nothing overwritten.
#include "demo/demoseeder.h"
#include "shell/startup.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestStartup : public QObject {
    Q_OBJECT
private:
    SystemClock m_clock;

    static void seed(const DatabaseUrl &url) {
        QString e;
        auto db = test::openMigrated(url, e);
        QVERIFY2(db, qPrintable(e));
        DemoSeeder s(*db);
        DemoOptions o;
        o.nowMs = QDateTime::currentMSecsSinceEpoch();
        o.days = 1;
        QVERIFY2(s.seed(o, e), qPrintable(e));
    }

private Q_SLOTS:
    void sqliteSignIn() {
        QTemporaryDir dir;
        const DatabaseUrl url = test::sqliteIn(dir);
        seed(url);
        {
            app::Startup s(m_clock);
            const QString why =
                s.open(url, QStringLiteral("supervisor"), QStringLiteral("wrong password"), false);
            QVERIFY2(!why.isEmpty(), "a wrong password must be refused");
        }
        {
            app::Startup s(m_clock);
            const QString why =
                s.open(url, QStringLiteral("supervisor"), DemoSeeder::demoPassword(), false);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        {
            app::Startup s(m_clock);
            const QString why = s.open(url, QStringLiteral("nobody"), QStringLiteral("x"), false);
            QVERIFY(!why.isEmpty());
        }
    }

    void notADatabaseIsLeftAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("quarterly report, not a database");
        f.close();
        app::Startup s(m_clock);
        const QString why = s.open(DatabaseUrl::sqlite(path), QStringLiteral("supervisor"),
                                   QStringLiteral("x"), false);
        QVERIFY2(why.contains(path), qPrintable(why));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("quarterly report, not a database"));
        // The same Startup can try again with a good database, without restarting.
        const DatabaseUrl good = test::sqliteIn(dir, QStringLiteral("good.db"));
        seed(good);
        QVERIFY(s.open(good, QStringLiteral("supervisor"), DemoSeeder::demoPassword(), false)
                    .isEmpty());
    }

    void newerDatabaseOpensReadOnly() {
        QTemporaryDir dir;
        const DatabaseUrl url = test::sqliteIn(dir);
        seed(url);
        {
            QString e;
            auto db = Database::open(url, QStringLiteral("t"), e);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 0)"),
                             {}, e));
        }
        app::Startup s(m_clock);
        QVERIFY(
            s.open(url, QStringLiteral("supervisor"), DemoSeeder::demoPassword(), false).isEmpty());
        // Startup keeps the reason for the status bar; the schema is untouched.
        QString e;
        auto db = Database::open(url, QStringLiteral("t"), e);
        SchemaStatus st;
        QVERIFY(Migrator(*db).status(st, e));
        QCOMPARE(st.current, 999);
    }

    void postgresBadInput() {
        const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("sb_startup"));
        QString e;
        QVERIFY(test::openMigrated(url, e));
        {
            DatabaseUrl wrong = url;
            wrong.password = QStringLiteral("not the password");
            app::Startup s(m_clock);
            const QString why = s.open(wrong, {}, {}, false);
            QVERIFY2(why.contains(QLatin1StringView("refused the user name or password")),
                     qPrintable(why));
        }
        {
            DatabaseUrl closed = url;
            closed.hosts = {HostPort{QStringLiteral("127.0.0.1"), 1}};
            closed.params.insert(QStringLiteral("connect_timeout"), QStringLiteral("2"));
            app::Startup s(m_clock);
            const QString why = s.open(closed, {}, {}, false);
            QVERIFY2(why.contains(QLatin1StringView("Cannot reach the PostgreSQL server")),
                     qPrintable(why));
        }
        {
            DatabaseUrl missing = url;
            missing.database = QStringLiteral("no_such_db");
            app::Startup s(m_clock);
            const QString why = s.open(missing, {}, {}, false);
            QVERIFY2(why.contains(QLatin1StringView("no_such_db")), qPrintable(why));
        }
        {
            // The database owner is not a staff member: the server session says so.
            app::Startup s(m_clock);
            const QString why = s.open(url, {}, {}, false);
            QVERIFY2(why.isEmpty() || why.contains(url.user), qPrintable(why));
        }
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup_pg.moc"
