// Delivering a report on PostgreSQL (ReportDeliveryTest's cases), and the server's guard of
// message attachments, tried as the staff's own logins: the sender attaches while sending, a
// recipient reads the file, a colleague who did not receive it cannot, nobody alters it.
#include "reportdeliverytest.h"

#include <QTest>

using namespace sb;

class TestReportDeliveryPg final : public ReportDeliveryTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

private Q_SLOTS:
    void init() {
        openSeeded();
        if (m_db)
            QCOMPARE(m_db->dialect(), Dialect::PostgreSQL);
    }

    void attachmentsAreGuardedByTheServer() {
        auto erinDb = test::pgLoginFor(*m_db, QStringLiteral("sb_rdeliver_erin"), m_seed.erin,
                                       QStringLiteral("sb_supervisor"));
        auto aliceDb = test::pgLoginFor(*m_db, QStringLiteral("sb_rdeliver_alice"), m_seed.alice,
                                        QStringLiteral("sb_agent"));
        auto carolDb = test::pgLoginFor(*m_db, QStringLiteral("sb_rdeliver_carol"), m_seed.carol,
                                        QStringLiteral("sb_agent"));
        QVERIFY(erinDb && aliceDb && carolDb);

        // Erin delivers the report to Alice (and Bob) as her own login.
        ReportDeliveryRequest request;
        request.senderId = m_seed.erin;
        request.subject = QStringLiteral("Weekly report");
        request.summary = QStringLiteral("2389 tickets");
        request.audience = {Audience::staff({m_seed.alice, m_seed.bob})};
        request.attachments = {pdf()};
        ReportDeliveryResult result;
        QString error;
        QVERIFY2(ReportDelivery(*erinDb, m_clock).deliver(request, result, error),
                 qPrintable(error));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.recipients, 2);

        // Alice, a recipient, lists and reads the file, identical.
        MessageStore alice(*aliceDb, m_clock);
        QList<MessageAttachment> files;
        QVERIFY2(alice.attachments(result.messageId, files, error), qPrintable(error));
        QCOMPARE(files.size(), 1);
        MessageAttachment got;
        QVERIFY2(alice.attachment(files.first().id, got, error), qPrintable(error));
        QCOMPARE(got.bytes, pdf().bytes);
        QCOMPARE(got.sha256, pdf().sha256); // computed by the server
        const qint64 attachmentId = files.first().id;

        // Carol, an agent who did not receive it, sees nothing of it.
        MessageStore carol(*carolDb, m_clock);
        QVERIFY2(carol.attachments(result.messageId, files, error), qPrintable(error));
        QVERIFY(files.isEmpty());
        QVERIFY(!carol.attachment(attachmentId, got, error));
        QVERIFY2(error.contains(QString::number(attachmentId)), qPrintable(error));

        // Nobody writes, alters or removes attachment rows directly, the sender included.
        for (Database *who : {aliceDb.get(), erinDb.get()}) {
            QVERIFY(test::refusedAs(*who,
                                    QStringLiteral("UPDATE message_attachments SET bytes = ? "
                                                   "WHERE id = ?"),
                                    {QByteArrayLiteral("forged"), attachmentId},
                                    QStringLiteral("permission denied")));
            QVERIFY(test::refusedAs(*who, QStringLiteral("DELETE FROM message_attachments"), {},
                                    QStringLiteral("permission denied")));
            QVERIFY(test::refusedAs(
                *who,
                QStringLiteral("INSERT INTO message_attachments(message_id, file_name, size, "
                               "sha256, bytes, created_at) VALUES (?, 'x.pdf', 1, 'x', 'x', 0)"),
                {result.messageId}, QStringLiteral("permission denied")));
        }
        // Only the sender attaches, and only to the message she just sent.
        QVERIFY(test::refusedAs(
            *aliceDb, QStringLiteral("SELECT sb_attach_message_file(?, 'x.pdf', '', ?)"),
            {result.messageId, QByteArrayLiteral("x")}, QStringLiteral("only the sender")));
        // Not even the owner changes the bytes.
        QVERIFY(test::refusedAs(*m_db, QStringLiteral("UPDATE message_attachments SET bytes = ?"),
                                {QByteArrayLiteral("forged")}, QStringLiteral("never change")));
        QVERIFY2(alice.attachment(attachmentId, got, error), qPrintable(error));
        QCOMPARE(got.bytes, pdf().bytes);

        // Erin re-sends to the unread as her own login: the file goes again, attached by her.
        qint64 again = 0;
        QVERIFY2(MessageStore(*erinDb, m_clock)
                     .resendToUnread(result.messageId, m_seed.erin, again, error),
                 qPrintable(error));
        QVERIFY2(alice.attachments(again, files, error), qPrintable(error));
        QCOMPARE(files.size(), 1);
        QVERIFY2(alice.attachment(files.first().id, got, error), qPrintable(error));
        QCOMPARE(got.bytes, pdf().bytes);

        // The server's bound, whatever the client checks.
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO settings(key, version, value, changed_by, "
                                           "changed_at) VALUES ('messaging.attachment_max_bytes', "
                                           "2, '10', 'test', 0)"),
                            {}, error),
                 qPrintable(error));
        qint64 id = 0;
        OutgoingMessage m =
            test::simple(m_seed.erin, Audience::staff({m_seed.alice}), QStringLiteral("x"));
        QVERIFY2(MessageStore(*erinDb, m_clock).send(m, id, error), qPrintable(error));
        QVERIFY(test::refusedAs(*erinDb,
                                QStringLiteral("SELECT sb_attach_message_file(?, 'big.pdf', '', "
                                               "?)"),
                                {id, QByteArray(11, 'x')}, QStringLiteral("big.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestReportDeliveryPg)
#include "moc_reportdeliverytest.cpp"
#include "tst_report_delivery_pg.moc"
