-- Signalboard schema 48 (SQLite): when a paused report schedule was last resumed. The runner
-- builds no period that fell due while the schedule was paused: on resuming it starts from the
-- period due at that moment, like a new schedule. ReportScheduleStore::save stamps it when a
-- save turns `active` back on (on PostgreSQL the server's trigger does).
ALTER TABLE report_schedules ADD COLUMN resumed_at INTEGER NOT NULL DEFAULT 0;
