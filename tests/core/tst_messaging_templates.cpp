// Message templates and incident announcements (with webhook rows queued in the same
// transaction).
#include "messaging/messagetemplates.h"
#include "messaging/webhookoutbox.h"
#include "messaging_fixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestMessagingTemplates : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC)};
    test::Seed m_seed;
    int m_counter = 0;

private Q_SLOTS:
    void init() {
        QString error;
        m_db = test::openMigrated(test::sqliteIn(m_dir, QStringLiteral("t%1.db").arg(++m_counter)),
                                  error);
        QVERIFY2(m_db, qPrintable(error));
        m_seed = test::seedPeople(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void templateLifecycle() {
        MessageTemplateStore templates(*m_db, m_clock);
        QString error;
        MessageTemplate t;
        t.name = QStringLiteral("Shift change 交接班");
        t.subject = QStringLiteral("Shift change");
        t.body = QStringLiteral("Hand over open tickets before 18:00.\nThanks!");
        t.modes = DisplayMode::Ticker | DisplayMode::Highlight;
        t.priority = MessagePriority::Important;
        QVERIFY2(templates.save(t, m_seed.erin, error), qPrintable(error));
        QVERIFY(t.id > 0);

        MessageTemplate dup = t;
        dup.id = 0;
        QVERIFY(!templates.save(dup, m_seed.erin, error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        MessageTemplate empty;
        empty.name = QStringLiteral("empty");
        QVERIFY(!templates.save(empty, m_seed.erin, error));
        QVERIFY2(error.contains(QStringLiteral("body")), qPrintable(error));

        t.body += QStringLiteral(" (updated)");
        m_clock.advance(1000);
        QVERIFY2(templates.save(t, m_seed.erin, error), qPrintable(error));
        MessageTemplate back;
        QVERIFY2(templates.get(t.id, back, error), qPrintable(error));
        QCOMPARE(back.body, t.body);
        QCOMPARE(back.modes, t.modes);
        QCOMPARE(back.priority, MessagePriority::Important);
        QCOMPARE(back.updatedAt, m_clock.nowMs());

        // Send from the template.
        MessageStore store(*m_db, m_clock);
        qint64 id = 0;
        QVERIFY2(store.send(back.compose(Audience::team(m_seed.teamB), m_seed.erin), id, error),
                 qPrintable(error));
        StoredMessage sent;
        QVERIFY(store.message(id, sent, error));
        QCOMPARE(sent.body, t.body);
        QCOMPARE(sent.modes, DisplayModes(DisplayMode::Ticker | DisplayMode::Highlight));
        QCOMPARE(test::recipientsOf(*m_db, id), (QList<qint64>{m_seed.carol, m_seed.dave}));

        QList<MessageTemplate> all;
        QVERIFY(templates.list(all, error));
        QCOMPARE(all.size(), 1);
        QVERIFY2(templates.remove(t.id, m_seed.erin, error), qPrintable(error));
        QVERIFY(!templates.remove(t.id, m_seed.erin, error));
        QVERIFY(templates.list(all, error));
        QVERIFY(all.isEmpty());

        QSqlQuery q;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT action FROM audit_log WHERE entity = "
                                          "'message_template' ORDER BY id"),
                           {}, error));
        QStringList actions;
        while (q.next())
            actions.append(q.value(0).toString());
        QCOMPARE(actions, (QStringList{QStringLiteral("message_template.add"),
                                       QStringLiteral("message_template.change"),
                                       QStringLiteral("message_template.remove")}));
    }

    void incidentAnnouncementQueuesWebhooks() {
        QString error;
        WebhookOutbox outbox(*m_db);
        qint64 targetId = 0;
        QVERIFY2(
            outbox.addTarget(
                {0, QStringLiteral("ops group"), WebhookKind::Feishu,
                 QStringLiteral("https://open.feishu.cn/open-apis/bot/v2/hook/secret-key"), true},
                m_clock.nowMs(), QStringLiteral("erin"), targetId, error),
            qPrintable(error));
        qint64 disabledId = 0;
        QVERIFY(outbox.addTarget(
            {0, QStringLiteral("old group"), WebhookKind::WeCom,
             QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x"), true},
            m_clock.nowMs(), QStringLiteral("erin"), disabledId, error));
        QVERIFY(outbox.setTargetEnabled(disabledId, false, m_clock.nowMs(), QStringLiteral("erin"),
                                        error));
        QVERIFY(!outbox.addTarget({0, QStringLiteral("bad"), WebhookKind::Slack,
                                   QStringLiteral("file:///etc/passwd"), true},
                                  m_clock.nowMs(), QStringLiteral("erin"), disabledId, error));

        const qint64 incident = test::insertIncident(*m_db);
        MessageStore store(*m_db, m_clock);
        IncidentAnnouncement a;
        a.incidentId = incident;
        a.senderId = m_seed.erin;
        a.subject = QStringLiteral("支付失败 — serious");
        a.notice = QStringLiteral("Top-ups are failing for some banks.");
        a.script = QStringLiteral("您好，充值通道正在修复，预计30分钟内恢复。");
        a.audience = Audience::role(m_seed.agentRole);
        qint64 id = 0;
        SendReport report;
        QVERIFY2(store.announceIncident(a, id, error, &report), qPrintable(error));
        QCOMPARE(report.recipients, 3);
        QCOMPARE(report.webhooksQueued, 1);

        StoredMessage m;
        QVERIFY(store.message(id, m, error));
        QCOMPARE(m.incidentId, incident);
        QCOMPARE(m.script, a.script);
        QCOMPARE(m.body, a.notice);
        QCOMPARE(m.priority, MessagePriority::Urgent);
        QVERIFY(m.modes.testFlag(DisplayMode::Sound));

        QList<OutboxEntry> rows;
        QVERIFY(outbox.entries(rows, error, id));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().kind, QStringLiteral("feishu"));
        QCOMPARE(rows.first().state, QStringLiteral("pending"));
        QCOMPARE(rows.first().nextAttemptAt, m_clock.nowMs());
        const QJsonObject body = QJsonDocument::fromJson(rows.first().payload).object();
        QCOMPARE(body.value(QStringLiteral("msg_type")).toString(), QStringLiteral("text"));
        const QString text = body.value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toString();
        QVERIFY(text.contains(a.subject));
        QVERIFY(text.contains(a.notice));
        QVERIFY(text.contains(a.script));

        // The incident filter finds it; an announcement without an incident is refused.
        MessageFilter f;
        f.view = MessageFilter::View::Sent;
        f.incidentId = incident;
        QList<StoredMessage> found;
        QVERIFY(MessageQuery(*m_db).run(f, found, error));
        QCOMPARE(test::idsOf(found), QList<qint64>{id});
        a.incidentId = 0;
        QVERIFY(!store.announceIncident(a, id, error));

        // The audit never holds the webhook's secret key.
        QSqlQuery q;
        QVERIFY(m_db->exec(q, QStringLiteral("SELECT detail FROM audit_log"), {}, error));
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("secret-key")));
    }

    void failedWebhookQueueRollsBackTheMessage() {
        // A webhook target whose stored URL became invalid: the whole send is refused and
        // neither the message nor recipient rows are left behind.
        QString error;
        QVERIFY(
            m_db->exec(QStringLiteral("INSERT INTO webhook_targets(name, kind, url, enabled, "
                                      "created_at) VALUES ('broken', 'slack', 'not a url', 1, 0)"),
                       {}, error));
        MessageStore store(*m_db, m_clock);
        OutgoingMessage m = test::simple(m_seed.erin, Audience::everyone(), QStringLiteral("x"));
        m.alsoWebhooks = true;
        qint64 id = 0;
        QVERIFY(!store.send(m, id, error));
        QVERIFY2(error.contains(QStringLiteral("not an http")), qPrintable(error));
        QCOMPARE(test::countRows(*m_db, QStringLiteral("messages")), 0);
        QCOMPARE(test::countRows(*m_db, QStringLiteral("message_recipients")), 0);
        QCOMPARE(test::countRows(*m_db, QStringLiteral("outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessagingTemplates)
#include "tst_messaging_templates.moc"
