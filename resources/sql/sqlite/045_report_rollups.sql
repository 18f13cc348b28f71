-- Signalboard schema 45 (SQLite): monthly report roll-ups. Before the first ticket of a month
-- leaves for the archive, the archive run stores the whole month report (every section, the
-- engine's JSON) of the business calendar's zone, so that a report of that month keeps its
-- figures once its tickets are gone. One row per month and zone, taken once: a later run that
-- archives more tickets of the month keeps it, and a roll-up never changes.
CREATE TABLE report_rollups (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    month_start    INTEGER NOT NULL,
    month_end      INTEGER NOT NULL CHECK (month_end > month_start),
    zone           TEXT NOT NULL CHECK (zone <> ''),
    month          TEXT NOT NULL,
    report         TEXT NOT NULL,
    tickets        INTEGER NOT NULL CHECK (tickets >= 0),
    taken_at       INTEGER NOT NULL,
    taken_by       TEXT NOT NULL,
    archive_run_id INTEGER REFERENCES archive_runs(id),
    UNIQUE (month_start, zone)
);
CREATE TRIGGER report_rollups_final_u BEFORE UPDATE ON report_rollups
BEGIN
    SELECT RAISE(ABORT, 'a report roll-up never changes');
END;
-- @shared indexes
-- @shared permissions
