-- Signalboard schema 45, the statements SQLite and PostgreSQL share: the permission archive
-- runs need (it stores the monthly report roll-ups too), added here as well in case the
-- administration part that introduces it came later; a second insert changes nothing.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section permissions
INSERT INTO permissions(key, parent_key, description) VALUES
    ('admin.archive', 'admin', 'Archive and restore tickets past retention')
    ON CONFLICT (key) DO NOTHING;
-- @section indexes
CREATE INDEX report_rollups_period ON report_rollups(month_start, month_end);
