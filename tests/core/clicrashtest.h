#pragma once
// `kill -9` of `signalboard-cli import` and `ingest` in the middle of their work, on both
// databases (tst_cli_crash on SQLite, tst_cli_crash_pg on PostgreSQL): the database is intact
// afterwards, nothing of the killed transaction is visible, and running the same input again
// gives the exact count (idempotent on (source, external_id)).
#include "databasetest.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class CliCrashTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    // Whether the CLI whose connection is named `purpose` ("import") is inside its write
    // transaction right now.
    virtual bool writing(sb::Database &probe, const QString &purpose) = 0;
    // After the kill: the database passes its integrity check and holds nothing of the killed
    // process (QVERIFY-style: false after reporting).
    virtual bool intactAfterKill(sb::Database &probe, const QString &purpose) = 0;

    static qint64 count(sb::Database &db, const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q;
        QString e;
        if (!db.exec(q, sql, values, e) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(e));
            return -1;
        }
        return q.value(0).toLongLong();
    }
    static qint64 tickets(sb::Database &db, const QString &source) {
        return count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source = ?"), {source});
    }
    static qint64 distinctIds(sb::Database &db, const QString &source) {
        return count(db,
                     QStringLiteral("SELECT COUNT(DISTINCT external_id) FROM tickets WHERE "
                                    "source = ?"),
                     {source});
    }
    QString writeFile(const QString &name, const QByteArray &bytes) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // A migrated fresh database and its URL text; null after a warning.
    std::unique_ptr<sb::Database> migrated(const QString &name, QString &url) {
        QString e;
        const sb::DatabaseUrl u = freshDatabase(name);
        auto db = sb::test::openMigrated(u, e);
        if (!db)
            qWarning("%s", qPrintable(e));
        url = urlText(u);
        return db;
    }
    // The URL as the CLI takes it (the test server's password is letters, digits and '-').
    static QString urlText(const sb::DatabaseUrl &u) {
        if (u.dialect == sb::Dialect::SQLite)
            return QStringLiteral("sqlite://") + u.path;
        return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
            .arg(u.user, u.password, u.hosts.value(0).host)
            .arg(u.hosts.value(0).port)
            .arg(u.database);
    }
    // Starts the CLI with `args`, standard input from `inputFile`.
    static std::unique_ptr<QProcess> start(const QStringList &args, const QString &inputFile) {
        auto p = std::make_unique<QProcess>();
        if (!inputFile.isEmpty())
            p->setStandardInputFile(inputFile);
        p->start(sb::test::toolPath(QStringLiteral("signalboard-cli")), args);
        if (!p->waitForStarted())
            qFatal("signalboard-cli did not start");
        return p;
    }
    // SIGKILL while it still runs; false (after a warning) when it had already finished.
    static bool killNine(QProcess &p) {
        if (p.state() != QProcess::Running) {
            qWarning("the CLI ended before it could be killed: %s",
                     p.readAllStandardError().constData());
            return false;
        }
        p.kill(); // SIGKILL: no handler, no clean-up
        p.waitForFinished();
        return p.exitStatus() == QProcess::CrashExit;
    }

    QTemporaryDir m_files;

private Q_SLOTS:
    void killedImportLeavesNothingAndRerunIsExact() {
        constexpr int kRows = 20000;
        QString url;
        auto probe = migrated(QStringLiteral("crash_import"), url);
        QVERIFY(probe);
        QByteArray csv = "received_at,channel,customer_tier,problem_type,external_id,subject\n";
        for (int i = 0; i < kRows; ++i)
            csv += "2026-03-01T10:00:00Z,phone,normal,other,imp" + QByteArray::number(i) +
                   ",subject of complaint " + QByteArray::number(i) + '\n';
        const QString input = writeFile(QStringLiteral("import.csv"), csv);
        const QStringList args{QStringLiteral("import"),
                               QStringLiteral("--db"),
                               url,
                               QStringLiteral("--input"),
                               input,
                               QStringLiteral("--source"),
                               QStringLiteral("crash")};
        auto cli = start(args, QString());
        QElapsedTimer t;
        t.start();
        while (!writing(*probe, QStringLiteral("import")) && cli->state() == QProcess::Running &&
               t.elapsed() < 30000)
            QTest::qWait(5);
        QTest::qWait(20); // well inside the one transaction of 20,000 rows
        QVERIFY(killNine(*cli));
        QVERIFY(intactAfterKill(*probe, QStringLiteral("import")));
        QCOMPARE(tickets(*probe, QStringLiteral("crash")), 0); // all or nothing: nothing

        const sb::test::CliRun again = sb::test::runCli(args, QByteArray(), 120000);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("imported %1, already present 0").arg(kRows)),
                 qPrintable(again.out));
        QCOMPARE(tickets(*probe, QStringLiteral("crash")), kRows);
        QCOMPARE(distinctIds(*probe, QStringLiteral("crash")), kRows);
    }

    void killedIngestKeepsWholeBatchesAndRerunIsExact() {
        constexpr int kLines = 6000;
        constexpr int kBatch = 200;
        QString url;
        auto probe = migrated(QStringLiteral("crash_ingest"), url);
        QVERIFY(probe);
        QByteArray lines;
        for (int i = 0; i < kLines; ++i)
            lines += "{\"external_id\":\"ing" + QByteArray::number(i) +
                     "\",\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"phone\","
                     "\"customer_tier\":\"normal\","
                     "\"problem_type\":\"login_failure\",\"subject\":\"line " +
                     QByteArray::number(i) + "\"}\n";
        // From a file the input never pauses: every commit is one whole batch of kBatch lines.
        const QString input = writeFile(QStringLiteral("ingest.jsonl"), lines);
        const QStringList args{
            QStringLiteral("ingest"),   QStringLiteral("--db"),  url,
            QStringLiteral("--source"), QStringLiteral("crash"), QStringLiteral("--batch"),
            QString::number(kBatch)};
        auto cli = start(args, input);
        QElapsedTimer t;
        t.start();
        while (tickets(*probe, QStringLiteral("crash")) < 5 * kBatch &&
               cli->state() == QProcess::Running && t.elapsed() < 30000)
            QTest::qWait(5);
        QVERIFY(killNine(*cli));
        QVERIFY(intactAfterKill(*probe, QStringLiteral("ingest")));
        const qint64 kept = tickets(*probe, QStringLiteral("crash"));
        QVERIFY2(kept >= 5 * kBatch && kept < kLines, QByteArray::number(kept).constData());
        QVERIFY2(kept % kBatch == 0, QByteArray::number(kept).constData()); // no half batch
        QCOMPARE(distinctIds(*probe, QStringLiteral("crash")), kept);

        sb::test::CliOptions options;
        options.inputFile = input;
        options.timeoutMs = 120000;
        const sb::test::CliRun again = sb::test::runCli(args, options);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(
            again.out.contains(QStringLiteral("stored %1, already present %2, rejected 0 of %3")
                                   .arg(kLines - kept)
                                   .arg(kept)
                                   .arg(kLines)),
            qPrintable(again.out));
        QCOMPARE(tickets(*probe, QStringLiteral("crash")), kLines);
        QCOMPARE(distinctIds(*probe, QStringLiteral("crash")), kLines);
    }
};
