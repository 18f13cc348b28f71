-- Signalboard schema 47 (PostgreSQL): the change itself travels in the notification. Every
-- function that appends to change_log and notifies `signalboard_change` now sends
--     seq entity entity_id op at
-- separated by single spaces (seq first, as before; under 100 bytes: entity and op are fixed
-- keys, the numbers BIGINT). A workstation whose last seen seq is seq - 1 takes the change from
-- the payload and reads nothing; on a gap, a payload it cannot parse, or an entity it does not
-- know, it reads change_log after its last seq as before. Clients older than this schema read
-- change_log on every notification whatever it carries, so they are unaffected.
-- A statement inserting several tickets still sends one notification: the last seq alone,
-- which makes every workstation read the statement's rows from change_log.
-- The functions are otherwise as in schemas 1, 6, 18 and 41 (same lock, same rows); their
-- triggers and grants are kept. On SQLite nothing notifies: this number has no SQLite part.
-- sb_append_change is the one place a single change is appended and announced: the ordering
-- lock, the row, and the payload. Only the owner's trigger functions call it.
CREATE FUNCTION sb_append_change(p_entity TEXT, p_id BIGINT, p_op TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s BIGINT;
    t BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(7305001);
    t := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
    INSERT INTO public.change_log(entity, entity_id, op, at)
    VALUES (p_entity, p_id, p_op, t)
    RETURNING seq INTO s;
    PERFORM pg_notify('signalboard_change', concat_ws(' ', s, p_entity, p_id, p_op, t));
END;
$$;
REVOKE ALL ON FUNCTION sb_append_change(TEXT, BIGINT, TEXT) FROM PUBLIC;

CREATE OR REPLACE FUNCTION sb_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM public.sb_append_change(TG_ARGV[0], (to_jsonb(OLD) ->> TG_ARGV[1])::BIGINT,
                                        lower(TG_OP));
    ELSE
        PERFORM public.sb_append_change(TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::BIGINT,
                                        lower(TG_OP));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION sb_log_ticket_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    s BIGINT;
    rows_logged BIGINT;
    one_id BIGINT;
    t BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(7305001);
    WITH logged AS (
        INSERT INTO public.change_log(entity, entity_id, op, at)
        SELECT 'ticket', n.id, 'insert', (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
        FROM new_rows n ORDER BY n.id
        RETURNING seq, entity_id, at)
    SELECT max(seq), count(*), max(entity_id), max(at) INTO s, rows_logged, one_id, t FROM logged;
    IF rows_logged = 1 THEN
        PERFORM pg_notify('signalboard_change', concat_ws(' ', s, 'ticket', one_id, 'insert', t));
    ELSIF s IS NOT NULL THEN
        PERFORM pg_notify('signalboard_change', s::TEXT);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION sb_log_calendar_day_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    d TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        d := OLD.date;
    ELSE
        d := NEW.date;
    END IF;
    PERFORM public.sb_append_change('calendar_day',
        COALESCE(NULLIF(regexp_replace(d, '[^0-9]', '', 'g'), ''), '0')::BIGINT, lower(TG_OP));
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION sb_log_incident_alert_ack() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM public.sb_append_change('incident', NEW.incident_id, 'update');
    RETURN NULL;
END;
$$;
