#pragma once
// Deadline urging and edit conflicts across two connections (urgescenario.h), as one test
// class for tst_workflow_urge (SQLite) and tst_workflow_urge_pg (PostgreSQL).
#include "databasetest.h"
#include "urgescenario.h"

#include <QTest>

class UrgeTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void urgeOncePerMilestone() {
        sb::test::urgeOncePerMilestone(freshDatabase(QStringLiteral("sb_wf_urge_once")));
    }
    void urgeRaceBetweenConnections() {
        sb::test::urgeRaceBetweenConnections(freshDatabase(QStringLiteral("sb_wf_urge_race")));
    }
    void editConflict() { sb::test::editConflict(freshDatabase(QStringLiteral("sb_wf_conflict"))); }
    void concurrentApplyRace() {
        sb::test::concurrentApplyRace(freshDatabase(QStringLiteral("sb_wf_apply_race")));
    }
};
