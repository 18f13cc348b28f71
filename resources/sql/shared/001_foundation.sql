-- Signalboard schema 1, the statements SQLite and PostgreSQL share: the foundation every
-- feature adds to.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section audit_log_index
CREATE INDEX audit_log_at ON audit_log(at);

-- @section permissions_table
CREATE TABLE permissions (
    key         TEXT PRIMARY KEY,
    parent_key  TEXT REFERENCES permissions(key),
    description TEXT NOT NULL DEFAULT ''
);

-- @section incidents_one_open
-- At most one open incident per problem type, whoever writes it.
CREATE UNIQUE INDEX incidents_one_open ON incidents(problem_type) WHERE state = 'open';

-- @section incident_events_index
CREATE INDEX incident_events_incident ON incident_events(incident_id, at);

-- @section tickets_indexes
CREATE INDEX tickets_received ON tickets(received_at, id);
CREATE INDEX tickets_type_received ON tickets(problem_type, received_at);
CREATE INDEX tickets_state ON tickets(state, received_at);
CREATE INDEX tickets_handler ON tickets(handler_id, state);
CREATE INDEX tickets_state_updated ON tickets(state, updated_at);

-- @section ticket_events_index
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at);

-- @section message_recipients_index
CREATE INDEX message_recipients_staff ON message_recipients(staff_id, read_at);
