// The SQLite import cases of tst_import again, against the portable (QtSql-only) sink that
// builds without the SQLite C API (Windows, where Qt's plugin carries its own SQLite):
// SIGNALBOARD_IMPORT_PORTABLE=1 makes the importer choose it even where the C-API sink
// could be used, so both stay correct.
#include "importcases.h"

using namespace sb;

class TestImportPortable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("SIGNALBOARD_IMPORT_PORTABLE", "1"); }
    void hostileInput() {
        QTemporaryDir dir;
        test::import::hostileInput(test::sqliteIn(dir));
    }
    void cancelLeavesNothing() {
        QTemporaryDir dir;
        test::import::cancelLeavesNothing(test::sqliteIn(dir));
    }
    void largeImportLogsEveryTicket() {
        QTemporaryDir dir;
        test::import::largeImportLogsEveryTicket(test::sqliteIn(dir));
    }
    void checkThenWrite() {
        QTemporaryDir dir;
        test::import::checkThenWrite(test::sqliteIn(dir));
    }
    // The portable sink writes 62 rows a statement (the C-API one 256): the failing
    // statement's span proves the portable sink did the writing.
    void failureLeavesNothing() {
        QTemporaryDir dir;
        test::import::failureLeavesNothing(test::sqliteIn(dir), 62);
    }
    void nyc311Sample() {
        QTemporaryDir dir;
        test::import::nyc311Sample(test::sqliteIn(dir));
    }
    void exportRoundTrip() {
        QTemporaryDir dir;
        test::import::exportRoundTrip(test::sqliteIn(dir, QStringLiteral("a.db")),
                                      test::sqliteIn(dir, QStringLiteral("b.db")));
    }
};

QTEST_GUILESS_MAIN(TestImportPortable)
#include "tst_import_portable.moc"
