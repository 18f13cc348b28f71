// TLS to PostgreSQL: a second throwaway server with ssl=on and only `hostssl` lines in
// pg_hba.conf, a test CA, and sb::Database connecting with sslmode=verify-full as documented in
// packaging/postgres/README.md. The shared fixture server (ssl off) is left alone.

#include "storage/database.h"
#include "storage/databaseurl.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

// Runs `program args` in `dir`; on failure explains in `error`.
bool run(const QString &program, const QStringList &args, const QString &dir, QString &error,
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        error = QStringLiteral("%1 %2 failed: %3")
                    .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

// A self-signed CA named `name` (name.key, name.crt).
bool makeCa(const QString &dir, const QString &name, QString &error) {
    return run(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=Signalboard test ") + name,
                QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
               dir, error);
}

} // namespace

class TlsPgTest : public QObject {
    Q_OBJECT
public:
    ~TlsPgTest() override { stopServer(); }

private:
    QTemporaryDir m_dir;
    QString m_state;
    bool m_started = false;
    DatabaseUrl m_base; // the TLS server: host localhost, its port, sbadmin + password

    void stopServer() {
        if (!m_started)
            return;
        m_started = false;
        QString error;
        if (!run(pgtestScript(), {QStringLiteral("stop"), m_state}, m_dir.path(), error))
            qWarning("%s", qPrintable(error));
    }
    static QString pgtestScript() {
        return qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
               QStringLiteral("/tests/support/pgtest.sh");
    }
    // m_base with `host` and the given query parameters.
    DatabaseUrl urlFor(const QString &host, const QMap<QString, QString> &params) const {
        DatabaseUrl u = m_base;
        u.hosts.first().host = host;
        u.params = params;
        return u;
    }
    QString caPath(const QString &name) const {
        return m_dir.filePath(name + QStringLiteral(".crt"));
    }

private Q_SLOTS:
    void initTestCase() {
        if (sb::test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test fixture (run through ctest -R \"pg-server|tls\")");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed (scripts/install-deps.sh installs it)");
        QVERIFY(m_dir.isValid());
        const QString d = m_dir.path();
        QString error;
        // The CA that signs the server certificate, and an unrelated one.
        QVERIFY2(makeCa(d, QStringLiteral("ca"), error), qPrintable(error));
        QVERIFY2(makeCa(d, QStringLiteral("otherca"), error), qPrintable(error));
        // Server certificate for the DNS name "localhost" only (no IP SAN): connecting by
        // 127.0.0.1 is then a host name mismatch.
        QVERIFY2(run(QStringLiteral("openssl"),
                     {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), QStringLiteral("server.key"),
                      QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=localhost")},
                     d, error),
                 qPrintable(error));
        {
            QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n"
                      "extendedKeyUsage=serverAuth\n");
        }
        QVERIFY2(run(QStringLiteral("openssl"),
                     {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                      QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                      QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext"),
                      QStringLiteral("-out"), QStringLiteral("server.crt")},
                     d, error),
                 qPrintable(error));

        // Start the TLS server (pgtest.sh copies the key and gives it to the server's user).
        m_state = m_dir.filePath(QStringLiteral("tls-server.state"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGTEST_TLS_DIR"), d);
        m_started = true; // stop even if start half-succeeded
        QVERIFY2(run(pgtestScript(), {QStringLiteral("start"), m_state}, d, error, env),
                 qPrintable(error));
        QFile state(m_state);
        QVERIFY(state.open(QIODevice::ReadOnly));
        QString url;
        for (const QString &l : QString::fromUtf8(state.readAll()).split(QLatin1Char('\n'))) {
            if (l.startsWith(QLatin1StringView("url=")))
                url = l.mid(4);
        }
        QVERIFY2(DatabaseUrl::parse(url, m_base, error), qPrintable(error));
        QCOMPARE(m_base.hosts.size(), 1);
    }

    void cleanupTestCase() { stopServer(); }

    // (1) The documented URL: verify-full with the signing CA connects, and the session is TLS.
    void verifyFullConnectsOverTls() {
        DatabaseUrl u;
        QString error;
        const QString text = QStringLiteral("postgresql://sbadmin:%1@localhost:%2/postgres"
                                            "?sslmode=verify-full&sslrootcert=%3")
                                 .arg(m_base.password)
                                 .arg(m_base.hosts.first().port)
                                 .arg(caPath(QStringLiteral("ca")));
        QVERIFY2(DatabaseUrl::parse(text, u, error), qPrintable(error));
        QCOMPARE(u.params.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        auto db = Database::open(u, QStringLiteral("tls-test"), error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q;
        QVERIFY2(db->exec(q,
                          QStringLiteral("SELECT ssl, version FROM pg_stat_ssl "
                                         "WHERE pid = pg_backend_pid()"),
                          {}, error),
                 qPrintable(error));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toString().startsWith(QLatin1StringView("TLSv1.")));
    }

    // (2) A certificate signed by another CA is refused under verify-full.
    void verifyFullRefusesUnknownCa() {
        QString error;
        auto db = Database::open(
            urlFor(QStringLiteral("localhost"),
                   {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                    {QStringLiteral("sslrootcert"), caPath(QStringLiteral("otherca"))}}),
            QStringLiteral("tls-test"), error);
        QVERIFY(!db);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1StringView("certificate verify failed")), qPrintable(error));
    }

    // (3) The right CA but a host name the certificate does not name: verify-full refuses,
    // require (encrypts, verifies nothing) accepts — which is why the guide asks for verify-full.
    void verifyFullRefusesHostNameMismatch() {
        QString error;
        auto db =
            Database::open(urlFor(QStringLiteral("127.0.0.1"),
                                  {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                                   {QStringLiteral("sslrootcert"), caPath(QStringLiteral("ca"))}}),
                           QStringLiteral("tls-test"), error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1StringView("does not match host name")), qPrintable(error));

        // verify-ca checks the chain only: accepted.
        db = Database::open(urlFor(QStringLiteral("127.0.0.1"),
                                   {{QStringLiteral("sslmode"), QStringLiteral("verify-ca")},
                                    {QStringLiteral("sslrootcert"), caPath(QStringLiteral("ca"))}}),
                            QStringLiteral("tls-test"), error);
        QVERIFY2(db, qPrintable(error));
        db.reset();
        db = Database::open(urlFor(QStringLiteral("127.0.0.1"),
                                   {{QStringLiteral("sslmode"), QStringLiteral("require")}}),
                            QStringLiteral("tls-test"), error);
        QVERIFY2(db, qPrintable(error));
    }

    // (4) Without TLS the server refuses (pg_hba.conf has only hostssl lines).
    void plainConnectionRefused() {
        QString error;
        auto db = Database::open(urlFor(QStringLiteral("localhost"),
                                        {{QStringLiteral("sslmode"), QStringLiteral("disable")}}),
                                 QStringLiteral("tls-test"), error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1StringView("no pg_hba.conf entry")) &&
                     error.contains(QLatin1StringView("no encryption")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TlsPgTest)
#include "tst_tls_pg.moc"
