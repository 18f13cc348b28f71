// Fuzz target: the export query text (TicketViewText::parse, signalboard-cli export --query).
// Properties: a view that parses is written back (format) as a text that parses to the same
// view, and the SQL built from it binds every value: as many placeholders as values.

#include "fuzzcheck.h"

#include "tickets/ticketquery.h"
#include "tickets/ticketviewtext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QString error;
    const auto view =
        sb::TicketViewText::parse(QString::fromUtf8(sb::fuzz::bytes(data, size)), error);
    if (!view) {
        SB_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const auto again = sb::TicketViewText::parse(sb::TicketViewText::format(*view), error);
    SB_FUZZ_CHECK(again.has_value());
    SB_FUZZ_CHECK(*again == *view);
    for (const sb::Dialect dialect : {sb::Dialect::SQLite, sb::Dialect::PostgreSQL}) {
        for (const bool readAll : {true, false}) {
            sb::TicketQueryContext context;
            context.staffId = 3;
            context.teamId = 2;
            context.readAll = readAll;
            context.finalStates = {QStringLiteral("closed")};
            const sb::TicketQueryBuilder builder(dialect, view->queue, view->filter, context);
            for (const sb::PagedSql &sql :
                 {builder.ordered(QStringLiteral("t.id")), builder.count(1000)})
                SB_FUZZ_CHECK(sql.sql.count(QLatin1Char('?')) == sql.values.size());
        }
    }
    return 0;
}
