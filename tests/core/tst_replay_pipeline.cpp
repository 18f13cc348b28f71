// Replay::replay (parser thread + grading thread, batches of 8,192 rows) must give exactly
// what the simple path gives (read everything, stable sort, run), for ordered and
// disordered input across many batches, and must stop at the first bad row in file order.
#include "grading/replay.h"

#include <QBuffer>
#include <QTest>

#include <random>

using namespace sb;

namespace {
const char *const kTypes[] = {"login_failure", "payment_failure", "product_fault", "account_theft",
                              "other"};
const char *const kTiers[] = {"normal", "vip", "key_account", "distributor"};

QList<QByteArray> makeRows(int n, quint32 seed) {
    std::mt19937 rng(seed);
    QList<QByteArray> rows;
    qint64 ms = 1772323200000;
    for (int i = 0; i < n; ++i) {
        // Mostly seconds apart with quiet gaps now and then, so incidents open and close.
        ms += (rng() % 50 == 0) ? qint64(7) * 3600 * 1000 : qint64(rng() % 20000);
        const qint32 offset =
            (rng() % 3 == 0) ? kOffsetZulu : qint32((rng() % 3) * 3600 - 5 * 3600);
        rows.append(formatInstant(ms, offset).toLatin1() + ",chat," + kTiers[rng() % 4] + ',' +
                    kTypes[rng() % 5] + ",\"subject, " + QByteArray::number(i) + "\"");
    }
    return rows;
}

QByteArray csv(const QList<QByteArray> &rows) {
    QByteArray data = "received_at,channel,customer_tier,problem_type,subject\n";
    for (const QByteArray &r : rows)
        data += r + '\n';
    return data;
}

QByteArray viaPipeline(const QByteArray &data, QString &error) {
    const RuleSet rules = RuleSet::defaults();
    QBuffer buf;
    buf.setData(data);
    buf.open(QIODevice::ReadOnly);
    QByteArray out;
    error.clear();
    const bool ok = Replay::replay(
        buf, ColumnMapping::direct(), {}, rules,
        [&](const IncidentEvent &e) { out += Replay::jsonLine(rules, e) + '\n'; }, error);
    return ok ? out : QByteArray();
}

QByteArray viaSimplePath(const QByteArray &data) {
    const RuleSet rules = RuleSet::defaults();
    QBuffer buf;
    buf.setData(data);
    buf.open(QIODevice::ReadOnly);
    std::vector<GradingRow> rows;
    std::vector<ShareSample> samples;
    QString error;
    if (!Replay::readComplaints(buf, ColumnMapping::direct(), rows, error))
        return {};
    QByteArray out;
    Replay::run(rules, rows, samples,
                [&](const IncidentEvent &e) { out += Replay::jsonLine(rules, e) + '\n'; });
    return out;
}
} // namespace

class TestReplayPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsSimplePath_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("disorder"); // 0: sorted; otherwise swap this row with row 3
        QTest::newRow("one batch") << 100 << 0;
        QTest::newRow("many batches") << 40000 << 0;
        QTest::newRow("exact batch") << 8192 << 0;
        QTest::newRow("late disorder") << 40000 << 30000;
        QTest::newRow("early disorder") << 40000 << 10;
    }
    void sameAsSimplePath() {
        QFETCH(int, rows);
        QFETCH(int, disorder);
        QList<QByteArray> r = makeRows(rows, 42);
        if (disorder)
            std::swap(r[3], r[disorder]);
        const QByteArray data = csv(r);
        QString error;
        const QByteArray a = viaPipeline(data, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray b = viaSimplePath(data);
        QVERIFY(b.count('\n') > 10);
        QCOMPARE(a, b);
        if (disorder) // the swap really changes the order, and sorting undoes it
            QCOMPARE(a, viaSimplePath(csv(makeRows(rows, 42))));
    }

    void firstErrorInFileOrder() {
        QList<QByteArray> r = makeRows(30000, 7);
        r[20000] = "2026-03-01T10:00:00Z,chat,normal,weather,x";
        r.last() = "2026-03-01T10:00:00Z,chat,normal,\"unterminated";
        QString error;
        QVERIFY(viaPipeline(csv(r), error).isEmpty());
        QCOMPARE(error, u"line 20002: problem_type: unknown problem type \"weather\""_qs);
        r[20000] = r[19999];
        viaPipeline(csv(r), error);
        QCOMPARE(error, u"line 30001: a quoted field is not closed before the end of the file"_qs);
        r[25000] = "2026-03-01T10:00:00Z,chat,normal,\"x\"y,z";
        viaPipeline(csv(r), error);
        QCOMPARE(error, u"line 25002: field 4: unexpected character after a closing quote"_qs);
    }

    void sharesMergeAcrossBatches() {
        const RuleSet rules = RuleSet::defaults();
        QList<QByteArray> r = makeRows(20000, 3);
        const QByteArray data = csv(r);
        // A sample in the middle of the stream for a type whose incident is not open.
        std::vector<ShareSample> samples(1);
        QVERIFY(
            parseIsoInstant(QByteArrayView(r[15000].left(r[15000].indexOf(','))), samples[0].at));
        samples[0].problemType = RuleSet::typeIndex(QByteArrayView("payout_delay"));
        samples[0].share = 0.02;
        QBuffer buf;
        buf.setData(data);
        buf.open(QIODevice::ReadOnly);
        QByteArray a;
        QString error;
        QVERIFY(Replay::replay(
            buf, ColumnMapping::direct(), samples, rules,
            [&](const IncidentEvent &e) { a += Replay::jsonLine(rules, e) + '\n'; }, error));
        QBuffer buf2;
        buf2.setData(data);
        buf2.open(QIODevice::ReadOnly);
        std::vector<GradingRow> rows;
        QVERIFY(Replay::readComplaints(buf2, ColumnMapping::direct(), rows, error));
        QByteArray b;
        Replay::run(rules, rows, samples,
                    [&](const IncidentEvent &e) { b += Replay::jsonLine(rules, e) + '\n'; });
        QVERIFY(a.contains(
            "\"problem_type\":\"payout_delay\",\"class\":\"key\",\"trigger\":\"affected_share\""));
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(TestReplayPipeline)
#include "tst_replay_pipeline.moc"
