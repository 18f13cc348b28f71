#pragma once
// The dialects' TicketSinks (ticketsink.cpp: PostgreSQL; sqliteticketsink.cpp: SQLite).

#include "io/ticketsink.h"

namespace sb::detail {

std::unique_ptr<TicketSink> createSqliteSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                             qint64 expectedBytes);
std::unique_ptr<TicketSink> createPgSink(Database &db, qint64 nowMs, qint64 registeredBy,
                                         qint64 expectedBytes);

} // namespace sb::detail
