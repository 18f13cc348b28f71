// The SQLite import cases of tst_import again, against the portable (QtSql-only) sink that
// builds without the SQLite C API (Windows, where Qt's plugin carries its own SQLite):
// SIGNALBOARD_IMPORT_PORTABLE=1 makes the importer choose it even where the C-API sink
// could be used, so both stay correct.
#include "importtest.h"

using namespace sb;

class TestImportPortable final : public ImportTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void initTestCase() { qputenv("SIGNALBOARD_IMPORT_PORTABLE", "1"); }
    // The portable sink writes 62 rows a statement (the C-API one 256): the failing
    // statement's span proves the portable sink did the writing.
    void failureLeavesNothing() {
        QTemporaryDir dir;
        test::import::failureLeavesNothing(test::sqliteIn(dir), 62);
    }
};

QTEST_GUILESS_MAIN(TestImportPortable)
#include "moc_importtest.cpp"
#include "tst_import_portable.moc"
