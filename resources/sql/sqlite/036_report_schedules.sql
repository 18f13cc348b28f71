-- Signalboard schema 36 (SQLite): report schedules (定期通报) and their runs. A schedule says
-- which report (sections, period kind, formats, language), when it is built (local time of day
-- in the calendar's zone) and where it goes (a broadcast to an audience, a folder, the chat
-- webhooks). A runner claims a schedule's period by inserting its run (one per schedule, period
-- kind and start); a running run whose lease has passed, or a failed one, is taken over by the
-- next runner (attempt + 1). A done or skipped run and its outputs never change.
-- ReportScheduleStore (src/core/reports/reportschedule.h) checks reports.schedule on SQLite;
-- on PostgreSQL the server's functions do (resources/sql/postgresql/036_report_schedules.sql).
CREATE TABLE report_schedules (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL UNIQUE CHECK (name <> ''),
    sections      TEXT NOT NULL DEFAULT '[]',
    period_kind   TEXT NOT NULL CHECK (period_kind IN ('hour', 'day', 'week', 'month')),
    audience      TEXT NOT NULL DEFAULT '[]',
    formats       TEXT NOT NULL DEFAULT '["pdf"]',
    language      TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh_CN')),
    time_of_day   TEXT NOT NULL DEFAULT '07:00',
    weekday       INTEGER NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),
    day_of_month  INTEGER NOT NULL DEFAULT 1 CHECK (day_of_month BETWEEN 1 AND 28),
    skip_if_empty INTEGER NOT NULL DEFAULT 0,
    broadcast     INTEGER NOT NULL DEFAULT 1,
    folder        TEXT NOT NULL DEFAULT '',
    webhooks      INTEGER NOT NULL DEFAULT 0,
    active        INTEGER NOT NULL DEFAULT 1,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_by    INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL
);
CREATE TABLE report_runs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    schedule_id   INTEGER, -- NULL: an ad hoc run; kept when the schedule is removed
    schedule_name TEXT NOT NULL DEFAULT '',
    period_kind   TEXT NOT NULL,
    period_at     TEXT NOT NULL,
    period_start  INTEGER NOT NULL,
    period_end    INTEGER NOT NULL CHECK (period_end > period_start),
    zone          TEXT NOT NULL,
    params        TEXT NOT NULL DEFAULT '{}',
    state         TEXT NOT NULL DEFAULT 'running'
                  CHECK (state IN ('running', 'done', 'failed', 'skipped')),
    error         TEXT NOT NULL DEFAULT '',
    cutoff_seq    INTEGER NOT NULL DEFAULT 0,
    cutoff_at     INTEGER NOT NULL DEFAULT 0,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    lease_until   INTEGER NOT NULL,
    runner        TEXT NOT NULL DEFAULT '',
    message_id    INTEGER NOT NULL DEFAULT 0,
    attempt       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (schedule_id, period_kind, period_start)
);
CREATE TABLE report_run_outputs (
    run_id    INTEGER NOT NULL REFERENCES report_runs(id),
    format    TEXT NOT NULL CHECK (format IN ('pdf', 'csv', 'xlsx', 'json')),
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    size      INTEGER NOT NULL,
    bytes     BLOB NOT NULL,
    PRIMARY KEY (run_id, format)
);
-- @shared indexes
-- @shared permissions

-- A done or skipped run never changes and is never removed; its outputs neither. Outputs are
-- added only to a running run and never rewritten.
CREATE TRIGGER report_runs_final_u BEFORE UPDATE ON report_runs
WHEN OLD.state IN ('done', 'skipped')
BEGIN
    SELECT RAISE(ABORT, 'a finished report run never changes');
END;
CREATE TRIGGER report_runs_final_d BEFORE DELETE ON report_runs
WHEN OLD.state IN ('done', 'skipped')
BEGIN
    SELECT RAISE(ABORT, 'a finished report run never changes');
END;
CREATE TRIGGER report_run_outputs_u BEFORE UPDATE ON report_run_outputs
BEGIN
    SELECT RAISE(ABORT, 'a report output never changes');
END;
CREATE TRIGGER report_run_outputs_d BEFORE DELETE ON report_run_outputs
WHEN (SELECT state FROM report_runs WHERE id = OLD.run_id) IN ('done', 'skipped')
BEGIN
    SELECT RAISE(ABORT, 'a report output never changes');
END;
CREATE TRIGGER report_run_outputs_i BEFORE INSERT ON report_run_outputs
WHEN COALESCE((SELECT state FROM report_runs WHERE id = NEW.run_id), '') <> 'running'
BEGIN
    SELECT RAISE(ABORT, 'outputs are added to a running report run only');
END;

CREATE TRIGGER report_schedules_ci AFTER INSERT ON report_schedules BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('report_schedule', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER report_schedules_cu AFTER UPDATE ON report_schedules BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('report_schedule', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER report_schedules_cd AFTER DELETE ON report_schedules BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('report_schedule', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER report_runs_ci AFTER INSERT ON report_runs BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('report_run', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER report_runs_cu AFTER UPDATE ON report_runs BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('report_run', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
