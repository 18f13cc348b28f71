// Column mapping: our own CSV format and JSON mapping files (docs/spec/INTERCHANGE.md), with row
// errors that name line, column and reason; the shipped nyc311 mapping on the real sample.
#include "grading/ruleset.h"
#include "io/columnmapping.h"
#include "io/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace sb;

namespace {
// Maps every row; returns the complaints, or the first error in `error`.
QList<Complaint> mapAll(const QByteArray &csv, ColumnMapping mapping, QString &error) {
    QBuffer buf;
    buf.setData(csv);
    buf.open(QIODevice::ReadOnly);
    CsvReader r(&buf);
    QList<Complaint> out;
    error.clear();
    if (!r.readRecord() || !mapping.bindHeader(r, error))
        return out;
    while (r.readRecord()) {
        Complaint c;
        RowError e;
        if (!mapping.toComplaint(r, c, e)) {
            error = e.toString();
            return out;
        }
        GradingRow g;
        RowError e2;
        if (!mapping.toGradingRow(r, g, e2)) {
            error = QStringLiteral("grading row disagrees: ") + e2.toString();
            return out;
        }
        if (g.receivedAt.ms != c.receivedAt.toMSecsSinceEpoch() ||
            g.problemType != RuleSet::typeIndex(QStringView(c.problemType)) ||
            g.tier != gradingTier(c.tier)) {
            error = QStringLiteral("grading row disagrees with the complaint");
            return out;
        }
        out.append(c);
    }
    if (r.hasError())
        error = r.errorString();
    return out;
}

ColumnMapping mappingFrom(const char *json) {
    QString error;
    auto m = ColumnMapping::fromJson(QByteArray(json), error);
    if (!m)
        qFatal("mapping did not load: %s", qPrintable(error));
    return *m;
}
} // namespace

class TestCsvMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void directFormat() {
        const QByteArray csv =
            "region,problem_type,note,received_at,customer_tier,channel,description,external_id\n"
            "north,login_failure,ignored,2026-03-01T10:12:07+08:00,key_account,chat,\"a, "
            "b\nc\",X1\n"
            "south, payment_failure ,,2026-03-01T02:12:07Z,distributor,phone,,X2\n";
        QString error;
        const QList<Complaint> cs = mapAll(csv, ColumnMapping::direct(), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cs.size(), 2);
        QCOMPARE(cs[0].region, u"north"_qs);
        QCOMPARE(cs[0].problemType, u"login_failure"_qs);
        QCOMPARE(cs[0].tier, Tier::KeyAccount);
        QCOMPARE(cs[0].channel, Channel::Chat);
        QCOMPARE(cs[0].description, u"a, b\nc"_qs);
        QCOMPARE(cs[0].externalId, u"X1"_qs);
        QCOMPARE(cs[0].receivedAt.offsetFromUtc(), 8 * 3600);
        QCOMPARE(cs[1].problemType, u"payment_failure"_qs); // key fields are trimmed
        QCOMPARE(cs[0].receivedAt, cs[1].receivedAt);       // same instant
        QVERIFY(cs[1].subject.isEmpty());                   // column absent: empty
    }

    void rowErrors_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        const QByteArray head = "received_at,channel,customer_tier,problem_type\n";
        const QByteArray good = "2026-03-01T10:00:00+08:00,chat,normal,other\n";
        QTest::newRow("missing column") << QByteArray("received_at,channel,customer_tier\n")
                                        << u"line 1: problem_type: required column missing"_qs;
        QTest::newRow("duplicate column")
            << QByteArray("received_at,channel,customer_tier,problem_type,channel\n")
            << u"line 1: channel: the header names this column twice"_qs;
        QTest::newRow("too few") << head + good + "2026-03-01T10:00:00+08:00,chat,normal\n"
                                 << u"line 3: the record has 3 fields, the header has 4"_qs;
        QTest::newRow("too many") << head + good + good.trimmed() + ",extra\n"
                                  << u"line 3: the record has 5 fields, the header has 4"_qs;
        QTest::newRow("no offset")
            << head + "2026-03-01T10:00:00,chat,normal,other\n"
            << u"line 2: received_at: \"2026-03-01T10:00:00\" is not an ISO 8601 time with an "
               "offset or Z"_qs;
        QTest::newRow("bad date")
            << head + good + "2026-02-30T10:00:00Z,chat,normal,other\n"
            << u"line 3: received_at: \"2026-02-30T10:00:00Z\" is not an ISO 8601 time with an "
               "offset or Z"_qs;
        QTest::newRow("empty time") << head + ",chat,normal,other\n"
                                    << u"line 2: received_at: required value is empty"_qs;
        QTest::newRow("channel") << head + "2026-03-01T10:00:00Z,fax,normal,other\n"
                                 << u"line 2: channel: unknown channel \"fax\""_qs;
        QTest::newRow("tier") << head + "2026-03-01T10:00:00Z,chat,gold,other\n"
                              << u"line 2: customer_tier: unknown customer tier \"gold\""_qs;
        QTest::newRow("type") << head + "2026-03-01T10:00:00Z,chat,vip,weather\n"
                              << u"line 2: problem_type: unknown problem type \"weather\""_qs;
        QTest::newRow("line after multiline")
            << QByteArray("received_at,channel,customer_tier,problem_type,description\n"
                          "2026-03-01T10:00:00Z,chat,vip,other,\"one\ntwo\nthree\"\n"
                          "2026-03-01T10:00:00Z,chat,vip,nope,\n")
            << u"line 5: problem_type: unknown problem type \"nope\""_qs;
    }
    void rowErrors() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        QString actual;
        mapAll(csv, ColumnMapping::direct(), actual);
        QCOMPARE(actual, error);
    }

    void mappingValues() {
        const ColumnMapping m = mappingFrom(R"({"source": "x", "columns": {
            "received_at": {"column": "When"},
            "channel": {"column": "How", "values": {"WEB": "chat", "*": "other"}},
            "customer_tier": {"constant": "vip"},
            "problem_type": {"column": "What", "values": {"Cannot log in": "login_failure"}},
            "subject": {"column": "What"}}})");
        QString error;
        const QList<Complaint> cs = mapAll("When,How,What\n"
                                           "2026-03-01T10:00:00Z,WEB,Cannot log in\n"
                                           "2026-03-01T10:00:00Z,PIGEON,Cannot log in\n",
                                           m, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cs.size(), 2);
        QCOMPARE(cs[0].channel, Channel::Chat);
        QCOMPARE(cs[1].channel, Channel::Other);
        QCOMPARE(cs[0].tier, Tier::Vip);
        QCOMPARE(cs[0].problemType, u"login_failure"_qs);
        QCOMPARE(cs[0].subject, u"Cannot log in"_qs);
        QCOMPARE(cs[0].source, u"x"_qs);

        mapAll("When,How,What\n2026-03-01T10:00:00Z,WEB,Cannot pay\n", m, error);
        QCOMPARE(
            error,
            u"line 2: What: \"Cannot pay\" has no mapping and the mapping has no \"*\" fallback"_qs);
        mapAll("When,How\n", m, error);
        QCOMPARE(error,
                 u"line 1: What: column not found in the header (mapped to problem_type)"_qs);
    }

    void timezoneFormat() {
        const ColumnMapping m = mappingFrom(R"({"columns": {
            "received_at": {"column": "t", "format": "MM/dd/yyyy hh:mm:ss AP", "timezone": "America/New_York"},
            "channel": {"constant": "phone"}, "customer_tier": {"constant": "normal"},
            "problem_type": {"constant": "other"}}})");
        QString error;
        const QList<Complaint> cs =
            mapAll("t\n05/01/2022 12:00:03 AM\n01/15/2022 01:30:00 PM\n", m, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cs[0].receivedAt.toUTC(), QDateTime(QDate(2022, 5, 1), QTime(4, 0, 3), Qt::UTC));
        QCOMPARE(cs[0].receivedAt.offsetFromUtc(), -4 * 3600); // EDT
        QCOMPARE(cs[1].receivedAt.toUTC(), QDateTime(QDate(2022, 1, 15), QTime(18, 30), Qt::UTC));
        mapAll("t\n2022-05-01 00:00\n", m, error);
        QCOMPARE(
            error,
            u"line 2: t: \"2022-05-01 00:00\" does not match the format \"MM/dd/yyyy hh:mm:ss AP\""_qs);
    }

    void mappingFileErrors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const auto rest =
            QByteArray(R"("channel": {"constant": "phone"}, "customer_tier": {"constant": "normal"},
            "problem_type": {"constant": "other"})");
        QTest::newRow("unknown field") << QByteArray(R"({"columns": {"colour": {"column": "c"}}})")
                                       << u"mapping: columns / colour: unknown field"_qs;
        QTest::newRow("both")
            << R"({"columns": {"received_at": {"column": "a", "constant": "b"}, )" + rest + "}}"
            << u"mapping: columns / received_at: give either \"column\" or \"constant\""_qs;
        QTest::newRow("format without zone")
            << R"({"columns": {"received_at": {"column": "a", "format": "yyyy"}, )" + rest + "}}"
            << u"mapping: columns / received_at: a \"format\" needs a \"timezone\""_qs;
        QTest::newRow("bad zone")
            << R"({"columns": {"received_at": {"column": "a", "timezone": "Mars/Olympus"}, )" +
                   rest + "}}"
            << u"mapping: columns / received_at / timezone: unknown time zone \"Mars/Olympus\""_qs;
        QTest::newRow("unmapped")
            << "{\"columns\": {" + rest + "}}"
            << u"mapping: columns / received_at: required field is not mapped"_qs;
        QTest::newRow("format elsewhere")
            << R"({"columns": {"received_at": {"column": "a"}, "subject": {"column": "s", "format": "x"}, )" +
                   rest + "}}"
            << u"mapping: columns / subject: \"format\" and \"timezone\" apply to received_at only"_qs;
    }
    void mappingFileErrors() {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!ColumnMapping::fromJson(json, actual));
        QCOMPARE(actual, error);
    }

    void nyc311Sample() {
        const QString data = qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                             u"/tests/data/nyc311-2022-05-01-sample.csv"_qs;
        const QString map =
            qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") + u"/resources/mappings/nyc311.json"_qs;
        QFile f(data);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(data));
        QString error;
        auto m = ColumnMapping::fromFile(map, error);
        QVERIFY2(m, qPrintable(error));
        // The shipped resource and the source file are the same mapping.
        QVERIFY(ColumnMapping::fromFile(u":/mappings/nyc311.json"_qs, error));
        const QList<Complaint> cs = mapAll(f.readAll(), *m, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cs.size(), 924);
        QCOMPARE(cs[0].externalId, u"54049402"_qs);
        QCOMPARE(cs[0].receivedAt.toUTC(), QDateTime(QDate(2022, 5, 1), QTime(4, 0, 3), Qt::UTC));
        QCOMPARE(cs[0].channel, Channel::Chat);
        QCOMPARE(cs[0].problemType, u"product_fault"_qs);
        QCOMPARE(cs[0].category, u"Noise - Residential"_qs);
        QCOMPARE(cs[0].subject, u"Loud Music/Party"_qs);
        QCOMPARE(cs[0].region, u"BRONX"_qs);
        QCOMPARE(cs[0].source, u"nyc311"_qs);
        QCOMPARE(cs[1].channel, Channel::Social);
        int other = 0;
        for (const Complaint &c : cs)
            other += c.problemType == QLatin1StringView("other");
        QVERIFY(other > 0 && other < 924);
    }
};

QTEST_GUILESS_MAIN(TestCsvMapping)
#include "tst_csvmapping.moc"
