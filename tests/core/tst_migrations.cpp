// Migrations on SQLite: fresh database, idempotence, splitting, a database newer than this
// build, a file that is not a database, a read-only file. The shared part and the dialect
// parts: how they are put together, and that every shipped migration still runs exactly the
// statements it ran before the split (on both databases).
#include "storage/migrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

// The statements a migration runs on `dialect`, composed from its shared and dialect parts.
QStringList statementsOf(Dialect dialect, int version, QString &error) {
    for (const Migration &m : Migrator::available(dialect)) {
        if (m.version != version)
            continue;
        QString script;
        if (!Migrator::script(m, script, error))
            return {};
        return Migrator::splitStatements(script);
    }
    error = QStringLiteral("no migration %1").arg(version);
    return {};
}

QString fingerprint(const QStringList &statements) {
    return QString::fromLatin1(
        QCryptographicHash::hash(statements.join(QStringLiteral("\n;\n")).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QString readResource(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

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

    void gapBelowTheNewestIsFilled() {
        // Work merged out of order: a migration numbered below one already applied still runs.
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        Migrator m(*db);
        const Migration second = m.available().at(1);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM schema_version WHERE version = ?"),
                         {second.version}, e));
        SchemaStatus s;
        QVERIFY(m.status(s, e));
        QCOMPARE(s.pending, 1);
        QVERIFY(!s.upToDate());
        QCOMPARE(s.current, s.supported);
        // migrate() now tries exactly that version (here it fails, its tables exist), and
        // names it: proof that it is not skipped for being below the newest.
        QVERIFY(!m.migrate(e));
        QVERIFY2(e.contains(QStringLiteral("Migration %1").arg(second.version)), qPrintable(e));
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

    // Applied migrations are recorded by number only, so a shipped migration must keep running
    // the same statements. The fingerprints were taken from the files as they were before the
    // statements both databases share moved to resources/sql/shared, and from later ones as
    // they shipped (the SHA-256 of the statements joined by "\n;\n"); every migration up to
    // 036 (028 to 030 are PostgreSQL only) must still match, on both.
    void shippedMigrationsRunTheSameStatements_data() {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("expected");
        const struct {
            int version;
            const char *sqlite;
            const char *postgresql;
        } pins[] = {
            {1, "f0444c99d3f44470", "1ede4d0e6ad6045d"},
            {3, "1599d2f989540ddc", "8a43f3a9c6082bdd"},
            {4, "48fab8052bb92531", "5e8521d94d32f22c"},
            {5, "f06773db662abc46", "16c37090fbd22617"},
            {6, "fe951a0d41804293", "caeffccf1b73e27b"},
            {9, "e84afa30fe2e7702", "78f50838b5817083"},
            {10, "e004ebd5b5532a4b", "6418c91f5b3773f6"},
            {11, "514f84269bd6f397", "514f84269bd6f397"},
            {12, "9768c824cddc1660", "c48862e8b6ef296b"},
            {13, "e004ebd5b5532a4b", "412e6412a2d1a536"},
            {16, "e004ebd5b5532a4b", "d6e91f9242fcea27"},
            {18, "0e35fd0be72477ba", "b0e73fe050b4d9a7"},
            {19, "e004ebd5b5532a4b", "ff515a238a9d8478"},
            {20, nullptr, "0532451f7aba0fd4"},
            {21, nullptr, "999f17d2967f7340"},
            {22, "d96a1b404d1ba610", "8ee2ecfb4e28eb86"},
            {23, nullptr, "1802f474da2b7689"},
            {24, "df2582a23bb4b61b", "2c4b7d0d704af35f"},
            {25, "be82137a43af705f", "c5d57e26df00b462"},
            {26, "06c60f5fcfa716f6", "c2aaf981cd2ef0a5"},
            {27, "9ea5506833feae2e", "8fa64b5c3496f5d6"},
            {28, nullptr, "1c7edc28f3800420"},
            {29, nullptr, "36e12d181c5d0728"},
            {30, nullptr, "1466822631a20720"},
            {31, "081606debcabd535", "1cd8929465ede42b"},
            {32, "df706b154d9c8a8b", "df706b154d9c8a8b"},
            {33, "cb9decef8c7c45a9", "e354a550252ce80f"},
            {34, "808637312cd8bc6a", "808637312cd8bc6a"},
            {35, "259e91a2ee5e9aeb", "259e91a2ee5e9aeb"},
            {36, "879d15d57f1e289c", "6de95d2e95f10eef"},
            {37, "2b833c58c08daf76", "f78deb2e2e3ffba3"},
            {38, "58b99a4d8e68e843", "4ab92870aaeaadaa"},
            {39, "00fd32a73596a021", "cd08a05e91d87cbb"},
            {40, "ef164998e4b2dc5d", "18685315ca54f678"},
            {41, "e5cd85f57152ca8e", "c3ee88a97003c9ea"},
            {42, "0441ba5788cec3d7", "b8066fc877157823"},
            {43, "1e344db3725ca26a", "d55349c22d77dfaa"},
            {44, "a2686b6b9e835962", "e562359199d6d79b"},
            {45, "278ce935bb30a27d", "7c031ef8056058ed"},
            {46, nullptr, "3116bd2c5904e9c1"},
            {47, nullptr, "dadaa5567dc49e32"},
            {48, "934a4ebb17658a12", "f61174c1b4b75e38"},
            {49, nullptr, "a122fad8623ffbac"},
            {50, nullptr, "448389ef5e586f2b"},
            {51, nullptr, "c39331441274a3cf"},
            {52, nullptr, "7c5a3afaec979eda"},
            {53, nullptr, "01975f26c8d51e0b"},
            {54, nullptr, "8e6b1268d97dbedc"},
        };
        // A number PostgreSQL alone had (an empty fingerprint) still does not run on SQLite.
        for (const auto &pin : pins) {
            QTest::addRow("sqlite %03d", pin.version)
                << int(Dialect::SQLite) << pin.version
                << (pin.sqlite ? QString::fromLatin1(pin.sqlite) : QString());
            QTest::addRow("postgresql %03d", pin.version)
                << int(Dialect::PostgreSQL) << pin.version << QString::fromLatin1(pin.postgresql);
        }
    }

    void shippedMigrationsRunTheSameStatements() {
        QFETCH(int, dialect);
        QFETCH(int, version);
        QFETCH(QString, expected);
        bool shipped = false;
        for (const Migration &m : Migrator::available(Dialect(dialect)))
            shipped = shipped || m.version == version;
        QCOMPARE(shipped, !expected.isEmpty());
        if (!shipped)
            return;
        QString e;
        const QStringList statements = statementsOf(Dialect(dialect), version, e);
        QVERIFY2(!statements.isEmpty(), qPrintable(e));
        QCOMPARE(fingerprint(statements), expected);
    }

    // A statement both databases run alike lives once, in the shared part: no dialect file
    // repeats a statement of the other dialect's file of the same number.
    void sharedStatementsAreNotRepeated() {
        const QList<Migration> sqlite = Migrator::available(Dialect::SQLite);
        for (const Migration &pg : Migrator::available(Dialect::PostgreSQL)) {
            for (const Migration &lite : sqlite) {
                if (lite.version != pg.version || lite.dialectResource.isEmpty() ||
                    pg.dialectResource.isEmpty())
                    continue;
                const QStringList liteStatements =
                    Migrator::splitStatements(readResource(lite.dialectResource));
                const QSet<QString> mine(liteStatements.cbegin(), liteStatements.cend());
                for (const QString &s : Migrator::splitStatements(readResource(pg.dialectResource)))
                    QVERIFY2(!mine.contains(s),
                             qPrintable(QStringLiteral("migration %1 repeats on both databases "
                                                       "(move it to resources/sql/shared): %2")
                                            .arg(pg.version)
                                            .arg(s.left(120))));
            }
        }
    }

    // Every table and index the shared parts create is in a freshly migrated SQLite database.
    void sharedPartsAreApplied() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QSet<QString> names;
        QSqlQuery q;
        QVERIFY2(db->exec(q, QStringLiteral("SELECT name FROM sqlite_master"), {}, e),
                 qPrintable(e));
        while (q.next())
            names.insert(q.value(0).toString());
        static const QRegularExpression created(
            QStringLiteral(R"(^CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\s+(\w+))"),
            QRegularExpression::CaseInsensitiveOption);
        int checked = 0;
        for (const Migration &m : Migrator::available(Dialect::SQLite)) {
            if (m.sharedResource.isEmpty())
                continue;
            for (const QString &s : Migrator::splitStatements(readResource(m.sharedResource))) {
                const auto match = created.match(s);
                if (!match.hasMatch())
                    continue;
                QVERIFY2(names.contains(match.captured(1)), qPrintable(match.captured(1)));
                ++checked;
            }
        }
        QVERIFY(checked >= 29); // 001-022 share 1 table and 28 indexes
    }

    void composePutsSectionsWhereTheDialectNamesThem() {
        const QString shared =
            QStringLiteral("-- header\n\n-- @section a\nCREATE INDEX ia ON t(a);\n"
                           "\n-- @section b\nINSERT INTO t VALUES (1);\n");
        QString out;
        QString e;
        QVERIFY2(Migrator::compose(7, shared,
                                   QStringLiteral("CREATE TABLE t (a INTEGER);\n-- @shared b\n"
                                                  "CREATE TABLE u (b INTEGER);\n-- @shared a\n"),
                                   out, e),
                 qPrintable(e));
        QCOMPARE(Migrator::splitStatements(out),
                 QStringList({QStringLiteral("CREATE TABLE t (a INTEGER)"),
                              QStringLiteral("INSERT INTO t VALUES (1)"),
                              QStringLiteral("CREATE TABLE u (b INTEGER)"),
                              QStringLiteral("CREATE INDEX ia ON t(a)")}));
        // No dialect part: the shared part runs as it stands.
        QVERIFY(Migrator::compose(7, shared, QString(), out, e));
        QCOMPARE(Migrator::splitStatements(out).size(), 2);
        // No shared part: the dialect part runs as it stands.
        QVERIFY(Migrator::compose(7, QString(), QStringLiteral("SELECT 1;\n"), out, e));
        QCOMPARE(Migrator::splitStatements(out), QStringList{QStringLiteral("SELECT 1")});
    }

    void composeRefusesWhatWouldLoseOrRepeatStatements_data() {
        QTest::addColumn<QString>("shared");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("error");
        const QString ab = QStringLiteral("-- @section a\nSELECT 1;\n-- @section b\nSELECT 2;\n");
        QTest::newRow("unknown") << ab
                                 << QStringLiteral("-- @shared a\n-- @shared b\n-- @shared c\n")
                                 << QStringLiteral("c, which does not exist");
        QTest::newRow("no shared part")
            << QString() << QStringLiteral("-- @shared a\n") << QStringLiteral("does not exist");
        QTest::newRow("twice") << ab << QStringLiteral("-- @shared a\n-- @shared b\n-- @shared a\n")
                               << QStringLiteral("more than once");
        QTest::newRow("left out") << ab << QStringLiteral("-- @shared a\nSELECT 3;\n")
                                  << QStringLiteral("leaves out the shared section b");
        QTest::newRow("named twice")
            << QStringLiteral("-- @section a\nSELECT 1;\n-- @section a\nSELECT 2;\n")
            << QStringLiteral("-- @shared a\n") << QStringLiteral("section a twice");
        QTest::newRow("outside a section")
            << QStringLiteral("SELECT 0;\n-- @section a\nSELECT 1;\n")
            << QStringLiteral("-- @shared a\n") << QStringLiteral("outside a section");
    }

    void composeRefusesWhatWouldLoseOrRepeatStatements() {
        QFETCH(QString, shared);
        QFETCH(QString, dialect);
        QFETCH(QString, error);
        QString out;
        QString e;
        QVERIFY(!Migrator::compose(7, shared, dialect, out, e));
        QVERIFY2(e.contains(QLatin1StringView("Migration 7")), qPrintable(e));
        QVERIFY2(e.contains(error), qPrintable(e));
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
