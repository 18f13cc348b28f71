-- Signalboard schema 50 (PostgreSQL): deleting many tickets in one statement (an archive
-- batch) logs the deletes per STATEMENT, as ticket inserts do since schema 6: still one
-- change_log row per ticket ('ticket', id, 'delete'), in id order, under the same advisory lock
-- (seq order = commit order), but one INSERT and ONE notification per statement: the whole
-- change when the statement deleted one ticket, the last seq alone otherwise (every workstation
-- then reads the statement's rows from change_log). Per row, each deleted ticket took the lock,
-- inserted its row and queued a notification of its own.
-- Updates stay per row (sb_log_change).

CREATE FUNCTION sb_log_ticket_deletes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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
        SELECT 'ticket', o.id, 'delete', (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
        FROM old_rows o ORDER BY o.id
        RETURNING seq, entity_id, at)
    SELECT max(seq), count(*), max(entity_id), max(at) INTO s, rows_logged, one_id, t FROM logged;
    IF rows_logged = 1 THEN
        PERFORM pg_notify('signalboard_change', concat_ws(' ', s, 'ticket', one_id, 'delete', t));
    ELSIF s IS NOT NULL THEN
        PERFORM pg_notify('signalboard_change', s::TEXT);
    END IF;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION sb_log_ticket_deletes() FROM PUBLIC;

DROP TRIGGER tickets_c ON tickets;
CREATE TRIGGER tickets_c AFTER UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('ticket', 'id');
CREATE TRIGGER tickets_cd AFTER DELETE ON tickets REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sb_log_ticket_deletes();
