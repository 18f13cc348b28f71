-- Signalboard schema 22, the statements SQLite and PostgreSQL share: a customer's other tickets
-- and searches by customer id or service number are found by index.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section indexes
CREATE INDEX tickets_customer ON tickets(customer_id) WHERE customer_id <> '';
CREATE INDEX tickets_service_number ON tickets(service_number) WHERE service_number <> '';
