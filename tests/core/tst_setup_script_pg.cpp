// packaging/postgres/setup.sh against the throwaway server: psql's superuser connection
// follows PGHOST/PGPORT (here the server's socket directory) while --host/--port name what the
// CLI and the printed URL use, so the two can differ; --host may itself be a socket directory.
#include "security_pg_fixture.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace sb;

class TestSetupScriptPg : public QObject {
    Q_OBJECT

    QString m_socketDir;
    QString m_port;
    quint32 m_suffix = 0;
    QStringList m_databases;
    QStringList m_roles;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    // setup.sh with psql pointed at the socket directory; both passwords on standard input.
    Run setup(const QString &db, const QString &owner, const QString &admin,
              const QStringList &extra) {
        m_databases << db;
        m_roles << admin << owner;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), m_socketDir);
        env.insert(QStringLiteral("PGPORT"), m_port);
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("sbadmin"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("postgres"));
        env.remove(QStringLiteral("PGPASSWORD"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"),
                QStringList{qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                                QStringLiteral("/packaging/postgres/setup.sh"),
                            QStringLiteral("--db"), db, QStringLiteral("--owner"), owner,
                            QStringLiteral("--cli"),
                            test::toolPath(QStringLiteral("signalboard-cli")),
                            QStringLiteral("--admin-login"), admin,
                            QStringLiteral("--admin-employee-no"), QStringLiteral("A0001"),
                            QStringLiteral("--admin-name"), QStringLiteral("Li Ming")} +
                    extra);
        if (!p.waitForStarted())
            return {};
        p.write("Owner-pass-1\nOwner-pass-1\nAdmin-pass-1\nAdmin-pass-1\n");
        p.closeWriteChannel();
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The URL setup.sh printed for the administrator, signed in with their password.
    void signsInWithPrintedUrl(const Run &r, const QString &admin, const QString &expectedUrl) {
        const QString done = QStringLiteral("done: %1 can now sign in to ").arg(admin);
        const qsizetype at = r.out.indexOf(done);
        QVERIFY2(at >= 0, qPrintable(r.out + r.err));
        const QString url = r.out.mid(at + done.size()).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(url, expectedUrl);
        DatabaseUrl u;
        QString error;
        QVERIFY2(DatabaseUrl::parse(url, u, error), qPrintable(error));
        u.password = QStringLiteral("Admin-pass-1");
        auto db = Database::open(u, QStringLiteral("setup-admin"), error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q;
        QVERIFY2(
            db->exec(q, QStringLiteral("SELECT current_user, sb_is_super()::int"), {}, error) &&
                q.next(),
            qPrintable(error));
        QCOMPARE(q.value(0).toString(), admin);
        QCOMPARE(q.value(1).toInt(), 1);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString state = qEnvironmentVariable("SIGNALBOARD_TEST_PG_STATE");
        QFile f(state);
        if (state.isEmpty() || !f.open(QIODevice::ReadOnly))
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1StringView("dir=")))
                m_socketDir = line.mid(4);
            else if (line.startsWith(QLatin1StringView("port=")))
                m_port = line.mid(5);
        }
        QVERIFY(!m_socketDir.isEmpty() && !m_port.isEmpty());
        if (QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty())
            QSKIP("psql is not installed");
        m_suffix = test::uniqueSuffix();
    }

    void cleanupTestCase() {
        DatabaseUrl admin;
        QString error;
        if (m_databases.isEmpty() || !DatabaseUrl::parse(test::pgAdminUrl(), admin, error))
            return;
        auto db = Database::open(admin, QStringLiteral("setup-cleanup"), error);
        if (!db)
            return;
        for (const QString &name : std::as_const(m_databases)) {
            QSqlQuery q;
            if (db->exec(q,
                         QStringLiteral("SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', "
                                        "?::text)"),
                         {name}, error) &&
                q.next()) {
                const QString stmt = q.value(0).toString();
                q.finish();
                db->exec(stmt, {}, error);
            }
        }
        test::dropLogins(*db, m_roles);
    }

    // psql on the socket directory (PGHOST), the CLI and the URL on localhost:PORT (--port;
    // --host defaults to localhost). Before, the CLI took PGHOST too and got a socket path
    // as a host name.
    void socketForPsqlHostForTheCli() {
        const QString db = QStringLiteral("sb_setup_a_%1").arg(m_suffix);
        const QString owner = QStringLiteral("sb_setup_owner_a_%1").arg(m_suffix);
        const QString admin = QStringLiteral("setup_admin_a_%1").arg(m_suffix);
        const Run r = setup(db, owner, admin, {QStringLiteral("--port"), m_port});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        signsInWithPrintedUrl(
            r, admin, QStringLiteral("postgresql://%1@localhost:%2/%3").arg(admin, m_port, db));
    }

    // --host may be a socket directory too: the URL carries it as ?host=.
    void socketDirectoryAsHost() {
        const QString db = QStringLiteral("sb_setup_b_%1").arg(m_suffix);
        const QString owner = QStringLiteral("sb_setup_owner_b_%1").arg(m_suffix);
        const QString admin = QStringLiteral("setup_admin_b_%1").arg(m_suffix);
        const Run r =
            setup(db, owner, admin,
                  {QStringLiteral("--host"), m_socketDir, QStringLiteral("--port"), m_port});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        signsInWithPrintedUrl(r, admin,
                              QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                                  .arg(admin, db, m_socketDir, m_port));
    }

    void badPortRefused() {
        const Run r = setup(QStringLiteral("sb_setup_c_%1").arg(m_suffix),
                            QStringLiteral("sb_setup_owner_c_%1").arg(m_suffix),
                            QStringLiteral("setup_admin_c_%1").arg(m_suffix),
                            {QStringLiteral("--port"), QStringLiteral("54x")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("--port '54x'")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSetupScriptPg)
#include "tst_setup_script_pg.moc"
