// A figure's tickets by id on SQLite (the cases are TicketSelectionTest's).
#include "ticketselectiontest.h"

class TestTicketSelection final : public TicketSelectionTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_MAIN(TestTicketSelection)
#include "moc_ticketselectiontest.cpp"
#include "tst_ticket_selection.moc"
