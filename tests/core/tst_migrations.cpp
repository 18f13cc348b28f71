// Migrations on SQLite: fresh database, idempotence, splitting, a database newer than this
// build, a file that is not a database, a read-only file.
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshDatabase() {
        QTemporaryDir dir;
        QString e;
        auto db = Database::open(test::sqliteIn(dir), QStringLiteral("t"), e);
        QVERIFY2(db, qPrintable(e));
        Migrator m(*db);
        SchemaStatus s;
        QVERIFY(m.status(s, e));
        QCOMPARE(s.current, 0);
        QVERIFY(s.supported >= 1);
        QStringList applied;
        QVERIFY2(m.migrate(e, &applied), qPrintable(e));
        QCOMPARE(applied.size(), m.available().size());
        QVERIFY(m.status(s, e));
        QVERIFY(s.upToDate());
        const QStringList tables = db->db().tables();
        for (const char *t :
             {"staff", "teams", "roles", "permissions", "role_permissions", "temp_permissions",
              "tickets", "ticket_events", "incidents", "incident_events", "messages",
              "message_recipients", "settings", "change_log", "audit_log", "outbox", "rule_sets"})
            QVERIFY2(tables.contains(QLatin1StringView(t)), t);
        // Idempotent: a second run applies nothing.
        applied.clear();
        QVERIFY(m.migrate(e, &applied));
        QVERIFY(applied.isEmpty());
        // The database is readable by its owner only.
        QCOMPARE(QFile::permissions(db->url().path) &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions{});
    }

    void writesAppendToChangeLogAndAuditIsAppendOnly() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                         "problem_type, updated_at) VALUES (1, 'phone', 'normal', "
                                         "'other', 1)"),
                          {}, e),
                 qPrintable(e));
        QSqlQuery q;
        // Migrations may seed rows (settings, rules) that are logged too: look at the latest.
        QVERIFY(db->exec(
            q, QStringLiteral("SELECT entity, op FROM change_log ORDER BY seq DESC LIMIT 1"), {},
            e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ticket"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("insert"));
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO audit_log(at, actor, action) VALUES (1, 'a', 'x')"), {},
            e));
        QVERIFY(!db->exec(QStringLiteral("UPDATE audit_log SET actor = 'b'"), {}, e));
        QVERIFY(e.contains(QLatin1StringView("append-only")));
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM audit_log"), {}, e));
    }

    void newerDatabaseRefusesWrites() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 0)"), {},
                         e));
        Migrator m(*db);
        SchemaStatus s;
        QVERIFY(m.status(s, e));
        QVERIFY(!s.canWrite());
        QVERIFY(!m.migrate(e));
        QVERIFY2(e.contains(QLatin1StringView("999")), qPrintable(e));
        QVERIFY2(e.contains(QString::number(s.supported)), qPrintable(e));
    }

    void notADatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        QString e;
        auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("t"), e);
        QVERIFY(!db);
        QVERIFY2(e.contains(QLatin1StringView("not a Signalboard database")), qPrintable(e));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("These are my notes, not a database.\n"));
    }

    void readOnlyFile() {
        QTemporaryDir dir;
        const DatabaseUrl url = test::sqliteIn(dir);
        QString e;
        {
            auto db = test::openMigrated(url, e);
            QVERIFY2(db, qPrintable(e));
        }
        QFile::setPermissions(url.path, QFileDevice::ReadOwner);
        if (QFileInfo(url.path).isWritable())
            QSKIP("running as root: a read-only file is still writable");
        auto db = Database::open(url, QStringLiteral("t"), e);
        QVERIFY2(db, qPrintable(e));
        QVERIFY(db->isReadOnlyFile());
        Migrator m(*db);
        QVERIFY(m.migrate(e)); // up to date: nothing to do, no error
    }

    void splitter() {
        const QString script = QStringLiteral(
            "-- comment\nCREATE TABLE a (x INTEGER);\n\n"
            "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    INSERT INTO a VALUES (1);\n    SELECT "
            "1;\nEND;\n"
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN "
            "1;\nEND;\n$$;\n"
            "CREATE TRIGGER p AFTER INSERT ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\n");
        const QStringList s = Migrator::splitStatements(script);
        QCOMPARE(s.size(), 4);
        QVERIFY(s.at(1).endsWith(QLatin1StringView("END;")));
        QVERIFY(s.at(1).contains(QLatin1StringView("SELECT 1;")));
        QVERIFY(s.at(2).contains(QLatin1StringView("RETURN 1;")));
        QVERIFY(s.at(3).startsWith(QLatin1StringView("CREATE TRIGGER p")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
