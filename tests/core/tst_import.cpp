// Importer and exporter on SQLite: hostile input, idempotence, cancel and failure leave
// nothing, the real NYC 311 sample with the shipped mapping, export round trip.
#include "importtest.h"
#include "io/csvreader.h"

#include <QStandardItemModel>

using namespace sb;

class TestImport final : public ImportTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void initTestCase() { qunsetenv("SIGNALBOARD_IMPORT_PORTABLE"); }
    // The default choice: with the C API built in (Debian: the same libsqlite3 as Qt's
    // plugin) the C-API sink, 256 rows a statement; without it the portable sink, 62.
    void failureLeavesNothing() {
        QTemporaryDir dir;
#if defined(SIGNALBOARD_SQLITE_C_API)
        test::import::failureLeavesNothing(test::sqliteIn(dir), 256);
#else
        test::import::failureLeavesNothing(test::sqliteIn(dir), 62);
#endif
    }
    void missingColumnAndEmptyFile() {
        QTemporaryDir dir;
        auto db = test::import::fresh(test::sqliteIn(dir));
        QVERIFY(db);
        SystemClock clock;
        Importer importer(*db, clock);
        ImportReport report;
        const QString noType = test::import::writeFile(dir, QStringLiteral("a.csv"),
                                                       "received_at,channel,customer_tier\r\n");
        QVERIFY(!importer.importFile(noType, ColumnMapping::direct(), {}, report));
        QCOMPARE(report.fatal, QStringLiteral("line 1: problem_type: required column missing"));
        const QString empty = test::import::writeFile(dir, QStringLiteral("b.csv"), "");
        QVERIFY(!importer.importFile(empty, ColumnMapping::direct(), {}, report));
        QVERIFY2(report.fatal.contains(QLatin1StringView("empty")), qPrintable(report.fatal));
        const QString open = test::import::writeFile(
            dir, QStringLiteral("c.csv"),
            test::import::kHeader + "2026-03-01T10:00:00Z,phone,normal,other,x,\"open");
        QVERIFY(!importer.importFile(open, ColumnMapping::direct(), {}, report));
        QVERIFY2(report.fatal.startsWith(QLatin1StringView("line 2")), qPrintable(report.fatal));
        QCOMPARE(test::import::count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    }
    // A queue view as the user sees it: header and display text, quoted where needed.
    void exportModel() {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Serial no."), QStringLiteral("Subject")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("CS-1")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("said \"no\", twice\nthen left")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("CS-2")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("=1+1")));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadWrite));
        QString error;
        QVERIFY2(Exporter::exportModel(model, &buffer, error), qPrintable(error));
        buffer.seek(0);
        CsvReader reader(&buffer);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(),
                 (QStringList{QStringLiteral("Serial no."), QStringLiteral("Subject")}));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.field(1), QStringLiteral("said \"no\", twice\nthen left"));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.field(1), QStringLiteral("=1+1"));
        QVERIFY(!reader.readRecord());
        QVERIFY(!reader.hasError());
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "moc_importtest.cpp"
#include "tst_import.moc"
