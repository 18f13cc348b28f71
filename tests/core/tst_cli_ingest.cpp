// signalboard-cli: --version, db migrate/status, and ingest with good and bad lines.
#include "storage/migrations.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::CliRun;
using test::runCli;

namespace {
QByteArray testData(const QString &name) {
    QFile f(qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") + QStringLiteral("/tests/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestCliIngest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version() {
        const CliRun r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("signalboard-cli " SIGNALBOARD_VERSION));
    }

    void migrateAndStatus() {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("x.db"));
        // Status only looks: a file that is not there is reported, not created.
        CliRun r =
            runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), url});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the SQLite database %1 does not exist (nothing was "
                                               "created)")
                                    .arg(dir.filePath(QStringLiteral("x.db")))),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));
        // The same for the other commands that need an existing database.
        r = runCli({QStringLiteral("export"), QStringLiteral("--db"), url,
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("out.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("does not exist")), qPrintable(r.err));
        r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url}, "{}\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("db migrate")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));
        r = runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                    QStringLiteral("sqlite:///no/such.db")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("/no/such.db does not exist")),
                 qPrintable(r.err));
        r = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("applied 001")));
        r = runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), url});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1StringView("up to date")));
        r = runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                    QStringLiteral("mysql://nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1StringView("--db")));
        r = runCli({QStringLiteral("db"), QStringLiteral("migrate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1StringView("missing required option --db")));
    }

    void ingestGoodAndBadLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const QString url = QStringLiteral("sqlite://") + path;
        QCOMPARE(
            runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url})
                .code,
            0);

        const QByteArray input = testData(QStringLiteral("ingest_mixed.jsonl"));
        CliRun r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url}, input);
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
        r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url},
                   input.left(input.indexOf('\n') + 1));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1StringView("stored 0, already present 1")),
                 qPrintable(r.out));
    }

    void exportMasksPersonalDataUnlessAsked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const QString url = QStringLiteral("sqlite://") + path;
        QCOMPARE(
            runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url})
                .code,
            0);
        const QByteArray line =
            "{\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"phone\","
            "\"customer_tier\":\"vip\",\"problem_type\":\"login_failure\","
            "\"service_number\":\"13800138000\"}\n";
        QCOMPARE(runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url}, line).code, 0);
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const auto exported = [&](const QStringList &extra) {
            const CliRun r = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                                url, QStringLiteral("--output"), out} +
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

    // Lines are bounded, UTF-8 and not UTF-16: each stop names the line, quickly.
    void ingestLimitsAndEncoding() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const QString url = QStringLiteral("sqlite://") + path;
        QCOMPARE(
            runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url})
                .code,
            0);
        const auto line = [](const QByteArray &id, const QByteArray &description) -> QByteArray {
            return "{\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"phone\","
                   "\"customer_tier\":\"vip\",\"problem_type\":\"login_failure\","
                   "\"external_id\":\"" +
                   id + "\",\"description\":\"" + description + "\"}\n";
        };
        QString e;
        auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("t"), e);
        QVERIFY2(db, qPrintable(e));
        const auto stored = [&](const QString &where) {
            QSqlQuery q;
            if (!db->exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE ") + where, {},
                          e) ||
                !q.next())
                return qint64(-1);
            return q.value(0).toLongLong();
        };
        // Standard input from a file (or /dev/zero), so nothing is held in this process.
        const auto ingestFrom = [&](const QString &input, const QStringList &extra = {}) {
            test::CliOptions options;
            options.inputFile = input;
            options.timeoutMs = 60000;
            return runCli(QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), url} +
                              extra,
                          options);
        };
        const auto file = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };

        // A 1 MB field is fine.
        CliRun r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url},
                          line("big", QByteArray(1'000'000, 'x')));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stored(QStringLiteral("external_id = 'big' AND LENGTH(description) = 1000000")),
                 1);

        // ingest < /dev/zero: one endless line, refused after 16 MiB.
        QElapsedTimer clock;
        if (QFile::exists(QStringLiteral("/dev/zero"))) {
            clock.start();
            r = ingestFrom(QStringLiteral("/dev/zero"));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1StringView(
                         "line 1: the line is longer than the limit of 16777216 bytes")),
                     qPrintable(r.err));
            QVERIFY2(clock.elapsed() < 30'000, QByteArray::number(clock.elapsed()).constData());
        }
        // 64 MB of 'a' after a good line: the good line is stored, the rest is never read.
        {
            QFile f(dir.filePath(QStringLiteral("long.jsonl")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(line("before", "ok"));
            const QByteArray a(1 << 20, 'a');
            for (int i = 0; i < 64; ++i)
                f.write(a);
            f.write("\n" + line("after", "never read"));
        }
        clock.start();
        r = ingestFrom(dir.filePath(QStringLiteral("long.jsonl")),
                       {QStringLiteral("--max-line-bytes"), QStringLiteral("4M")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView(
                     "line 2: the line is longer than the limit of 4194304 bytes")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("stored 1, already present 0, rejected 0 of 2")),
                 qPrintable(r.out));
        QVERIFY2(clock.elapsed() < 30'000, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(stored(QStringLiteral("external_id = 'before'")), 1);
        QCOMPARE(stored(QStringLiteral("external_id = 'after'")), 0);
        r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url,
                    QStringLiteral("--max-line-bytes"), QStringLiteral("-5")});
        QCOMPARE(r.code, 2);

        // Invalid UTF-8: that line is rejected with line and column, unless replaced.
        const QByteArray latin1 = line("u1", "fine") + line("u2", "caf\xE9") + line("u3", "ok");
        r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url}, latin1);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView(
                     "line 2, column 152: not valid UTF-8 (byte 0xe9); the file must be UTF-8")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("stored 2, already present 0, rejected 1 of 3")),
                 qPrintable(r.out));
        QCOMPARE(stored(QStringLiteral("external_id = 'u2'")), 0);
        r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url,
                    QStringLiteral("--replace-invalid-utf8")},
                   latin1);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stored(QStringLiteral("external_id = 'u2' AND description = 'caf\uFFFD'")), 1);

        // UTF-16 (byte-order mark): refused as a whole, nothing stored.
        QByteArray utf16("\xFF\xFE", 2);
        for (const QChar c : QString::fromUtf8(line("w1", "wide") + line("w2", "wide"))) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        r = ingestFrom(file(QStringLiteral("utf16.jsonl"), utf16));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView(
                     "line 1: the file is UTF-16 (byte-order mark); save it as UTF-8")),
                 qPrintable(r.err));
        QCOMPARE(stored(QStringLiteral("external_id LIKE 'w%'")), 0);
        // A UTF-8 byte-order mark is fine.
        r = runCli({QStringLiteral("ingest"), QStringLiteral("--db"), url},
                   "\xEF\xBB\xBF" + line("bom", "x"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stored(QStringLiteral("external_id = 'bom'")), 1);
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
        const CliRun r = runCli(
            {QStringLiteral("ingest"), QStringLiteral("--db"), QStringLiteral("sqlite://") + path},
            testData(QStringLiteral("ingest_mixed.jsonl")).split('\n').first() + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("schema version 999")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliIngest)
#include "tst_cli_ingest.moc"
