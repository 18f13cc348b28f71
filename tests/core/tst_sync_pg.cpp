// Two workstations on one PostgreSQL database. The reader (a separate process) sees changes
// through LISTEN/NOTIFY; then its backend is killed, more changes are written while it is
// away, and it reconnects, subscribes again and sees every one of them, none twice.
#include "storage/migrations.h"
#include "syncscenario.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestSyncPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migrations() {
        const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("sb_migrations"));
        QString e;
        auto db = Database::open(url, QStringLiteral("t"), e);
        QVERIFY2(db, qPrintable(e));
        Migrator m(*db);
        QStringList applied;
        QVERIFY2(m.migrate(e, &applied), qPrintable(e));
        QCOMPARE(applied.size(), m.available().size());
        SchemaStatus s;
        QVERIFY(m.status(s, e));
        QVERIFY(s.upToDate());
        applied.clear();
        QVERIFY(m.migrate(e, &applied));
        QVERIFY(applied.isEmpty());
        // audit_log is append-only, even for the owner.
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO audit_log(at, actor, action) VALUES (1, 'a', 'x')"), {},
            e));
        QVERIFY(!db->exec(QStringLiteral("UPDATE audit_log SET actor = 'b'"), {}, e));
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM audit_log"), {}, e));
        // A newer schema makes this build refuse to migrate (and so to write).
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 0)"), {},
                         e));
        QVERIFY(!m.migrate(e));
        QVERIFY2(e.contains(QLatin1StringView("999")), qPrintable(e));
    }

    void reconnectAfterBackendKilled() {
        const DatabaseUrl url = test::freshPgDatabase(QStringLiteral("sb_sync"));
        QString e;
        auto db = test::openMigrated(url, e);
        QVERIFY2(db, qPrintable(e));

        test::FeedProbe probe(url, 10, 200);
        QVERIFY2(probe.waitReady(), qPrintable(probe.output()));
        QList<qint64> written;
        for (int i = 0; i < 3; ++i)
            written.append(test::writeTicket(*db, QStringLiteral("seen live %1").arg(i)));
        QVERIFY2(probe.waitChanges(3), qPrintable(probe.output()));

        QSqlQuery q;
        QVERIFY2(
            db->exec(q,
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND application_name = "
                                    "'signalboard-feed'"),
                     {}, e),
            qPrintable(e));
        int killed = 0;
        while (q.next())
            killed += q.value(0).toBool() ? 1 : 0;
        QCOMPARE(killed, 1);

        for (int i = 0; i < 7; ++i)
            written.append(test::writeTicket(*db, QStringLiteral("written while away %1").arg(i)));

        QVERIFY2(probe.waitFinished(), qPrintable(probe.output()));
        QCOMPARE(probe.exitCode(), 0);
        QCOMPARE(probe.seqs(), written);
        QVERIFY2(probe.output().contains(QLatin1StringView("state Reconnecting")),
                 qPrintable(probe.output()));
        QVERIFY2(probe.output().lastIndexOf(QLatin1StringView("state Live")) >
                     probe.output().indexOf(QLatin1StringView("state Reconnecting")),
                 qPrintable(probe.output()));
    }
};

QTEST_GUILESS_MAIN(TestSyncPg)
#include "tst_sync_pg.moc"
