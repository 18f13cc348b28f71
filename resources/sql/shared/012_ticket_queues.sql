-- Signalboard schema 12, the statements SQLite and PostgreSQL share: ticket queue indexes.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section indexes
CREATE INDEX query_log_at ON query_log(at);

-- Every queue page is ordered green channel first, then by the sort column and id: this
-- index serves the default order (received time) and keyset paging in both directions.
CREATE INDEX tickets_green_received ON tickets(green_channel, received_at, id);
