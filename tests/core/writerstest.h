#pragma once
// Lost updates, as one test class for tst_writers (SQLite) and tst_writers_pg: eight
// workstation processes (sb_writer_worker) apply workflow actions and edits to the same
// tickets at once; every accepted change is in its ticket's timeline exactly once, each
// ticket's version counts exactly its accepted changes, and every refusal was a conflict.
#include "databasetest.h"
#include "testsupport.h"
#include "writersrun.h"

#include <QTest>

class WritersTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    // The second hook: `url` as the text a workstation is given (with its password).
    virtual QString workerUrl(const sb::DatabaseUrl &url) = 0;

private Q_SLOTS:
    // 8 × 150 attempts on 20 tickets: about 1,200 writes, a few hundred of them conflicts.
    void eightWorkstationsLoseNothing() {
        const sb::DatabaseUrl url = freshDatabase(QStringLiteral("sb_writers"));
        QString error;
        auto db = sb::test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const sb::test::writers::Setup setup;
        const sb::test::writers::Result r = sb::test::writers::run(*db, workerUrl(url), setup);
        qInfo("%lld attempts: %lld accepted, %lld conflicts, %lld ms", r.attempts, r.accepted,
              r.conflicts, r.wallMs);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(r.attempts, qint64(setup.workers) * setup.opsPerWorker);
        QCOMPARE(r.accepted + r.conflicts, r.attempts);
        // The run must have raced: some attempts lost to another workstation, most won.
        QVERIFY2(r.conflicts > 0, "no conflict at all: the workers did not overlap");
        QVERIFY(r.accepted > r.attempts / 2);
    }
};
