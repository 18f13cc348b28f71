// Export of a queue view on SQLite: exactly the queue's tickets in queue order (green first,
// the view's sort, id), masking, cancel and progress, round trip through the importer, and
// the query text of signalboard-cli export (the cases are TicketExportTest's).
#include "ticketexporttest.h"

class TestTicketExport final : public TicketExportTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestTicketExport)
#include "moc_ticketexporttest.cpp"
#include "tst_ticket_export.moc"
