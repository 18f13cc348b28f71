-- Signalboard schema 12 (PostgreSQL): ticket queues — saved filters, the audit log of ticket
-- searches, and the index the queue pages are read through.

CREATE TABLE saved_filters (
    id         BIGSERIAL PRIMARY KEY,
    staff_id   BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '{}',
    UNIQUE (staff_id, name)
);

CREATE TABLE query_log (
    id       BIGSERIAL PRIMARY KEY,
    at       BIGINT NOT NULL,
    staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    queue    TEXT NOT NULL,
    filter   TEXT NOT NULL DEFAULT '{}'
);
-- @shared indexes

GRANT SELECT, INSERT, UPDATE, DELETE ON saved_filters TO sb_staff;
GRANT INSERT ON query_log TO sb_staff;
GRANT SELECT ON query_log TO sb_supervisor, sb_manager, sb_admin;
GRANT USAGE ON SEQUENCE saved_filters_id_seq, query_log_id_seq TO sb_staff;
