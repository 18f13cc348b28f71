// The sending and receipt scenarios of tst_messaging_delivery, on PostgreSQL (MessagingTest's
// cases); receipts and grants across logins, webhook targets and the outbox on the server.
#include "messaging/messagetemplates.h"
#include "messaging/webhookoutbox.h"
#include "messaging/webhookworker.h"
#include "messaging_httpstub.h"
#include "messagingtest.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestMessagingPg final : public MessagingTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

private Q_SLOTS:
    void init() {
        openSeeded();
        if (m_db)
            QCOMPARE(m_db->dialect(), Dialect::PostgreSQL);
    }

    void receiptFromSecondConnection() {
        // Two workstations: the sender's and the reader's, each with its own connection.
        QString error;
        auto reader = Database::open(m_db->url(), QStringLiteral("reader"), error);
        QVERIFY2(reader, qPrintable(error));
        MessageStore sender(*m_db, m_clock);
        MessageStore readerStore(*reader, m_clock);
        qint64 id = 0;
        QVERIFY2(sender.send(test::simple(m_seed.erin, Audience::onDuty(), QStringLiteral("duty")),
                             id, error),
                 qPrintable(error));
        QList<StoredMessage> inbox;
        QVERIFY2(readerStore.pending(m_seed.carol, inbox, error), qPrintable(error));
        QCOMPARE(test::idsOf(inbox), QList<qint64>{id});
        bool recorded = false;
        QVERIFY2(readerStore.markRead(m_seed.carol, id, error, &recorded), qPrintable(error));
        QVERIFY(recorded);
        ReceiptSummary sum;
        QVERIFY(sender.summary(id, sum, error));
        QCOMPARE(sum.recipients, 3);
        QCOMPARE(sum.read, 1);
    }

    void agentSendsAndReadsUnderServerGrants() {
        // People logged in as their own PostgreSQL roles in group sb_agent: Alice sends to
        // named colleagues; Bob reads and receipts his own copy. The server sends in the
        // sender's own name and lets nobody mark another person's receipt.
        QString error;
        const auto loginFor = [&](const QString &login, qint64 staffId) {
            QString e;
            const bool ok =
                m_db->exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles "
                                          "WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN "
                                          "PASSWORD 'agent-pw' IN ROLE sb_agent; END IF; END $$")
                               .arg(login),
                           {}, e) &&
                m_db->exec(QStringLiteral("UPDATE staff SET login = ? WHERE id = ?"),
                           {login, staffId}, e);
            if (!ok)
                qWarning("%s", qPrintable(e));
            DatabaseUrl url = m_db->url();
            url.user = login;
            url.password = QStringLiteral("agent-pw");
            return Database::open(url, login, e);
        };
        auto agentDb = loginFor(QStringLiteral("sb_msg_agent"), m_seed.alice);
        QVERIFY(agentDb);
        auto bobDb = loginFor(QStringLiteral("sb_msg_bob"), m_seed.bob);
        QVERIFY(bobDb);
        MessageStore agent(*agentDb, m_clock);
        qint64 id = 0;
        QVERIFY2(agent.send(test::simple(m_seed.alice, Audience::staff({m_seed.erin, m_seed.bob}),
                                         QStringLiteral("Need help with ticket 42")),
                            id, error),
                 qPrintable(error));
        MessageStore bob(*bobDb, m_clock);
        QList<StoredMessage> inbox;
        QVERIFY2(bob.pending(m_seed.bob, inbox, error), qPrintable(error));
        QCOMPARE(test::idsOf(inbox), QList<qint64>{id});
        // Alice cannot mark Bob's copy read (the server changes no row of another
        // recipient); Bob can.
        bool recorded = true;
        agent.markRead(m_seed.bob, id, error, &recorded);
        QVERIFY(!recorded);
        ReceiptSummary sum;
        QVERIFY2(agent.summary(id, sum, error), qPrintable(error));
        QCOMPARE(sum.read, 0);
        QVERIFY2(bob.markRead(m_seed.bob, id, error, &recorded), qPrintable(error));
        QVERIFY(recorded);
        QVERIFY2(agent.summary(id, sum, error), qPrintable(error));
        QCOMPARE(sum.read, 1);
        // Forged: a message claiming Erin as its sender goes out in Alice's name.
        qint64 forged = 0;
        QVERIFY2(agent.send(test::simple(m_seed.erin, Audience::staff({m_seed.bob}),
                                         QStringLiteral("from Erin?")),
                            forged, error),
                 qPrintable(error));
        QSqlQuery q;
        QVERIFY2(m_db->exec(q, QStringLiteral("SELECT sender_id FROM messages WHERE id = ?"),
                            {forged}, error) &&
                     q.next(),
                 qPrintable(error));
        QCOMPARE(q.value(0).toLongLong(), m_seed.alice);
        QList<MessageTemplate> templates;
        QVERIFY2(MessageTemplateStore(*agentDb, m_clock).list(templates, error), qPrintable(error));
        // Agents may not change templates, read webhook URLs or queue webhooks.
        MessageTemplate t;
        t.name = QStringLiteral("mine");
        t.body = QStringLiteral("x");
        QVERIFY(!MessageTemplateStore(*agentDb, m_clock).save(t, m_seed.alice, error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        OutgoingMessage withHooks =
            test::simple(m_seed.alice, Audience::staff({m_seed.erin}), QStringLiteral("x"));
        withHooks.alsoWebhooks = true;
        QVERIFY(!agent.send(withHooks, id, error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    }

    void webhookTargetsNeedThePermissionOnTheServer() {
        // Both logins are in group sb_supervisor; only the supervisor's role holds
        // broadcast.webhook (the coordinator's holds broadcast.send). The server decides.
        QString error;
        const auto login = [&](const QString &name, const QString &roleKey) {
            QString e;
            m_db->exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                      "rolname = '%1') THEN CREATE ROLE %1 LOGIN PASSWORD 'pw-%1' "
                                      "IN ROLE sb_supervisor; END IF; END $$")
                           .arg(name),
                       {}, e);
            m_db->exec(
                QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                               "status_changed_at, login, created_at) VALUES (?, ?, (SELECT "
                               "id FROM roles WHERE key = ?), 'active', 0, ?, 0) ON CONFLICT "
                               "(login) DO NOTHING"),
                {QString(QStringLiteral("E-") + name), name, roleKey, name}, e);
            DatabaseUrl url = m_db->url();
            url.user = name;
            url.password = QStringLiteral("pw-") + name;
            return Database::open(url, name, e);
        };
        auto supervisor = login(QStringLiteral("sb_msg_sup"), QStringLiteral("supervisor"));
        auto coordinator = login(QStringLiteral("sb_msg_coord"), QStringLiteral("coordinator"));
        QVERIFY(supervisor && coordinator);
        WebhookTarget t;
        t.name = QStringLiteral("ops group");
        t.kind = WebhookKind::Feishu;
        t.url = QStringLiteral("https://hooks.example/abc");
        qint64 id = 0;
        QVERIFY2(WebhookOutbox(*supervisor)
                     .addTarget(t, m_clock.nowMs(), QStringLiteral("sup"), id, error),
                 qPrintable(error));
        t.name = QStringLiteral("not allowed");
        QVERIFY(!WebhookOutbox(*coordinator)
                     .addTarget(t, m_clock.nowMs(), QStringLiteral("coord"), id, error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
    }

    void outboxClaimsOnPostgres() {
        // Two workers on two connections share six rows; one row fails once first.
        test::HttpStub stub;
        QVERIFY(stub.isListening());
        stub.setScript({{500, "boom"}, {200, R"({"errcode":0})"}});
        QString error;
        WebhookOutbox outbox(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            qint64 id = 0;
            QVERIFY2(outbox.enqueue(WebhookKind::DingTalk, stub.url(QStringLiteral("/robot")),
                                    QStringLiteral("n%1").arg(i), m_clock.nowMs(), 0, id, error),
                     qPrintable(error));
            ids.append(id);
        }
        auto otherDb = Database::open(m_db->url(), QStringLiteral("other"), error);
        QVERIFY2(otherDb, qPrintable(error));
        OutboxOptions o;
        o.batchSize = 4;
        o.backoffBaseMs = 1000;
        OutboxWorker a(*m_db, m_clock, o);
        OutboxWorker b(*otherDb, m_clock, o);
        QSignalSpy da(&a, &OutboxWorker::delivered);
        QSignalSpy db(&b, &OutboxWorker::delivered);
        QSignalSpy fa(&a, &OutboxWorker::attemptFailed);
        QSignalSpy fb(&b, &OutboxWorker::attemptFailed);
        a.processDue();
        b.processDue();
        QCOMPARE(a.inFlight(), 4);
        QCOMPARE(b.inFlight(), 2);
        QTRY_COMPARE(da.size() + db.size() + fa.size() + fb.size(), 6);
        QCOMPARE(fa.size() + fb.size(), 1);
        m_clock.advance(1000);
        a.processDue();
        b.processDue();
        QCOMPARE(a.inFlight() + b.inFlight(), 1);
        QTRY_COMPARE(da.size() + db.size(), 6);
        m_clock.advance(3600000);
        a.processDue();
        b.processDue();
        QCOMPARE(a.inFlight() + b.inFlight(), 0);
        QCOMPARE(stub.requests().size(), 7);
        QCOMPARE(stub.acknowledged(), 6);
        QSet<QByteArray> keys;
        for (const test::StubRequest &r : stub.requests())
            keys.insert(r.headers.value("idempotency-key"));
        QCOMPARE(keys.size(), 6);
        for (qint64 id : ids) {
            OutboxEntry e;
            QVERIFY(outbox.entry(id, e, error));
            QCOMPARE(e.state, QStringLiteral("delivered"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMessagingPg)
#include "moc_messagingtest.cpp"
#include "tst_messaging_pg.moc"
