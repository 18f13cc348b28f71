// RFC 4180 reader and writer, and the fast ISO 8601 instant parser.
#include "domain/complaint.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/instant.h"

#include <QBuffer>
#include <QTest>

#include <cstring>
#include <random>

using namespace sb;

namespace {
struct Rec {
    qint64 line;
    QStringList fields;
};

// Reads everything; returns the records and the error (empty when none).
QList<Rec> readAll(const QByteArray &data, qsizetype chunk, QString *error = nullptr,
                   const TextInputOptions &options = {}) {
    QBuffer buf;
    buf.setData(data);
    buf.open(QIODevice::ReadOnly);
    CsvReader r(&buf, chunk);
    r.setInputOptions(options);
    QList<Rec> out;
    while (r.readRecord())
        out.append({r.recordLine(), r.fields()});
    if (error)
        *error = r.errorString();
    return out;
}
} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reads_data() {
        QTest::addColumn<qsizetype>("chunk");
        // Tiny chunks make every record cross buffer boundaries at every possible byte.
        for (const qsizetype c : {1, 2, 3, 5, 7, 64, 1 << 20})
            QTest::addRow("chunk %lld", static_cast<long long>(c)) << c;
    }
    void reads() {
        QFETCH(qsizetype, chunk);
        const QByteArray data = "\xEF\xBB\xBF"
                                "a,b,c\r\n"
                                "1,\"x, y\",\"say \"\"hi\"\"\"\n"
                                "\n"
                                "2,\"two\r\nlines\",\r\n"
                                ",,\n"
                                "\"\",\"\"\"\",\xE4\xB8\xAD\xE6\x96\x87\r"
                                "last,\"q\",end";
        QString error;
        const QList<Rec> recs = readAll(data, chunk, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recs.size(), 6);
        QCOMPARE(recs[0].fields, (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
        QCOMPARE(recs[0].line, 1);
        QCOMPARE(recs[1].fields, (QStringList{u"1"_qs, u"x, y"_qs, u"say \"hi\""_qs}));
        QCOMPARE(recs[1].line, 2);
        QCOMPARE(recs[2].fields, (QStringList{u"2"_qs, u"two\r\nlines"_qs, QString()}));
        QCOMPARE(recs[2].line, 4); // line 3 is empty and skipped
        QCOMPARE(recs[3].fields, (QStringList{QString(), QString(), QString()}));
        QCOMPARE(recs[3].line, 6); // the record above spans lines 4 and 5
        QCOMPARE(recs[4].fields, (QStringList{QString(), u"\""_qs, u"中文"_qs}));
        QCOMPARE(recs[4].line, 7);
        QCOMPARE(recs[5].fields, (QStringList{u"last"_qs, u"q"_qs, u"end"_qs}));
        QCOMPARE(recs[5].line, 8); // a lone CR ended line 7
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("good");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated")
            << QByteArray("a,b\n1,\"open\nstill open\n") << 1
            << u"line 2: a quoted field is not closed before the end of the file"_qs;
        QTest::newRow("after quote")
            << QByteArray("a,b\n1,2\n\"x\"y,2\n") << 2
            << u"line 3: field 1: unexpected character after a closing quote"_qs;
        QTest::newRow("bare quote")
            << QByteArray("a,b\n1,ab\"c\n") << 1
            << u"line 2: field 2: a quote inside a field that does not start with a quote"_qs;
        QTest::newRow("line after multiline")
            << QByteArray("a\n\"1\n2\n3\"\n\"x\"!\n") << 2
            << u"line 5: field 1: unexpected character after a closing quote"_qs;
        // Input must be UTF-8, byte for byte: the first bad byte is named by line and column.
        QTest::newRow("latin-1 byte")
            << QByteArray("a,b\n1,caf\xE9\n") << 1
            << u"line 2, column 6: not valid UTF-8 (byte 0xe9); the file must be UTF-8"_qs;
        QTest::newRow("bad byte in a quoted line break")
            << QByteArray("a,b\n1,\"x\ny\xFFz\"\n") << 1
            << u"line 3, column 2: not valid UTF-8 (byte 0xff); the file must be UTF-8"_qs;
        QTest::newRow("overlong slash")
            << QByteArray("a\n\xC0\xAF\n") << 1
            << u"line 2, column 1: not valid UTF-8 (byte 0xc0); the file must be UTF-8"_qs;
        QTest::newRow("surrogate")
            << QByteArray("a\nok,\xED\xA0\x80\n") << 1
            << u"line 2, column 4: not valid UTF-8 (byte 0xed); the file must be UTF-8"_qs;
        QTest::newRow("cut short at the end")
            << QByteArray("a\n\xE4\xB8") << 1
            << u"line 2, column 1: not valid UTF-8 (byte 0xe4); the file must be UTF-8"_qs;
        QTest::newRow("utf-16 le") << QByteArray("\xFF\xFEr\0e\0c\0\n\0", 10) << 0
                                   << u"line 1: the file is UTF-16 (byte-order mark); save it "
                                      "as UTF-8"_qs;
        QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0r\0e\0c\0\n", 10) << 0
                                   << u"line 1: the file is UTF-16 (byte-order mark); save it "
                                      "as UTF-8"_qs;
        QTest::newRow("utf-32 le") << QByteArray("\xFF\xFE\0\0r\0\0\0", 8) << 0
                                   << u"line 1: the file is UTF-32 (byte-order mark); save it "
                                      "as UTF-8"_qs;
        QTest::newRow("utf-32 be") << QByteArray("\0\0\xFE\xFF\0\0\0r", 8) << 0
                                   << u"line 1: the file is UTF-32 (byte-order mark); save it "
                                      "as UTF-8"_qs;
    }
    void errors() {
        QFETCH(QByteArray, data);
        QFETCH(int, good);
        QFETCH(QString, error);
        for (const qsizetype chunk : {1, 4, 1 << 20}) {
            QString actual;
            QCOMPARE(readAll(data, chunk, &actual).size(), good);
            QCOMPARE(actual, error);
        }
    }

    // Four-byte characters, the largest code point and a UTF-8 BOM are fine; with
    // replaceInvalidUtf8 a bad byte becomes U+FFFD instead of stopping the reader.
    void validAndReplacedUtf8() {
        const QByteArray good = "\xEF\xBB\xBF"
                                "a,b\n\xF0\x9F\x99\x82,\xF4\x8F\xBF\xBF\n\xE2\x80\xAE,x\n";
        QString error;
        for (const qsizetype chunk : {1, 3, 1 << 20}) {
            const QList<Rec> recs = readAll(good, chunk, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(recs.size(), 3);
            QCOMPARE(recs[1].fields.at(0), QString::fromUtf8("\xF0\x9F\x99\x82"));
        }
        TextInputOptions replace;
        replace.replaceInvalidUtf8 = true;
        const QList<Rec> recs = readAll("a,b\n1,caf\xE9\n", 4, &error, replace);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recs.size(), 2);
        QCOMPARE(recs[1].fields.at(1), u"caf\uFFFD"_qs);
        QCOMPARE(TextInput::firstInvalidUtf8("plain ascii, long enough for the fast path"), -1);
        QCOMPARE(TextInput::firstInvalidUtf8("0123456789abcdef\x80"), 16);
        QCOMPARE(TextInput::firstInvalidUtf8("\xF4\x90\x80\x80"), 0); // above U+10FFFF
        QCOMPARE(TextInput::firstInvalidUtf8("\xE0\x80\xAF"), 0);     // overlong
    }

    // A 1 MB field is fine; a record past the limit stops the reader at once, without
    // reading the rest of the input.
    void recordLimit() {
        const QByteArray big(1'000'000, 'x');
        QString error;
        QList<Rec> recs = readAll("a,b\n1,\"" + big + "\"\n2," + big + "\n", 1 << 16, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recs.size(), 3);
        QCOMPARE(recs[1].fields.at(1).size(), 1'000'000);

        TextInputOptions small;
        small.maxRecordBytes = 1000;
        for (const qsizetype chunk : {7, 64, 1 << 20}) {
            // Exactly at the limit (its line break not counted) passes, one byte more does not.
            recs = readAll("a\r\n" + QByteArray(1000, 'y') + "\r\n" + QByteArray(1001, 'z') +
                               "\r\nnever read\n",
                           chunk, &error, small);
            QCOMPARE(recs.size(), 2);
            QCOMPARE(error, u"line 3: the record is longer than the limit of 1000 bytes"_qs);
        }

        // An endless record (think /dev/zero) stops after about the limit, not at the end.
        class Endless : public QIODevice {
        public:
            qint64 served = 0;
            bool isSequential() const override { return true; }

        protected:
            qint64 readData(char *data, qint64 max) override {
                std::memset(data, 0, static_cast<std::size_t>(max));
                served += max;
                return max;
            }
            qint64 writeData(const char *, qint64) override { return -1; }
        } endless;
        endless.open(QIODevice::ReadOnly);
        CsvReader r(&endless);
        TextInputOptions limit;
        limit.maxRecordBytes = 4 << 20;
        r.setInputOptions(limit);
        QVERIFY(!r.readRecord());
        QCOMPARE(r.errorString(),
                 u"line 1: the record is longer than the limit of 4194304 bytes"_qs);
        QVERIFY2(endless.served <= (8 << 20), QByteArray::number(endless.served).constData());

        // Too many fields.
        TextInputOptions few;
        few.maxFields = 3;
        recs = readAll("a,b,c\n1,2,3,4\n", 1 << 20, &error, few);
        QCOMPARE(recs.size(), 1);
        QCOMPARE(error, u"line 2: the record has more than 3 fields"_qs);
    }

    void emptyInput() {
        QString error;
        QVERIFY(readAll(QByteArray(), 16, &error).isEmpty());
        QVERIFY(error.isEmpty());
        QVERIFY(readAll(QByteArray("\xEF\xBB\xBF"), 16, &error).isEmpty());
        QVERIFY(readAll(QByteArray("\r\n\n"), 16, &error).isEmpty());
    }

    void writerRoundTrip() {
        const QList<QStringList> rows{
            {u"plain"_qs, u"with, comma"_qs, u"with \"quote\""_qs},
            {u"multi\nline"_qs, u"cr\r\nlf"_qs, u" padded "_qs},
            {QString()},
            {QString(), QString(), u"中文"_qs},
        };
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        {
            CsvWriter w(&buf);
            for (const QStringList &r : rows)
                w.writeRecord(r);
            QVERIFY(w.flush());
        }
        QVERIFY(buf.data().startsWith("plain,\"with, comma\",\"with \"\"quote\"\"\"\r\n"));
        QString error;
        const QList<Rec> back = readAll(buf.data(), 3, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(back[i].fields, rows[i]);
    }

    // Random fields made of the characters that matter (quote, comma, CR, LF, space,
    // multi-byte UTF-8), written by CsvWriter and read back at random chunk sizes.
    // A record far longer than the chunk is read in a few growing reads, not one read (and one
    // parse from the record's start) per chunk: a 1 MiB field in 64-byte chunks would otherwise
    // be parsed 16,384 times.
    void longRecordReadsInGrowingChunks() {
        class CountingBuffer : public QBuffer {
        public:
            int reads = 0;

        protected:
            qint64 readData(char *data, qint64 len) override {
                ++reads;
                return QBuffer::readData(data, len);
            }
        };
        const QByteArray field(1 << 20, 'x');
        CountingBuffer buf;
        buf.setData("a,\"" + field + "\"\nb,c\n");
        QVERIFY(buf.open(QIODevice::ReadOnly));
        CsvReader r(&buf, 64);
        TextInputOptions options;
        options.maxRecordBytes = 2 << 20;
        r.setInputOptions(options);
        QVERIFY2(r.readRecord(), qPrintable(r.errorString()));
        QCOMPARE(r.fields().at(1).size(), field.size());
        QVERIFY(r.readRecord());
        QCOMPARE(r.fields(), QStringList({u"b"_qs, u"c"_qs}));
        QVERIFY(!r.readRecord());
        QVERIFY2(buf.reads < 64, QByteArray::number(buf.reads).constData());
    }

    void randomRoundTrip() {
        std::mt19937 rng(20260301);
        const QList<QString> alphabet{u"\""_qs, u","_qs,  u"\r"_qs, u"\n"_qs,  u" "_qs,
                                      u"a"_qs,  u"中"_qs, u"é"_qs,  u"\r\n"_qs};
        for (int round = 0; round < 200; ++round) {
            QList<QStringList> rows;
            const int width = 1 + static_cast<int>(rng() % 5);
            for (int r = 0; r < 1 + static_cast<int>(rng() % 20); ++r) {
                QStringList row;
                for (int c = 0; c < width; ++c) {
                    QString f;
                    for (int k = static_cast<int>(rng() % 8); k > 0; --k)
                        f += alphabet.at(
                            static_cast<qsizetype>(rng() % static_cast<quint32>(alphabet.size())));
                    row << f;
                }
                rows << row;
            }
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            {
                CsvWriter w(&buf);
                for (const QStringList &r : rows)
                    w.writeRecord(r);
            }
            QString error;
            const QList<Rec> back =
                readAll(buf.data(), 1 + static_cast<qsizetype>(rng() % 40), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(back.size(), rows.size());
            for (qsizetype i = 0; i < rows.size(); ++i)
                QCOMPARE(back[i].fields, rows[i]);
        }
    }

    void instants_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("offset") << u"2026-03-01T10:12:07+08:00"_qs << true;
        QTest::newRow("zulu") << u"2026-03-01T02:12:07Z"_qs << true;
        QTest::newRow("negative") << u"2026-02-28T21:12:07-05:00"_qs << true;
        QTest::newRow("compact offset") << u"2026-03-01T10:12:07+0800"_qs << true;
        QTest::newRow("no seconds") << u"2026-03-01T10:12+08:00"_qs << true;
        QTest::newRow("millis") << u"2026-03-01T10:12:07.250Z"_qs << true;
        QTest::newRow("micros") << u"2026-03-01T10:12:07.250999Z"_qs << true;
        QTest::newRow("carry") << u"2026-03-01T23:59:59.9999+01:00"_qs << true;
        QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_qs << true;
        QTest::newRow("old") << u"1969-12-31T23:59:59Z"_qs << true;
        QTest::newRow("no offset") << u"2026-03-01T10:12:07"_qs << false;
        QTest::newRow("space") << u"2026-03-01 10:12:07Z"_qs << false;
        QTest::newRow("feb 30") << u"2026-02-30T10:00:00Z"_qs << false;
        QTest::newRow("not leap") << u"2026-02-29T10:00:00Z"_qs << false;
        QTest::newRow("hour 24") << u"2026-03-01T24:00:00Z"_qs << false;
        QTest::newRow("minute 60") << u"2026-03-01T10:60:00Z"_qs << false;
        QTest::newRow("month 13") << u"2026-13-01T10:00:00Z"_qs << false;
        QTest::newRow("trailing") << u"2026-03-01T10:00:00Zx"_qs << false;
        QTest::newRow("empty fraction") << u"2026-03-01T10:00:00.Z"_qs << false;
        QTest::newRow("us date") << u"03/01/2026 10:00:00 AM"_qs << false;
        QTest::newRow("empty") << QString() << false;
    }
    void instants() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        Instant a, b;
        QCOMPARE(parseIsoInstant(QStringView(text), a), valid);
        QCOMPARE(parseIsoInstant(QByteArrayView(text.toUtf8()), b), valid);
        if (!valid)
            return;
        QCOMPARE(a.ms, b.ms);
        const QDateTime ref = parseInstant(text);
        QVERIFY(ref.isValid());
        QCOMPARE(a.ms, ref.toMSecsSinceEpoch());
        QCOMPARE(a.offsetSeconds(), ref.offsetFromUtc());
    }

    void formatKeepsOffset() {
        Instant i;
        QVERIFY(parseIsoInstant(QStringView(u"2026-03-01T10:41:00+08:00"), i));
        QCOMPARE(formatInstant(i), u"2026-03-01T10:41:00+08:00"_qs);
        QCOMPARE(formatInstant(i.ms, -5 * 3600), u"2026-02-28T21:41:00-05:00"_qs);
        QCOMPARE(formatInstant(i.ms, kOffsetZulu), u"2026-03-01T02:41:00Z"_qs);
        QCOMPARE(formatInstant(i.ms + 5, 0), u"2026-03-01T02:41:00.005+00:00"_qs);
        QCOMPARE(formatInstant(i.ms, 5 * 3600 + 45 * 60), u"2026-03-01T08:26:00+05:45"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
