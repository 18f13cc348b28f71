// The live engine on PostgreSQL: two workstations (own feed, own engine, own connections)
// race on the same complaint stream and open each incident exactly once (GradingLiveTest's
// case); a supervisor's login runs the engine.
#include "gradinglivetest.h"
#include "security_pg_fixture.h"

using namespace sb;
using namespace sb::test;

class TestGradingLivePg final : public GradingLiveTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return freshPgDatabase(name); }

private Q_SLOTS:
    // A supervisor's login (not sb_admin) runs the engine: it may not seed rule_sets, so it
    // grades with the shipped default from memory, and it writes incidents.
    void supervisorLoginRunsTheEngine() {
        const DatabaseUrl url = freshDatabase(QStringLiteral("grading_live_staff"));
        QString error;
        auto admin = openMigrated(url, error);
        QVERIFY2(admin, qPrintable(error));
        const QString login = QStringLiteral("sup_live_%1").arg(uniqueSuffix());
        const QString password = QStringLiteral("Live-pass-2026");
        QSqlQuery q(admin->db());
        QVERIFY2(admin->exec(q,
                             QStringLiteral("SELECT sb_create_login(?, ?, ?, 'supervisor', "
                                            "'Live Supervisor')"),
                             {QString(QStringLiteral("E-") + login), login, password}, error),
                 qPrintable(error));
        q.finish();
        DatabaseUrl asSupervisor = url;
        asSupervisor.user = login;
        asSupervisor.password = password;
        {
            ManualClock clock(QDateTime::fromMSecsSinceEpoch(kLiveNow, Qt::UTC));
            LiveEngine engine(asSupervisor, clock);
            QSignalSpy failed(&engine, &LiveEngine::failed);
            engine.start();
            QVERIFY2(failed.isEmpty(),
                     failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QCOMPARE(engine.ruleSetVersion(), 1);
            QCOMPARE(liveScalar(*admin, QStringLiteral("SELECT COUNT(*) FROM rule_sets")), 0);
            const qint64 id =
                insertComplaint(*admin, kLiveNow - 60000, QStringLiteral("account_theft"));
            engine.applyChanges({ticketInsert(id)});
            QVERIFY2(failed.isEmpty(),
                     failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QCOMPARE(liveScalar(*admin, QStringLiteral("SELECT grade FROM incidents WHERE "
                                                       "problem_type = 'account_theft'")),
                     qint64(Grade::Urgent));
            QCOMPARE(engine.stats().writes, 1);
        }
        dropLogins(*admin, {login});
    }
};

QTEST_GUILESS_MAIN(TestGradingLivePg)
#include "moc_gradinglivetest.cpp"
#include "tst_grading_live_pg.moc"
