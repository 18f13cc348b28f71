#pragma once
// The import cases that run on every sink (importcases.h), as one test class for tst_import
// (SQLite, the default sink), tst_import_portable (SQLite, the QtSql-only sink) and
// tst_import_pg (PostgreSQL). failureLeavesNothing stays with each: the rows a statement
// differ by sink.
#include "databasetest.h"
#include "importcases.h"

class ImportTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void hostileInput() {
        sb::test::import::hostileInput(freshDatabase(QStringLiteral("imp_hostile")));
    }
    void cancelLeavesNothing() {
        sb::test::import::cancelLeavesNothing(freshDatabase(QStringLiteral("imp_cancel")));
    }
    void largeImportLogsEveryTicket() {
        sb::test::import::largeImportLogsEveryTicket(freshDatabase(QStringLiteral("imp_large")));
    }
    void checkThenWrite() {
        sb::test::import::checkThenWrite(freshDatabase(QStringLiteral("imp_two_steps")));
    }
    void nyc311Sample() {
        sb::test::import::nyc311Sample(freshDatabase(QStringLiteral("imp_nyc")));
    }
    void exportRoundTrip() {
        sb::test::import::exportRoundTrip(freshDatabase(QStringLiteral("imp_rt_a")),
                                          freshDatabase(QStringLiteral("imp_rt_b")));
    }
};
