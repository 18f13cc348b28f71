// Webhook bodies, acknowledgement rules, backoff, and the OutboxWorker against a local HTTP
// server: retries, exactly-once delivery once acknowledged, restart and crash recovery.
#include "messaging/webhook.h"
#include "messaging/webhookoutbox.h"
#include "messaging/webhookworker.h"
#include "messaging_httpstub.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
constexpr qint64 kStart = 1790000000000;
}

class TestMessagingOutbox : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC)};
    std::unique_ptr<test::HttpStub> m_stub;
    int m_counter = 0;

    OutboxOptions options() const {
        OutboxOptions o;
        o.backoffBaseMs = 1000;
        o.backoffMaxMs = 8000;
        o.transferTimeoutMs = 5000;
        o.leaseMarginMs = 10000;
        return o;
    }

    qint64 enqueue(const QString &text = QStringLiteral("紧急通知 🚨"),
                   WebhookKind kind = WebhookKind::WeCom) {
        qint64 id = 0;
        QString error;
        if (!WebhookOutbox(*m_db).enqueue(kind, m_stub->url(QStringLiteral("/hook")), text,
                                          m_clock.nowMs(), 0, id, error))
            qFatal("enqueue: %s", qPrintable(error));
        return id;
    }

    OutboxEntry entry(Database &db, qint64 id) {
        OutboxEntry e;
        QString error;
        if (!WebhookOutbox(db).entry(id, e, error))
            qFatal("entry: %s", qPrintable(error));
        return e;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_clock.set(QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC));
        m_url = test::sqliteIn(m_dir, QStringLiteral("o%1.db").arg(++m_counter));
        m_db = test::openMigrated(m_url, error);
        QVERIFY2(m_db, qPrintable(error));
        m_stub = std::make_unique<test::HttpStub>();
        QVERIFY(m_stub->isListening());
    }
    void cleanup() {
        m_stub.reset();
        m_db.reset();
    }

    void bodies() {
        const QString text = QStringLiteral("a\"b\\ <c>&\n紧急 🚨 \u202Eq");
        const auto parsed = [](const QByteArray &b) {
            return QJsonDocument::fromJson(b).object();
        };
        for (const WebhookKind k : {WebhookKind::WeCom, WebhookKind::DingTalk}) {
            const QJsonObject o = parsed(webhookBody(k, text));
            QCOMPARE(o.size(), 2);
            QCOMPARE(o.value(QStringLiteral("msgtype")).toString(), QStringLiteral("text"));
            QCOMPARE(o.value(QStringLiteral("text"))
                         .toObject()
                         .value(QStringLiteral("content"))
                         .toString(),
                     text);
        }
        QCOMPARE(webhookBody(WebhookKind::WeCom, QStringLiteral("hi")),
                 QByteArray(R"({"msgtype":"text","text":{"content":"hi"}})"));
        QCOMPARE(webhookBody(WebhookKind::Feishu, QStringLiteral("hi")),
                 QByteArray(R"({"content":{"text":"hi"},"msg_type":"text"})"));
        QCOMPARE(webhookBody(WebhookKind::Slack, QStringLiteral("hi")),
                 QByteArray(R"({"text":"hi"})"));
        const QJsonObject f = parsed(webhookBody(WebhookKind::Feishu, text));
        QCOMPARE(
            f.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(),
            text);
        QCOMPARE(
            parsed(webhookBody(WebhookKind::Slack, text)).value(QStringLiteral("text")).toString(),
            text);

        WebhookKind k;
        QVERIFY(webhookKindFromKey(QStringLiteral("dingtalk"), k));
        QCOMPARE(k, WebhookKind::DingTalk);
        QVERIFY(!webhookKindFromKey(QStringLiteral("DingTalk"), k));
    }

    void acknowledgementRules() {
        QString why;
        QVERIFY(
            webhookAccepted(QStringLiteral("wecom"), 200, R"({"errcode":0,"errmsg":"ok"})", why));
        QVERIFY(!webhookAccepted(QStringLiteral("wecom"), 200,
                                 R"({"errcode":45009,"errmsg":"api freq out of limit"})", why));
        QVERIFY2(why.contains(QStringLiteral("45009")), qPrintable(why));
        QVERIFY(!webhookAccepted(QStringLiteral("dingtalk"), 200,
                                 R"({"errcode":310000,"errmsg":"keywords not in content"})", why));
        QVERIFY(
            webhookAccepted(QStringLiteral("feishu"), 200, R"({"code":0,"msg":"success"})", why));
        QVERIFY(webhookAccepted(QStringLiteral("feishu"), 200,
                                R"({"StatusCode":0,"StatusMessage":"success"})", why));
        QVERIFY(!webhookAccepted(QStringLiteral("feishu"), 200,
                                 R"({"code":19021,"msg":"sign match fail"})", why));
        QVERIFY(webhookAccepted(QStringLiteral("slack"), 200, "ok", why));
        QVERIFY(webhookAccepted(QStringLiteral("wecom"), 204, "", why));
        QVERIFY(!webhookAccepted(QStringLiteral("slack"), 500, "boom", why));
        QVERIFY2(why.contains(QStringLiteral("500")), qPrintable(why));
        QVERIFY(!webhookAccepted(QStringLiteral("slack"), 301, "", why));
    }

    void backoff() {
        OutboxOptions o;
        o.backoffBaseMs = 5000;
        o.backoffMaxMs = 60000;
        QCOMPARE(outboxBackoffMs(o, 1), 5000);
        QCOMPARE(outboxBackoffMs(o, 2), 10000);
        QCOMPARE(outboxBackoffMs(o, 3), 20000);
        QCOMPARE(outboxBackoffMs(o, 4), 40000);
        QCOMPARE(outboxBackoffMs(o, 5), 60000);
        QCOMPARE(outboxBackoffMs(o, 1000000), 60000);
    }

    void retriedThenDeliveredExactlyOnce() {
        m_stub->setScript({{500, "boom"}, {200, R"({"errcode":0,"errmsg":"ok"})"}});
        const qint64 id = enqueue();
        OutboxWorker worker(*m_db, m_clock, options());
        QSignalSpy failed(&worker, &OutboxWorker::attemptFailed);
        QSignalSpy delivered(&worker, &OutboxWorker::delivered);

        worker.processDue();
        QCOMPARE(worker.inFlight(), 1);
        QVERIFY(entry(*m_db, id).claimedUntil.has_value()); // claimed before the POST
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), id);
        OutboxEntry e = entry(*m_db, id);
        QCOMPARE(e.state, QStringLiteral("pending"));
        QCOMPARE(e.attempts, 1);
        QVERIFY2(e.lastError.contains(QStringLiteral("500")), qPrintable(e.lastError));
        QCOMPARE(e.nextAttemptAt, kStart + 1000);
        QVERIFY(!e.claimedUntil.has_value());

        // Not due yet: nothing is claimed.
        worker.processDue();
        QCOMPARE(worker.inFlight(), 0);
        QCOMPARE(m_stub->requests().size(), 1);

        m_clock.advance(1000);
        worker.processDue();
        QCOMPARE(worker.inFlight(), 1);
        QTRY_COMPARE(delivered.size(), 1);
        e = entry(*m_db, id);
        QCOMPARE(e.state, QStringLiteral("delivered"));
        QCOMPARE(e.deliveredAt.value_or(-1), kStart + 1000);
        QCOMPARE(e.attempts, 2);
        QVERIFY(e.lastError.isEmpty());

        // Acknowledged: never sent again.
        m_clock.advance(3600000);
        worker.processDue();
        QCOMPARE(worker.inFlight(), 0);
        QCOMPARE(m_stub->requests().size(), 2);
        QCOMPARE(m_stub->acknowledged(), 1);
        for (const test::StubRequest &r : m_stub->requests()) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.path, QByteArray("/hook"));
            QCOMPARE(r.headers.value("idempotency-key"), QByteArray::number(id));
            QVERIFY(r.headers.value("content-type").startsWith("application/json"));
            QCOMPARE(r.body, webhookBody(WebhookKind::WeCom, QStringLiteral("紧急通知 🚨")));
        }
    }

    void refusalCodeIsRetried() {
        m_stub->setScript({{200, R"({"errcode":45009,"errmsg":"api freq out of limit"})"},
                           {200, R"({"errcode":0,"errmsg":"ok"})"}});
        const qint64 id = enqueue();
        OutboxWorker worker(*m_db, m_clock, options());
        QSignalSpy failed(&worker, &OutboxWorker::attemptFailed);
        QSignalSpy delivered(&worker, &OutboxWorker::delivered);
        worker.processDue();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(entry(*m_db, id).lastError.contains(QStringLiteral("45009")));
        m_clock.advance(1000);
        worker.processDue();
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(entry(*m_db, id).state, QStringLiteral("delivered"));
    }

    void restartAfterFailureDeliversOnce() {
        m_stub->setScript({{500, "down"}, {200, "ok"}});
        const qint64 id = enqueue();
        {
            OutboxWorker first(*m_db, m_clock, options());
            QSignalSpy failed(&first, &OutboxWorker::attemptFailed);
            first.processDue();
            QTRY_COMPARE(failed.size(), 1);
        }
        m_db.reset(); // the program stops

        QString error;
        auto again = Database::open(m_url, QStringLiteral("restarted"), error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(entry(*again, id).state, QStringLiteral("pending"));
        OutboxWorker second(*again, m_clock, options());
        QSignalSpy delivered(&second, &OutboxWorker::delivered);
        m_clock.advance(1000);
        second.processDue();
        QTRY_COMPARE(delivered.size(), 1);
        m_clock.advance(3600000);
        second.processDue();
        QCOMPARE(second.inFlight(), 0);
        QCOMPARE(m_stub->requests().size(), 2);
        QCOMPARE(m_stub->acknowledged(), 1);
        QCOMPARE(entry(*again, id).state, QStringLiteral("delivered"));
        QCOMPARE(entry(*again, id).attempts, 2);
    }

    void crashMidFlightSendsAtMostOneDuplicate() {
        // The worker dies after the POST left and before any answer: the row stays claimed
        // until its lease ends, then exactly one more POST with the same Idempotency-Key.
        m_stub->hold(true);
        const qint64 id = enqueue();
        auto first = std::make_unique<OutboxWorker>(*m_db, m_clock, options());
        first->processDue();
        QTRY_COMPARE(m_stub->requests().size(), 1);
        first.reset(); // destroyed mid-flight
        m_db.reset();

        QString error;
        auto again = Database::open(m_url, QStringLiteral("restarted"), error);
        QVERIFY2(again, qPrintable(error));
        OutboxEntry e = entry(*again, id);
        QCOMPARE(e.state, QStringLiteral("pending"));
        QCOMPARE(e.attempts, 0);
        QCOMPARE(e.claimedUntil.value_or(-1), kStart + 5000 + 10000);

        m_stub->hold(false);
        m_stub->setScript({{200, "ok"}});
        OutboxWorker second(*again, m_clock, options());
        QSignalSpy delivered(&second, &OutboxWorker::delivered);
        second.processDue(); // the lease is still live: hands off
        QCOMPARE(second.inFlight(), 0);
        m_clock.advance(15000);
        second.processDue();
        QCOMPARE(second.inFlight(), 1);
        QTRY_COMPARE(delivered.size(), 1);
        m_clock.advance(3600000);
        second.processDue();
        QCOMPARE(second.inFlight(), 0);
        QCOMPARE(m_stub->requests().size(), 2);
        QCOMPARE(m_stub->requests().at(0).headers.value("idempotency-key"), QByteArray::number(id));
        QCOMPARE(m_stub->requests().at(1).headers.value("idempotency-key"), QByteArray::number(id));
        QCOMPARE(m_stub->acknowledged(), 1);
        QCOMPARE(entry(*again, id).state, QStringLiteral("delivered"));
    }

    void twoWorkersNeverSendTheSameRow() {
        m_stub->setScript({{200, "ok"}});
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(enqueue(QStringLiteral("n%1").arg(i), WebhookKind::Slack));
        QString error;
        auto otherDb = Database::open(m_url, QStringLiteral("other"), error);
        QVERIFY2(otherDb, qPrintable(error));
        OutboxOptions o = options();
        o.batchSize = 4;
        OutboxWorker a(*m_db, m_clock, o);
        OutboxWorker b(*otherDb, m_clock, o);
        QSignalSpy da(&a, &OutboxWorker::delivered);
        QSignalSpy db(&b, &OutboxWorker::delivered);
        a.processDue();
        b.processDue();
        QCOMPARE(a.inFlight(), 4);
        QCOMPARE(b.inFlight(), 2);
        QTRY_COMPARE(da.size() + db.size(), 6);
        a.processDue();
        b.processDue();
        QCOMPARE(a.inFlight() + b.inFlight(), 0);
        QCOMPARE(m_stub->requests().size(), 6);
        QSet<QByteArray> keys;
        for (const test::StubRequest &r : m_stub->requests())
            keys.insert(r.headers.value("idempotency-key"));
        QCOMPARE(keys.size(), 6);
        for (qint64 id : ids)
            QCOMPARE(entry(*m_db, id).state, QStringLiteral("delivered"));
    }

    void transferTimeoutCountsAsFailedAttempt() {
        m_stub->hold(true);
        const qint64 id = enqueue();
        OutboxOptions o = options();
        o.transferTimeoutMs = 300;
        OutboxWorker worker(*m_db, m_clock, o);
        QSignalSpy failed(&worker, &OutboxWorker::attemptFailed);
        worker.processDue();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const OutboxEntry e = entry(*m_db, id);
        QCOMPARE(e.state, QStringLiteral("pending"));
        QCOMPARE(e.attempts, 1);
        QVERIFY(!e.lastError.isEmpty());
    }

    void givesUpAfterMaxAttempts() {
        m_stub->setScript({{503, "busy"}});
        const qint64 id = enqueue();
        OutboxOptions o = options();
        o.maxAttempts = 3;
        OutboxWorker worker(*m_db, m_clock, o);
        QSignalSpy failed(&worker, &OutboxWorker::attemptFailed);
        for (int i = 1; i <= 3; ++i) {
            worker.processDue();
            QTRY_COMPARE(failed.size(), i);
            m_clock.advance(outboxBackoffMs(o, i));
        }
        QVERIFY(failed.last().at(3).toBool()); // given up
        const OutboxEntry e = entry(*m_db, id);
        QCOMPARE(e.state, QStringLiteral("failed"));
        QCOMPARE(e.attempts, 3);
        worker.processDue();
        QCOMPARE(worker.inFlight(), 0);
        QCOMPARE(m_stub->requests().size(), 3);
    }

    void unreachableServerIsAFailedAttempt() {
        qint64 id = 0;
        QString error;
        // Port 1 on loopback: nothing listens there.
        QVERIFY(WebhookOutbox(*m_db).enqueue(WebhookKind::Slack,
                                             QStringLiteral("http://127.0.0.1:1/x"),
                                             QStringLiteral("x"), m_clock.nowMs(), 0, id, error));
        OutboxWorker worker(*m_db, m_clock, options());
        QSignalSpy failed(&worker, &OutboxWorker::attemptFailed);
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.processDue();
        QTRY_COMPARE(failed.size(), 1);
        QTRY_VERIFY(idle.size() >= 1);
        QVERIFY2(entry(*m_db, id).lastError.contains(QStringLiteral("No HTTP answer")),
                 qPrintable(entry(*m_db, id).lastError));
    }
};

QTEST_GUILESS_MAIN(TestMessagingOutbox)
#include "tst_messaging_outbox.moc"
