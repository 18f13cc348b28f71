// The ticket writer and registration on PostgreSQL (as the installer): the same cases as
// tst_ticket_writer, and the server's generated masked columns, which no INSERT names.
#include "ticketwritertest.h"

using namespace sb;

class TestTicketWriterPg final : public TicketWriterTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

private Q_SLOTS:
    void maskedCopiesAreTheServers() {
        auto db = open(QStringLiteral("tw_masked"));
        QVERIFY(db);
        NewTicket t = minimal(QStringLiteral("Masked"));
        t.customerId = QStringLiteral("13800138000");
        t.serviceNumber = QStringLiteral("0755-12345678");
        QVERIFY(t.columns().contains(TicketColumn::CustomerId));
        qint64 id = 0;
        QString error;
        QVERIFY2(insertTicket(*db, t, id, error), qPrintable(error));
        const QVariantMap r = row(*db, id);
        QCOMPARE(r.value(QStringLiteral("customer_id")).toString(), QStringLiteral("13800138000"));
        QCOMPARE(r.value(QStringLiteral("customer_id_masked")).toString(),
                 QStringLiteral("138****8000"));
        QCOMPARE(r.value(QStringLiteral("service_number_masked")).toString(),
                 QStringLiteral("****-****5678"));
    }
};

QTEST_GUILESS_MAIN(TestTicketWriterPg)
#include "moc_ticketwritertest.cpp"
#include "tst_ticket_writer_pg.moc"
