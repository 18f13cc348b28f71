// IncidentStore on PostgreSQL: three connections race to open the same incidents; exactly
// one incident per problem type results, with the highest grade and one "opened" event.
#include "incidentstorecases.h"

using namespace sb;
using namespace sb::test;

class TestIncidentStorePg : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void raceOnPostgres() {
        const DatabaseUrl url = freshPgDatabase(QStringLiteral("incident_race"));
        QString error;
        QVERIFY2(openMigrated(url, error), qPrintable(error));
        raceToOpen(url);
    }
};

QTEST_GUILESS_MAIN(TestIncidentStorePg)
#include "tst_grading_incidentstore_pg.moc"
