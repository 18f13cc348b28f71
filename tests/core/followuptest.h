#pragma once
// Resolve, post-incident grade and knowledge-base follow-up (incidents_followup_cases.h), as
// one test class for tst_incidents_followup (SQLite) and tst_incidents_followup_pg
// (PostgreSQL).
#include "databasetest.h"
#include "incidents_followup_cases.h"
#include "testsupport.h"

class FollowUpTest : public sb::test::DatabaseTest {
    Q_OBJECT

    std::unique_ptr<sb::Database> m_db;
    sb::ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<sb::test::incidents::FollowUpCases> m_cases;

private Q_SLOTS:
    void init() {
        QString e;
        m_cases.reset();
        m_db.reset();
        m_db = sb::test::openMigrated(freshDatabase(QStringLiteral("incidents_followup")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_cases.reset(new sb::test::incidents::FollowUpCases(
            sb::test::incidents::FollowUpCases::make(*m_db, m_clock)));
    }
    void tableComesFromSettings() { m_cases->tableComesFromSettings(); }
    void resolveThenPostGrade() { m_cases->resolveThenPostGrade(); }
    void knowledgeEntryCreatedThenUpdated() { m_cases->knowledgeEntryCreatedThenUpdated(); }
};
