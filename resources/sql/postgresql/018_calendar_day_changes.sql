-- Holidays and make-up working days (calendar_days, migration 003) append to change_log (and
-- notify) like the deadline rules, so every workstation's Administration > Calendar tab and
-- every deadline computed from the calendar follow a change at once. The key is a date, not
-- a number: entity_id is the date as yyyymmdd. Same ordering lock as sb_log_change (001).
CREATE FUNCTION sb_log_calendar_day_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    s BIGINT;
    d TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(7305001);
    IF TG_OP = 'DELETE' THEN
        d := OLD.date;
    ELSE
        d := NEW.date;
    END IF;
    INSERT INTO public.change_log(entity, entity_id, op, at)
    VALUES ('calendar_day', COALESCE(NULLIF(regexp_replace(d, '[^0-9]', '', 'g'), ''), '0')::BIGINT,
            lower(TG_OP), (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT)
    RETURNING seq INTO s;
    PERFORM pg_notify('signalboard_change', s::TEXT);
    RETURN NULL;
END;
$$;

CREATE TRIGGER calendar_days_c AFTER INSERT OR UPDATE OR DELETE ON calendar_days
    FOR EACH ROW EXECUTE FUNCTION sb_log_calendar_day_change();
