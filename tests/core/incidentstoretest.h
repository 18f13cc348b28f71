#pragma once
// IncidentStore under a race of three connections opening the same incidents
// (incidentstorecases.h), as one test class for tst_grading_incidentstore (SQLite) and
// tst_grading_incidentstore_pg (PostgreSQL).
#include "databasetest.h"
#include "incidentstorecases.h"

class IncidentStoreTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void raceToOpen() {
        const sb::DatabaseUrl url = freshDatabase(QStringLiteral("incident_race"));
        QString error;
        QVERIFY2(sb::test::openMigrated(url, error), qPrintable(error));
        sb::test::raceToOpen(url);
    }
};
