// The grading wizard's write (one transaction, the timeline, override reason, owner by grade)
// and the read side it shows (counts, trend, knowledge search, on-duty owners, the board), on
// PostgreSQL.
#include "incidents_grading_cases.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace sb;
using namespace sb::test::incidents;

class TestIncidentsGradingPg : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<GradingCases> m_cases;

private Q_SLOTS:
    void init() {
        QString e;
        m_cases.reset();
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("incidents_grading")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_cases.reset(new GradingCases{*m_db, m_clock, seedWorld(*m_db)});
    }
    void createsIncidentWithEveryStepInOneTransaction() {
        m_cases->createsIncidentWithEveryStepInOneTransaction();
    }
    void failureWritesNothing() { m_cases->failureWritesNothing(); }
    void overrideNeedsWrittenReason() { m_cases->overrideNeedsWrittenReason(); }
    void ownerMustHoldTheGradesRole() { m_cases->ownerMustHoldTheGradesRole(); }
    void knownIssueLinksExistingIncident() { m_cases->knownIssueLinksExistingIncident(); }
    void evidenceAndBoardFromTickets() { m_cases->evidenceAndBoardFromTickets(); }
};

QTEST_GUILESS_MAIN(TestIncidentsGradingPg)
#include "tst_incidents_grading_pg.moc"
