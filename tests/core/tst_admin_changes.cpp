// Migration 009 on SQLite: administration writes reach the change feed.
#include "adminchangescases.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace sb;

class TestAdminChanges : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void adminWritesAreLogged() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        test::adminWritesAreLogged(*db);
    }
};

QTEST_MAIN(TestAdminChanges)
#include "tst_admin_changes.moc"
