// The ticket writer and registration on SQLite: exactly the columns given, bulk statements from
// the same definition, ticket and event in one transaction.
#include "ticketwritertest.h"

using namespace sb;

class TestTicketWriter final : public TicketWriterTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestTicketWriter)
#include "moc_ticketwritertest.cpp"
#include "tst_ticket_writer.moc"
