-- Signalboard schema 44 (PostgreSQL): archive and restore as a login holding admin.archive,
-- guarded by the server. Staff cannot read a ticket's hidden columns (customer_id,
-- service_number ...), row security hides tickets of other teams, and nobody but the owner may
-- delete tickets or write archive_runs; the functions below run as the owner, each first
-- checking admin.archive (sb_require_permission, which lets the installer through as well):
--   sb_archive_run_start / sb_archive_run_finish  the archive_runs row, in the caller's name
--                                                 at the server's time, audited at the end;
--   sb_archive_candidates                         a batch of tickets past retention;
--   sb_archive_columns / sb_archive_rows          the rows of one whitelisted table, every
--                                                 column as text (bytea as hex);
--   sb_archive_live_tickets                       which of some tickets are live;
--   sb_archive_lock_candidates                    locks a batch, then says which still leave;
--   sb_archive_delete                             deletes a batch (rechecked, children first);
--   sb_archive_restore                            puts rows of one moved table back;
-- the last two only while the caller has a run of that kind running.
-- The change_log triggers of the deleted and restored rows tell the other workstations.
-- @shared permissions

INSERT INTO sb_audit_action_rules (action, prefix, permissions) VALUES
    ('archive.', true, ARRAY['admin.archive'])
    ON CONFLICT DO NOTHING;

-- The record of runs: read by holders of admin.archive or admin.audit, written only by the
-- functions below.
REVOKE ALL ON archive_runs FROM PUBLIC;
GRANT SELECT ON archive_runs TO sb_staff;
ALTER TABLE archive_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY archive_runs_read ON archive_runs FOR SELECT TO sb_staff
    USING ((SELECT sb_has_permission('admin.archive')) OR (SELECT sb_has_permission('admin.audit')));

-- The tables an archive reads, by name: the moved ones (with the column naming their ticket
-- and their key order, as archive::movedTables) and the context ones (ticket_column ''). Any
-- other name is refused: no identifier reaches a statement unchecked.
CREATE FUNCTION sb_archive_table(p_table TEXT, OUT ticket_column TEXT, OUT order_by TEXT)
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
BEGIN
    CASE p_table
        WHEN 'tickets' THEN ticket_column := 'id'; order_by := 'id';
        WHEN 'ticket_events' THEN ticket_column := 'ticket_id'; order_by := 'id';
        WHEN 'attachments' THEN ticket_column := 'ticket_id'; order_by := 'id';
        WHEN 'deadline_urges' THEN ticket_column := 'ticket_id'; order_by := 'ticket_id, milestone, kind';
        WHEN 'ticket_kb_links' THEN ticket_column := 'ticket_id'; order_by := 'ticket_id, article_id';
        WHEN 'kb_usage' THEN ticket_column := 'ticket_id'; order_by := 'id';
        WHEN 'roles', 'teams', 'staff', 'kb_articles', 'incidents' THEN
            ticket_column := ''; order_by := 'id';
        ELSE
            RAISE EXCEPTION 'table: "%" is not a table an archive reads', left(COALESCE(p_table, ''), 60)
                USING ERRCODE = 'invalid_parameter_value';
    END CASE;
END;
$$;

-- The columns of a whitelisted table in their order, with their type; a staff member's password
-- hash is never read.
CREATE FUNCTION sb_archive_table_columns(p_table TEXT)
RETURNS TABLE (pos INT, name TEXT, type TEXT) LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT a.attnum::INT, a.attname::TEXT, t.typname::TEXT
      FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
     WHERE a.attrelid = ('public.' || quote_ident(p_table))::regclass
       AND a.attnum > 0 AND NOT a.attisdropped
       AND NOT (p_table = 'staff' AND a.attname = 'password_hash')
     ORDER BY a.attnum
$$;

-- The retention rule of RetentionQuery (src/core/archive/retention.cpp), the same on both
-- databases: in a final state, closed before the cut-off of its kind, and nothing keeps it (an
-- appeal of it, its open incident, an unresolved supervision item over it, QA records). Either
-- the candidates above p_after (p_ids NULL) or those among p_ids.
CREATE FUNCTION sb_archive_candidate_ids(p_ordinary_before BIGINT, p_important_before BIGINT,
    p_after BIGINT, p_limit INT, p_ids BIGINT[])
RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    -- The rule, over `t`; $1 and $2 are the cut-offs. Each of the two queries below is planned
    -- with its values (EXECUTE): one query with "(p_ids IS NULL AND t.id > p_after) OR t.id =
    -- ANY (p_ids)" read every ticket for each batch (2 s on 1,000,000) instead of the key range.
    rule CONSTANT TEXT := $r$
        EXISTS (SELECT 1 FROM public.workflow_states w WHERE w.flow = t.kind
                AND w.key = t.state AND w.is_final <> 0)
        AND COALESCE((SELECT MAX(e.at) FROM public.ticket_events e WHERE e.ticket_id = t.id
                      AND e.to_state = t.state), t.updated_at)
            < CASE WHEN t.green_channel <> 0 OR t.appeal_count > 0 OR t.appeal_of IS NOT NULL
                        OR t.customer_tier = 'vip' OR t.incident_id IS NOT NULL
                   THEN $2 ELSE $1 END
        AND NOT EXISTS (SELECT 1 FROM public.tickets a WHERE a.appeal_of = t.id)
        AND NOT EXISTS (SELECT 1 FROM public.incidents i WHERE i.id = t.incident_id
                        AND i.state = 'open')
        AND NOT EXISTS (SELECT 1 FROM public.report_supervision_items s
                        WHERE s.status <> 'closed'
                          AND ((s.dimension = 'problem_type' AND s.key = t.problem_type)
                               OR (s.dimension = 'category' AND s.key = t.category))
                          AND t.received_at >= s.period_start AND t.received_at < s.period_end)
        AND NOT EXISTS (SELECT 1 FROM public.qa_sample_tickets k WHERE k.ticket_id = t.id)
        AND NOT EXISTS (SELECT 1 FROM public.qa_reviews k WHERE k.ticket_id = t.id)
        AND NOT EXISTS (SELECT 1 FROM public.qa_scores k WHERE k.ticket_id = t.id)
        AND NOT EXISTS (SELECT 1 FROM public.qa_calibration_tickets k WHERE k.ticket_id = t.id)
        AND NOT EXISTS (SELECT 1 FROM public.qa_calibration_scores k WHERE k.ticket_id = t.id)
    $r$;
BEGIN
    IF p_ids IS NULL THEN
        RETURN QUERY EXECUTE 'SELECT t.id FROM public.tickets t WHERE t.id > $3 AND ' || rule ||
            ' ORDER BY t.id LIMIT $4'
            USING p_ordinary_before, p_important_before, p_after, p_limit;
    ELSE
        RETURN QUERY EXECUTE 'SELECT t.id FROM public.tickets t WHERE t.id = ANY ($3) AND ' ||
            rule || ' ORDER BY t.id'
            USING p_ordinary_before, p_important_before, p_ids;
    END IF;
END;
$$;

-- Locks the tickets of a batch (nothing can reopen, appeal, sample or annotate them until the
-- transaction ends), then checks the rule again: the ones that still leave.
CREATE FUNCTION sb_archive_lock_ids(p_ordinary_before BIGINT, p_important_before BIGINT,
    p_ids BIGINT[])
RETURNS BIGINT[] LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public AS $$
DECLARE
    still BIGINT[];
BEGIN
    PERFORM 1 FROM public.tickets t WHERE t.id = ANY (p_ids) ORDER BY t.id FOR UPDATE;
    SELECT COALESCE(array_agg(c ORDER BY c), '{}') INTO still
      FROM public.sb_archive_candidate_ids(p_ordinary_before, p_important_before, 0, NULL, p_ids) c;
    RETURN still;
END;
$$;

-- Deletes and restores happen only inside a run of the caller's that archive_runs records (and
-- its end audits): refused otherwise.
CREATE FUNCTION sb_archive_require_run(p_kind TEXT) RETURNS VOID LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.archive_runs r WHERE r.kind = p_kind
                   AND r.state = 'running' AND r.actor = session_user) THEN
        RAISE EXCEPTION 'no % run of yours is running: start one with sb_archive_run_start', p_kind
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
END;
$$;

CREATE FUNCTION sb_archive_run_start(p_kind TEXT, p_cutoff BIGINT, p_file_name TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    run_id BIGINT;
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    IF p_kind IS NULL OR p_kind NOT IN ('archive', 'restore') THEN
        RAISE EXCEPTION 'kind: archive or restore' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_file_name IS NULL OR length(p_file_name) > 1000 THEN
        RAISE EXCEPTION 'file name: at most 1000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.archive_runs (kind, started_at, actor, cutoff, file_name)
    VALUES (p_kind, public.sb_now_ms(), session_user, p_cutoff, p_file_name)
    RETURNING id INTO run_id;
    RETURN run_id;
END;
$$;

-- Ends the caller's own running run: done, or failed with p_failure; audits it as
-- archive.run or archive.restore with p_detail (tickets and counts).
CREATE FUNCTION sb_archive_run_finish(p_run_id BIGINT, p_counts TEXT, p_failure TEXT,
    p_detail JSONB)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    run public.archive_runs%ROWTYPE;
    failure TEXT := COALESCE(p_failure, '');
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    IF p_counts IS NULL OR jsonb_typeof(p_counts::jsonb) <> 'object' THEN
        RAISE EXCEPTION 'counts: a JSON object of rows per table' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO run FROM public.archive_runs r
     WHERE r.id = p_run_id AND r.actor = session_user AND r.state = 'running' FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'archive run %: no run of yours is running with this number', p_run_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.archive_runs
       SET finished_at = public.sb_now_ms(), counts = p_counts,
           state = CASE WHEN failure = '' THEN 'done' ELSE 'failed' END, message = failure
     WHERE id = p_run_id;
    PERFORM public.sb_audit(CASE run.kind WHEN 'archive' THEN 'archive.run' ELSE 'archive.restore' END,
        'archive_run', p_run_id, COALESCE(p_detail, '{}'::jsonb));
END;
$$;

-- The functions a run calls per batch say `SET jit = off`: JIT compiling the candidate query
-- took about 2 s per batch on 1,000,000 tickets, for a query that runs in 90 ms.

CREATE FUNCTION sb_archive_candidates(p_ordinary_before BIGINT, p_important_before BIGINT,
    p_after BIGINT, p_limit INT)
RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    IF p_limit IS NULL OR p_limit < 1 THEN
        RAISE EXCEPTION 'limit: at least 1 ticket' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY SELECT c FROM public.sb_archive_candidate_ids(p_ordinary_before,
        p_important_before, COALESCE(p_after, 0), p_limit, NULL) c;
END;
$$;

CREATE FUNCTION sb_archive_lock_candidates(p_ordinary_before BIGINT, p_important_before BIGINT,
    p_ids BIGINT[])
RETURNS SETOF BIGINT LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    RETURN QUERY SELECT unnest(public.sb_archive_lock_ids(p_ordinary_before, p_important_before,
        COALESCE(p_ids, '{}')));
END;
$$;

CREATE FUNCTION sb_archive_live_tickets(p_ids BIGINT[])
RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    RETURN QUERY SELECT t.id FROM public.tickets t WHERE t.id = ANY (p_ids) ORDER BY t.id;
END;
$$;

CREATE FUNCTION sb_archive_columns(p_table TEXT)
RETURNS TABLE (name TEXT, type TEXT) LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    PERFORM public.sb_archive_table(p_table);
    RETURN QUERY SELECT c.name, c.type FROM public.sb_archive_table_columns(p_table) c ORDER BY c.pos;
END;
$$;

-- The rows of one table as JSON arrays of text, in sb_archive_columns' order and the table's key
-- order: every value as PostgreSQL writes it (floats exactly), bytea as hex, NULL as null. A
-- moved table gives the rows of the tickets p_ids, a context table every row (p_ids NULL).
CREATE FUNCTION sb_archive_rows(p_table TEXT, p_ids BIGINT[])
RETURNS SETOF JSONB LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off SET extra_float_digits = 1 AS $$
DECLARE
    spec RECORD;
    list TEXT;
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    SELECT * INTO spec FROM public.sb_archive_table(p_table);
    SELECT string_agg(CASE WHEN c.type = 'bytea' THEN format('encode(%I, ''hex'')', c.name)
                           ELSE format('%I::TEXT', c.name) END, ', ' ORDER BY c.pos)
      INTO list FROM public.sb_archive_table_columns(p_table) c;
    IF spec.ticket_column = '' THEN
        IF p_ids IS NOT NULL THEN
            RAISE EXCEPTION 'ids: % is read whole', p_table USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN QUERY EXECUTE format('SELECT to_jsonb(ARRAY[%s]::TEXT[]) FROM public.%I ORDER BY %s',
            list, p_table, spec.order_by);
    ELSE
        IF p_ids IS NULL THEN
            RAISE EXCEPTION 'ids: the tickets whose % rows to read', p_table
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN QUERY EXECUTE format('SELECT to_jsonb(ARRAY[%s]::TEXT[]) FROM public.%I '
            'WHERE %I = ANY ($1) ORDER BY %s', list, p_table, spec.ticket_column, spec.order_by)
            USING p_ids;
    END IF;
END;
$$;

-- Deletes a batch: locks its tickets, keeps those no longer candidates, deletes the rows of the
-- others, children first. Returns the ids deleted.
CREATE FUNCTION sb_archive_delete(p_ordinary_before BIGINT, p_important_before BIGINT,
    p_ids BIGINT[])
RETURNS SETOF BIGINT LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
DECLARE
    still BIGINT[];
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    PERFORM public.sb_archive_require_run('archive');
    still := public.sb_archive_lock_ids(p_ordinary_before, p_important_before, COALESCE(p_ids, '{}'));
    IF cardinality(still) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM public.kb_usage WHERE ticket_id = ANY (still);
    DELETE FROM public.ticket_kb_links WHERE ticket_id = ANY (still);
    DELETE FROM public.deadline_urges WHERE ticket_id = ANY (still);
    DELETE FROM public.attachments WHERE ticket_id = ANY (still);
    DELETE FROM public.ticket_events WHERE ticket_id = ANY (still);
    DELETE FROM public.tickets WHERE id = ANY (still);
    RETURN QUERY SELECT unnest(still);
END;
$$;

-- Puts rows of one moved table back from a JSON array of objects (column: value as text, as
-- sb_archive_rows gives them; bytea as \x hex). Only the columns the objects name are written;
-- a row whose key is already there is left as it is. Returns the rows inserted.
CREATE FUNCTION sb_archive_restore(p_table TEXT, p_rows JSONB)
RETURNS BIGINT LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
DECLARE
    spec RECORD;
    list TEXT;
    n BIGINT;
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    PERFORM public.sb_archive_require_run('restore');
    SELECT * INTO spec FROM public.sb_archive_table(p_table);
    IF spec.ticket_column = '' THEN
        RAISE EXCEPTION 'table: % is not restored from an archive', p_table
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_rows IS NULL OR jsonb_typeof(p_rows) <> 'array' THEN
        RAISE EXCEPTION 'rows: a JSON array of rows' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_array_length(p_rows) = 0 THEN
        RETURN 0;
    END IF;
    IF jsonb_typeof(p_rows -> 0) <> 'object' THEN
        RAISE EXCEPTION 'rows: each row a JSON object' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT string_agg(format('%I', c.name), ', ' ORDER BY c.pos) INTO list
      FROM public.sb_archive_table_columns(p_table) c
      JOIN pg_attribute a ON a.attrelid = ('public.' || quote_ident(p_table))::regclass
                         AND a.attname = c.name AND a.attgenerated = ''
     WHERE c.name IN (SELECT jsonb_object_keys(p_rows -> 0));
    IF list IS NULL THEN
        RAISE EXCEPTION 'rows: no column of %', p_table USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('INSERT INTO public.%I (%s) SELECT %s FROM jsonb_populate_recordset('
                   'NULL::public.%I, $1) ON CONFLICT DO NOTHING', p_table, list, list, p_table)
        USING p_rows;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;

REVOKE ALL ON FUNCTION sb_archive_table(TEXT), sb_archive_table_columns(TEXT),
    sb_archive_candidate_ids(BIGINT, BIGINT, BIGINT, INT, BIGINT[]),
    sb_archive_lock_ids(BIGINT, BIGINT, BIGINT[]), sb_archive_require_run(TEXT),
    sb_archive_run_start(TEXT, BIGINT, TEXT), sb_archive_run_finish(BIGINT, TEXT, TEXT, JSONB),
    sb_archive_candidates(BIGINT, BIGINT, BIGINT, INT),
    sb_archive_lock_candidates(BIGINT, BIGINT, BIGINT[]), sb_archive_live_tickets(BIGINT[]),
    sb_archive_columns(TEXT), sb_archive_rows(TEXT, BIGINT[]),
    sb_archive_delete(BIGINT, BIGINT, BIGINT[]), sb_archive_restore(TEXT, JSONB) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_archive_run_start(TEXT, BIGINT, TEXT),
    sb_archive_run_finish(BIGINT, TEXT, TEXT, JSONB),
    sb_archive_candidates(BIGINT, BIGINT, BIGINT, INT),
    sb_archive_lock_candidates(BIGINT, BIGINT, BIGINT[]), sb_archive_live_tickets(BIGINT[]),
    sb_archive_columns(TEXT), sb_archive_rows(TEXT, BIGINT[]),
    sb_archive_delete(BIGINT, BIGINT, BIGINT[]), sb_archive_restore(TEXT, JSONB) TO sb_staff;
