-- Signalboard schema 48 (PostgreSQL): when a paused report schedule was last resumed. The
-- runner builds no period that fell due while the schedule was paused: on resuming it starts
-- from the period due at that moment, like a new schedule. The server stamps it, with its own
-- time, whenever a write turns `active` back on (staff write schedules only through
-- sb_report_schedule_save, which this trigger follows; nobody can set resumed_at directly).
ALTER TABLE report_schedules ADD COLUMN resumed_at BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION sb_report_schedule_resumed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.active = 0 AND NEW.active <> 0 THEN
        NEW.resumed_at := public.sb_now_ms();
    ELSE
        NEW.resumed_at := OLD.resumed_at;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER report_schedules_resumed BEFORE UPDATE ON report_schedules
    FOR EACH ROW EXECUTE FUNCTION sb_report_schedule_resumed();
