#pragma once
// The grading wizard's write and the read side it shows (incidents_grading_cases.h), as one
// test class for tst_incidents_grading (SQLite) and tst_incidents_grading_pg (PostgreSQL).
#include "databasetest.h"
#include "incidents_grading_cases.h"
#include "testsupport.h"

class IncidentsGradingTest : public sb::test::DatabaseTest {
    Q_OBJECT

    std::unique_ptr<sb::Database> m_db;
    sb::ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<sb::test::incidents::GradingCases> m_cases;

private Q_SLOTS:
    void init() {
        QString e;
        m_cases.reset();
        m_db.reset();
        m_db = sb::test::openMigrated(freshDatabase(QStringLiteral("incidents_grading")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_cases.reset(new sb::test::incidents::GradingCases{*m_db, m_clock,
                                                            sb::test::incidents::seedWorld(*m_db)});
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
