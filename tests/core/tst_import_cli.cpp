// signalboard-cli import / export through QProcess: the NYC 311 sample with the shipped
// mapping, rejected rows (nothing written without --skip-bad-rows), export of a queue view
// (query text errors name the key, queue order, --as for "mine").
#include "storage/database.h"
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
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return f.fileName();
}
} // namespace

class TestImportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("x.db"));
        const CliRun r = runCli(
            {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), m_url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void importNyc311WithShippedMapping() {
        const QString sample = qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                               QStringLiteral("/tests/data/nyc311-2022-05-01-sample.csv");
        const QString map = qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                            QStringLiteral("/resources/mappings/nyc311.json");
        CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                           QStringLiteral("--input"), sample, QStringLiteral("--map"), map});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(QLatin1StringView("imported 924, already present 0, rejected 0 of 924")),
            qPrintable(r.out));
        // The shipped mapping by name; idempotent.
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), sample, QStringLiteral("--map"),
                    QStringLiteral("nyc311")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("imported 0, already present 924")),
                 qPrintable(r.out));
    }

    void rejectedRows() {
        const QString file = write(m_dir, QStringLiteral("bad.csv"),
                                   "received_at,channel,customer_tier,problem_type,external_id\n"
                                   "2026-03-01T10:00:00Z,phone,normal,other,ok1\n"
                                   "2026-03-01T10:00:00Z,phone,gold,other,bad1\n"
                                   "2026-03-01T10:00:00Z,phone,normal\n");
        CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                           QStringLiteral("--input"), file, QStringLiteral("--source"),
                           QStringLiteral("t")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QLatin1StringView("line 3: customer_tier: unknown customer tier \"gold\"")),
                 qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1StringView("line 4: the record has 3 fields, the header has 5")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("nothing was imported")), qPrintable(r.err));
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), file, QStringLiteral("--check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1StringView("checked 3 row(s): 2 rejected, nothing written")),
                 qPrintable(r.out));
        r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--output"), m_dir.filePath(QStringLiteral("t.csv")),
                    QStringLiteral("--query"), QStringLiteral("source=t")});
        QVERIFY2(r.out.contains(QLatin1StringView("exported 0 ticket(s)")), qPrintable(r.out));
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), file, QStringLiteral("--source"),
                    QStringLiteral("t"), QStringLiteral("--skip-bad-rows")});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QLatin1StringView("imported 1, already present 0, rejected 2 of 3")),
            qPrintable(r.out));
    }

    void exportWithQuery() {
        const QString out = m_dir.filePath(QStringLiteral("bronx.csv"));
        CliRun r =
            runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--output"), out, QStringLiteral("--query"),
                    QStringLiteral("source=nyc311&region=BRONX&problem_type=product_fault")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("id,serial,state,source,external_id,received_at,channel"));
        int rows = 0;
        for (const QByteArray &l : lines.mid(1)) {
            if (l.trimmed().isEmpty())
                continue;
            ++rows;
            QVERIFY2(l.contains(",nyc311,") && l.contains(",product_fault,") &&
                         l.trimmed().endsWith(",BRONX"),
                     l.constData());
        }
        QVERIFY(rows > 10);
        QVERIFY2(r.out.contains(QStringLiteral("exported %1 ticket(s)").arg(rows)),
                 qPrintable(r.out));

        r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--output"), out, QStringLiteral("--query"),
                    QStringLiteral("from=yesterday")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("from: \"yesterday\"")), qPrintable(r.err));

        // The old syntax's alternatives and keys are refused by name.
        r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--output"), out, QStringLiteral("--query"),
                    QStringLiteral("customer_tier=vip")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("unknown key \"customer_tier\"")),
                 qPrintable(r.err));
        r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--output"), out, QStringLiteral("--query"),
                    QStringLiteral("channel=phone|email")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("channel: \"phone|email\"")), qPrintable(r.err));
        // "My work" needs to know whose.
        r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--output"), out, QStringLiteral("--query"),
                    QStringLiteral("queue=mine")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("--as LOGIN")), qPrintable(r.err));
        r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--output"), out, QStringLiteral("--query"),
                    QStringLiteral("queue=mine"), QStringLiteral("--as"),
                    QStringLiteral("nobody")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("\"nobody\"")), qPrintable(r.err));
    }

    void exportInQueueOrder() {
        // Green channel first, then the view's sort (received, ascending here), then id.
        const QString out = m_dir.filePath(QStringLiteral("ordered.csv"));
        QString error;
        DatabaseUrl url;
        QVERIFY2(DatabaseUrl::parse(m_url, url, error), qPrintable(error));
        auto db = Database::open(url, QStringLiteral("test"), error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("UPDATE tickets SET green_channel = 1 WHERE id IN (SELECT "
                                        "MAX(id) FROM tickets WHERE region = 'QUEENS')"),
                         {}, error));
        CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_url,
                           QStringLiteral("--output"), out, QStringLiteral("--query"),
                           QStringLiteral("region=QUEENS&sort=received&descending=false")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() > 3);
        lines.removeFirst();
        QSqlQuery q(db->db());
        QVERIFY(db->exec(q, QStringLiteral("SELECT MAX(id) FROM tickets WHERE region = 'QUEENS'"),
                         {}, error));
        QVERIFY(q.next());
        QCOMPARE(lines.first().split(',').first().toLongLong(), q.value(0).toLongLong());
        QByteArray previous;
        for (const QByteArray &l : lines.mid(1)) {
            const QByteArray received = l.split(',').at(5); // all the sample's offsets are -04:00
            QVERIFY2(previous <= received, l.constData());
            previous = received;
        }
        QVERIFY(db->exec(QStringLiteral("UPDATE tickets SET green_channel = 0"), {}, error));
    }

    // Bad bytes: records past the limit, invalid UTF-8 and UTF-16 files are refused with line
    // and column, quickly and without writing anything; a 1 MB field still imports.
    void recordLimitAndEncoding() {
        const QByteArray header = "received_at,channel,customer_tier,problem_type,external_id,"
                                  "description\n";
        const QByteArray row = "2026-03-01T10:00:00Z,phone,normal,other,";
        const QByteArray big(1'000'000, 'x');
        const QString bigFile =
            write(m_dir, QStringLiteral("big.csv"), header + row + "big1,\"" + big + "\"\n");
        CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                           QStringLiteral("--input"), bigFile, QStringLiteral("--source"),
                           QStringLiteral("guard")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("imported 1, already present 0")),
                 qPrintable(r.out));
        QCOMPARE(count(QStringLiteral("SELECT LENGTH(description) FROM tickets WHERE "
                                      "external_id = 'big1'")),
                 1'000'000);

        // /dev/zero: one endless record. Refused after 16 MiB, not read to the end.
        if (QFile::exists(QStringLiteral("/dev/zero"))) {
            QElapsedTimer clock;
            clock.start();
            r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                        QStringLiteral("--input"), QStringLiteral("/dev/zero")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1StringView(
                         "line 1: the record is longer than the limit of 16777216 bytes")),
                     qPrintable(r.err));
            QVERIFY2(clock.elapsed() < 60'000, QByteArray::number(clock.elapsed()).constData());
        }
        // 64 MB of 'a' after good rows: stopped at the long record, nothing written (the good
        // rows before it are rolled back with it: no half import).
        const QString longFile = m_dir.filePath(QStringLiteral("long.csv"));
        {
            QFile f(longFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(header + row + "long1,ok\n" + row + "long2,");
            const QByteArray a(1 << 20, 'a');
            for (int i = 0; i < 64; ++i)
                f.write(a);
            f.write("\n" + row + "long3,never read\n");
        }
        QElapsedTimer clock;
        clock.start();
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), longFile, QStringLiteral("--source"),
                    QStringLiteral("guard"), QStringLiteral("--max-record-bytes"),
                    QStringLiteral("2M")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView(
                     "line 3: the record is longer than the limit of 2097152 bytes")),
                 qPrintable(r.err));
        QVERIFY2(clock.elapsed() < 60'000, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE external_id LIKE 'long%'")),
            0);
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), longFile, QStringLiteral("--max-record-bytes"),
                    QStringLiteral("lots")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("--max-record-bytes \"lots\"")),
                 qPrintable(r.err));

        // Invalid UTF-8 (Latin-1 "é"): refused naming line and column, unless asked to replace.
        const QString latin1 = write(m_dir, QStringLiteral("latin1.csv"),
                                     header + row + "utf1,fine\n" + row + "utf2,caf\xE9\n");
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), latin1, QStringLiteral("--source"),
                    QStringLiteral("guard")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView(
                     "line 3, column 49: not valid UTF-8 (byte 0xe9); the file must be UTF-8")),
                 qPrintable(r.err));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE external_id LIKE 'utf%'")), 0);
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), latin1, QStringLiteral("--source"),
                    QStringLiteral("guard"), QStringLiteral("--replace-invalid-utf8")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE external_id = 'utf2' "
                                      "AND description = 'caf\uFFFD'")),
                 1);

        // UTF-16 with a byte-order mark (as Excel's "Unicode text" saves it).
        QByteArray utf16("\xFF\xFE", 2);
        for (const QChar c : QString::fromUtf8(header + row + "u16,x\n")) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        const QString u16 = write(m_dir, QStringLiteral("utf16.csv"), utf16);
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--input"), u16});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1StringView(
                     "line 1: the file is UTF-16 (byte-order mark); save it as UTF-8")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("required column missing")), qPrintable(r.err));
    }

private:
    qint64 count(const QString &sql) {
        DatabaseUrl url;
        QString error;
        if (!DatabaseUrl::parse(m_url, url, error))
            return -1;
        auto db = Database::open(url, QStringLiteral("count"), error);
        QSqlQuery q;
        if (!db || !db->exec(q, sql, {}, error) || !q.next()) {
            qWarning("count: %s", qPrintable(error));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
