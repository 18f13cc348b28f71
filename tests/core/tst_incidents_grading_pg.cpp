// The grading wizard's write (one transaction, the timeline, override reason, owner by grade)
// and the read side it shows (counts, trend, knowledge search, on-duty owners, the board), on
// PostgreSQL. The cases are IncidentsGradingTest's.
#include "incidentsgradingtest.h"

class TestIncidentsGradingPg final : public IncidentsGradingTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestIncidentsGradingPg)
#include "moc_incidentsgradingtest.cpp"
#include "tst_incidents_grading_pg.moc"
