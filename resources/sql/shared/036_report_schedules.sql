-- Signalboard schema 36, the statements SQLite and PostgreSQL share: report schedules and
-- their runs.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section indexes
CREATE INDEX report_runs_period ON report_runs(period_start, id);
CREATE INDEX report_runs_state ON report_runs(state, lease_until);

-- @section permissions
-- Under "reports": managers, service managers (and supervisors, who hold all of "reports")
-- hold it.
INSERT INTO permissions(key, parent_key, description) VALUES
    ('reports.schedule', 'reports', 'Schedule reports and run the due ones')
    ON CONFLICT (key) DO NOTHING;
