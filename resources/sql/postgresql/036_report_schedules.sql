-- Signalboard schema 36 (PostgreSQL): report schedules (定期通报), their runs and outputs, and
-- their server guard. A schedule says which report (sections, period kind, formats, language),
-- when it is built (local time of day in the calendar's zone) and where it goes (a broadcast
-- to an audience, a folder, the chat webhooks). A runner claims a schedule's period by
-- inserting its run (one per schedule, period kind and start); a running run whose lease has
-- passed, or a failed one, is taken over by the next runner (attempt + 1).
--
-- Staff logins write none of the tables: every step is a SECURITY DEFINER function that
-- checks the permission reports.schedule and stamps the server's time:
--   sb_report_schedule_save    inserts or updates a schedule (at the version the writer saw);
--   sb_report_schedule_remove  removes one (its runs stay);
--   sb_report_run_claim        claims a schedule's period for the calling runner;
--   sb_report_run_output       stores one output of a running run (SHA-256 checked);
--   sb_report_run_finish       marks a running run done, failed or skipped.
-- Reads (row security): schedules for reports.read and reports.schedule holders, runs and
-- outputs for reports.read holders (and reports.schedule: the runner reads back its run).
-- A done or skipped run and its outputs never change, whoever writes (the owner too).
CREATE TABLE report_schedules (
    id            BIGSERIAL PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (name <> ''),
    sections      TEXT NOT NULL DEFAULT '[]',
    period_kind   TEXT NOT NULL CHECK (period_kind IN ('hour', 'day', 'week', 'month')),
    audience      TEXT NOT NULL DEFAULT '[]',
    formats       TEXT NOT NULL DEFAULT '["pdf"]',
    language      TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh_CN')),
    time_of_day   TEXT NOT NULL DEFAULT '07:00',
    weekday       BIGINT NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),
    day_of_month  BIGINT NOT NULL DEFAULT 1 CHECK (day_of_month BETWEEN 1 AND 28),
    skip_if_empty BIGINT NOT NULL DEFAULT 0,
    broadcast     BIGINT NOT NULL DEFAULT 1,
    folder        TEXT NOT NULL DEFAULT '',
    webhooks      BIGINT NOT NULL DEFAULT 0,
    active        BIGINT NOT NULL DEFAULT 1,
    version       BIGINT NOT NULL DEFAULT 1,
    updated_by    BIGINT NOT NULL DEFAULT 0,
    updated_at    BIGINT NOT NULL
);
CREATE TABLE report_runs (
    id            BIGSERIAL PRIMARY KEY,
    schedule_id   BIGINT, -- NULL: an ad hoc run; kept when the schedule is removed
    schedule_name TEXT NOT NULL DEFAULT '',
    period_kind   TEXT NOT NULL,
    period_at     TEXT NOT NULL,
    period_start  BIGINT NOT NULL,
    period_end    BIGINT NOT NULL CHECK (period_end > period_start),
    zone          TEXT NOT NULL,
    params        TEXT NOT NULL DEFAULT '{}',
    state         TEXT NOT NULL DEFAULT 'running'
                  CHECK (state IN ('running', 'done', 'failed', 'skipped')),
    error         TEXT NOT NULL DEFAULT '',
    cutoff_seq    BIGINT NOT NULL DEFAULT 0,
    cutoff_at     BIGINT NOT NULL DEFAULT 0,
    started_at    BIGINT NOT NULL,
    finished_at   BIGINT,
    lease_until   BIGINT NOT NULL,
    runner        TEXT NOT NULL DEFAULT '',
    message_id    BIGINT NOT NULL DEFAULT 0,
    attempt       BIGINT NOT NULL DEFAULT 1,
    UNIQUE (schedule_id, period_kind, period_start)
);
CREATE TABLE report_run_outputs (
    run_id    BIGINT NOT NULL REFERENCES report_runs(id),
    format    TEXT NOT NULL CHECK (format IN ('pdf', 'csv', 'xlsx', 'json')),
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    size      BIGINT NOT NULL,
    bytes     BYTEA NOT NULL,
    PRIMARY KEY (run_id, format)
);
-- @shared indexes
-- @shared permissions

-- A done or skipped run never changes and is never removed; its outputs neither. Outputs are
-- added only to a running run and never rewritten. Triggers hold for every login, the owner's
-- too.
CREATE FUNCTION sb_report_run_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.state IN ('done', 'skipped') THEN
        RAISE EXCEPTION 'a finished report run never changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER report_runs_final BEFORE UPDATE OR DELETE ON report_runs
    FOR EACH ROW EXECUTE FUNCTION sb_report_run_guard();
CREATE FUNCTION sb_report_run_output_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
DECLARE
    st TEXT;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'a report output never changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT r.state INTO st FROM public.report_runs r WHERE r.id = NEW.run_id;
        IF st IS DISTINCT FROM 'running' THEN
            RAISE EXCEPTION 'outputs are added to a running report run only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    SELECT r.state INTO st FROM public.report_runs r WHERE r.id = OLD.run_id;
    IF st IN ('done', 'skipped') THEN
        RAISE EXCEPTION 'a report output never changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER report_run_outputs_final BEFORE INSERT OR UPDATE OR DELETE ON report_run_outputs
    FOR EACH ROW EXECUTE FUNCTION sb_report_run_output_guard();

CREATE TRIGGER report_schedules_c AFTER INSERT OR UPDATE OR DELETE ON report_schedules
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('report_schedule', 'id');
CREATE TRIGGER report_runs_c AFTER INSERT OR UPDATE ON report_runs
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('report_run', 'id');

ALTER TABLE report_schedules ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_schedules_read ON report_schedules FOR SELECT TO sb_staff
    USING ((SELECT sb_has_permission('reports.read')) OR (SELECT sb_has_permission('reports.schedule')));
ALTER TABLE report_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_runs_read ON report_runs FOR SELECT TO sb_staff
    USING ((SELECT sb_has_permission('reports.read')) OR (SELECT sb_has_permission('reports.schedule')));
ALTER TABLE report_run_outputs ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_run_outputs_read ON report_run_outputs FOR SELECT TO sb_staff
    USING ((SELECT sb_has_permission('reports.read')) OR (SELECT sb_has_permission('reports.schedule')));
GRANT SELECT ON report_schedules, report_runs, report_run_outputs TO sb_staff;

INSERT INTO sb_audit_action_rules (action, prefix, permissions) VALUES
    ('report.schedule.', true, ARRAY['reports.schedule']),
    ('report.run.', true, ARRAY['reports.schedule'])
    ON CONFLICT DO NOTHING;

-- Inserts (p_id 0) or updates a schedule at version `p_version`. The client validated every
-- field (ReportScheduleStore::issues); the table's checks and these refuse the rest. Returns
-- the schedule's id. Audited (report.schedule.save).
CREATE FUNCTION sb_report_schedule_save(p_id BIGINT, p_version BIGINT, p_name TEXT,
    p_sections TEXT, p_period_kind TEXT, p_audience TEXT, p_formats TEXT, p_language TEXT,
    p_time_of_day TEXT, p_weekday BIGINT, p_day_of_month BIGINT, p_skip_if_empty BOOLEAN,
    p_broadcast BOOLEAN, p_folder TEXT, p_webhooks BOOLEAN, p_active BOOLEAN)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    now_ms BIGINT := public.sb_now_ms();
    me BIGINT := COALESCE(public.sb_current_staff_id(), 0);
    n TEXT := btrim(COALESCE(p_name, ''));
    v BIGINT;
    new_id BIGINT;
BEGIN
    PERFORM public.sb_require_permission('reports.schedule');
    IF n = '' OR length(n) > 200 THEN
        RAISE EXCEPTION 'name: a schedule needs a name of at most 200 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF COALESCE(p_time_of_day, '') !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' THEN
        RAISE EXCEPTION 'time_of_day: give the time as HH:MM' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_typeof(COALESCE(p_sections, '')::jsonb) <> 'array'
       OR jsonb_typeof(COALESCE(p_audience, '')::jsonb) <> 'array'
       OR jsonb_typeof(COALESCE(p_formats, '')::jsonb) <> 'array'
       OR jsonb_array_length(p_formats::jsonb) = 0 THEN
        RAISE EXCEPTION 'sections, audience and formats are JSON arrays; formats has at least one' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements_text(p_formats::jsonb) f
                WHERE f NOT IN ('pdf', 'csv', 'xlsx', 'json')) THEN
        RAISE EXCEPTION 'formats: each is pdf, csv, xlsx or json' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(COALESCE(p_folder, '')) > 1000 THEN
        RAISE EXCEPTION 'folder: at most 1000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF COALESCE(p_id, 0) = 0 THEN
        INSERT INTO public.report_schedules(name, sections, period_kind, audience, formats,
            language, time_of_day, weekday, day_of_month, skip_if_empty, broadcast, folder,
            webhooks, active, version, updated_by, updated_at)
        VALUES (n, p_sections, p_period_kind, p_audience, p_formats, p_language, p_time_of_day,
            p_weekday, p_day_of_month, p_skip_if_empty::INT, p_broadcast::INT,
            btrim(COALESCE(p_folder, '')), p_webhooks::INT, p_active::INT, 1, me, now_ms)
        RETURNING id INTO new_id;
    ELSE
        SELECT s.version INTO v FROM public.report_schedules s WHERE s.id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'report schedule #% does not exist', p_id USING ERRCODE = 'no_data_found';
        END IF;
        IF v <> p_version THEN
            RAISE EXCEPTION 'report schedule #% was changed meanwhile', p_id USING ERRCODE = 'serialization_failure';
        END IF;
        UPDATE public.report_schedules SET name = n, sections = p_sections,
            period_kind = p_period_kind, audience = p_audience, formats = p_formats,
            language = p_language, time_of_day = p_time_of_day, weekday = p_weekday,
            day_of_month = p_day_of_month, skip_if_empty = p_skip_if_empty::INT,
            broadcast = p_broadcast::INT, folder = btrim(COALESCE(p_folder, '')),
            webhooks = p_webhooks::INT, active = p_active::INT, version = version + 1,
            updated_by = me, updated_at = now_ms
        WHERE id = p_id;
        new_id := p_id;
    END IF;
    PERFORM public.sb_audit('report.schedule.save', 'report_schedule', new_id,
        jsonb_build_object('name', n, 'period_kind', p_period_kind, 'sections', p_sections::jsonb,
                           'audience', p_audience::jsonb, 'formats', p_formats::jsonb,
                           'language', p_language, 'time_of_day', p_time_of_day,
                           'folder', btrim(COALESCE(p_folder, '')), 'active', p_active));
    RETURN new_id;
END;
$$;

-- Removes a schedule at version `p_version`; its runs stay. Audited (report.schedule.remove).
CREATE FUNCTION sb_report_schedule_remove(p_id BIGINT, p_version BIGINT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s public.report_schedules%ROWTYPE;
BEGIN
    PERFORM public.sb_require_permission('reports.schedule');
    SELECT * INTO s FROM public.report_schedules x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'report schedule #% does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF s.version <> p_version THEN
        RAISE EXCEPTION 'report schedule #% was changed meanwhile', p_id USING ERRCODE = 'serialization_failure';
    END IF;
    DELETE FROM public.report_schedules WHERE id = p_id;
    PERFORM public.sb_audit('report.schedule.remove', 'report_schedule', p_id,
        jsonb_build_object('name', s.name));
END;
$$;

-- Claims period [p_start, p_end) of schedule `p_schedule` for the calling runner: a new run,
-- or one a runner left (a running run whose lease has passed, or a failed one: attempt + 1,
-- its outputs dropped). Returns the run's id, or 0 when another runner holds it or it is
-- finished. Audited (report.run.claim).
CREATE FUNCTION sb_report_run_claim(p_schedule BIGINT, p_period_kind TEXT, p_period_at TEXT,
    p_start BIGINT, p_end BIGINT, p_zone TEXT, p_params TEXT, p_runner TEXT, p_lease_ms BIGINT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    now_ms BIGINT := public.sb_now_ms();
    sched public.report_schedules%ROWTYPE;
    r public.report_runs%ROWTYPE;
    v_run BIGINT;
BEGIN
    PERFORM public.sb_require_permission('reports.schedule');
    SELECT * INTO sched FROM public.report_schedules x WHERE x.id = p_schedule;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'report schedule #% does not exist', p_schedule USING ERRCODE = 'no_data_found';
    END IF;
    IF p_lease_ms IS NULL OR p_lease_ms < 1000 OR p_lease_ms > 86400000 THEN
        RAISE EXCEPTION 'a lease lasts between a second and a day' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.report_runs(schedule_id, schedule_name, period_kind, period_at,
        period_start, period_end, zone, params, state, started_at, lease_until, runner, attempt)
    VALUES (p_schedule, sched.name, p_period_kind, p_period_at, p_start, p_end, p_zone,
        COALESCE(p_params, '{}'), 'running', now_ms, now_ms + p_lease_ms,
        session_user || ':' || COALESCE(p_runner, ''), 1)
    ON CONFLICT (schedule_id, period_kind, period_start) DO NOTHING
    RETURNING id INTO v_run;
    IF v_run IS NULL THEN
        SELECT * INTO r FROM public.report_runs x
         WHERE x.schedule_id = p_schedule AND x.period_kind = p_period_kind
           AND x.period_start = p_start FOR UPDATE;
        IF NOT FOUND OR r.state IN ('done', 'skipped')
           OR (r.state = 'running' AND r.lease_until > now_ms) THEN
            RETURN 0;
        END IF;
        DELETE FROM public.report_run_outputs WHERE report_run_outputs.run_id = r.id;
        UPDATE public.report_runs SET state = 'running', error = '', started_at = now_ms,
            finished_at = NULL, lease_until = now_ms + p_lease_ms, params = COALESCE(p_params, '{}'),
            runner = session_user || ':' || COALESCE(p_runner, ''), attempt = r.attempt + 1,
            message_id = 0
        WHERE id = r.id;
        v_run := r.id;
    END IF;
    PERFORM public.sb_audit('report.run.claim', 'report_run', v_run,
        jsonb_build_object('schedule', p_schedule, 'period', p_period_at));
    RETURN v_run;
END;
$$;

-- Stores output `p_format` of running run `p_run`; `p_sha256` must be the SHA-256 of the bytes.
CREATE FUNCTION sb_report_run_output(p_run BIGINT, p_format TEXT, p_file_name TEXT,
    p_sha256 TEXT, p_bytes BYTEA)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM public.sb_require_permission('reports.schedule');
    IF p_bytes IS NULL OR encode(sha256(p_bytes), 'hex') IS DISTINCT FROM lower(p_sha256) THEN
        RAISE EXCEPTION 'the output''s SHA-256 does not match its bytes' USING ERRCODE = 'data_corrupted';
    END IF;
    IF COALESCE(p_file_name, '') = '' OR p_file_name ~ '[/\\]' THEN
        RAISE EXCEPTION 'an output''s file name has no directory part' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.report_run_outputs(run_id, format, file_name, sha256, size, bytes)
    VALUES (p_run, p_format, p_file_name, lower(p_sha256), length(p_bytes), p_bytes);
END;
$$;

-- Finishes running run `p_run`: 'done', 'skipped' or 'failed' (its outputs dropped). Audited
-- (report.run.done, .skipped, .failed).
CREATE FUNCTION sb_report_run_finish(p_run BIGINT, p_state TEXT, p_error TEXT,
    p_cutoff_seq BIGINT, p_cutoff_at BIGINT, p_message_id BIGINT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    st TEXT;
BEGIN
    PERFORM public.sb_require_permission('reports.schedule');
    IF p_state IS NULL OR p_state NOT IN ('done', 'skipped', 'failed') THEN
        RAISE EXCEPTION 'a run finishes done, skipped or failed' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT r.state INTO st FROM public.report_runs r WHERE r.id = p_run FOR UPDATE;
    IF st IS DISTINCT FROM 'running' THEN
        RAISE EXCEPTION 'report run #% is not running', p_run USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_state = 'failed' THEN
        DELETE FROM public.report_run_outputs WHERE run_id = p_run;
    END IF;
    UPDATE public.report_runs SET state = p_state, error = COALESCE(p_error, ''),
        cutoff_seq = COALESCE(p_cutoff_seq, 0), cutoff_at = COALESCE(p_cutoff_at, 0),
        finished_at = public.sb_now_ms(), message_id = COALESCE(p_message_id, 0)
    WHERE id = p_run;
    PERFORM public.sb_audit('report.run.' || p_state, 'report_run', p_run,
        jsonb_build_object('error', COALESCE(p_error, ''), 'message', COALESCE(p_message_id, 0)));
END;
$$;

REVOKE ALL ON FUNCTION sb_report_run_guard(), sb_report_run_output_guard(),
    sb_report_schedule_save(BIGINT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT,
                            BIGINT, BOOLEAN, BOOLEAN, TEXT, BOOLEAN, BOOLEAN),
    sb_report_schedule_remove(BIGINT, BIGINT),
    sb_report_run_claim(BIGINT, TEXT, TEXT, BIGINT, BIGINT, TEXT, TEXT, TEXT, BIGINT),
    sb_report_run_output(BIGINT, TEXT, TEXT, TEXT, BYTEA),
    sb_report_run_finish(BIGINT, TEXT, TEXT, BIGINT, BIGINT, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    sb_report_schedule_save(BIGINT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT,
                            BIGINT, BOOLEAN, BOOLEAN, TEXT, BOOLEAN, BOOLEAN),
    sb_report_schedule_remove(BIGINT, BIGINT),
    sb_report_run_claim(BIGINT, TEXT, TEXT, BIGINT, BIGINT, TEXT, TEXT, TEXT, BIGINT),
    sb_report_run_output(BIGINT, TEXT, TEXT, TEXT, BYTEA),
    sb_report_run_finish(BIGINT, TEXT, TEXT, BIGINT, BIGINT, BIGINT) TO sb_staff;
