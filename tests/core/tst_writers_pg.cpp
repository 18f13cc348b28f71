// Lost updates on PostgreSQL: WritersTest's case, the workstations writing through the server
// functions (sb_workflow_apply, sb_ticket_edit) that lock the ticket row.
#include "security_pg_fixture.h"
#include "writerstest.h"

#include <QUrl>

using namespace sb;

class TestWritersPg final : public WritersTest {
    Q_OBJECT
    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    QString workerUrl(const DatabaseUrl &url) override {
        QString text = test::pgAdminUrl();
        text.replace(QStringLiteral("/postgres"), QLatin1Char('/') + url.database);
        return text;
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    }

    // As a centre runs them: each workstation signed in as its own supervisor login, so the
    // server takes the actor from the login and checks the permission and the ticket's
    // visibility on every change.
    void eightSupervisorLoginsLoseNothing() {
        const DatabaseUrl url = freshDatabase(QStringLiteral("sb_writers_logins"));
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const quint32 suffix = test::uniqueSuffix();
        QStringList logins;
        test::writers::Setup setup;
        setup.workerUrl = [&](int worker, qint64 staffId) {
            const QString login = QStringLiteral("wr_desk_%1_%2").arg(worker).arg(suffix);
            logins << login;
            QString err;
            if (!db->exec(QStringLiteral("UPDATE staff SET role_id = (SELECT id FROM roles WHERE "
                                         "key = 'supervisor') WHERE id = ?"),
                          {staffId}, err) ||
                !test::pgLoginFor(*db, login, staffId, QStringLiteral("sb_supervisor")))
                return QString();
            QUrl u(workerUrl(url));
            u.setUserName(login);
            u.setPassword(QStringLiteral("Staff-pass-2026")); // pgLoginFor's
            return u.toString();
        };
        const test::writers::Result r = test::writers::run(*db, workerUrl(url), setup);
        test::dropLogins(*db, logins);
        qInfo("%lld attempts: %lld accepted, %lld conflicts, %lld ms", r.attempts, r.accepted,
              r.conflicts, r.wallMs);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(r.attempts, qint64(setup.workers) * setup.opsPerWorker);
        QVERIFY(r.conflicts > 0);
        // The server stamped every event with the login's own staff member.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN "
                                                  "staff s ON s.id = e.actor_id WHERE s.login "
                                                  "LIKE 'wr\\_desk\\_%' AND e.note LIKE 'w' "
                                                  "|| substr(s.login, 9, 1) || '-%'")),
                 r.accepted);
    }
};

QTEST_GUILESS_MAIN(TestWritersPg)
#include "moc_writerstest.cpp"
#include "tst_writers_pg.moc"
