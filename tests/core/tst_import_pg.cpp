// Importer and exporter on PostgreSQL (COPY into a staging table): the same cases as tst_import.
#include "importtest.h"
#include "security_pg_fixture.h"

using namespace sb;

class TestImportPg final : public ImportTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

private Q_SLOTS:
    void failureLeavesNothing() {
        test::import::failureLeavesNothing(test::freshPgDatabase(QStringLiteral("imp_fail")));
    }
    // A staff login on a database set up as packaging/postgres does it (CONNECT only, no
    // TEMPORARY): COPY goes through the staging table, which staff may use.
    void asStaffLogin() {
        const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("imp_staff"));
        QString error;
        auto admin = test::openMigrated(url, error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY2(
            admin->exec(QStringLiteral("REVOKE ALL ON DATABASE imp_staff FROM PUBLIC"), {}, error),
            qPrintable(error));
        QVERIFY2(admin->exec(QStringLiteral("GRANT CONNECT ON DATABASE imp_staff TO sb_staff"), {},
                             error),
                 qPrintable(error));
        const QString login = QStringLiteral("importer_%1").arg(test::uniqueSuffix());
        const QString password = QStringLiteral("correct horse 42");
        QSqlQuery q(admin->db());
        QVERIFY2(admin->exec(q,
                             QStringLiteral("SELECT sb_create_login(?, ?, ?, 'agent', 'Importer')"),
                             {login, login, password}, error),
                 qPrintable(error));
        QVERIFY(q.next());
        const qint64 staffId = q.value(0).toLongLong();
        q.finish();
        {
            auto staff = test::connectAs(url, login, password, error);
            QVERIFY2(staff, qPrintable(error));
            QVERIFY(!staff->exec(QStringLiteral("CREATE TEMP TABLE t (x int)"), {}, error));
            QTemporaryDir dir;
            const QString path =
                test::import::writeFile(dir, QStringLiteral("s.csv"), test::import::manyRows(500));
            SystemClock clock;
            Importer importer(*staff, clock);
            ImportOptions options;
            options.registeredBy = staffId;
            ImportReport report;
            QVERIFY2(importer.importFile(path, ColumnMapping::direct(), options, report),
                     qPrintable(report.fatal));
            QCOMPARE(report.inserted, 500);
            QVERIFY(importer.importFile(path, ColumnMapping::direct(), options, report));
            QCOMPARE(report.duplicates, 500);
        }
        QCOMPARE(test::import::count(*admin,
                                     QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                    "registered_by = ?"),
                                     {staffId}),
                 500);
        QCOMPARE(test::import::count(*admin, QStringLiteral("SELECT COUNT(*) FROM import_staging")),
                 0);
        test::dropLogins(*admin, {login});
    }
};

QTEST_GUILESS_MAIN(TestImportPg)
#include "moc_importtest.cpp"
#include "tst_import_pg.moc"
