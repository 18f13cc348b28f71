// Ticket queues on SQLite: keyset paging both ways, queues, filters, counts, saved filters,
// query log (the cases are TicketQueriesTest's).
#include "ticketqueriestest.h"

class TestTicketQueries final : public TicketQueriesTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_MAIN(TestTicketQueries)
#include "moc_ticketqueriestest.cpp"
#include "tst_ticket_queries.moc"
