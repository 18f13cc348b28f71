// The grading wizard's write (one transaction, the timeline, override reason, owner by grade)
// and the read side it shows (counts, trend, knowledge search, on-duty owners, the board), on
// SQLite. The cases are IncidentsGradingTest's.
#include "incidentsgradingtest.h"

class TestIncidentsGrading final : public IncidentsGradingTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestIncidentsGrading)
#include "moc_incidentsgradingtest.cpp"
#include "tst_incidents_grading.moc"
