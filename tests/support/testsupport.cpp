#include "testsupport.h"

#include "archive/archivetables.h"

#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

namespace sb::test {

QString pgAdminUrl() {
    const QString state = qEnvironmentVariable("SIGNALBOARD_TEST_PG_STATE");
    QFile f(state);
    if (state.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1StringView("url=")))
            return l.mid(4);
    }
    return {};
}

DatabaseUrl freshPgDatabase(const QString &name) {
    DatabaseUrl admin;
    QString error;
    if (!DatabaseUrl::parse(pgAdminUrl(), admin, error))
        qFatal("no PostgreSQL test server: %s", qPrintable(error));
    {
        auto db = Database::open(admin, QStringLiteral("test-admin"), error);
        if (!db)
            qFatal("cannot reach the PostgreSQL test server: %s", qPrintable(error));
        // Test database names are ours (letters, digits, underscore): safe to splice.
        for (const QChar c : name) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
                qFatal("bad test database name");
        }
        db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), {}, error);
        if (!db->exec(QStringLiteral("CREATE DATABASE %1").arg(name), {}, error))
            qFatal("CREATE DATABASE failed: %s", qPrintable(error));
    }
    DatabaseUrl url = admin;
    url.database = name;
    return url;
}

std::unique_ptr<Database> pgLoginFor(Database &installer, const QString &login, qint64 staffId,
                                     const QString &group) {
    for (const QString &name : {login, group}) {
        for (const QChar c : name) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
                qFatal("bad test role name");
        }
    }
    const QString password = QStringLiteral("Staff-pass-2026");
    QString error;
    const bool ok =
        installer.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                      "rolname = '%1') THEN CREATE ROLE %1 LOGIN PASSWORD '%2'; "
                                      "END IF; END $$")
                           .arg(login, password),
                       {}, error) &&
        installer.exec(QStringLiteral("GRANT sb_staff, %1 TO %2").arg(group, login), {}, error) &&
        installer.exec(QStringLiteral("UPDATE staff SET login = ? WHERE id = ?"), {login, staffId},
                       error);
    if (!ok) {
        qWarning("pgLoginFor %s: %s", qPrintable(login), qPrintable(error));
        return nullptr;
    }
    DatabaseUrl url = installer.url();
    url.user = login;
    url.password = password;
    auto db = Database::open(url, login, error);
    if (!db)
        qWarning("pgLoginFor %s: %s", qPrintable(login), qPrintable(error));
    return db;
}

DatabaseUrl sqliteIn(const QTemporaryDir &dir, const QString &name) {
    return DatabaseUrl::sqlite(dir.filePath(name));
}

std::unique_ptr<Database> openMigrated(const DatabaseUrl &url, QString &error) {
    auto db = Database::open(url, QStringLiteral("test"), error);
    if (!db)
        return nullptr;
    Migrator m(*db);
    if (!m.migrate(error))
        return nullptr;
    return db;
}

QString toolPath(const QString &name) {
    const QString env = qEnvironmentVariable("SIGNALBOARD_BUILD_DIR");
    const QStringList candidates{
        QCoreApplication::applicationDirPath() + QLatin1Char('/') + name,
        env + QStringLiteral("/src/cli/") + name,
        env + QStringLiteral("/src/app/") + name,
        env + QStringLiteral("/tests/support/") + name,
        env + QStringLiteral("/tests/") + name,
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c).isExecutable())
            return c;
    }
    return name;
}

CliRun runCli(const QStringList &args, const CliOptions &options) {
    QProcess p;
    if (!options.inputFile.isEmpty())
        p.setStandardInputFile(options.inputFile);
    p.start(toolPath(QStringLiteral("signalboard-cli")), args);
    if (!p.waitForStarted())
        return {};
    if (options.inputFile.isEmpty()) {
        p.write(options.input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QStringLiteral("timed out; ") + QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

CliRun runCli(const QStringList &args, const QByteArray &input, int timeoutMs) {
    CliOptions options;
    options.input = input;
    options.timeoutMs = timeoutMs;
    return runCli(args, options);
}

bool refusedAs(Database &who, const QString &sql, const QVariantList &values,
               const QString &because) {
    QString error;
    if (who.exec(sql, values, error)) {
        qWarning("accepted: %s", qPrintable(sql));
        return false;
    }
    if (!error.contains(because)) {
        qWarning("refused, but not because of \"%s\": %s", qPrintable(because), qPrintable(error));
        return false;
    }
    return true;
}

QStringList archivedTableIndexes(Database &db) {
    QStringList out;
    QString error;
    for (const archive::TicketReference &t : archive::movedTables()) {
        QSqlQuery q(db.db());
        if (!db.exec(q,
                     QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = ? AND sql IS NOT NULL"),
                     {t.table}, error))
            qFatal("indexes: %s", qPrintable(error));
        while (q.next())
            out.append(t.table + QLatin1Char(' ') + q.value(0).toString() + QStringLiteral(": ") +
                       q.value(1).toString());
    }
    out.sort();
    return out;
}

} // namespace sb::test
