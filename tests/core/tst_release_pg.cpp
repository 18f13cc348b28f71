// Publishing a release on PostgreSQL: the server is the guard. Staff without admin.settings,
// on their own logins, cannot write the release settings (neither through ReleaseStore nor
// with raw SQL); an administrator's login publishes, and everyone reads it.
#include "storage/releasestore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

namespace {
qint64 staff(Database &db, const QString &login, const QString &role) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q,
                 QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                "status_changed_at, login, created_at) VALUES (?, ?, (SELECT id "
                                "FROM roles WHERE key = ?), 'active', 0, ?, 0) RETURNING id"),
                 {login.toUpper(), login, role, login}, e) ||
        !q.next())
        qFatal("staff: %s", qPrintable(e));
    return q.value(0).toLongLong();
}
} // namespace

class TestReleasePg final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyAdministratorsPublish() {
        QString e;
        auto db = test::openMigrated(test::freshPgDatabase(QStringLiteral("sb_release_pg")), e);
        QVERIFY2(db, qPrintable(e));
        const QString sfx = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000);
        const QString agentLogin = QStringLiteral("rel_agent_") + sfx;
        const QString supLogin = QStringLiteral("rel_sup_") + sfx;
        const QString adminLogin = QStringLiteral("rel_admin_") + sfx;
        auto agent = test::pgLoginFor(*db, agentLogin, staff(*db, agentLogin, u"agent"_qs),
                                      QStringLiteral("sb_agent"));
        auto sup = test::pgLoginFor(*db, supLogin, staff(*db, supLogin, u"supervisor"_qs),
                                    QStringLiteral("sb_supervisor"));
        auto admin = test::pgLoginFor(*db, adminLogin, staff(*db, adminLogin, u"admin"_qs),
                                      QStringLiteral("sb_admin"));
        QVERIFY(agent && sup && admin);

        const ReleaseInfo info{u"9.0.0"_qs, u"notes"_qs, QUrl(u"https://example.org"_qs), 0, {}};
        for (Database *who : {agent.get(), sup.get()}) {
            QVERIFY(!ReleaseStore(*who).publish(info, who->url().user, 1, e));
            QVERIFY2(e.contains(u"permission denied"_qs), qPrintable(e));
            QVERIFY(test::refusedAs(*who,
                                    u"INSERT INTO settings(key, version, value, changed_by, "
                                    "changed_at) VALUES ('release.latest_version', 99, '99.0', "
                                    "'x', 0)"_qs,
                                    {}, u"permission denied"_qs));
        }
        QVERIFY(!ReleaseStore(*db).read(e));
        QVERIFY2(e.isEmpty(), qPrintable(e));

        QVERIFY2(ReleaseStore(*admin).publish(info, adminLogin, 2, e), qPrintable(e));
        for (Database *who : {agent.get(), sup.get()}) {
            const std::optional<ReleaseInfo> got = ReleaseStore(*who).read(e);
            QVERIFY2(got, qPrintable(e));
            QCOMPARE(got->version, u"9.0.0"_qs);
            QCOMPARE(got->notes, u"notes"_qs);
            QCOMPARE(got->publishedBy, adminLogin);
        }
        // The audit rows carry the administrator's login, stamped by the server.
        QSqlQuery q;
        QVERIFY(db->exec(q,
                         u"SELECT COUNT(*) FROM audit_log WHERE action = 'setting.change' AND "
                         "actor = ?"_qs,
                         {adminLogin}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        q.finish();
        agent.reset();
        sup.reset();
        admin.reset();
        for (const QString &login : {agentLogin, supLogin, adminLogin})
            db->exec(u"DROP ROLE IF EXISTS "_qs + login, {}, e);
    }
};

QTEST_GUILESS_MAIN(TestReleasePg)
#include "tst_release_pg.moc"
