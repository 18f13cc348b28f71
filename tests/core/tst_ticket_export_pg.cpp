// Export of a queue view on PostgreSQL: exactly the queue's tickets in queue order (green first,
// the view's sort, id), masking, cancel and progress, round trip through the importer, and
// the query text of signalboard-cli export (the cases are TicketExportTest's).
#include "ticketexporttest.h"

class TestTicketExportPg final : public TicketExportTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestTicketExportPg)
#include "moc_ticketexporttest.cpp"
#include "tst_ticket_export_pg.moc"
