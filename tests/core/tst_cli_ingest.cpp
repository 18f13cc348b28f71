// signalboard-cli: --version, db migrate/status, and ingest with good and bad lines.
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
QByteArray testData(const QString &name) {
    QFile f(qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") + QStringLiteral("/tests/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}
Run cli(const QStringList &args, const QByteArray &input = {}) {
    QProcess p;
    p.start(test::toolPath(QStringLiteral("signalboard-cli")), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCliIngest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version() {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("signalboard-cli " SIGNALBOARD_VERSION));
    }

    void migrateAndStatus() {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("x.db"));
        Run r = cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), url});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1StringView("pending")), qPrintable(r.out));
        r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("applied 001")));
        r = cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), url});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1StringView("up to date")));
        r = cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                 QStringLiteral("mysql://nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1StringView("--db")));
        r = cli({QStringLiteral("db"), QStringLiteral("migrate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1StringView("missing required option --db")));
    }

    void ingestGoodAndBadLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const QString url = QStringLiteral("sqlite://") + path;
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url})
                     .code,
                 0);

        const QByteArray input = testData(QStringLiteral("ingest_mixed.jsonl"));
        Run r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), url}, input);
        QCOMPARE(r.code, 1); // some lines were bad
        QVERIFY2(r.out.contains(QLatin1StringView("stored 3, already present 0, rejected 6 of 10")),
                 qPrintable(r.out));
        const QStringList errs = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(errs.size(), 6);
        QVERIFY(errs.at(0).startsWith(QLatin1StringView("line 4: field \"received_at\"")));
        QVERIFY(errs.at(1).startsWith(
            QLatin1StringView("line 5: field \"channel\": unknown channel \"fax\"")));
        QVERIFY(errs.at(2).startsWith(
            QLatin1StringView("line 6: missing required field \"problem_type\"")));
        QVERIFY(errs.at(3).startsWith(QLatin1StringView("line 7: not valid JSON")));
        QVERIFY(errs.at(4).startsWith(QLatin1StringView("line 8: not a JSON object")));
        QVERIFY(errs.at(5).startsWith(QLatin1StringView("line 9: field \"problem_type\"")));

        QString e;
        auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("t"), e);
        QVERIFY(db);
        QSqlQuery q;
        QVERIFY(
            db->exec(q,
                     QStringLiteral("SELECT subject, description, received_at, received_offset, "
                                    "customer_tier, region FROM tickets ORDER BY id"),
                     {}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("<b>cannot log in</b>"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("line1\nline2 ' OR 1=1; --"));
        QCOMPARE(q.value(2).toLongLong(),
                 QDateTime::fromString(QStringLiteral("2026-03-01T02:12:07Z"), Qt::ISODate)
                     .toMSecsSinceEpoch());
        QCOMPARE(q.value(3).toInt(), 8 * 3600);
        QVERIFY(q.next());
        QVERIFY(q.next());
        QCOMPARE(q.value(4).toString(), QStringLiteral("key_account"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("北京 🙂"));
        QCOMPARE(q.value(3).toInt(), -5 * 3600);

        // Idempotent on (source, external_id).
        r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), url},
                input.left(input.indexOf('\n') + 1));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1StringView("stored 0, already present 1")),
                 qPrintable(r.out));
    }

    void exportMasksPersonalDataUnlessAsked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const QString url = QStringLiteral("sqlite://") + path;
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url})
                     .code,
                 0);
        const QByteArray line =
            "{\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"phone\","
            "\"customer_tier\":\"vip\",\"problem_type\":\"login_failure\","
            "\"service_number\":\"13800138000\"}\n";
        QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("--db"), url}, line).code, 0);
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const auto exported = [&](const QStringList &extra) {
            const Run r = cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), url,
                                          QStringLiteral("--output"), out} +
                              extra);
            QFile f(out);
            return r.code == 0 && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray masked = exported({});
        QVERIFY2(masked.contains("138****8000"), masked.constData());
        QVERIFY(!masked.contains("13800138000"));
        const QByteArray full = exported({QStringLiteral("--personal-data")});
        QVERIFY2(full.contains("13800138000"), full.constData());
        QString e;
        auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("t"), e);
        QSqlQuery q;
        QVERIFY(db->exec(
            q,
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export.personal_data'"),
            {}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void ingestRefusesNewerSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        QString e;
        {
            auto db = test::openMigrated(DatabaseUrl::sqlite(path), e);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 0)"),
                             {}, e));
        }
        const Run r = cli(
            {QStringLiteral("ingest"), QStringLiteral("--db"), QStringLiteral("sqlite://") + path},
            testData(QStringLiteral("ingest_mixed.jsonl")).split('\n').first() + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("schema version 999")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliIngest)
#include "tst_cli_ingest.moc"
