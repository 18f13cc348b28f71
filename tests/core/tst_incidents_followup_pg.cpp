// Resolve, post-incident grade and knowledge-base follow-up on PostgreSQL.
#include "incidents_followup_cases.h"
#include "testsupport.h"

using namespace sb;
using namespace sb::test::incidents;

class TestIncidentsFollowUpPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<FollowUpCases> m_cases;

private Q_SLOTS:
    void init() {
        QString e;
        m_cases.reset();
        m_db.reset();
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("incidents_followup")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_cases.reset(new FollowUpCases(FollowUpCases::make(*m_db, m_clock)));
    }
    void tableComesFromSettings() { m_cases->tableComesFromSettings(); }
    void resolveThenPostGrade() { m_cases->resolveThenPostGrade(); }
    void knowledgeEntryCreatedThenUpdated() { m_cases->knowledgeEntryCreatedThenUpdated(); }
};

QTEST_GUILESS_MAIN(TestIncidentsFollowUpPg)
#include "tst_incidents_followup_pg.moc"
