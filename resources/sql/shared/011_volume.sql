-- Signalboard schema 11: live volume charts (the same on SQLite and PostgreSQL).
-- Covering index for the volume view: one pass over (received_at, problem_type,
-- customer_tier) builds 30 days of per-minute counts without touching the table rows.
CREATE INDEX tickets_volume ON tickets(received_at, problem_type, customer_tier);
