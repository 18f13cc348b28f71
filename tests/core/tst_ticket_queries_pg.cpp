// Ticket queues on PostgreSQL: keyset paging both ways, queues, filters, counts, saved filters,
// query log (the cases are TicketQueriesTest's).
#include "ticketqueriestest.h"

class TestTicketQueriesPg final : public TicketQueriesTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_MAIN(TestTicketQueriesPg)
#include "moc_ticketqueriestest.cpp"
#include "tst_ticket_queries_pg.moc"
