-- Signalboard schema 34, the statements SQLite and PostgreSQL share: the settings periodic
-- reports (定期通报) read. Each is a versioned setting like every number of the product; the
-- report engine falls back to the same defaults when a key is missing
-- (src/core/reports/reportsettings.h).
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section settings
-- reports.repeat_days: a complaint is a repeat when the same customer complained about the
-- same problem type within this many days before. reports.growth_min_volume: problem types
-- with fewer tickets in the period are not ranked as growing. reports.recurring_threshold and
-- reports.recurring_periods: a problem type with at least this many tickets in each of this
-- many consecutive periods is recurring (督办).
INSERT INTO settings(key, version, value, changed_by, changed_at) VALUES
    ('reports.repeat_days', 1, '7', 'migration 034', 0),
    ('reports.growth_min_volume', 1, '20', 'migration 034', 0),
    ('reports.recurring_threshold', 1, '50', 'migration 034', 0),
    ('reports.recurring_periods', 1, '3', 'migration 034', 0)
    ON CONFLICT (key, version) DO NOTHING;
