// Deadline urging and edit conflicts across two connections on PostgreSQL.
#include "urgescenario.h"

#include <QTest>

using namespace sb;

class TestWorkflowUrgePg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void urgeOncePerMilestone() {
        test::urgeOncePerMilestone(test::freshPgDatabase(QStringLiteral("sb_wf_urge_once")));
    }
    void urgeRaceBetweenConnections() {
        test::urgeRaceBetweenConnections(test::freshPgDatabase(QStringLiteral("sb_wf_urge_race")));
    }
    void editConflict() {
        test::editConflict(test::freshPgDatabase(QStringLiteral("sb_wf_conflict")));
    }
    void concurrentApplyRace() {
        test::concurrentApplyRace(test::freshPgDatabase(QStringLiteral("sb_wf_apply_race")));
    }
    void serverGuardsActions() {
        test::serverGuardsActions(test::freshPgDatabase(QStringLiteral("sb_wf_guard")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowUrgePg)
#include "tst_workflow_urge_pg.moc"
