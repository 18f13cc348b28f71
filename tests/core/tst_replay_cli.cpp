// signalboard-cli replay end to end: golden JSON Lines for small files written here (the
// docs/spec/INTERCHANGE.md example, mixed offsets, out-of-order rows, ties, quiet close, affected
// share), errors with line/column/reason, and the real nyc311 sample with its mapping.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The CLI's outputs as bytes: the tests compare them with the golden JSON Lines.
Run replay(const QStringList &args) {
    const sb::test::CliRun r =
        sb::test::runCli(QStringList{QStringLiteral("replay")} + args, QByteArray(), 60000);
    return {r.code, r.out.toUtf8(), r.err.toUtf8()};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray kHeader = "received_at,channel,customer_tier,problem_type,subject\r\n";
const QList<QByteArray> kRows{
    "2026-02-28T22:00:00-05:00,phone,vip,account_theft,someone else logged in",
    "2026-03-01T10:12:00+08:00,chat,normal,login_failure,cannot log in",
    "2026-03-01T10:20:00+08:00,chat,normal,login_failure,",
    "2026-03-01T10:30:00+08:00,chat,normal,login_failure,",
    "2026-03-01T10:35:00+08:00,chat,distributor,login_failure,",
    "2026-03-01T10:41:00+08:00,email,normal,login_failure,\"multi\r\nline, with \"\"quotes\"\"\"",
    "2026-03-01T10:45:00+08:00,chat,normal,login_failure,",
    "2026-03-01T10:50:00+08:00,chat,normal,login_failure,",
    "2026-03-01T10:52:00+08:00,chat,normal,login_failure,",
    "2026-03-01T10:55:00+08:00,chat,normal,login_failure,",
    "2026-03-01T10:56:00+08:00,chat,normal,login_failure,",
    "2026-03-01T10:58:00+08:00,chat,normal,login_failure,",
    "2026-03-01T08:58:00Z,chat,normal,login_failure,",
    "2026-03-01T09:00:00Z,chat,normal,login_failure,",
    "2026-03-01T09:01:00Z,chat,normal,login_failure,",
    "2026-03-01T09:02:00Z,chat,normal,login_failure,",
    "2026-03-01T09:03:00Z,chat,normal,login_failure,",
};

const QByteArray kGolden =
    R"({"at":"2026-03-01T10:41:00+08:00","event":"opened","problem_type":"login_failure","class":"key","trigger":"burst:normal","grade":"serious","warning":"orange","counts":{"normal_30m":5,"vip_30m":0,"normal_60m":5,"vip_60m":0}}
{"at":"2026-03-01T10:58:00+08:00","event":"regraded","problem_type":"login_failure","class":"key","from":"serious","grade":"urgent","warning":"red","counts":{"normal_30m":9,"vip_30m":0,"normal_60m":11,"vip_60m":0}}
{"at":"2026-02-28T22:00:00-05:00","event":"opened","problem_type":"account_theft","class":"security","trigger":"burst:vip","grade":"major","warning":"black","counts":{"normal_30m":0,"vip_30m":1,"normal_60m":0,"vip_60m":1}}
{"at":"2026-03-01T16:58:00+08:00","event":"closed","problem_type":"login_failure","class":"key","grade":"urgent","warning":"red","counts":{"normal_30m":0,"vip_30m":0,"normal_60m":0,"vip_60m":0}}
{"at":"2026-03-01T04:00:00-05:00","event":"closed","problem_type":"account_theft","class":"security","grade":"major","warning":"black","counts":{"normal_30m":0,"vip_30m":0,"normal_60m":0,"vip_60m":0}}
{"at":"2026-03-01T09:03:00Z","event":"opened","problem_type":"login_failure","class":"key","trigger":"burst:normal","grade":"serious","warning":"orange","counts":{"normal_30m":5,"vip_30m":0,"normal_60m":5,"vip_60m":0}}
)";

QByteArray joinRows(const QList<QByteArray> &rows) {
    QByteArray data = kHeader;
    for (const QByteArray &r : rows)
        data += r + "\r\n";
    return data;
}
} // namespace

class TestReplayCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden() {
        QTemporaryDir dir;
        const Run r = replay(
            {QStringLiteral("--input"), write(dir, QStringLiteral("in.csv"), joinRows(kRows))});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, kGolden);
        QVERIFY(r.err.isEmpty());
    }

    // The first two golden lines are docs/spec/INTERCHANGE.md's own example, byte for byte.
    void matchesTheSpecExample() {
        QFile spec(qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                   QStringLiteral("/docs/spec/INTERCHANGE.md"));
        QVERIFY2(spec.open(QIODevice::ReadOnly), qPrintable(spec.fileName()));
        QByteArray example;
        for (const QByteArray &line : spec.readAll().split('\n')) {
            if (line.startsWith("{\"at\":"))
                example += line + '\n';
        }
        QCOMPARE(example.count('\n'), 2);
        QVERIFY(kGolden.startsWith(example));
    }

    void headerOnlyPrintsNothing() {
        QTemporaryDir dir;
        const Run r =
            replay({QStringLiteral("--input"), write(dir, QStringLiteral("h.csv"), kHeader)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
    }

    void outOfOrderInputGivesTheSameEvents() {
        QTemporaryDir dir;
        QList<QByteArray> reversed(kRows.rbegin(), kRows.rend());
        const Run r = replay(
            {QStringLiteral("--input"), write(dir, QStringLiteral("rev.csv"), joinRows(reversed))});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, kGolden);
        // LF line endings, a BOM and reordered columns change nothing either.
        QByteArray lf =
            "\xEF\xBB\xBFsubject,problem_type,customer_tier,channel,received_at,extra\n";
        for (const QByteArray &row : kRows) {
            const QList<QByteArray> f =
                row.left(row.indexOf(",\"") < 0 ? row.size() : row.indexOf(",\"")).split(',');
            lf += "x," + f[3] + ',' + f[2] + ',' + f[1] + ',' + f[0] + ",y\n";
        }
        const Run r2 =
            replay({QStringLiteral("--input"), write(dir, QStringLiteral("lf.csv"), lf)});
        QVERIFY2(r2.code == 0, r2.err.constData());
        QCOMPARE(r2.out, kGolden);
    }

    void tiesKeepFileOrder() {
        QTemporaryDir dir;
        const QByteArray a = "2026-03-01T12:00:00+08:00,chat,normal,account_mixup,";
        const QByteArray b = "2026-03-01T04:00:00Z,chat,normal,account_mixup,";
        const Run first = replay(
            {QStringLiteral("--input"), write(dir, QStringLiteral("ab.csv"), joinRows({a, b}))});
        const Run second = replay(
            {QStringLiteral("--input"), write(dir, QStringLiteral("ba.csv"), joinRows({b, a}))});
        QCOMPARE(first.code, 0);
        QCOMPARE(second.code, 0);
        QVERIFY(first.out.startsWith(R"({"at":"2026-03-01T12:00:00+08:00","event":"opened")"));
        QVERIFY(second.out.startsWith(R"({"at":"2026-03-01T04:00:00Z","event":"opened")"));
        QCOMPARE(first.out.count('\n'), 1);
    }

    void affectedShare() {
        QTemporaryDir dir;
        const QByteArray complaints = joinRows({
            "2026-03-01T10:00:00+08:00,chat,vip,login_failure,",
            "2026-03-01T10:01:00+08:00,chat,vip,login_failure,",
            "2026-03-01T10:02:00+08:00,chat,vip,login_failure,",
        });
        const QByteArray shares =
            "problem_type,share,at\n"
            "login_failure,0.5,2026-03-01T02:02:00Z\n"  // same instant: complaint first
            "payout_delay,0.013,2026-03-01T03:00:00Z\n" // opens by share
            "order_failure,0.0099,2026-03-01T03:00:00Z\n"
            "campaign_reward,0.9,2026-03-01T03:00:00Z\n"; // not core
        const Run r =
            replay({QStringLiteral("--input"), write(dir, QStringLiteral("c.csv"), complaints),
                    QStringLiteral("--affected"), write(dir, QStringLiteral("s.csv"), shares)});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(
            r.out,
            QByteArray(
                R"({"at":"2026-03-01T10:02:00+08:00","event":"opened","problem_type":"login_failure","class":"key","trigger":"burst:vip","grade":"serious","warning":"orange","counts":{"normal_30m":0,"vip_30m":3,"normal_60m":0,"vip_60m":3}}
{"at":"2026-03-01T03:00:00Z","event":"opened","problem_type":"payout_delay","class":"key","trigger":"affected_share","grade":"general","warning":"yellow","counts":{"normal_30m":0,"vip_30m":0,"normal_60m":0,"vip_60m":0}}
)"));
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("shares");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("timestamp")
            << joinRows({kRows[1], "2026-03-01 10:12,chat,normal,login_failure,"}) << QByteArray()
            << QByteArray("in.csv: line 3: received_at: \"2026-03-01 10:12\" is not an ISO 8601 "
                          "time with an offset or Z");
        QTest::newRow("columns")
            << joinRows({kRows[1], kRows[5], "2026-03-01T10:12:00Z,chat,normal"}) << QByteArray()
            << QByteArray("in.csv: line 5: the record has 3 fields, the header has 5");
        QTest::newRow("quote")
            << joinRows({"2026-03-01T10:12:00Z,chat,normal,other,\"open"}) << QByteArray()
            << QByteArray(
                   "in.csv: line 2: a quoted field is not closed before the end of the file");
        QTest::newRow("share")
            << joinRows({kRows[1]})
            << QByteArray("at,problem_type,share\n2026-03-01T10:12:00Z,other,12%\n")
            << QByteArray(
                   "s.csv: line 2: share: \"12%\" is not a fraction from 0 to 1 (0.013 = 1.3 %)");
        QTest::newRow("share type")
            << joinRows({kRows[1]})
            << QByteArray("at,problem_type,share\n2026-03-01T10:12:00Z,x,0.1\n")
            << QByteArray("s.csv: line 2: problem_type: unknown problem type \"x\"");
        QTest::newRow("empty file") << QByteArray() << QByteArray()
                                    << QByteArray("in.csv: line 1: the file has no header row");
        QTest::newRow("invalid utf-8")
            << joinRows({kRows[1], "2026-03-01T10:12:00Z,chat,normal,login_failure,caf\xE9"})
            << QByteArray()
            << QByteArray("in.csv: line 3, column 51: not valid UTF-8 (byte 0xe9); the file must "
                          "be UTF-8");
        QTest::newRow("share utf-8")
            << joinRows({kRows[1]})
            << QByteArray("at,problem_type,share\n2026-03-01T10:12:00Z,\xE9,0.1\n")
            << QByteArray("s.csv: line 2, column 22: not valid UTF-8 (byte 0xe9)");
        QTest::newRow("utf-16")
            << QByteArray("\xFE\xFF\0r\0e\0c\0e\0i\0v\0e\0d\0_\0a\0t\0\n", 26) << QByteArray()
            << QByteArray("in.csv: line 1: the file is UTF-16 (byte-order mark); save it as UTF-8");
    }
    void badInput() {
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, shares);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        QStringList args{QStringLiteral("--input"), write(dir, QStringLiteral("in.csv"), csv)};
        if (!shares.isEmpty())
            args << QStringLiteral("--affected") << write(dir, QStringLiteral("s.csv"), shares);
        const Run r = replay(args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty()); // nothing half-printed
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // An endless or over-long record stops the replay at once; a 1 MB field is fine; with
    // --replace-invalid-utf8 a bad byte no longer stops it.
    void recordLimitAndReplacement() {
        QTemporaryDir dir;
        if (QFile::exists(QStringLiteral("/dev/zero"))) {
            QElapsedTimer clock;
            clock.start();
            const Run r = replay({QStringLiteral("--input"), QStringLiteral("/dev/zero")});
            QCOMPARE(r.code, 1);
            QVERIFY2(
                r.err.contains(
                    "/dev/zero: line 1: the record is longer than the limit of 16777216 bytes"),
                r.err.constData());
            QVERIFY2(clock.elapsed() < 30'000, QByteArray::number(clock.elapsed()).constData());
        }
        const QByteArray big =
            "2026-03-01T10:12:00Z,chat,normal,login_failure," + QByteArray(1'000'000, 'x');
        const QString in = write(dir, QStringLiteral("big.csv"), joinRows({kRows[1], big}));
        Run r = replay({QStringLiteral("--input"), in});
        QVERIFY2(r.code == 0, r.err.constData());
        r = replay({QStringLiteral("--input"), in, QStringLiteral("--max-record-bytes"),
                    QStringLiteral("100")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(
            r.err.contains("big.csv: line 3: the record is longer than the limit of 100 bytes"),
            r.err.constData());
        r = replay({QStringLiteral("--input"), in, QStringLiteral("--max-record-bytes"),
                    QStringLiteral("0")});
        QCOMPARE(r.code, 2);

        const QString latin1 = write(dir, QStringLiteral("latin1.csv"),
                                     joinRows({kRows[1], "2026-03-01T10:13:00Z,chat,normal,"
                                                         "login_failure,caf\xE9"}));
        QCOMPARE(replay({QStringLiteral("--input"), latin1}).code, 1);
        r = replay({QStringLiteral("--input"), latin1, QStringLiteral("--replace-invalid-utf8")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void usageAndRules() {
        QCOMPARE(replay({}).code, 2);
        QTemporaryDir dir;
        const QString in = write(dir, QStringLiteral("in.csv"), joinRows(kRows));
        const Run bad = replay({QStringLiteral("--input"), in, QStringLiteral("--rules"),
                                write(dir, QStringLiteral("r.json"), R"({"version": 0})")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("r.json: version: must be a whole number of at least 1"),
                 bad.err.constData());

        // A rule set with a lower key-class burst threshold opens earlier.
        QFile def(QStringLiteral(":/rules/default.json"));
        QVERIFY(def.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(def.readAll()).object();
        QJsonObject burst = root.value(QStringLiteral("burst_thresholds")).toObject();
        burst.insert(QStringLiteral("key"),
                     QJsonObject{{QStringLiteral("normal"), 2}, {QStringLiteral("vip"), 2}});
        root.insert(QStringLiteral("burst_thresholds"), burst);
        const Run custom =
            replay({QStringLiteral("--input"), in, QStringLiteral("--rules"),
                    write(dir, QStringLiteral("r2.json"), QJsonDocument(root).toJson())});
        QVERIFY2(custom.code == 0, custom.err.constData());
        QVERIFY(custom.out.contains(
            R"({"at":"2026-03-01T10:20:00+08:00","event":"opened","problem_type":"login_failure","class":"key","trigger":"burst:normal","grade":"general")"));
    }

    void nyc311Sample() {
        const QString data = qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                             QStringLiteral("/tests/data/nyc311-2022-05-01-sample.csv");
        const QString map = qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                            QStringLiteral("/resources/mappings/nyc311.json");
        const Run r = replay({QStringLiteral("--input"), data, QStringLiteral("--map"), map});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 5);
        // Noise complaints burst first: 10 residential/commercial noise complaints by 00:02:08.
        QVERIFY(lines.first().startsWith(
            R"({"at":"2022-05-01T00:02:08-04:00","event":"opened","problem_type":"product_fault","class":"routine","trigger":"burst:normal","grade":"general")"));
        QString previous;
        for (const QByteArray &line : lines) {
            QJsonParseError pe;
            const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, line.constData());
            QVERIFY(line.startsWith("{\"at\":\"2022-05-01T"));
            QVERIFY(o.value(QStringLiteral("at")).toString().endsWith(QStringLiteral("-04:00")));
            QVERIFY(o.value(QStringLiteral("at")).toString() >=
                    previous); // one offset: text order = time order
            previous = o.value(QStringLiteral("at")).toString();
            QVERIFY(line.contains(",\"counts\":{\"normal_30m\":"));
        }
        QVERIFY(r.out.contains(
            R"("event":"regraded","problem_type":"product_fault","class":"routine","from":"general","grade":"serious")"));
    }
};

QTEST_GUILESS_MAIN(TestReplayCli)
#include "tst_replay_cli.moc"
