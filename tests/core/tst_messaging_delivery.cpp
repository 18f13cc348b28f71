// Sending, targeting, inbox delivery, receipts, expiry, re-send, hostile text and queries on
// SQLite (MessagingTest's cases, which tst_messaging_pg runs on PostgreSQL); the audience's
// JSON and a broadcast to five hundred.
#include "messagingtest.h"

#include <QJsonArray>
#include <QTest>

using namespace sb;

class TestMessagingDelivery final : public MessagingTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void init() {
        QVERIFY(sqliteFolderIsValid());
        openSeeded();
    }

    void audienceJsonRoundTrip() {
        Audience a = Audience::staff({3, 1, 2});
        a.resendOf = 17;
        Audience back;
        QString error;
        QVERIFY2(Audience::fromJson(a.toJson(), back, error), qPrintable(error));
        QCOMPARE(back.kind, Audience::Kind::Staff);
        QCOMPARE(back.ids, (QList<qint64>{3, 1, 2}));
        QCOMPARE(back.resendOf, 17);
        QVERIFY(Audience::fromJson(Audience::onDuty().toJson(), back, error));
        QCOMPARE(back.kind, Audience::Kind::OnDuty);
        QVERIFY(!Audience::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("all")}},
                                    back, error));
        QVERIFY2(error.contains(QStringLiteral("kind")), qPrintable(error));
        QVERIFY(!Audience::fromJson(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("roles")},
                        {QStringLiteral("ids"), QJsonArray{QJsonValue(1), QJsonValue(-4)}}},
            back, error));
        QVERIFY2(error.contains(QStringLiteral("item 2")), qPrintable(error));
    }

    void broadcastToFiveHundred() {
        // 500 extra agents on duty: one send writes 500 + the seeded recipients in one go.
        QString error;
        QVERIFY2(m_db->transaction(
                     [&](QString &err) {
                         QSqlQuery q(m_db->db());
                         q.prepare(QStringLiteral(
                             "INSERT INTO staff(employee_no, name, role_id, on_duty, "
                             "status_changed_at, login, created_at) VALUES (?, ?, ?, 1, 0, ?, 0)"));
                         for (int i = 0; i < 500; ++i) {
                             q.bindValue(0, QStringLiteral("N%1").arg(i));
                             q.bindValue(1, QStringLiteral("Agent %1").arg(i));
                             q.bindValue(2, m_seed.agentRole);
                             q.bindValue(3, QStringLiteral("n%1").arg(i));
                             if (!q.exec()) {
                                 err = describeSqlError(q.lastError());
                                 return false;
                             }
                         }
                         return true;
                     },
                     error),
                 qPrintable(error));
        MessageStore store(*m_db, m_clock);
        qint64 id = 0;
        SendReport report;
        QVERIFY2(store.send(test::simple(m_seed.erin, Audience::role(m_seed.agentRole),
                                         QStringLiteral("all agents")),
                            id, error, &report),
                 qPrintable(error));
        QCOMPARE(report.recipients, 503);
        QCOMPARE(test::recipientsOf(*m_db, id).size(), 503);
    }
};

QTEST_GUILESS_MAIN(TestMessagingDelivery)
#include "moc_messagingtest.cpp"
#include "tst_messaging_delivery.moc"
