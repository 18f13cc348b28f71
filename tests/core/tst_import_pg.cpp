// Importer and exporter on PostgreSQL (COPY into a staging table): the same cases as tst_import.
#include "importcases.h"

using namespace sb;

class TestImportPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostileInput() {
        test::import::hostileInput(test::freshPgDatabase(QStringLiteral("imp_hostile")));
    }
    void cancelLeavesNothing() {
        test::import::cancelLeavesNothing(test::freshPgDatabase(QStringLiteral("imp_cancel")));
    }
    void failureLeavesNothing() {
        test::import::failureLeavesNothing(test::freshPgDatabase(QStringLiteral("imp_fail")));
    }
    void nyc311Sample() {
        test::import::nyc311Sample(test::freshPgDatabase(QStringLiteral("imp_nyc")));
    }
    void exportRoundTrip() {
        test::import::exportRoundTrip(test::freshPgDatabase(QStringLiteral("imp_rt_a")),
                                      test::freshPgDatabase(QStringLiteral("imp_rt_b")));
    }
};

QTEST_GUILESS_MAIN(TestImportPg)
#include "tst_import_pg.moc"
