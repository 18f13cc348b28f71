-- Signalboard schema 22 (SQLite): a customer's other tickets and searches by customer id or
-- service number are found by index. (On PostgreSQL this schema also moves the masking of
-- personal data to the server; an embedded database has no other reader to guard against.)
CREATE INDEX tickets_customer ON tickets(customer_id) WHERE customer_id <> '';
CREATE INDEX tickets_service_number ON tickets(service_number) WHERE service_number <> '';
