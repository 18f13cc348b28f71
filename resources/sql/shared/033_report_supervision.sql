-- Signalboard schema 33, the statements SQLite and PostgreSQL share: supervision items (督办)
-- a manager opens from a report's recurring problems, and the indexes the report sections
-- read through.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section indexes
-- Report sections read workflow steps by action and time (revisits, escalations) and the
-- complaints linked to an incident.
CREATE INDEX ticket_events_action_at ON ticket_events(action, at, ticket_id);
CREATE INDEX tickets_incident ON tickets(incident_id) WHERE incident_id IS NOT NULL;
-- One item not yet closed per problem type or category.
CREATE UNIQUE INDEX report_supervision_one_open ON report_supervision_items(dimension, key)
    WHERE status <> 'closed';
CREATE INDEX report_supervision_key ON report_supervision_items(dimension, key, id);

-- @section query_log_results
-- How many tickets a logged search found (the Tickets place writes it once the count is in;
-- at most its count cap + 1; NULL: not known), for the report's searches that found nothing.
ALTER TABLE query_log ADD COLUMN results INTEGER;

-- @section permissions
-- Under "reports": whoever holds "reports" (supervisors, service managers, managers) holds it.
INSERT INTO permissions(key, parent_key, description) VALUES
    ('reports.supervise', 'reports', 'Open and track supervision items of recurring problems')
    ON CONFLICT (key) DO NOTHING;
