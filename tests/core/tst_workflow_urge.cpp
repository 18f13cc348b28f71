// Deadline urging and edit conflicts across two connections on one SQLite file.
#include "urgescenario.h"

#include <QTest>

using namespace sb;

class TestWorkflowUrge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void urgeOncePerMilestone() {
        QTemporaryDir dir;
        test::urgeOncePerMilestone(test::sqliteIn(dir));
    }
    void urgeRaceBetweenConnections() {
        QTemporaryDir dir;
        test::urgeRaceBetweenConnections(test::sqliteIn(dir));
    }
    void editConflict() {
        QTemporaryDir dir;
        test::editConflict(test::sqliteIn(dir));
    }
    void concurrentApplyRace() {
        QTemporaryDir dir;
        test::concurrentApplyRace(test::sqliteIn(dir));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowUrge)
#include "tst_workflow_urge.moc"
