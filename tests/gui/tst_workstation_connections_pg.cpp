// A signed-in workstation's connections to a shared PostgreSQL server: at most two while idle
// (the change feed's LISTEN and one for everything else), whatever places the person opened;
// and sign-in with the password from PGPASSWORD or a .pgpass file, as libpq tools do.
#include "connect/connectiondialog.h"
#include "demo/demoseeder.h"
#include "reports/reportsplace.h"
#include "security/directory.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "testsupport.h"
#include "volume/volumeplace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

#include <tuple>

using namespace sb;

namespace {
const QString kPassword = QStringLiteral("Staff-pass-2026"); // test::pgLoginFor's
const QString kSupervisor = QStringLiteral("wsconn_supervisor");
const QString kAgent = QStringLiteral("wsconn_agent");
} // namespace

class TestWorkstationConnections : public QObject {
    Q_OBJECT
private:
    SystemClock m_clock;
    DatabaseUrl m_url; // the installer's URL of the seeded database
    std::unique_ptr<Database> m_admin;

    // The workstation's server processes of `user`, by application_name (the counting
    // connection is the installer's, not counted).
    QStringList connectionsOf(const QString &user) {
        QSqlQuery q;
        QString e;
        if (!m_admin->exec(q,
                           QStringLiteral("SELECT COALESCE(application_name, '') "
                                          "FROM pg_stat_activity WHERE usename = ? "
                                          "AND datname = ? AND pid <> pg_backend_pid() "
                                          "ORDER BY 1"),
                           {user, m_url.database}, e)) {
            qWarning("%s", qPrintable(e));
            return {QStringLiteral("error")};
        }
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }

    // Waits until the count stays the same for two seconds (idle), up to 30 s.
    QStringList idleConnectionsOf(const QString &user) {
        QStringList last = connectionsOf(user);
        QElapsedTimer steady;
        steady.start();
        QElapsedTimer total;
        total.start();
        while (steady.elapsed() < 2000 && total.elapsed() < 30000) {
            QTest::qWait(200);
            const QStringList now = connectionsOf(user);
            if (now != last) {
                last = now;
                steady.restart();
            }
        }
        return last;
    }

    // Runs the real start-up: the connection dialog is filled from `url` and accepted.
    // Returns the dialog's message when sign-in failed (the dialog is then cancelled).
    static QString startWorkstation(app::Startup &startup, const DatabaseUrl &url) {
        QString why;
        QTimer::singleShot(0, [&why] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<app::ConnectionDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                dialog->accept();
                if (dialog->isVisible()) {
                    auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
                    why = label ? label->text() : QStringLiteral("sign-in refused");
                    dialog->reject();
                }
            }
        });
        app::StartOptions options;
        options.dbUrl = url.toDisplayString(); // no password: it comes from libpq's sources
        const bool ok = startup.run(options);
        if (!ok && why.isEmpty())
            why = QStringLiteral("start-up cancelled");
        return ok ? QString() : why;
    }

    // A change the installer makes reaches the workstation's window through its feed.
    void changeReaches(app::MainWindow *window) {
        QList<qint64> seen;
        connect(window, &app::MainWindow::changesArrived, this,
                [&seen](const QList<sb::Change> &changes) {
                    for (const Change &c : changes) {
                        if (c.entity == ChangeEntity::Staff)
                            seen.append(c.entityId);
                    }
                });
        QString e;
        qint64 staffId = 0;
        QVERIFY2(Directory::staffIdByLogin(*m_admin, kSupervisor, staffId, e), qPrintable(e));
        QVERIFY2(m_admin->exec(QStringLiteral("UPDATE staff SET name = name WHERE id = ?"),
                               {staffId}, e),
                 qPrintable(e));
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(staffId), 5000);
        disconnect(window, &app::MainWindow::changesArrived, this, nullptr);
    }

    DatabaseUrl staffUrl(const QString &login) const {
        DatabaseUrl u = m_url;
        u.user = login;
        u.password.clear();
        return u;
    }

private Q_SLOTS:
    void initTestCase() {
        m_url = test::freshPgDatabase(QStringLiteral("sb_ws_conns"));
        QString e;
        auto db = test::openMigrated(m_url, e);
        QVERIFY2(db, qPrintable(e));
        DemoSeeder seeder(*db);
        DemoOptions o;
        o.nowMs = QDateTime::currentMSecsSinceEpoch();
        o.days = 1;
        QVERIFY2(seeder.seed(o, e), qPrintable(e));
        // Server logins of their own for the demo's supervisor and one agent.
        for (const auto &[demoLogin, login, group] :
             {std::tuple{QStringLiteral("supervisor"), kSupervisor,
                         QStringLiteral("sb_supervisor")},
              std::tuple{QStringLiteral("agent11"), kAgent, QStringLiteral("sb_agent")}}) {
            qint64 staffId = 0;
            QVERIFY2(Directory::staffIdByLogin(*db, demoLogin, staffId, e), qPrintable(e));
            QVERIFY(staffId > 0);
            QVERIFY(test::pgLoginFor(*db, login, staffId, group)); // closed again at once
        }
        db.reset();
        m_admin = Database::open(m_url, QStringLiteral("counting"), e);
        QVERIFY2(m_admin, qPrintable(e));
    }

    void init() {
        // No password from the environment unless a test gives one.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    }
    void cleanup() { init(); }

    void supervisorHoldsTwoConnectionsWhileIdle() {
        qputenv("PGPASSWORD", kPassword.toUtf8());
        {
            app::Startup startup(m_clock);
            const QString why = startWorkstation(startup, staffUrl(kSupervisor));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QVERIFY(startup.window());
            // Every place the supervisor may open, opened once, as a working day would.
            const QStringList keys = startup.window()->placeKeys();
            QVERIFY(keys.size() >= 5);
            for (const QString &key : keys) {
                startup.window()->showPlace(key);
                QTest::qWait(300);
            }
            const QStringList idle = idleConnectionsOf(kSupervisor);
            qInfo("idle supervisor connections: %lld (%s)", qlonglong(idle.size()),
                  qPrintable(idle.join(QStringLiteral(", "))));
            QVERIFY2(idle.size() <= 2, qPrintable(idle.join(QStringLiteral(", "))));
            // The feed is live on one of them: a change the installer makes reaches the window.
            changeReaches(startup.window());
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(connectionsOf(kSupervisor).size(), idle.size());
        }
        // Signed out: nothing of the workstation stays on the server.
        QTRY_COMPARE_WITH_TIMEOUT(connectionsOf(kSupervisor).size(), 0, 10000);
    }

    // With standby reads asked for in the connection dialog (two hosts, here both the one
    // server: libpq's prefer-standby then falls back to it), the Volume place loads its 30-day
    // history on one more connection and closes it when done: idle, still two.
    void volumeHistoryConnectionIsClosedWhenDone() {
        qputenv("PGPASSWORD", kPassword.toUtf8());
        DatabaseUrl url = staffUrl(kSupervisor);
        url.hosts = {url.hosts.first(), url.hosts.first()};
        url.params.insert(QStringLiteral("target_session_attrs"), QStringLiteral("read-write"));
        url.params.insert(QLatin1StringView(DatabaseUrl::kReadSessionAttrs),
                          QStringLiteral("prefer-standby"));
        {
            app::Startup startup(m_clock);
            const QString why = startWorkstation(startup, url);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QVERIFY(startup.window());
            startup.window()->showPlace(QStringLiteral("volume"));
            auto *place = startup.window()->findChild<app::VolumePlace *>();
            QVERIFY(place);
            QTRY_VERIFY_WITH_TIMEOUT(place->isLoaded(), 20000);
            QVERIFY(place->historyOnStandby());
            QCOMPARE(place->historyLoads(), 0); // the live two hours: on the workstation's own
            QSignalSpy loads(place, &app::VolumePlace::loaded);
            place->setRange(app::VolumePlace::Range::ThirtyDays);
            QTRY_VERIFY_WITH_TIMEOUT(loads.count() > 0, 20000);
            QCOMPARE(place->historyLoads(), 1);
            const QStringList idle = idleConnectionsOf(kSupervisor);
            QVERIFY2(idle.size() <= 2, qPrintable(idle.join(QStringLiteral(", "))));
            QVERIFY2(!idle.contains(QStringLiteral("signalboard-volume-history")),
                     qPrintable(idle.join(QStringLiteral(", "))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connectionsOf(kSupervisor).size(), 0, 10000);
    }

    // A report is built on a connection of its own (a long job), closed once the report is
    // shown: idle again, the workstation holds two.
    void reportConnectionIsClosedWhenBuilt() {
        qputenv("PGPASSWORD", kPassword.toUtf8());
        {
            app::Startup startup(m_clock);
            const QString why = startWorkstation(startup, staffUrl(kSupervisor));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QVERIFY(startup.window());
            startup.window()->showPlace(QStringLiteral("reports"));
            auto *place = startup.window()->findChild<app::ReportsPlace *>();
            QVERIFY(place);
            QTRY_VERIFY_WITH_TIMEOUT(place->isReady(), 20000);
            QSignalSpy finished(place, &app::ReportsPlace::runFinished);
            place->run();
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
            QVERIFY2(finished.first().at(0).toBool(),
                     qPrintable(finished.first().at(1).toString()));
            QVERIFY(place->hasReport());
            const QStringList idle = idleConnectionsOf(kSupervisor);
            qInfo("idle supervisor connections after a report: %lld (%s)", qlonglong(idle.size()),
                  qPrintable(idle.join(QStringLiteral(", "))));
            QVERIFY2(idle.size() <= 2, qPrintable(idle.join(QStringLiteral(", "))));
            QVERIFY2(!idle.contains(QStringLiteral("signalboard-reports")),
                     qPrintable(idle.join(QStringLiteral(", "))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connectionsOf(kSupervisor).size(), 0, 10000);
    }
    void agentHoldsTwoConnectionsWhileIdle() {
        qputenv("PGPASSWORD", kPassword.toUtf8());
        {
            app::Startup startup(m_clock);
            const QString why = startWorkstation(startup, staffUrl(kAgent));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            const QStringList idle = idleConnectionsOf(kAgent);
            qInfo("idle agent connections: %lld (%s)", qlonglong(idle.size()),
                  qPrintable(idle.join(QStringLiteral(", "))));
            QVERIFY2(idle.size() <= 2, qPrintable(idle.join(QStringLiteral(", "))));
        }
    }

    // Through Debian's pgbouncer in session pooling (transaction pooling cannot carry Qt's
    // SQL PREPARE nor the LISTEN). Skipped where pgbouncer is not installed; SIGNALBOARD_PGBOUNCER
    // may name the program.
    void throughPgBouncerSessionPooling() {
        QString program = qEnvironmentVariable("SIGNALBOARD_PGBOUNCER");
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(QStringLiteral("pgbouncer"));
        if (program.isEmpty()) // Debian's package, not on a user's PATH
            program = QStandardPaths::findExecutable(QStringLiteral("pgbouncer"),
                                                     {QStringLiteral("/usr/sbin")});
        if (program.isEmpty())
            QSKIP("pgbouncer is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const HostPort server = m_url.hosts.first();
        QFile users(dir.filePath(QStringLiteral("userlist.txt")));
        QVERIFY(users.open(QIODevice::WriteOnly));
        users.write(QStringLiteral("\"%1\" \"%2\"\n").arg(kSupervisor, kPassword).toUtf8());
        users.close();
        QFile ini(dir.filePath(QStringLiteral("pgbouncer.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[databases]\n%1 = host=%2 port=%3 dbname=%1\n"
                                 "[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = %4\n"
                                 "unix_socket_dir =\nauth_type = scram-sha-256\n"
                                 "auth_file = %5\npool_mode = session\n"
                                 "default_pool_size = 6\nserver_reset_query = DISCARD ALL\n")
                      .arg(m_url.database, server.host)
                      .arg(server.port)
                      .arg(port)
                      .arg(users.fileName())
                      .toUtf8());
        ini.close();
        QStringList args{ini.fileName()};
        if (::geteuid() == 0) {
            // pgbouncer refuses to run as root: as the server's own system user, as pgtest.sh.
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther);
            for (QFile *f : {&users, &ini})
                f->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadOther);
            args.prepend(QStringLiteral("--user=postgres"));
        }
        QProcess bouncer;
        bouncer.setProcessChannelMode(QProcess::MergedChannels);
        bouncer.start(program, args);
        QVERIFY2(bouncer.waitForStarted(), qPrintable(bouncer.errorString()));
        auto listening = [port] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(200);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(listening(), bouncer.readAll().constData(), 10000);

        qputenv("PGPASSWORD", kPassword.toUtf8());
        {
            DatabaseUrl viaBouncer = staffUrl(kSupervisor);
            viaBouncer.hosts = {HostPort{QStringLiteral("127.0.0.1"), port}};
            app::Startup startup(m_clock);
            const QString why = startWorkstation(startup, viaBouncer);
            QVERIFY2(why.isEmpty(), qPrintable(why + QString::fromUtf8(bouncer.readAll())));
            const QStringList keys = startup.window()->placeKeys();
            for (const QString &key : keys) {
                startup.window()->showPlace(key);
                QTest::qWait(300);
            }
            // Session pooling: the server sees the workstation's two connections.
            const QStringList idle = idleConnectionsOf(kSupervisor);
            QVERIFY2(idle.size() <= 2, qPrintable(idle.join(QStringLiteral(", "))));
            changeReaches(startup.window());
        }
        bouncer.terminate();
        QVERIFY(bouncer.waitForFinished(10000));
    }

    void signsInWithPgpassFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const HostPort hp = m_url.hosts.first();
        f.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                    .arg(hp.host)
                    .arg(hp.port)
                    .arg(m_url.database, kSupervisor, kPassword)
                    .toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq insists
        qputenv("PGPASSFILE", QFile::encodeName(path));
        {
            app::Startup startup(m_clock);
            const QString why = startWorkstation(startup, staffUrl(kSupervisor));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QVERIFY(startup.window());
        }
        // Without it, the empty password is refused with the server's reason.
        init();
        {
            app::Startup startup(m_clock);
            const QString why = startWorkstation(startup, staffUrl(kSupervisor));
            QVERIFY2(why.contains(QLatin1StringView("refused the user name or password")),
                     qPrintable(why));
            QVERIFY(!startup.window());
        }
    }
};

QTEST_MAIN(TestWorkstationConnections)
#include "tst_workstation_connections_pg.moc"
