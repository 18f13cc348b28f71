-- Signalboard schema 45 (PostgreSQL): monthly report roll-ups, as on SQLite (see
-- resources/sql/sqlite/045), and their server guard. Staff logins write nothing directly:
-- sb_report_rollup_store checks admin.archive, refuses a run that is not a running archive
-- run, stamps the server's time and the signed-in login, and stores the month's roll-up
-- unless the month already has one (a roll-up is taken once). Nobody changes a roll-up, the
-- owner neither. Holders of reports.read read them (row security): a report of an archived
-- month is served from its roll-up.
CREATE TABLE report_rollups (
    id             BIGSERIAL PRIMARY KEY,
    month_start    BIGINT NOT NULL,
    month_end      BIGINT NOT NULL CHECK (month_end > month_start),
    zone           TEXT NOT NULL CHECK (zone <> ''),
    month          TEXT NOT NULL,
    report         TEXT NOT NULL,
    tickets        BIGINT NOT NULL CHECK (tickets >= 0),
    taken_at       BIGINT NOT NULL,
    taken_by       TEXT NOT NULL,
    archive_run_id BIGINT REFERENCES archive_runs(id),
    UNIQUE (month_start, zone)
);
-- @shared indexes
-- @shared permissions

CREATE FUNCTION sb_report_rollup_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    RAISE EXCEPTION 'a report roll-up never changes' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER report_rollups_final BEFORE UPDATE ON report_rollups
    FOR EACH ROW EXECUTE FUNCTION sb_report_rollup_guard();

ALTER TABLE report_rollups ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_rollups_read ON report_rollups FOR SELECT TO sb_staff
    USING ((SELECT sb_has_permission('reports.read')));
GRANT SELECT ON report_rollups TO sb_staff;

-- Stores the roll-up of the month [p_month_start, p_month_end) of zone `p_zone` taken by the
-- running archive run `p_run_id`: `p_report` is the month report's JSON (every section),
-- `p_tickets` the tickets received in the month. Returns false, storing nothing, when the month
-- already has its roll-up.
-- Whether the signed-in login reads every ticket: the groups of the tickets_read_all policy, or
-- the permission tickets.read_all (the other policy's last term). A month's roll-up is taken only
-- by such a login.
CREATE FUNCTION sb_reads_every_ticket() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT public.sb_has_permission('tickets.read_all')
        OR pg_has_role(session_user, 'sb_supervisor', 'MEMBER')
        OR pg_has_role(session_user, 'sb_manager', 'MEMBER')
        OR pg_has_role(session_user, 'sb_qa', 'MEMBER')
        OR pg_has_role(session_user, 'sb_admin', 'MEMBER')
$$;
REVOKE ALL ON FUNCTION sb_reads_every_ticket() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_reads_every_ticket() TO sb_staff;

CREATE FUNCTION sb_report_rollup_store(p_month_start BIGINT, p_month_end BIGINT, p_zone TEXT,
    p_month TEXT, p_report TEXT, p_tickets BIGINT, p_run_id BIGINT)
RETURNS BOOLEAN LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    stored BIGINT;
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    IF p_run_id IS NULL OR NOT EXISTS (SELECT 1 FROM public.archive_runs r WHERE r.id = p_run_id
            AND r.kind = 'archive' AND r.state = 'running') THEN
        RAISE EXCEPTION 'archive run: a running archive run' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- A roll-up stands for the whole month: the login that takes it must read every ticket,
    -- or its report is short.
    IF NOT public.sb_reads_every_ticket() THEN
        RAISE EXCEPTION 'report roll-up: a month''s roll-up must count every ticket; the archiving login needs the permission "tickets.read_all"'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_report IS NULL OR jsonb_typeof(p_report::jsonb -> 'period') IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'report: the month report''s JSON' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.report_rollups (month_start, month_end, zone, month, report, tickets,
            taken_at, taken_by, archive_run_id)
    VALUES (p_month_start, p_month_end, p_zone, p_month, p_report, p_tickets, public.sb_now_ms(),
            session_user, p_run_id)
    ON CONFLICT (month_start, zone) DO NOTHING;
    GET DIAGNOSTICS stored = ROW_COUNT;
    RETURN stored > 0;
END;
$$;
REVOKE ALL ON FUNCTION sb_report_rollup_store(BIGINT, BIGINT, TEXT, TEXT, TEXT, BIGINT, BIGINT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_report_rollup_store(BIGINT, BIGINT, TEXT, TEXT, TEXT, BIGINT, BIGINT)
    TO sb_staff;
